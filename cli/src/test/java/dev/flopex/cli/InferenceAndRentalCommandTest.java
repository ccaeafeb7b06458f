package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InferenceAndRentalCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String H100 = Examples.fleet("h100-neocloud.yaml");
  private static final String MIXED = Examples.fleet("mixed-fleet.yaml");

  /**
   * Llama-style 70B in BF16 on 4 x H100: 80 layers, 8 KV heads of 128 -> 327,680 B of KV cache per
   * token.
   */
  private static final String[] LLAMA_70B = {
    "inference-cost",
    "--accelerator",
    "h100-sxm5",
    "--active-params",
    "70e9",
    "--layers",
    "80",
    "--kv-heads",
    "8",
    "--head-dim",
    "128",
    "--context",
    "4096",
    "--batch",
    "32",
    "--tensor-parallel",
    "4",
    "--compute-efficiency",
    "0.5",
    "--memory-efficiency",
    "0.8"
  };

  private static String[] args(String[] base, String... more) {
    List<String> a = new ArrayList<>(List.of(base));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  /**
   * Returns {@code base} with the value after {@code option} replaced (options may be given only
   * once).
   */
  private static String[] with(String[] base, String option, String value) {
    String[] a = base.clone();
    a[List.of(a).indexOf(option) + 1] = value;
    return a;
  }

  private static void assertOneLineError(Cli.Result r, String... parts) {
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("flopex: ").contains(parts);
  }

  @Test
  void inferenceRooflineAndCostPerMillionTokens() throws IOException {
    Cli.Result r = Cli.run(args(LLAMA_70B, "--cost-per-gpu-hour", "2.5", "--format", "json"));

    assertThat(r.code()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("kv_cache_bytes_per_token").longValue()).isEqualTo(327_680L);
    assertThat(j.get("flops_per_token").doubleValue()).isEqualTo(1.4e11);
    assertThat(j.get("weight_bytes").doubleValue()).isEqualTo(1.4e11);
    assertThat(j.get("bound").asText()).isEqualTo("memory");
    double step = j.get("step_seconds").doubleValue();
    assertThat(step)
        .isEqualTo(
            Math.max(
                j.get("compute_seconds").doubleValue(), j.get("memory_seconds").doubleValue()));
    // tokens per second per GPU = batch / step / GPUs; cost = price / tokens per GPU-hour x 1e6
    double tps = 32 / step / 4;
    assertThat(j.get("tokens_per_second_per_gpu").doubleValue()).isCloseTo(tps, within(tps * 1e-9));
    assertThat(j.get("cost_usd_per_million_tokens").doubleValue())
        .isCloseTo(2.5 / (tps * 3600) * 1e6, within(1e-6));

    Cli.Result text = Cli.run(args(LLAMA_70B, "--cost-per-gpu-hour", "2.5"));
    assertThat(text.out())
        .contains("memory-bound", "tokens per second per GPU", "cost per million tokens    USD ");
    assertThat(
            Cli.run(args(LLAMA_70B, "--cost-per-gpu-hour", "2.5", "--format", "markdown"))
                .outLines())
        .contains("| --- | --- |");
    assertThat(
            Cli.run(args(LLAMA_70B, "--cost-per-gpu-hour", "2.5", "--format", "csv"))
                .outLines()
                .get(0))
        .isEqualTo("field,value");
  }

  @Test
  void inferencePricedAtAFleetClustersEconomicCostWithItsBasis() throws IOException {
    JsonNode fleet = JSON.readTree(Cli.run("fleet", H100, "--format", "json").out());

    JsonNode j =
        JSON.readTree(
            Cli.run(
                    "inference-cost",
                    "--fleet",
                    H100,
                    "--active-params",
                    "8e9",
                    "--kv-bytes-per-token",
                    "131072",
                    "--context",
                    "8192",
                    "--batch",
                    "64",
                    "--compute-efficiency",
                    "0.5",
                    "--memory-efficiency",
                    "0.8",
                    "--format",
                    "json")
                .out());

    assertThat(j.get("accelerator").asText()).isEqualTo("h100-sxm5");
    assertThat(j.get("cost_usd_per_gpu_hour").doubleValue())
        .isCloseTo(fleet.at("/clusters/0/usd_per_gpu_hour").doubleValue(), within(1e-8));
    assertThat(j.at("/basis/headline").asText())
        .isEqualTo(fleet.at("/clusters/0/basis/headline").asText());
    assertThat(j.at("/basis/accounting").asText())
        .isEqualTo(fleet.at("/clusters/0/basis/accounting").asText());
    Cli.Result text =
        Cli.run(
            "inference-cost",
            "--fleet",
            H100,
            "--active-params",
            "8e9",
            "--kv-bytes-per-token",
            "131072",
            "--context",
            "8192",
            "--batch",
            "64",
            "--compute-efficiency",
            "0.5",
            "--memory-efficiency",
            "0.8");
    assertThat(text.out())
        .contains(
            "economic cost per GPU-hour used of cluster h100-20k",
            fleet.at("/clusters/0/basis/headline").asText(),
            fleet.at("/clusters/0/basis/accounting").asText());
    List<List<String>> csv =
        Cli.csv(
            Cli.run(
                    "inference-cost",
                    "--fleet",
                    H100,
                    "--active-params",
                    "8e9",
                    "--kv-bytes-per-token",
                    "131072",
                    "--context",
                    "8192",
                    "--batch",
                    "64",
                    "--compute-efficiency",
                    "0.5",
                    "--memory-efficiency",
                    "0.8",
                    "--format",
                    "csv")
                .out());
    assertThat(csv)
        .contains(List.of("basis_headline", fleet.at("/clusters/0/basis/headline").asText()));
  }

  @Test
  void inferenceBadInputs() {
    String[] oneGpu = with(with(LLAMA_70B, "--tensor-parallel", "1"), "--batch", "512");
    assertOneLineError(
        Cli.run(args(oneGpu, "--cost-per-gpu-hour", "2.5")),
        "memory needed",
        "must fit in the memory of tensorParallel 1 x h100-sxm5");
    assertOneLineError(
        Cli.run(args(LLAMA_70B)), "--cost-per-gpu-hour or --fleet must be given exactly once");
    assertOneLineError(
        Cli.run(args(with(LLAMA_70B, "--compute-efficiency", "1.2"), "--cost-per-gpu-hour", "2.5")),
        "--compute-efficiency must be in (0, 1] but was 1.2");
    assertOneLineError(
        Cli.run(args(LLAMA_70B, "--cost-per-gpu-hour", "2.5", "--total-params", "1e9")),
        "--total-params",
        "must be >= activeParameters");
    assertOneLineError(
        Cli.run(args(LLAMA_70B, "--cost-per-gpu-hour", "2.5", "--kv-bytes-per-token", "100")),
        "--kv-bytes-per-token",
        "give the KV cache one way");
    assertOneLineError(
        Cli.run(
            "inference-cost",
            "--accelerator",
            "h100-sxm5",
            "--active-params",
            "7e9",
            "--context",
            "10",
            "--batch",
            "1",
            "--compute-efficiency",
            "0.5",
            "--memory-efficiency",
            "0.5",
            "--cost-per-gpu-hour",
            "1"),
        "--kv-bytes-per-token must be given");
  }

  @Test
  void rentalMarginAfterCapitalIsRevenueLessOperatingCostsLessTheEconomicCapitalCharge()
      throws IOException {
    JsonNode fleet = JSON.readTree(Cli.run("fleet", H100, "--format", "json").out());

    Cli.Result r =
        Cli.run(
            "rental",
            "--fleet",
            H100,
            "--price",
            "2.2",
            "--utilisation",
            "0.7",
            "--format",
            "json");

    assertThat(r.code()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("gpu_hours_sold_per_year").doubleValue())
        .isEqualTo(20_480 * 8760 * 0.7, within(1e-3));
    assertThat(j.get("revenue_usd").doubleValue())
        .isCloseTo(2.2 * 20_480 * 8760 * 0.7 * 5, within(0.05));
    double operating = 0;
    double capital = 0;
    for (int y = 1; y <= 5; y++) {
      operating += j.at("/years/" + y + "/operating_cost_usd").doubleValue();
      capital += j.at("/years/" + y + "/capital_charge_usd").doubleValue();
    }
    assertThat(j.get("margin_after_capital_usd").doubleValue())
        .isCloseTo(j.get("revenue_usd").doubleValue() - operating - capital, within(0.05));
    assertThat(j.get("years").size()).isEqualTo(6);
    assertThat(j.at("/years/0/cash_flow_usd").doubleValue())
        .isCloseTo(-fleet.at("/totals/capex_usd").doubleValue(), within(0.01));
    // the market value kept is always credited: the last cash flow is the gross margin plus the
    // residual
    assertThat(j.get("residual_value_usd").doubleValue())
        .isCloseTo(fleet.at("/clusters/0/economic/residual_value_usd").doubleValue(), within(0.01))
        .isPositive();
    assertThat(j.at("/years/5/cash_flow_usd").doubleValue())
        .isCloseTo(
            j.at("/years/5/gross_margin_usd").doubleValue()
                + j.get("residual_value_usd").doubleValue(),
            within(0.02));
    // by default the discount rate is the cluster's WACC
    assertThat(j.get("cost_of_capital").doubleValue())
        .isEqualTo(fleet.at("/clusters/0/economic/wacc").doubleValue());
    assertThat(j.at("/basis/headline").asText()).isEqualTo(fleet.at("/basis/headline").asText());

    Cli.Result csv = Cli.run("rental", "--fleet", H100, "--price", "2.2", "--format", "csv");
    assertThat(csv.outLines()).hasSize(7);
    assertThat(csv.outLines().get(0))
        .startsWith("year,revenue_usd,")
        .endsWith(",basis_headline,basis_accounting");
    assertThat(Cli.csv(csv.out()).get(1)).contains(fleet.at("/basis/accounting").asText());

    Cli.Result text =
        Cli.run("rental", "--fleet", MIXED, "--cluster", "h100-texas", "--price", "2");
    assertThat(text.code()).isZero();
    assertThat(text.out())
        .contains(
            "rental of cluster h100-texas",
            "NPV",
            "IRR",
            "break-even price",
            "MARGIN AFTER CAPITAL",
            "basis",
            "market value kept");
  }

  @Test
  void atTheClustersUtilisationTheBreakEvenPriceIsItsEconomicCostPerGpuHour() throws IOException {
    JsonNode fleet = JSON.readTree(Cli.run("fleet", H100, "--format", "json").out());

    JsonNode j =
        JSON.readTree(Cli.run("rental", "--fleet", H100, "--price", "2", "--format", "json").out());

    assertThat(j.get("utilisation").doubleValue())
        .isEqualTo(fleet.at("/terms/utilisation").doubleValue());
    double headline = fleet.at("/totals/usd_per_gpu_hour").doubleValue();
    assertThat(j.get("break_even_usd_per_gpu_hour").doubleValue())
        .isCloseTo(headline, within(headline * 1e-9));
    assertThat(j.get("economic_usd_per_gpu_hour").doubleValue()).isEqualTo(headline);
  }

  @Test
  void rentalAtTheBreakEvenPriceHasAZeroNpv() throws IOException {
    JsonNode first =
        JSON.readTree(Cli.run("rental", "--fleet", H100, "--price", "2", "--format", "json").out());
    String breakEven = first.get("break_even_usd_per_gpu_hour").asText();

    JsonNode again =
        JSON.readTree(
            Cli.run("rental", "--fleet", H100, "--price", breakEven, "--format", "json").out());

    assertThat(Math.abs(again.get("npv_usd").doubleValue()))
        .isLessThan(first.get("capex_usd").doubleValue() * 1e-8);
  }

  @Test
  void rentalBadInputs() {
    assertOneLineError(
        Cli.run("rental", "--fleet", MIXED, "--price", "2"),
        "--cluster must name one of the fleet's 3 clusters",
        "h100-texas, b200-virginia, gb200-owned");
    assertOneLineError(
        Cli.run("rental", "--fleet", MIXED, "--cluster", "h200-x", "--price", "2"),
        "--cluster",
        "'h200-x'");
    assertOneLineError(
        Cli.run("rental", "--fleet", H100, "--price", "2", "--utilisation", "0"),
        "--utilisation must be in (0, 1] but was 0");
    assertOneLineError(
        Cli.run("rental", "--fleet", H100, "--price", "-2"), "--price must be >= 0 but was -2");
    assertOneLineError(
        Cli.run("rental", "--fleet", H100, "--price", "2", "--price-change-per-year", "-1"),
        "--price-change-per-year must be > -1");
    assertOneLineError(
        Cli.run("rental", "--fleet", H100, "--price", "2", "--cost-of-capital", "0"),
        "--cost-of-capital must be in (0, 1)");
  }
}
