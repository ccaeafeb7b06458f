package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String H100 = Examples.fleet("h100-neocloud.yaml");
  private static final String MIXED = Examples.fleet("mixed-fleet.yaml");

  private static void assertOneLineError(Cli.Result r, String... parts) {
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("flopex: ").contains(parts);
  }

  private static JsonNode json(String... args) throws IOException {
    Cli.Result r = Cli.run(args);
    assertThat(r.code()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  @Test
  void jsonBarsAreRankedByNonIncreasingSwingAndBracketTheBase() throws IOException {
    JsonNode j = json("sensitivity", H100, "--format", "json");

    assertThat(j.get("fleet").asText()).isEqualTo("h100-neocloud");
    assertThat(j.get("output").asText()).isEqualTo("cost_per_gpu_hour");
    double base = j.get("base_output").doubleValue();
    JsonNode bars = j.get("bars");
    assertThat(bars.size()).isEqualTo(8);
    double previous = Double.POSITIVE_INFINITY;
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < bars.size(); i++) {
      JsonNode b = bars.get(i);
      paths.add(b.get("path").asText());
      assertThat(b.get("rank").asInt()).isEqualTo(i + 1);
      double low = b.get("output_at_low").doubleValue();
      double high = b.get("output_at_high").doubleValue();
      double swing = b.get("swing").doubleValue();
      assertThat(swing).isLessThanOrEqualTo(previous).isCloseTo(Math.abs(high - low), within(1e-8));
      previous = swing;
      assertThat(Math.min(low, high)).as(b.toString()).isLessThanOrEqualTo(base);
      assertThat(Math.max(low, high)).as(b.toString()).isGreaterThanOrEqualTo(base);
      assertThat(b.get("low_input").doubleValue())
          .isLessThanOrEqualTo(b.get("high_input").doubleValue());
    }
    assertThat(paths).contains("prices.hgx-h100", "terms.utilisation", "assumptions.pue");
    // a dearer server raises the cost per GPU-hour; more utilisation lowers it
    JsonNode server = bars.get(paths.indexOf("prices.hgx-h100"));
    assertThat(server.get("elasticity").doubleValue()).isPositive();
    // the base input is the price the cluster pays: the catalog's new-purchase price for its
    // purchase date
    assertThat(server.get("base_input").doubleValue())
        .isCloseTo(
            Results.evaluate(H100).clusters().get(0).billOfMaterials().get(0).unitPrice().amount(),
            within(1e-3));
    // book lives do not move the economic headline (only the accounting basis)
    assertThat(
            bars.get(paths.indexOf("assumptions.server_useful_life_years"))
                .get("swing")
                .doubleValue())
        .isZero();
    // a slower fall of the hardware's market value (more of it kept) lowers the headline
    assertThat(
            bars.get(paths.indexOf("assumptions.resale_decline_per_year"))
                .get("elasticity")
                .doubleValue())
        .isPositive();
    assertThat(j.at("/basis/headline").asText())
        .isEqualTo(Results.evaluate(H100).basis().headline());
    assertThat(bars.get(paths.indexOf("terms.utilisation")).get("elasticity").doubleValue())
        .isNegative();
  }

  @Test
  void theBaseIsTheFleetCommandsFigure() throws IOException {
    JsonNode fleet = json("fleet", H100, "--format", "json");

    JsonNode perHour = json("sensitivity", H100, "--format", "json");
    assertThat(perHour.get("base_output").doubleValue())
        .isEqualTo(fleet.at("/totals/usd_per_gpu_hour").doubleValue());
    JsonNode economic = json("sensitivity", H100, "--output", "economic_cost", "--format", "json");
    assertThat(economic.get("output").asText()).isEqualTo("economic_cost");
    assertThat(economic.get("unit").asText()).isEqualTo("USD");
    assertThat(economic.get("base_output").doubleValue())
        .isCloseTo(fleet.at("/totals/economic_cost_usd").doubleValue(), within(0.01));
    JsonNode book = json("sensitivity", H100, "--output", "accounting_tco", "--format", "json");
    assertThat(book.get("base_output").doubleValue())
        .isCloseTo(fleet.at("/totals/accounting_tco_usd").doubleValue(), within(0.01));
    JsonNode useful =
        json("sensitivity", H100, "--output", "cost-per-useful-gpu-hour", "--format", "json");
    assertThat(useful.get("unit").asText()).isEqualTo("USD/GPU-h");
    assertThat(useful.get("base_output").doubleValue())
        .isEqualTo(fleet.at("/totals/usd_per_useful_gpu_hour").doubleValue());
    JsonNode capex = json("sensitivity", H100, "--output", "CAPEX", "--format", "json");
    assertThat(capex.get("base_output").doubleValue())
        .isCloseTo(fleet.at("/totals/capex_usd").doubleValue(), within(0.01));
  }

  @Test
  void tableRanksTheInputsAndDrawsATornado() throws IOException {
    Cli.Result r = Cli.run("sensitivity", H100);

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.outLines();
    assertThat(lines.get(0))
        .isEqualTo(
            "sensitivity of fleet h100-neocloud: economic cost per GPU-hour (USD/GPU-h), one input at a time");
    assertThat(lines.get(1))
        .isEqualTo("terms: 5 years, utilisation 0.8, straight-line depreciation, cash");
    assertThat(lines.get(2)).isEqualTo("basis: " + Results.evaluate(H100).basis().headline());
    assertThat(lines.get(3)).isEqualTo("basis: " + Results.evaluate(H100).basis().accounting());
    assertThat(lines.get(4))
        .matches("base economic cost per GPU-hour: USD \\d\\.\\d{4} per GPU-hour");
    lines = lines.subList(2, lines.size()); // as before the basis lines
    String header = lines.get(4);
    assertThat(header)
        .startsWith("RANK  INPUT")
        .contains(
            "BASE INPUT",
            "LOW → HIGH INPUT",
            "OUTPUT AT LOW",
            "OUTPUT AT HIGH",
            "SWING",
            "ELASTICITY");
    JsonNode bars = json("sensitivity", H100, "--format", "json").get("bars");
    for (int i = 0; i < bars.size(); i++) {
      String row = lines.get(5 + i);
      assertThat(row)
          .matches(
              " *" + (i + 1) + "  " + bars.get(i).get("path").asText().replace(".", "\\.") + " .*");
    }
    assertThat(lines.get(5)).contains("0.6 → 0.95");
    assertThat(lines.stream().filter(l -> l.contains("250,000 → 380,000"))).hasSize(1);

    int chart =
        lines.indexOf(
            lines.stream().filter(l -> l.startsWith("tornado")).findFirst().orElseThrow());
    assertThat(lines.get(chart)).contains("░ input at low", "█ input at high", "│ base");
    List<String> chartLines = lines.subList(chart + 1, lines.size());
    assertThat(chartLines).hasSize(bars.size());
    int baseColumn = -1;
    int widest = 0;
    for (int i = 0; i < chartLines.size(); i++) {
      String l = chartLines.get(i);
      assertThat(l).startsWith("  " + bars.get(i).get("path").asText() + " ");
      // every bar marks the base at the same column, on one 40-character axis
      int col = l.indexOf('│');
      assertThat(col).isPositive();
      if (baseColumn < 0) {
        baseColumn = col;
      }
      assertThat(col).isEqualTo(baseColumn);
      int first = firstBlock(l);
      int last = lastBlock(l);
      assertThat(last - first).isLessThan(40);
      widest = Math.max(widest, last - first + 1);
    }
    // the largest swing is the widest bar, and the bars together span the 40-character axis (from
    // the smallest output at any
    // input's low or high to the largest)
    assertThat(widest).isEqualTo(lastBlock(chartLines.get(0)) - firstBlock(chartLines.get(0)) + 1);
    int from = chartLines.stream().mapToInt(SensitivityCommandTest::firstBlock).min().orElseThrow();
    int to = chartLines.stream().mapToInt(SensitivityCommandTest::lastBlock).max().orElseThrow();
    assertThat(to - from + 1).isBetween(39, 40);
    // utilisation: its high value lowers the cost, so the high part is left of the base
    String util = chartLines.get(0);
    assertThat(util.substring(firstBlock(util), baseColumn)).matches("█+");
    assertThat(util.substring(baseColumn + 1, lastBlock(util) + 1)).matches("░+");
  }

  private static int firstBlock(String l) {
    for (int i = 0; i < l.length(); i++) {
      char c = l.charAt(i);
      if (c == '█' || c == '░' || c == '│') {
        return i;
      }
    }
    return -1;
  }

  private static int lastBlock(String l) {
    for (int i = l.length() - 1; i >= 0; i--) {
      char c = l.charAt(i);
      if (c == '█' || c == '░' || c == '│') {
        return i;
      }
    }
    return -1;
  }

  @Test
  void csvHasOneRecordPerInputInRankOrder() throws IOException {
    Cli.Result r = Cli.run("sensitivity", H100, "--format", "csv");

    assertThat(r.code()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(9);
    assertThat(lines.get(0)).isEqualTo(String.join(",", SensitivityCommand.CSV_COLUMNS));
    assertThat(lines.get(1))
        .startsWith("h100-neocloud,cost_per_gpu_hour,1,terms.utilisation,0.8,0.6,0.95,");
    List<List<String>> records = Cli.csv(r.out());
    assertThat(records)
        .hasSize(9)
        .allSatisfy(rec -> assertThat(rec).hasSize(SensitivityCommand.CSV_COLUMNS.size()));
    assertThat(
            records
                .get(1)
                .subList(
                    SensitivityCommand.CSV_COLUMNS.size() - 2,
                    SensitivityCommand.CSV_COLUMNS.size()))
        .containsExactly(
            Results.evaluate(H100).basis().headline(), Results.evaluate(H100).basis().accounting());
  }

  @Test
  void markdownHasTheRankedTable() {
    Cli.Result r = Cli.run("sensitivity", H100, "--format", "markdown");

    assertThat(r.code()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines.get(0)).startsWith("## sensitivity of fleet h100-neocloud");
    int header =
        lines.indexOf(
            lines.stream().filter(l -> l.startsWith("| RANK |")).findFirst().orElseThrow());
    assertThat(lines.get(header + 1)).matches("\\|( (---|--:) \\|){8}");
    assertThat(lines.get(header + 2)).startsWith("| 1 | terms.utilisation |");
    assertThat(lines).contains("Basis:", "- " + Results.evaluate(H100).basis().headline());
    assertThat(r.out()).doesNotContain("█");
  }

  @Test
  void outputDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      String german = Cli.run("sensitivity", H100, "--output", "economic_cost").out();
      Locale.setDefault(Locale.US);
      assertThat(german)
          .isEqualTo(Cli.run("sensitivity", H100, "--output", "economic_cost").out())
          .contains("250,000 → 380,000");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aFleetWithoutASensitivitySectionIsAnError() {
    assertOneLineError(Cli.run("sensitivity", MIXED), MIXED + " has no sensitivity section");
  }

  @Test
  void badOptionsAndFilesAreOneLineErrors() {
    assertOneLineError(
        Cli.run("sensitivity", H100, "--output", "margin"),
        "--output must be one of cost_per_gpu_hour, cost_per_useful_gpu_hour, economic_cost, npv_of_costs, accounting_tco, capex, "
            + "opex_year1 but was 'margin'");
    // tco is ambiguous between the bases: refused, naming both
    assertOneLineError(
        Cli.run("sensitivity", H100, "--output", "tco"),
        "--output tco is ambiguous",
        "economic_cost",
        "accounting_tco");
    assertOneLineError(
        Cli.run("sensitivity", "no-such-fleet.yaml"),
        "FILE must name an existing fleet file (YAML, schema flopex-fleet/1) but was 'no-such-fleet.yaml'");
    assertOneLineError(Cli.run("sensitivity", H100, "--format", "xml"), "--format");
  }

  @Test
  void anUnknownInputPathNamesFileAndLine(@TempDir Path dir) throws IOException {
    String good = Files.readString(Path.of(H100), StandardCharsets.UTF_8);
    Path bad = dir.resolve("bad-sensitivity.yaml");
    Files.writeString(
        bad,
        good.replace("{path: assumptions.pue, low: 1.15", "{path: assumptions.puee, low: 1.15"),
        StandardCharsets.UTF_8);

    assertOneLineError(
        Cli.run("sensitivity", bad.toString()), "bad-sensitivity.yaml:", "assumptions.puee");
  }

  @Test
  void aValueOutOfItsRangeIsAnError(@TempDir Path dir) throws IOException {
    String good = Files.readString(Path.of(H100), StandardCharsets.UTF_8);
    Path bad = dir.resolve("low-pue.yaml");
    Files.writeString(
        bad,
        good.replace("{path: assumptions.pue, low: 1.15", "{path: assumptions.pue, low: 0.5"),
        StandardCharsets.UTF_8);

    Cli.Result r = Cli.run("sensitivity", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("flopex: ").contains("pue");
  }
}
