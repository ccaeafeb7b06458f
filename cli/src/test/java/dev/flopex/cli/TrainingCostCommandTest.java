package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TrainingCostCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String H100 = Examples.fleet("h100-neocloud.yaml");

  /** DeepSeek-V3 (arXiv:2412.19437): 2,788K H800 GPU-hours at USD 2 per GPU-hour = USD 5.576M. */
  @Test
  void deepSeekV3RentalBasisIs5576000Usd() {
    Cli.Result r =
        Cli.run(
            "training-cost",
            "--accelerator",
            "h800-sxm5",
            "--gpus",
            "2048",
            "--gpu-hours",
            "2.788e6",
            "--rental-price",
            "2");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines())
        .anySatisfy(
            l -> assertThat(l).matches("  GPU-hours +2,788,000 paid for \\(reported; .*\\)"));
    // no cluster and no --goodput: no interruption is modelled, and the output says so
    assertThat(r.outLines())
        .anySatisfy(
            l -> assertThat(l).matches("  goodput +goodput 1: no interruptions modelled.*"));
    assertThat(r.outLines())
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches("  \\(a\\) rental +USD 5,576,000 \\(2,788,000 GPU-hours x USD 2\\)"));
    assertThat(r.outLines())
        .anySatisfy(l -> assertThat(l).matches("  wall clock +56\\.7 days on 2,048 GPUs"));
  }

  @Test
  void deepSeekV3AsJsonWithImpliedMfu() throws IOException {
    Cli.Result r =
        Cli.run(
            "training-cost",
            "--accelerator",
            "h800-sxm5",
            "--gpus",
            "2048",
            "--params",
            "37e9",
            "--tokens",
            "14.8e12",
            "--gpu-hours",
            "2.664e6",
            "--rental-price",
            "2",
            "--format",
            "json");

    assertThat(r.code()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("rental_cost_usd").longValue()).isEqualTo(5_328_000L);
    assertThat(j.get("gpu_hours").doubleValue()).isEqualTo(2.664e6);
    assertThat(j.get("flops").doubleValue()).isCloseTo(3.2856e24, within(1e15));
    assertThat(j.get("mfu_implied").asBoolean()).isTrue();
    // against the BF16 dense peak (the default precision); see TrainingCostTest in costing
    assertThat(j.get("mfu").doubleValue()).isCloseTo(0.346403, within(1e-5));
    assertThat(j.get("wall_clock_days").doubleValue()).isCloseTo(54.199, within(1e-3));
    assertThat(j.get("own_cluster_cost_usd").isNull()).isTrue();
  }

  @Test
  void mfuGivesGpuHoursAndFp8HalvesThem() throws IOException {
    JsonNode bf16 =
        JSON.readTree(
            Cli.run(
                    "training-cost",
                    "--accelerator",
                    "h100-sxm5",
                    "--gpus",
                    "16384",
                    "--flops",
                    "3.8e25",
                    "--mfu",
                    "0.4",
                    "--format",
                    "json")
                .out());
    JsonNode fp8 =
        JSON.readTree(
            Cli.run(
                    "training-cost",
                    "--accelerator",
                    "h100-sxm5",
                    "--gpus",
                    "16384",
                    "--flops",
                    "3.8e25",
                    "--mfu",
                    "0.4",
                    "--precision",
                    "fp8",
                    "--format",
                    "json")
                .out());

    // 3.8e25 / (989.5e12 x 0.4) / 3600
    assertThat(bf16.get("gpu_hours").doubleValue())
        .isCloseTo(3.8e25 / (989.5e12 * 0.4) / 3600, within(1.0));
    assertThat(fp8.get("gpu_hours").doubleValue())
        .isCloseTo(bf16.get("gpu_hours").doubleValue() / 2, within(1.0));
    assertThat(bf16.get("mfu_implied").asBoolean()).isFalse();
    assertThat(bf16.get("goodput").doubleValue()).isEqualTo(1.0);
  }

  @Test
  void aGoodputBelowOnePaysForMoreHoursThanTheUsefulOnes() throws IOException {
    JsonNode j =
        JSON.readTree(
            Cli.run(
                    "training-cost",
                    "--accelerator",
                    "h100-sxm5",
                    "--gpus",
                    "16384",
                    "--flops",
                    "3.8e25",
                    "--mfu",
                    "0.4",
                    "--goodput",
                    "0.9",
                    "--rental-price",
                    "2",
                    "--format",
                    "json")
                .out());

    double useful = 3.8e25 / (989.5e12 * 0.4) / 3600;
    assertThat(j.get("useful_gpu_hours").doubleValue()).isCloseTo(useful, within(1.0));
    assertThat(j.get("gpu_hours").doubleValue()).isCloseTo(useful / 0.9, within(1.0));
    assertThat(j.get("rental_cost_usd").doubleValue()).isCloseTo(2 * useful / 0.9, within(2.0));
    assertThat(j.get("goodput").doubleValue()).isEqualTo(0.9);
    assertThat(j.get("goodput_basis").asText()).isNotBlank();
  }

  /**
   * Epoch AI's amortised cost of Llama 2-70B as Epoch's code dates it: 1,000 A100-80GB, 1,720,320
   * chip-hours, published 2023-07-18 by Meta AI after 1,728 training hours. Epoch's model_costs.csv
   * dollars are 2024-12 USD.
   */
  @Test
  void epochsOwnDatingReproducesLlama2() throws IOException {
    String[] run = {
      "training-cost",
      "--accelerator",
      "a100-sxm4-80gb",
      "--gpus",
      "1000",
      "--gpu-hours",
      "1720320",
      "--method",
      "epoch",
      "--publication-date",
      "2023-07-18",
      "--organisation",
      "Meta AI",
      "--training-hours",
      "1728"
    };
    Cli.Result text = Cli.run(run);

    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.outLines())
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "  \\(c\\) amortised \\(Epoch AI\\) +USD 1,093,378\\.50 nominal; USD 1,102,561\\.19 in 2024-12 USD \\(PPI .*\\)"));
    assertThat(text.out()).contains("acquired 2021-02-14", "training started 2023-03-08");

    String[] json = java.util.Arrays.copyOf(run, run.length + 2);
    json[run.length] = "--format";
    json[run.length + 1] = "json";
    JsonNode j = JSON.readTree(Cli.run(json).out());
    assertThat(j.get("amortised_total_usd").doubleValue()).isEqualTo(1_093_378.50);
    assertThat(j.get("amortised_constant_dollar_total_usd").doubleValue()).isEqualTo(1_102_561.19);
    assertThat(j.get("amortised_dollar_basis").asText()).startsWith("2024-12 USD");
    assertThat(j.get("amortised_method").asText()).isEqualTo("epoch");
    assertThat(j.get("amortised_pue").doubleValue()).isEqualTo(1.1);

    // --chip-hours is Epoch's name for --gpu-hours
    run[5] = "--chip-hours";
    assertThat(Cli.run(run).out()).isEqualTo(text.out());
  }

  @Test
  void epochMethodOptionsComeTogether() {
    String[] base = {
      "training-cost", "--accelerator", "a100-sxm4-80gb", "--gpus", "1000", "--gpu-hours", "1720320"
    };
    assertOneLineError(
        Cli.run(
            concat(
                base,
                "--method",
                "epoch",
                "--publication-date",
                "2023-07-18",
                "--organisation",
                "Meta AI")),
        "--training-hours must be given with --method epoch");
    assertOneLineError(
        Cli.run(concat(base, "--publication-date", "2023-07-18")),
        "--publication-date",
        "must come with --method epoch");
    assertOneLineError(
        Cli.run(
            concat(
                base,
                "--method",
                "epoch",
                "--publication-date",
                "2023-07-18",
                "--organisation",
                "Meta AI",
                "--training-hours",
                "1728",
                "--pue",
                "1.2")),
        "--pue",
        "must be absent with --method epoch");
    assertOneLineError(
        Cli.run(
            concat(
                base,
                "--method",
                "epoch",
                "--publication-date",
                "2019-07-18",
                "--organisation",
                "Meta AI",
                "--training-hours",
                "1728")),
        "--publication-date");
    assertOneLineError(
        Cli.run(concat(base, "--method", "guess")), "--method must be one of explicit, epoch");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void ownClusterAndAmortisedCostsFromAFleetFile() throws IOException {
    JsonNode fleet = JSON.readTree(Cli.run("fleet", H100, "--format", "json").out());
    double perHour = fleet.at("/clusters/0/usd_per_gpu_hour").doubleValue();

    Cli.Result r =
        Cli.run(
            "training-cost",
            "--fleet",
            H100,
            "--gpus",
            "20480",
            "--gpu-hours",
            "1e6",
            "--hardware-age-years",
            "0",
            "--format",
            "json");

    assertThat(r.code()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("accelerator").asText()).isEqualTo("h100-sxm5");
    assertThat(j.get("own_cluster").asText()).isEqualTo("h100-20k");
    assertThat(j.get("own_cluster_cost_usd").doubleValue())
        .isCloseTo(1e6 * perHour, within(0.01 + 1e6 * perHour * 1e-9));
    assertThat(j.at("/basis/headline").asText())
        .isEqualTo(fleet.at("/clusters/0/basis/headline").asText());
    // reported hours already include what interruptions cost; the cluster's goodput gives the
    // useful hours
    assertThat(j.get("goodput").doubleValue()).isLessThan(1.0).isPositive();
    assertThat(j.get("useful_gpu_hours").doubleValue())
        .isCloseTo(1e6 * j.get("goodput").doubleValue(), within(1e-3));
    // Epoch AI: the cluster's server price per GPU; parts add up to the total
    double serverPrice =
        Results.evaluate(H100).clusters().get(0).billOfMaterials().get(0).unitPrice().amount();
    assertThat(j.get("amortised_price_per_gpu_usd").doubleValue())
        .isCloseTo(serverPrice / 8.0, within(0.005));
    double parts =
        j.get("amortised_hardware_usd").doubleValue()
            + j.get("amortised_interconnect_usd").doubleValue()
            + j.get("amortised_energy_usd").doubleValue();
    assertThat(parts).isCloseTo(j.get("amortised_total_usd").doubleValue(), within(0.05));
    // hardware = V x 0.14 ln 10 / 8766 x GPU-hours
    // (the JSON price is rounded to the cent: allow its half-cent x 0.14 ln 10 / 8766 x 1e6 = 0.18
    // USD)
    assertThat(j.get("amortised_hardware_usd").doubleValue())
        .isCloseTo(
            j.get("amortised_price_per_gpu_usd").doubleValue() * 0.14 * Math.log(10) / 8766 * 1e6,
            within(0.2));
    // the energy figures are the cluster's resolved ones
    assertThat(j.get("amortised_electricity_usd_per_kwh").doubleValue())
        .isEqualTo(fleet.at("/clusters/0/assumptions/electricity_usd_per_kwh/value").doubleValue());
    assertThat(j.get("amortised_load_factor").doubleValue())
        .isEqualTo(fleet.at("/clusters/0/assumptions/busy_power_fraction/value").doubleValue());
    Cli.Result text =
        Cli.run(
            "training-cost",
            "--fleet",
            H100,
            "--gpus",
            "20480",
            "--gpu-hours",
            "1e6",
            "--hardware-age-years",
            "0");
    assertThat(text.out())
        .contains(
            "economic cost of USD",
            fleet.at("/clusters/0/basis/headline").asText(),
            fleet.at("/clusters/0/basis/accounting").asText());
  }

  @Test
  void amortisedCostFromACatalogPriceOrAGivenPrice() {
    Cli.Result catalog =
        Cli.run(
            "training-cost",
            "--accelerator",
            "h100-sxm5",
            "--gpus",
            "1024",
            "--gpu-hours",
            "1e6",
            "--hardware-age-years",
            "1");
    assertThat(catalog.out())
        .contains(
            "(c) amortised (Epoch AI)",
            "hgx-h100 catalog price",
            "the latest new-purchase price",
            "/ 8 GPUs",
            "bought 1 years before training",
            "the hyperscaler assumption set and region us-average");
    Cli.Result dated =
        Cli.run(
            "training-cost",
            "--accelerator",
            "h100-sxm5",
            "--gpus",
            "1024",
            "--gpu-hours",
            "1e6",
            "--hardware-age-years",
            "1",
            "--hardware-price-date",
            "2024-09-01");
    assertThat(dated.out()).contains("hgx-h100 catalog price", "for 2024-09-01");

    // the age has no default: without it cost (c) is not computed, and the output says why
    Cli.Result noAge =
        Cli.run(
            "training-cost", "--accelerator", "h100-sxm5", "--gpus", "1024", "--gpu-hours", "1e6");
    assertThat(noAge.code()).isZero();
    assertThat(noAge.out()).contains("not computed: give --hardware-age-years");

    Cli.Result none =
        Cli.run(
            "training-cost",
            "--accelerator",
            "h800-sxm5",
            "--gpus",
            "2048",
            "--gpu-hours",
            "2.788e6");
    assertThat(none.code()).isZero();
    assertThat(none.out()).contains("not computed", "--hardware-price-per-gpu");

    Cli.Result given =
        Cli.run(
            "training-cost",
            "--accelerator",
            "h800-sxm5",
            "--gpus",
            "2048",
            "--gpu-hours",
            "2.788e6",
            "--hardware-price-per-gpu",
            "30000",
            "--hardware-age-years",
            "0",
            "--pue",
            "1.2");
    assertThat(given.out()).contains("USD 30,000: given", "PUE 1.2");
  }

  private static void assertOneLineError(Cli.Result r, String... parts) {
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("flopex: ").contains(parts);
  }

  @Test
  void badInputsAreOneLineNamingTheOption() {
    assertOneLineError(
        Cli.run(
            "training-cost",
            "--accelerator",
            "h800-sxm5",
            "--gpus",
            "2048",
            "--params",
            "37e9",
            "--gpu-hours",
            "1e6"),
        "--tokens must be given together with --params");
    assertOneLineError(
        Cli.run(
            "training-cost",
            "--accelerator",
            "h800-sxm5",
            "--gpus",
            "2048",
            "--flops",
            "1e24",
            "--mfu",
            "0.4",
            "--gpu-hours",
            "1e6"),
        "--mfu or --gpu-hours must be given exactly once");
    assertOneLineError(
        Cli.run(
            "training-cost",
            "--accelerator",
            "h800-sxm5",
            "--gpus",
            "2048",
            "--gpu-hours",
            "1e6",
            "--mfu",
            "0"),
        "--mfu or --gpu-hours");
    assertOneLineError(
        Cli.run(
            "training-cost",
            "--accelerator",
            "h800-sxm5",
            "--gpus",
            "2048",
            "--flops",
            "1e24",
            "--mfu",
            "1.5"),
        "--mfu must be in (0, 1] but was 1.5");
    assertOneLineError(
        Cli.run(
            "training-cost",
            "--accelerator",
            "h800-sxm5",
            "--gpus",
            "2048",
            "--params",
            "37e9",
            "--tokens",
            "14.8e12",
            "--gpu-hours",
            "1000"),
        "--gpu-hours must be >=",
        "implied MFU");
    assertOneLineError(
        Cli.run(
            "training-cost",
            "--accelerator",
            "h800-sxm5",
            "--gpus",
            "2048",
            "--gpu-hours",
            "1e6",
            "--rental-price",
            "-1"),
        "--rental-price must be >= 0 but was -1");
    assertOneLineError(
        Cli.run("training-cost", "--accelerator", "h801", "--gpus", "2048", "--gpu-hours", "1e6"),
        "accelerator 'h801' is not in the catalog",
        "did you mean");
    assertOneLineError(
        Cli.run(
            "training-cost",
            "--accelerator",
            "h800-sxm5",
            "--gpus",
            "8",
            "--flops",
            "1e24",
            "--mfu",
            "0.4",
            "--precision",
            "fp5"),
        "--precision must be one of");
    assertOneLineError(
        Cli.run(
            "training-cost",
            "--accelerator",
            "h800-sxm5",
            "--fleet",
            H100,
            "--gpus",
            "8",
            "--gpu-hours",
            "1e6"),
        "must be the run's accelerator h800-sxm5");
    assertOneLineError(
        Cli.run("training-cost", "--gpus", "8", "--gpu-hours", "1e6"),
        "--accelerator must be given");
    assertOneLineError(
        Cli.run("training-cost", "--fleet", "missing.yaml", "--gpus", "8", "--gpu-hours", "1e6"),
        "--fleet must name an existing fleet file");
  }

  @Test
  void test_costCOptions_takeEffectOrFail_evenWhenCostCDoesNotRun() {
    // issue 10: --pue abc, --electricity-price NaN and --load-factor -1 exited 0 when cost (c)
    // could not run
    String[] base = {
      "training-cost",
      "--accelerator",
      "h800-sxm5",
      "--gpus",
      "2048",
      "--params",
      "37e9",
      "--tokens",
      "14.8e12",
      "--gpu-hours",
      "2.788e6",
      "--rental-price",
      "2"
    };
    for (String[] o :
        new String[][] {
          {"--pue", "abc"},
          {"--electricity-price", "NaN"},
          {"--load-factor", "-1"},
          {"--pue", "1.2"}
        }) {
      String[] args = java.util.Arrays.copyOf(base, base.length + 2);
      args[base.length] = o[0];
      args[base.length + 1] = o[1];
      Cli.Result r = Cli.run(args);
      assertThat(r.code()).as(String.join(" ", o)).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err())
          .startsWith("flopex: " + o[0] + " has no effect, because cost (c) is not computed: ")
          .endsWith("but was '" + o[1] + "'\n");
    }
    // without the option the same run succeeds and says why (c) is missing
    Cli.Result ok = Cli.run(base);
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out())
        .contains("not computed: the catalog has no new-purchase server price for h800-sxm5");
  }
}
