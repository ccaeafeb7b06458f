package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.FleetResult;
import dev.flopex.report.FleetReport;
import dev.flopex.report.internal.Fmt;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String H100 = Examples.fleet("h100-neocloud.yaml");
  private static final String MIXED = Examples.fleet("mixed-fleet.yaml");

  @Test
  void h100FleetTableShowsTheClusterAndTotals() {
    Cli.Result r = Cli.run("fleet", H100);

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.outLines();
    assertThat(lines.get(0)).startsWith("fleet h100-neocloud");
    assertThat(lines.get(1))
        .isEqualTo("terms: 5 years, utilisation 0.8, straight-line depreciation, cash");
    String header = lines.stream().filter(l -> l.startsWith("CLUSTER")).findFirst().orElseThrow();
    assertThat(header)
        .contains(
            "SYSTEM",
            "GPUS",
            "SERVERS",
            "RACKS",
            "TIERS",
            "SWITCHES",
            "CONTRACTED MW",
            "CAPEX USD",
            "OPEX YR1 USD",
            "ECONOMIC COST USD",
            "BOOK TCO USD",
            "USD/GPU-H")
        .doesNotContain("LEVELISED")
        .doesNotContainPattern("  TCO USD");
    String row = lines.stream().filter(l -> l.startsWith("h100-20k ")).findFirst().orElseThrow();
    assertThat(row).contains("hgx-h100", "20,480", "2,560");
    // right-aligned numbers end under their header
    assertThat(row.indexOf("20,480") + "20,480".length())
        .isEqualTo(header.indexOf("GPUS") + "GPUS".length());
    String total = lines.stream().filter(l -> l.startsWith("TOTAL ")).findFirst().orElseThrow();
    assertThat(total).contains("20,480");
    // 3 tiers of 64-port switches for 20,480 endpoints
    assertThat(row).matches(".*  3 +1,600 .*");
  }

  @Test
  void theBasisLinesFollowTheTermsInTheTable() {
    FleetResult expected = Results.evaluate(H100);
    List<String> lines = Cli.run("fleet", H100).outLines();

    assertThat(lines.get(2))
        .isEqualTo("basis: " + expected.basis().headline())
        .startsWith("basis: economic: ");
    assertThat(lines.get(3))
        .isEqualTo("basis: " + expected.basis().accounting())
        .startsWith("basis: accounting: ");
    // a fleet whose clusters differ gets the library's per-cluster lines, still one line each
    FleetResult mixed = Results.evaluate(MIXED);
    List<String> m = Cli.run("fleet", MIXED).outLines();
    assertThat(m)
        .contains("basis: " + mixed.basis().headline(), "basis: " + mixed.basis().accounting());
    assertThat(mixed.basis().headline()).contains("h100-texas", "gb200-owned");
  }

  @Test
  void theTableIsTheLibrarysFiguresAndTheTotalsRowIsTheFleetResult() {
    FleetResult expected = Results.evaluate(MIXED);
    List<String> lines = Cli.run("fleet", MIXED).outLines();

    String total = lines.stream().filter(l -> l.startsWith("TOTAL ")).findFirst().orElseThrow();
    assertThat(total.split(" +"))
        .containsExactly(
            "TOTAL",
            String.format(Locale.ROOT, "%,d", expected.gpus()),
            String.format(Locale.ROOT, "%,d", expected.servers()),
            String.format(Locale.ROOT, "%,d", expected.racks()),
            String.format(Locale.ROOT, "%,d", expected.switches()),
            String.format(
                Locale.ROOT,
                "%,.2f",
                expected.contractedItPower().in(dev.flopex.core.units.PowerUnit.MEGAWATTS)),
            String.format(Locale.ROOT, "%,.0f", expected.capexTotal().amount()),
            String.format(Locale.ROOT, "%,.0f", expected.opexYear1().amount()),
            String.format(Locale.ROOT, "%,.0f", expected.economicCost().amount()),
            String.format(Locale.ROOT, "%,.0f", expected.accountingTco().amount()),
            String.format(Locale.ROOT, "%.2f", expected.costPerGpuHour().amount()));
    for (ClusterResult c : expected.clusters()) {
      String row =
          lines.stream()
              .filter(l -> l.startsWith(c.cluster().name() + " "))
              .findFirst()
              .orElseThrow();
      String[] cells = row.split(" +");
      assertThat(List.of(cells).subList(cells.length - 3, cells.length))
          .containsExactly(
              String.format(Locale.ROOT, "%,.0f", c.economic().totalOverHorizon().amount()),
              String.format(Locale.ROOT, "%,.0f", c.accounting().tco().amount()),
              String.format(Locale.ROOT, "%.2f", c.costPerGpuHour().amount()));
    }
  }

  @Test
  void componentColumnsAddUpToThePrintedTotalsOnBothBases() {
    FleetResult expected = Results.evaluate(MIXED);
    List<String> lines = Cli.run("fleet", MIXED).outLines();

    int start =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.startsWith("Cost by component over 5 years"))
                .findFirst()
                .orElseThrow());
    assertThat(lines.get(start + 1))
        .matches(" *COMPONENT +ECONOMIC COST USD +SHARE +USD/GPU-H +BOOK TCO USD");
    long economic = 0;
    long book = 0;
    BigDecimal shares = BigDecimal.ZERO;
    BigDecimal perHour = BigDecimal.ZERO;
    Pattern p = Pattern.compile("  (\\S.*?) +([\\d,]+) +([\\d.]+)% +([\\d.]+) +([\\d,]+)");
    String totalLine = null;
    for (String l : lines.subList(start + 2, lines.size())) {
      Matcher m = p.matcher(l);
      if (!m.matches()) {
        break;
      }
      if (m.group(1).equals("total")) {
        totalLine = l;
        assertThat(Long.parseLong(m.group(2).replace(",", "")))
            .isEqualTo(economic)
            .isEqualTo(Math.round(expected.economicCost().amount()));
        assertThat(new BigDecimal(m.group(3))).isEqualByComparingTo("100.0");
        assertThat(new BigDecimal(m.group(4)))
            .isEqualByComparingTo(perHour)
            .isEqualByComparingTo(
                BigDecimal.valueOf(expected.costPerGpuHour().amount())
                    .setScale(4, java.math.RoundingMode.HALF_UP));
        assertThat(Long.parseLong(m.group(5).replace(",", "")))
            .isEqualTo(book)
            .isEqualTo(Math.round(expected.accountingTco().amount()));
        break;
      }
      economic += Long.parseLong(m.group(2).replace(",", ""));
      shares = shares.add(new BigDecimal(m.group(3)));
      perHour = perHour.add(new BigDecimal(m.group(4)));
      book += Long.parseLong(m.group(5).replace(",", ""));
    }
    assertThat(totalLine).isNotNull();
    assertThat(shares).isEqualByComparingTo("100.0");
    assertThat(
            lines.stream()
                .filter(l -> l.matches("economic cost per GPU-hour +USD .*"))
                .findFirst()
                .orElseThrow())
        .contains(
            String.format(
                Locale.ROOT,
                "USD %.4f per GPU-hour used (the headline)",
                expected.costPerGpuHour().amount()));
    assertThat(lines.stream().filter(l -> l.matches("book TCO +USD .*")).findFirst().orElseThrow())
        .contains(String.format(Locale.ROOT, "%,d", book));
  }

  @Test
  void warningsComeLastEachOnce() {
    FleetResult expected = Results.evaluate(MIXED);
    List<String> lines = Cli.run("fleet", MIXED).outLines();

    int w = lines.indexOf("warnings:");
    assertThat(w).isPositive();
    List<String> printed = lines.subList(w + 1, lines.size());
    assertThat(printed).isNotEmpty().doesNotHaveDuplicates();
    assertThat(printed)
        .containsExactlyElementsOf(
            expected.warnings().stream().map(x -> "  " + x.message()).toList());
    assertThat(String.join("\n", lines.subList(w, lines.size()))).contains("is priced");
  }

  @Test
  void jsonHasTotalsClustersBomLinesAndWarningsAndSharesAddUp() throws IOException {
    Cli.Result r = Cli.run("fleet", H100, "--format", "json");

    assertThat(r.code()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("fleet").asText()).isEqualTo("h100-neocloud");
    assertThat(root.get("kind").asText()).isEqualTo("fleet");
    FleetResult expected = Results.evaluate(H100);
    assertThat(root.at("/basis/headline").asText()).isEqualTo(expected.basis().headline());
    assertThat(root.at("/basis/accounting").asText()).isEqualTo(expected.basis().accounting());
    JsonNode totals = root.get("totals");
    assertThat(totals.get("gpus").asLong()).isEqualTo(20_480);
    assertThat(totals.has("tco_usd")).as("an unlabelled TCO").isFalse();
    assertThat(totals.get("contracted_mw").isNumber()).isTrue();
    assertThat(totals.get("usd_per_gpu_hour").doubleValue())
        .isCloseTo(expected.costPerGpuHour().amount(), within(1e-9));
    double economic = totals.get("economic_cost_usd").doubleValue();
    double book = totals.get("accounting_tco_usd").doubleValue();
    assertThat(economic).isCloseTo(expected.economicCost().amount(), within(0.01));
    assertThat(book).isCloseTo(expected.accountingTco().amount(), within(0.01));
    double sum = 0;
    double bookSum = 0;
    double perHour = 0;
    double shares = 0;
    for (JsonNode c : root.get("cost_by_component")) {
      sum += c.get("economic_cost_usd").doubleValue();
      bookSum += c.get("accounting_tco_usd").doubleValue();
      perHour += c.get("usd_per_gpu_hour").doubleValue();
      shares += c.get("share").doubleValue();
    }
    assertThat(Math.abs(sum - economic) / economic).isLessThan(1e-9);
    assertThat(Math.abs(bookSum - book) / book).isLessThan(1e-9);
    assertThat(perHour).isCloseTo(totals.get("usd_per_gpu_hour").doubleValue(), within(1e-8));
    assertThat(shares).isCloseTo(1.0, within(1e-9));

    JsonNode cluster = root.get("clusters").get(0);
    assertThat(cluster.get("name").asText()).isEqualTo("h100-20k");
    assertThat(cluster.get("region").asText()).isEqualTo("us-virginia");
    assertThat(cluster.get("facility").asText()).isEqualTo("colocation-wholesale");
    assertThat(cluster.get("gpus").asLong()).isEqualTo(20_480);
    assertThat(cluster.at("/basis/headline").asText()).isEqualTo(expected.basis().headline());
    assertThat(cluster.at("/economic/economic_cost_usd").doubleValue())
        .isCloseTo(economic, within(0.01));
    assertThat(cluster.at("/accounting/tco_usd").doubleValue()).isCloseTo(book, within(0.01));
    assertThat(cluster.at("/economic/wacc").doubleValue())
        .isEqualTo(expected.clusters().get(0).economic().wacc());
    assertThat(cluster.get("bom").size()).isPositive();
    JsonNode server = cluster.get("bom").get(0);
    assertThat(server.get("item").asText()).isEqualTo("hgx-h100");
    assertThat(server.get("quantity").asLong()).isEqualTo(2_560);
    assertThat(server.get("unit_price_usd").isNumber()).isTrue();
    assertThat(server.get("price_as_of").asText()).isNotEmpty();
    assertThat(server.get("confidence").asText()).isIn("high", "medium", "low");
    double lines = 0;
    for (JsonNode l : cluster.at("/accounting/lines")) {
      assertThat(l.get("formula").asText()).isNotBlank();
      lines += l.get("accounting_tco_usd").doubleValue();
    }
    assertThat(lines).isCloseTo(book, within(book * 1e-9));
    assertThat(cluster.at("/accounting/tco_by_year_usd").size()).isEqualTo(5);
    double byComponent = 0;
    for (JsonNode v : cluster.at("/economic/usd_per_gpu_hour_by_component")) {
      byComponent += v.doubleValue();
    }
    assertThat(byComponent).isCloseTo(cluster.get("usd_per_gpu_hour").doubleValue(), within(1e-9));
    assertThat(root.get("warnings").size()).isEqualTo(expected.warnings().size()).isPositive();
  }

  @Test
  void mixedFleetJsonParsesAndItsTotalsAreTheSumOfItsClusters() throws IOException {
    Cli.Result r = Cli.run("fleet", MIXED, "--format", "json");

    assertThat(r.code()).isZero();
    JsonNode root = JSON.readTree(r.out());
    JsonNode clusters = root.get("clusters");
    assertThat(clusters.size()).isEqualTo(3);
    List<String> names = new ArrayList<>();
    long gpus = 0;
    double economic = 0;
    double book = 0;
    double capex = 0;
    for (JsonNode c : clusters) {
      names.add(c.get("name").asText());
      gpus += c.get("gpus").asLong();
      economic += c.at("/economic/economic_cost_usd").doubleValue();
      book += c.at("/accounting/tco_usd").doubleValue();
      capex += c.get("capex_usd").doubleValue();
    }
    assertThat(names).containsExactly("h100-texas", "b200-virginia", "gb200-owned");
    assertThat(root.at("/totals/gpus").asLong()).isEqualTo(gpus);
    assertThat(root.at("/totals/economic_cost_usd").doubleValue())
        .isCloseTo(economic, within(0.05));
    assertThat(root.at("/totals/accounting_tco_usd").doubleValue()).isCloseTo(book, within(0.05));
    assertThat(root.at("/totals/capex_usd").doubleValue()).isCloseTo(capex, within(0.05));
    assertThat(clusters.get(0).get("region").asText()).isEqualTo("us-texas");
    assertThat(clusters.get(2).get("facility").asText()).isEqualTo("owned");
    assertThat(root.at("/terms/financing").asText()).isEqualTo("debt");
    assertThat(root.at("/terms/debt_rate_per_year").doubleValue()).isEqualTo(0.11);
    // the owned site has a facility build-out line; the PPA override keeps its source
    assertThat(clusters.get(2).get("bom").toString()).contains("facility_build_usd_per_mw");
    JsonNode ppa = clusters.get(0).at("/assumptions/electricity_usd_per_kwh");
    assertThat(ppa.get("value").doubleValue()).isEqualTo(0.055);
    assertThat(ppa.get("overridden").asBoolean()).isTrue();
    assertThat(ppa.get("source").asText()).isEqualTo("example-ppa-2025");
  }

  @Test
  void markdownHasGitHubTablesWithHeaderSeparatorRows() {
    Cli.Result r = Cli.run("fleet", MIXED, "--format", "markdown");

    assertThat(r.code()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines.get(0)).startsWith("## fleet mixed-fleet");
    FleetResult expected = Results.evaluate(MIXED);
    int basis = lines.indexOf("Basis:");
    assertThat(basis).isPositive();
    assertThat(lines.subList(basis + 2, basis + 4))
        .containsExactly("- " + expected.basis().headline(), "- " + expected.basis().accounting());
    int header =
        lines.indexOf(
            lines.stream().filter(l -> l.startsWith("| CLUSTER |")).findFirst().orElseThrow());
    assertThat(header).isGreaterThan(basis);
    assertThat(lines.get(header + 1)).matches("\\|( (---|--:) \\|){13}");
    assertThat(lines.get(header + 2)).startsWith("| h100-texas | hgx-h100 | 4,096 |");
    assertThat(lines)
        .contains(
            "| COMPONENT | ECONOMIC COST USD | SHARE | USD/GPU-H | BOOK TCO USD |", "### Warnings");
    assertThat(lines.stream().filter(l -> l.startsWith("| total |"))).hasSize(1);
  }

  @Test
  void csvIsOneRfc4180TableWithOneRowPerCluster() {
    Cli.Result r = Cli.run("fleet", MIXED, "--format", "csv");

    assertThat(r.code()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo(String.join(",", FleetReport.CSV_COLUMNS));
    assertThat(lines.get(1)).startsWith("mixed-fleet,h100-texas,hgx-h100,4096,512,");
    List<List<String>> records = Cli.csv(r.out());
    assertThat(records)
        .hasSize(4)
        .allSatisfy(rec -> assertThat(rec).hasSize(FleetReport.CSV_COLUMNS.size()));
    // each cluster's own basis in the last two columns
    FleetResult expected = Results.evaluate(MIXED);
    for (int i = 0; i < 3; i++) {
      List<String> rec = records.get(i + 1);
      assertThat(rec.subList(rec.size() - 2, rec.size()))
          .containsExactly(
              expected.clusters().get(i).basis().headline(),
              expected.clusters().get(i).basis().accounting());
    }
  }

  @Test
  void detailPrintsBillOfMaterialsAndCostLinesWithFormulas() {
    Cli.Result r = Cli.run("fleet", H100, "--detail");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("h100-20k: bill of materials (prices as of 2024-09-01)")
        .contains(
            "ITEM",
            "DESCRIPTION",
            "QUANTITY",
            "UNIT PRICE USD",
            "AS OF",
            "EXTENDED USD",
            "CONFIDENCE")
        .contains(
            "h100-20k: book cost lines over 5 years (accounting)",
            "BOOK TCO USD",
            "FORMULA",
            "x 8760 h x")
        .contains(
            "h100-20k: economic cost per GPU-hour by component",
            "h100-20k: capacity",
            "h100-20k: book TCO by year (accounting)")
        .contains("present value of costs", "market value kept", "goodput");
    String bomServers =
        r.outLines().stream().filter(l -> l.startsWith("  hgx-h100 ")).findFirst().orElseThrow();
    assertThat(bomServers).contains("2,560", "units");
    // warnings stay last
    List<String> lines = r.outLines();
    assertThat(lines.indexOf("warnings:"))
        .isGreaterThan(lines.indexOf("h100-20k: book TCO by year (accounting)"));
    assertThat(Cli.run("fleet", H100).out()).doesNotContain("bill of materials");
  }

  @Test
  void outputDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      String german = Cli.run("fleet", H100, "--detail").out();
      Locale.setDefault(Locale.US);
      String us = Cli.run("fleet", H100, "--detail").out();
      assertThat(german).isEqualTo(us).contains("20,480").doesNotContain("20.480");
      Locale.setDefault(Locale.GERMANY);
      double mw =
          Results.evaluate(H100).contractedItPower().in(dev.flopex.core.units.PowerUnit.MEGAWATTS);
      assertThat(Cli.run("fleet", H100, "--format", "csv").out())
          .contains("," + Fmt.json(mw) + ",")
          .contains(".");
      assertThat(Fmt.json(mw).toString()).contains(".").doesNotContain(",");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void missingFleetFileIsOneLine() {
    Cli.Result r = Cli.run("fleet", "no-such-fleet.yaml");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly(
            "flopex: FILE must name an existing fleet file (YAML, schema flopex-fleet/1) but was 'no-such-fleet.yaml'");
  }

  @Test
  void aDirectoryIsNoFleetFile(@TempDir Path dir) {
    Cli.Result r = Cli.run("fleet", dir.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("not a directory");
  }

  @Test
  void malformedFleetFileNamesFileLineFieldAndValue(@TempDir Path dir) throws IOException {
    String good = Files.readString(Path.of(H100), StandardCharsets.UTF_8);
    Path bad = dir.resolve("bad-fleet.yaml");
    Files.writeString(bad, good.replace("gpus: 20480", "gpus: -3"), StandardCharsets.UTF_8);
    int line =
        1
            + (int)
                good.substring(0, good.indexOf("gpus: 20480"))
                    .chars()
                    .filter(c -> c == '\n')
                    .count();

    Cli.Result r = Cli.run("fleet", bad.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly(
            "flopex: bad-fleet.yaml:" + line + ": clusters[0].gpus must be > 0 but was -3");
  }

  @Test
  void yamlSyntaxErrorInAFleetFileIsOneLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("broken.yaml");
    Files.writeString(bad, "schema: flopex-fleet/1\nname: x\n  oops: [\n", StandardCharsets.UTF_8);

    Cli.Result r = Cli.run("fleet", bad.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("flopex: broken.yaml:");
  }

  @Test
  void unknownSystemInAFleetFileSuggestsNames(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("typo.yaml");
    Files.writeString(
        bad,
        Files.readString(Path.of(H100)).replace("system: hgx-h100", "system: hgx-h10"),
        StandardCharsets.UTF_8);

    Cli.Result r = Cli.run("fleet", bad.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err())
        .startsWith("flopex: typo.yaml:")
        .contains("hgx-h10", "did you mean hgx-h100");
  }

  @Test
  void badFormatIsOneLine() {
    Cli.Result r = Cli.run("fleet", H100, "--format", "xml");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly(
            "flopex: --format must be one of table, json, csv, markdown but was 'xml'");
  }
}
