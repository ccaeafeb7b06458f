package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MonteCarloCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String H100 = Examples.fleet("h100-neocloud.yaml");
  private static final String MIXED = Examples.fleet("mixed-fleet.yaml");
  private static final String[] RUN = {"montecarlo", H100, "--samples", "2000", "--seed", "1"};

  private static String[] args(String... more) {
    String[] a = new String[RUN.length + more.length];
    System.arraycopy(RUN, 0, a, 0, RUN.length);
    System.arraycopy(more, 0, a, RUN.length, more.length);
    return a;
  }

  private static void assertOneLineError(Cli.Result r, String... parts) {
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("flopex: ").contains(parts);
  }

  @Test
  void jsonIsIdenticalForTheSameSeedWhateverTheThreads() {
    Cli.Result first = Cli.run(args("--format", "json"));
    Cli.Result second = Cli.run(args("--format", "json"));
    Cli.Result one = Cli.run(args("--format", "json", "--threads", "1"));
    Cli.Result two = Cli.run(args("--format", "json", "--threads", "2"));

    assertThat(first.code()).isZero();
    assertThat(first.err()).isEmpty();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(one.out()).isEqualTo(two.out()).isEqualTo(first.out());
    String other =
        Cli.run("montecarlo", H100, "--samples", "2000", "--seed", "2", "--format", "json").out();
    assertThat(other).isNotEqualTo(first.out());
  }

  @Test
  void jsonHasStatisticsMonotonePercentilesAndTheHistogram() throws IOException {
    JsonNode j = JSON.readTree(Cli.run(args("--format", "json")).out());

    assertThat(j.get("fleet").asText()).isEqualTo("h100-neocloud");
    assertThat(j.get("output").asText()).isEqualTo("cost_per_gpu_hour");
    assertThat(j.get("samples").asInt()).isEqualTo(2000);
    assertThat(j.get("seed").asLong()).isEqualTo(1);
    assertThat(j.get("inputs").size()).isEqualTo(8);
    assertThat(j.at("/inputs/0/path").asText()).isEqualTo("prices.hgx-h100");
    assertThat(j.at("/inputs/0/distribution").asText()).startsWith("triangular(");
    assertThat(j.get("correlation").size()).isEqualTo(8);
    double min = j.get("min").doubleValue();
    double max = j.get("max").doubleValue();
    double mean = j.get("mean").doubleValue();
    double sd = j.get("standard_deviation").doubleValue();
    assertThat(mean).isBetween(min, max);
    assertThat(sd).isPositive();
    assertThat(j.get("standard_error").doubleValue()).isCloseTo(sd / Math.sqrt(2000), within(1e-9));
    assertThat(j.get("base_output").doubleValue()).isBetween(min, max);

    JsonNode ps = j.get("percentiles");
    assertThat(ps.size()).isEqualTo(5);
    double level = -1;
    double value = min;
    for (JsonNode p : ps) {
      assertThat(p.get("p").doubleValue()).isGreaterThan(level);
      assertThat(p.get("value").doubleValue())
          .isGreaterThanOrEqualTo(value)
          .isLessThanOrEqualTo(max);
      level = p.get("p").doubleValue();
      value = p.get("value").doubleValue();
    }
    assertThat(ps.get(0).get("p").doubleValue()).isEqualTo(0.05);
    assertThat(ps.get(4).get("p").doubleValue()).isEqualTo(0.95);

    JsonNode edges = j.at("/histogram/edges");
    JsonNode counts = j.at("/histogram/counts");
    assertThat(edges.size()).isEqualTo(21);
    assertThat(counts.size()).isEqualTo(20);
    assertThat(edges.get(0).doubleValue()).isEqualTo(min);
    assertThat(edges.get(20).doubleValue()).isEqualTo(max);
    long total = 0;
    for (int i = 0; i < 20; i++) {
      assertThat(edges.get(i + 1).doubleValue()).isGreaterThanOrEqualTo(edges.get(i).doubleValue());
      total += counts.get(i).asLong();
    }
    assertThat(total).isEqualTo(2000);
  }

  @Test
  void theBaseIsTheFleetCommandsFigureAndOutputCanBeChosen() throws IOException {
    JsonNode fleet = JSON.readTree(Cli.run("fleet", H100, "--format", "json").out());

    JsonNode perHour = JSON.readTree(Cli.run(args("--format", "json")).out());
    assertThat(perHour.get("base_output").doubleValue())
        .isEqualTo(fleet.at("/totals/usd_per_gpu_hour").doubleValue());
    assertThat(perHour.at("/basis/headline").asText())
        .isEqualTo(fleet.at("/basis/headline").asText());
    assertThat(perHour.at("/basis/accounting").asText())
        .isEqualTo(fleet.at("/basis/accounting").asText());
    JsonNode tco =
        JSON.readTree(Cli.run(args("--format", "json", "--output", "accounting_tco")).out());
    assertThat(tco.get("output").asText()).isEqualTo("accounting_tco");
    assertThat(tco.get("unit").asText()).isEqualTo("USD");
    assertThat(tco.get("base_output").doubleValue())
        .isCloseTo(fleet.at("/totals/accounting_tco_usd").doubleValue(), within(0.01));
    assertThat(tco.get("mean").doubleValue())
        .isBetween(tco.get("min").doubleValue(), tco.get("max").doubleValue());
    JsonNode economic =
        JSON.readTree(Cli.run(args("--format", "json", "--output", "economic_cost")).out());
    assertThat(economic.get("base_output").doubleValue())
        .isCloseTo(fleet.at("/totals/economic_cost_usd").doubleValue(), within(0.01));
  }

  @Test
  void tablePrintsStatisticsAHistogramAndTheInputs() {
    Cli.Result r = Cli.run(RUN);

    assertThat(r.code()).isZero();
    // not a terminal: no progress bar
    assertThat(r.err()).isEmpty();
    List<String> lines = r.outLines();
    assertThat(lines.get(0))
        .isEqualTo("Monte Carlo of fleet h100-neocloud: economic cost per GPU-hour (USD/GPU-h)");
    assertThat(lines.get(1))
        .isEqualTo(
            "2,000 samples, seed 1, 8 uncertain inputs, rank-correlated; random sampling, exact"
                + " quantiles");
    assertThat(lines.get(2)).isEqualTo("percentiles: exact, n = 2,000");
    assertThat(lines.get(3)).startsWith("terms: 5 years");
    assertThat(lines.get(4)).isEqualTo("basis: " + Results.evaluate(H100).basis().headline());
    assertThat(lines.get(5)).isEqualTo("basis: " + Results.evaluate(H100).basis().accounting());
    lines = lines.subList(3, lines.size()); // as before the method and basis lines
    String[] labels = {
      "base case",
      "mean",
      "standard deviation",
      "standard error",
      "min",
      "P5",
      "P25",
      "P50",
      "P75",
      "P95",
      "max"
    };
    for (int i = 0; i < labels.length; i++) {
      assertThat(lines.get(4 + i)).startsWith("  " + labels[i] + " ");
    }
    int h =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.startsWith("histogram, 20 bins"))
                .findFirst()
                .orElseThrow());
    assertThat(lines.get(h + 1).strip()).matches("FROM +TO +SAMPLES +SHARE");
    long total = 0;
    int longest = 0;
    for (String l : lines.subList(h + 2, h + 22)) {
      String[] c = l.strip().split(" +");
      total += Long.parseLong(c[2].replace(",", ""));
      assertThat(c[3]).endsWith("%");
      longest = Math.max(longest, c.length > 4 ? c[4].length() : 0);
    }
    assertThat(total).isEqualTo(2000);
    // the fullest bin is 40 characters wide
    assertThat(longest).isEqualTo(40);
    assertThat(lines.get(h + 22)).isEmpty();
    assertThat(lines.get(h + 23)).isEqualTo("uncertain inputs");
    assertThat(r.out())
        .contains(
            "prices.hgx-h100",
            "triangular(min=250000, mode=317000, max=380000)",
            "assumptions.resale_decline_per_year",
            "assumptions.busy_power_fraction");
  }

  @Test
  void csvAndMarkdown() {
    Cli.Result csv = Cli.run(args("--format", "csv"));

    assertThat(csv.code()).isZero();
    List<String> lines = csv.outLines();
    assertThat(lines.get(0)).isEqualTo("statistic,value");
    assertThat(lines).contains("samples,2000", "seed,1", "output,cost_per_gpu_hour");
    assertThat(Cli.csv(csv.out()).stream().map(rec -> rec.get(0)))
        .containsSubsequence(
            "base_output",
            "mean",
            "standard_deviation",
            "standard_error",
            "min",
            "p5",
            "p25",
            "p50",
            "p75",
            "p95",
            "max",
            "basis_headline",
            "basis_accounting");
    assertThat(Cli.csv(csv.out()))
        .allSatisfy(rec -> assertThat(rec).hasSize(2))
        .contains(List.of("basis_headline", Results.evaluate(H100).basis().headline()));

    Cli.Result md = Cli.run(args("--format", "markdown"));
    assertThat(md.code()).isZero();
    assertThat(md.outLines().get(0))
        .isEqualTo("## Monte Carlo of fleet h100-neocloud: economic cost per GPU-hour (USD/GPU-h)");
    assertThat(md.outLines())
        .contains("Basis:", "- " + Results.evaluate(H100).basis().accounting());
    assertThat(md.outLines())
        .contains(
            "| STATISTIC | USD/GPU-h | NOTE |",
            "| FROM | TO | SAMPLES | SHARE |",
            "| INPUT | DISTRIBUTION |");
  }

  /**
   * --sampling and --quantiles choose the methods; every format names both, and a Sobol or Latin
   * hypercube run is as thread-independent as a random one.
   */
  @Test
  void samplingAndQuantileMethodsAreChosenAndNamed() throws IOException {
    JsonNode plain = JSON.readTree(Cli.run(args("--format", "json")).out());
    assertThat(plain.get("sampling").asText()).isEqualTo("random");
    assertThat(plain.get("quantiles").asText()).isEqualTo("exact");
    for (String method : List.of("latin_hypercube", "sobol")) {
      Cli.Result one = Cli.run(tabulatedJson(method, "1"));
      Cli.Result three = Cli.run(tabulatedJson(method, "3"));
      assertThat(one.code()).as(one.err()).isZero();
      assertThat(three.out()).isEqualTo(one.out());
      JsonNode j = JSON.readTree(one.out());
      assertThat(j.get("sampling").asText()).isEqualTo(method);
      assertThat(j.get("quantiles").asText()).isEqualTo("tabulated");
      assertThat(j.get("mean").doubleValue()).isNotEqualTo(plain.get("mean").doubleValue());
    }
    List<String> table = Cli.run(args("--sampling", "Sobol")).outLines();
    assertThat(table.get(1))
        .isEqualTo(
            "2,000 samples, seed 1, 8 uncertain inputs, rank-correlated; scrambled Sobol sampling,"
                + " exact quantiles");
    assertThat(table).anyMatch(l -> l.contains("of the mean, as if the samples were independent"));
    assertThat(Cli.run(args("--sampling", "latin-hypercube", "--format", "csv")).outLines())
        .contains("sampling,latin_hypercube", "quantiles,exact");
  }

  /** The arguments of a tabulated JSON run with {@code method} sampling on {@code threads}. */
  private static String[] tabulatedJson(String method, String threads) {
    return args(
        "--sampling", method, "--quantiles", "tabulated", "--format", "json", "--threads", threads);
  }

  @Test
  void oneSampleHasNoSpread() throws IOException {
    JsonNode j =
        JSON.readTree(Cli.run("montecarlo", H100, "--samples", "1", "--format", "json").out());

    assertThat(j.get("samples").asInt()).isEqualTo(1);
    assertThat(j.get("standard_deviation").isNull()).isTrue();
    assertThat(j.get("min").doubleValue()).isEqualTo(j.get("max").doubleValue());
    assertThat(Cli.run("montecarlo", H100, "--samples", "1").out())
        .containsPattern("standard deviation +-");
  }

  @Test
  void outputDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      String german = Cli.run(args("--output", "economic_cost")).out();
      Locale.setDefault(Locale.US);
      assertThat(german)
          .isEqualTo(Cli.run(args("--output", "economic_cost")).out())
          .contains("2,000 samples")
          .doesNotContain("2.000 samples");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void badInputsAreOneLineErrors() {
    assertOneLineError(
        Cli.run("montecarlo", H100, "--samples", "0"), "--samples must be >= 1 but was 0");
    assertOneLineError(
        Cli.run("montecarlo", H100, "--samples", "-3"), "--samples must be >= 1 but was -3");
    assertOneLineError(
        Cli.run("montecarlo", H100, "--samples", "2e12"), "--samples must be <= 1,099,511,627,776");
    assertOneLineError(
        Cli.run("montecarlo", H100, "--samples", "2.5"), "--samples", "whole number");
    assertOneLineError(
        Cli.run("montecarlo", H100, "--output", "margin"),
        "--output must be one of cost_per_gpu_hour, cost_per_useful_gpu_hour, economic_cost, npv_of_costs, accounting_tco, capex, "
            + "opex_year1 but was 'margin'");
    assertOneLineError(Cli.run("montecarlo", H100, "--output", "tco"), "--output tco is ambiguous");
    assertOneLineError(
        Cli.run("montecarlo", H100, "--seed", "abc"), "--seed must be a whole number");
    assertOneLineError(
        Cli.run("montecarlo", H100, "--threads", "0"), "--threads must be >= 1 but was 0");
    assertOneLineError(
        Cli.run("montecarlo", H100, "--sampling", "sobl"),
        "--sampling must be one of random, latin_hypercube, sobol; did you mean sobol? but was"
            + " 'sobl'");
    assertOneLineError(
        Cli.run("montecarlo", H100, "--quantiles", "table"),
        "--quantiles must be one of exact, tabulated",
        "but was 'table'");
    assertOneLineError(Cli.run("montecarlo", MIXED), MIXED + " has no uncertainty section");
    assertOneLineError(
        Cli.run("montecarlo", "no-such-fleet.yaml"),
        "FILE must name an existing fleet file (YAML, schema flopex-fleet/1) but was 'no-such-fleet.yaml'");
  }
}
