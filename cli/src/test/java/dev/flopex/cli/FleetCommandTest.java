package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    assertThat(lines.get(1)).isEqualTo("terms: 5 years, utilisation 0.8, straight-line depreciation, cash");
    String header = lines.stream().filter(l -> l.startsWith("CLUSTER")).findFirst().orElseThrow();
    assertThat(header).contains("SYSTEM", "GPUS", "SERVERS", "RACKS", "TIERS", "SWITCHES", "CONTRACTED MW", "CAPEX USD",
        "OPEX YR1 USD", "TCO USD", "USD/GPU-H", "LEVELISED USD/GPU-H");
    String row = lines.stream().filter(l -> l.startsWith("h100-20k ")).findFirst().orElseThrow();
    assertThat(row).contains("hgx-h100", "20,480", "2,560");
    // right-aligned numbers end under their header
    assertThat(row.indexOf("20,480") + "20,480".length()).isEqualTo(header.indexOf("GPUS") + "GPUS".length());
    String total = lines.stream().filter(l -> l.startsWith("TOTAL ")).findFirst().orElseThrow();
    assertThat(total).contains("20,480");
    // 3 tiers of 64-port switches for 20,480 endpoints
    assertThat(row).matches(".*  3 +1,600 .*");
  }

  @Test
  void componentAmountsAndSharesAddUpToThePrintedTotal() {
    List<String> lines = Cli.run("fleet", MIXED).outLines();

    int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("TCO by component")).findFirst().orElseThrow());
    long sum = 0;
    BigDecimal shares = BigDecimal.ZERO;
    Pattern p = Pattern.compile("  (\\S.*?) +([\\d,]+) +([\\d.]+)%");
    String totalLine = null;
    for (String l : lines.subList(start + 2, lines.size())) {
      Matcher m = p.matcher(l);
      if (!m.matches()) {
        break;
      }
      if (m.group(1).equals("total")) {
        totalLine = l;
        assertThat(Long.parseLong(m.group(2).replace(",", ""))).isEqualTo(sum);
        assertThat(new BigDecimal(m.group(3))).isEqualByComparingTo("100.0");
        break;
      }
      sum += Long.parseLong(m.group(2).replace(",", ""));
      shares = shares.add(new BigDecimal(m.group(3)));
    }
    assertThat(totalLine).isNotNull();
    assertThat(shares).isEqualByComparingTo("100.0");
    String tco = lines.stream().filter(l -> l.matches("TCO +USD .*")).findFirst().orElseThrow();
    assertThat(tco).contains(String.format(Locale.ROOT, "%,d", sum));
  }

  @Test
  void warningsComeLastNamingTheCluster() {
    List<String> lines = Cli.run("fleet", H100).outLines();

    int w = lines.indexOf("warnings:");
    assertThat(w).isPositive();
    assertThat(lines.subList(w + 1, lines.size())).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("  h100-20k: "));
    assertThat(String.join("\n", lines.subList(w, lines.size()))).contains("no price dated on or before 2024-09-01");
  }

  @Test
  void jsonHasTotalsClustersBomLinesAndWarningsAndSharesAddUp() throws IOException {
    Cli.Result r = Cli.run("fleet", H100, "--format", "json");

    assertThat(r.code()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("fleet").asText()).isEqualTo("h100-neocloud");
    assertThat(root.get("kind").asText()).isEqualTo("fleet");
    JsonNode totals = root.get("totals");
    assertThat(totals.get("gpus").asLong()).isEqualTo(20_480);
    assertThat(totals.get("tco_usd").isNumber()).isTrue();
    assertThat(totals.get("contracted_mw").isNumber()).isTrue();
    double tco = totals.get("tco_usd").doubleValue();
    double sum = 0;
    double shares = 0;
    for (JsonNode c : root.get("tco_by_component")) {
      sum += c.get("tco_usd").doubleValue();
      shares += c.get("share").doubleValue();
    }
    assertThat(Math.abs(sum - tco) / tco).isLessThan(1e-9);
    assertThat(shares).isCloseTo(1.0, within(1e-9));

    JsonNode cluster = root.get("clusters").get(0);
    assertThat(cluster.get("name").asText()).isEqualTo("h100-20k");
    assertThat(cluster.get("gpus").asLong()).isEqualTo(20_480);
    assertThat(cluster.get("tco_usd").doubleValue()).isCloseTo(tco, within(0.01));
    assertThat(cluster.get("bom").size()).isPositive();
    JsonNode server = cluster.get("bom").get(0);
    assertThat(server.get("item").asText()).isEqualTo("hgx-h100");
    assertThat(server.get("quantity").asLong()).isEqualTo(2_560);
    assertThat(server.get("unit_price_usd").isNumber()).isTrue();
    assertThat(server.get("price_as_of").asText()).isNotEmpty();
    assertThat(server.get("confidence").asText()).isIn("high", "medium", "low");
    double lines = 0;
    for (JsonNode l : cluster.get("lines")) {
      assertThat(l.get("formula").asText()).isNotBlank();
      lines += l.get("tco_usd").doubleValue();
    }
    assertThat(lines).isCloseTo(tco, within(tco * 1e-9));
    assertThat(cluster.get("tco_by_year_usd").size()).isEqualTo(5);
    assertThat(root.get("warnings").size()).isPositive();
    assertThat(root.get("warnings").get(0).asText()).startsWith("h100-20k: ");
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
    double tco = 0;
    double capex = 0;
    for (JsonNode c : clusters) {
      names.add(c.get("name").asText());
      gpus += c.get("gpus").asLong();
      tco += c.get("tco_usd").doubleValue();
      capex += c.get("capex_usd").doubleValue();
    }
    assertThat(names).containsExactly("h100-texas", "b200-virginia", "gb200-owned");
    assertThat(root.at("/totals/gpus").asLong()).isEqualTo(gpus);
    assertThat(root.at("/totals/tco_usd").doubleValue()).isCloseTo(tco, within(0.05));
    assertThat(root.at("/totals/capex_usd").doubleValue()).isCloseTo(capex, within(0.05));
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
    int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("| CLUSTER |")).findFirst().orElseThrow());
    assertThat(lines.get(header + 1)).matches("\\|( (---|--:) \\|){13}");
    assertThat(lines.get(header + 2)).startsWith("| h100-texas | hgx-h100 | 4,096 |");
    assertThat(lines).contains("| COMPONENT | TCO USD | SHARE |", "### Warnings");
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
    for (String l : lines) {
      assertThat(l.split(",", -1)).hasSize(FleetReport.CSV_COLUMNS.size());
    }
  }

  @Test
  void detailPrintsBillOfMaterialsAndCostLinesWithFormulas() {
    Cli.Result r = Cli.run("fleet", H100, "--detail");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("h100-20k: bill of materials (prices as of 2024-09-01)")
        .contains("ITEM", "DESCRIPTION", "QUANTITY", "UNIT PRICE USD", "AS OF", "EXTENDED USD", "CONFIDENCE")
        .contains("h100-20k: cost lines over 5 years", "FORMULA", "depreciated straight_line", "x 8760 h x USD")
        .contains("h100-20k: capacity", "h100-20k: TCO by year");
    String bomServers = r.outLines().stream().filter(l -> l.startsWith("  hgx-h100 ")).findFirst().orElseThrow();
    assertThat(bomServers).contains("2,560", "units");
    // warnings stay last
    List<String> lines = r.outLines();
    assertThat(lines.indexOf("warnings:")).isGreaterThan(lines.indexOf("h100-20k: TCO by year"));
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
      assertThat(Cli.run("fleet", H100, "--format", "csv").out()).contains(",28.25952,");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void missingFleetFileIsOneLine() {
    Cli.Result r = Cli.run("fleet", "no-such-fleet.yaml");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly(
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
    int line = 1 + (int) good.substring(0, good.indexOf("gpus: 20480")).chars().filter(c -> c == '\n').count();

    Cli.Result r = Cli.run("fleet", bad.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("flopex: bad-fleet.yaml:" + line + ": clusters[0].gpus must be > 0 but was -3");
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
    Files.writeString(bad, Files.readString(Path.of(H100)).replace("system: hgx-h100", "system: hgx-h10"), StandardCharsets.UTF_8);

    Cli.Result r = Cli.run("fleet", bad.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("flopex: typo.yaml:").contains("hgx-h10", "did you mean hgx-h100");
  }

  @Test
  void badFormatIsOneLine() {
    Cli.Result r = Cli.run("fleet", H100, "--format", "xml");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("flopex: --format must be one of table, json, csv, markdown but was 'xml'");
  }
}
