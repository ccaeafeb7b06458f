package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flopex.costing.FleetResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String H100 = Examples.fleet("h100-neocloud.yaml");
  private static final String MIXED = Examples.fleet("mixed-fleet.yaml");

  private static long number(String s) {
    return Long.parseLong(s.replace(",", "").replace("+", ""));
  }

  private static void assertOneLineError(Cli.Result r, String... parts) {
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("flopex: ").contains(parts);
  }

  @Test
  void tableShowsEachScenarioWithItsEconomicCostDeltaAgainstTheBaseline() throws IOException {
    Cli.Result r = Cli.run("compare", H100, MIXED);

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.outLines();
    assertThat(lines.get(0)).isEqualTo("compare h100-neocloud (baseline) with mixed-fleet");
    String header = lines.stream().filter(l -> l.startsWith("SCENARIO")).findFirst().orElseThrow();
    assertThat(header)
        .contains(
            "FILE",
            "GPUS",
            "CAPEX USD",
            "OPEX YR1 USD",
            "ECONOMIC COST USD",
            "BOOK TCO USD",
            "USD/GPU-H",
            "ECONOMIC DELTA USD",
            "ECONOMIC DELTA")
        .doesNotContain("LEVELISED");
    FleetResult h100 = Results.evaluate(H100);
    FleetResult mixedResult = Results.evaluate(MIXED);
    String base =
        lines.stream().filter(l -> l.startsWith("h100-neocloud  ")).findFirst().orElseThrow();
    String mixed =
        lines.stream().filter(l -> l.startsWith("mixed-fleet  ")).findFirst().orElseThrow();
    assertThat(base)
        .contains(
            "h100-neocloud.yaml",
            "20,480",
            String.format(Locale.ROOT, "%,.0f", h100.economicCost().amount()),
            String.format(Locale.ROOT, "%,.0f", h100.accountingTco().amount()))
        .endsWith("-");
    assertThat(mixed)
        .contains(
            "mixed-fleet.yaml",
            String.format(Locale.ROOT, "%,d", mixedResult.gpus()),
            String.format(Locale.ROOT, " %.2f ", mixedResult.costPerGpuHour().amount()))
        .endsWith("%");
    // the printed delta is the JSON one, rounded, and the library's
    JsonNode j = JSON.readTree(Cli.run("compare", H100, MIXED, "--format", "json").out());
    long delta = Math.round(j.at("/economic_cost_deltas_usd/1").doubleValue());
    assertThat(delta)
        .isEqualTo(Math.round(mixedResult.economicCost().amount() - h100.economicCost().amount()));
    assertThat(mixed).contains(String.format(Locale.ROOT, "%,d", delta));
    assertThat(lines).contains("terms:", "warnings:");
    // each scenario's basis lines, named, before the table
    assertThat(lines.subList(1, 5))
        .containsExactly(
            "h100-neocloud basis: " + h100.basis().headline(),
            "h100-neocloud basis: " + h100.basis().accounting(),
            "mixed-fleet basis: " + mixedResult.basis().headline(),
            "mixed-fleet basis: " + mixedResult.basis().accounting());
  }

  @Test
  void componentColumnsAddUpAndDeltasAreTheDifferencesOfThePrintedAmounts() {
    List<String> lines = Cli.run("compare", H100, MIXED).outLines();

    int start =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.startsWith("Economic cost by component"))
                .findFirst()
                .orElseThrow());
    assertThat(lines.get(start)).endsWith("deltas against h100-neocloud");
    assertThat(lines.get(start + 1).strip().split(" {2,}"))
        .containsExactly("COMPONENT", "h100-neocloud", "mixed-fleet", "DELTA mixed-fleet");
    long sumBase = 0;
    long sumMixed = 0;
    long sumDelta = 0;
    boolean total = false;
    for (String l : lines.subList(start + 2, lines.size())) {
      String[] c = l.strip().split(" {2,}");
      assertThat(c).hasSize(4);
      long b = number(c[1]);
      long m = number(c[2]);
      long d = number(c[3]);
      assertThat(d).as(l).isEqualTo(m - b);
      if (!c[3].equals("0")) {
        assertThat(c[3]).matches("[+-].*");
      }
      if (c[0].equals("total")) {
        assertThat(b).isEqualTo(sumBase);
        assertThat(m).isEqualTo(sumMixed);
        assertThat(d).isEqualTo(sumDelta);
        total = true;
        break;
      }
      sumBase += b;
      sumMixed += m;
      sumDelta += d;
    }
    assertThat(total).isTrue();
  }

  @Test
  void jsonHasScenariosComponentsAndDeltasThatAddUp() throws IOException {
    Cli.Result r = Cli.run("compare", H100, MIXED, "--format", "json");

    assertThat(r.code()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("baseline").asText()).isEqualTo("h100-neocloud");
    JsonNode s = j.get("scenarios");
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.get(0).get("name").asText()).isEqualTo("h100-neocloud");
    assertThat(s.get(1).get("name").asText()).isEqualTo("mixed-fleet");
    assertThat(s.get(1).get("file").asText()).isEqualTo(MIXED);
    assertThat(s.get(0).get("gpus").asLong()).isEqualTo(20_480);
    assertThat(s.get(1).get("clusters").asInt()).isEqualTo(3);
    assertThat(s.get(1).at("/terms/financing").asText()).isEqualTo("debt");
    assertThat(s.get(0).at("/basis/headline").asText())
        .isEqualTo(Results.evaluate(H100).basis().headline());
    assertThat(s.get(1).at("/basis/accounting").asText())
        .isEqualTo(Results.evaluate(MIXED).basis().accounting());
    double tco0 = s.get(0).get("economic_cost_usd").doubleValue();
    double tco1 = s.get(1).get("economic_cost_usd").doubleValue();
    assertThat(j.at("/economic_cost_deltas_usd/0").doubleValue()).isZero();
    assertThat(j.at("/economic_cost_deltas_usd/1").doubleValue())
        .isCloseTo(tco1 - tco0, within(0.02));
    assertThat(s.get(1).get("economic_cost_delta_usd").doubleValue())
        .isCloseTo(tco1 - tco0, within(0.02));
    assertThat(s.get(1).get("economic_cost_delta_share").doubleValue())
        .isCloseTo((tco1 - tco0) / tco0, within(1e-9));
    double[] sums = new double[2];
    double deltaSum = 0;
    List<String> components = new ArrayList<>();
    for (JsonNode c : j.get("economic_cost_by_component")) {
      components.add(c.get("component").asText());
      JsonNode v = c.get("economic_cost_usd");
      JsonNode d = c.get("delta_usd");
      assertThat(v.size()).isEqualTo(2);
      assertThat(d.get(0).doubleValue()).isZero();
      assertThat(d.get(1).doubleValue())
          .isCloseTo(v.get(1).doubleValue() - v.get(0).doubleValue(), within(0.02));
      sums[0] += v.get(0).doubleValue();
      sums[1] += v.get(1).doubleValue();
      deltaSum += d.get(1).doubleValue();
    }
    // financing is interest, an accounting figure: the economic cost has no financing component
    assertThat(components)
        .contains("servers", "electricity", "facility")
        .doesNotContain("financing");
    assertThat(sums[0]).isCloseTo(tco0, within(1.0));
    assertThat(sums[1]).isCloseTo(tco1, within(1.0));
    assertThat(deltaSum).isCloseTo(tco1 - tco0, within(1.0));
  }

  @Test
  void csvHasOneRowPerScenarioWithComponentColumns() {
    Cli.Result r = Cli.run("compare", H100, MIXED, "--format", "csv");

    assertThat(r.code()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .startsWith(String.join(",", CompareCommand.CSV_COLUMNS) + ",servers_economic_cost_usd,")
        .contains("electricity_delta_usd")
        .endsWith(",basis_headline,basis_accounting");
    assertThat(lines.get(1)).startsWith("h100-neocloud," + H100 + ",h100-neocloud,1,20480,");
    assertThat(lines.get(2))
        .startsWith(
            "mixed-fleet," + MIXED + ",mixed-fleet,3," + Results.evaluate(MIXED).gpus() + ",");
    List<List<String>> records = Cli.csv(r.out());
    int fields = records.get(0).size();
    assertThat(records).hasSize(3).allSatisfy(rec -> assertThat(rec).hasSize(fields));
    assertThat(records.get(2).get(fields - 2))
        .isEqualTo(Results.evaluate(MIXED).basis().headline());
  }

  @Test
  void markdownHasGitHubTables() {
    Cli.Result r = Cli.run("compare", H100, MIXED, "--format", "markdown");

    assertThat(r.code()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines.get(0)).isEqualTo("## compare h100-neocloud (baseline) with mixed-fleet");
    assertThat(lines)
        .contains("Basis:", "- h100-neocloud: " + Results.evaluate(H100).basis().headline());
    int header =
        lines.indexOf(
            lines.stream().filter(l -> l.startsWith("| SCENARIO |")).findFirst().orElseThrow());
    assertThat(lines.get(header + 1)).matches("\\|( (---|--:) \\|){11}");
    assertThat(lines)
        .contains(
            "| COMPONENT | h100-neocloud | mixed-fleet | DELTA mixed-fleet |", "### Warnings");
  }

  @Test
  void theSameFleetTwiceIsRefused() {
    // same fleet name and same file name: no name tells the scenarios apart
    assertOneLineError(
        Cli.run("compare", H100, H100), "would both be scenario 'h100-neocloud.yaml'");
  }

  @Test
  void fleetsWithTheSameNameAreNamedByTheirFilesAndEachGetsADeltaColumn(@TempDir Path dir)
      throws IOException {
    Path copy = dir.resolve("low-utilisation.yaml");
    Files.writeString(
        copy, Files.readString(Path.of(H100)).replace("utilisation: 0.8", "utilisation: 0.6"));
    Cli.Result r = Cli.run("compare", H100, copy.toString(), MIXED, "--format", "json");

    assertThat(r.code()).isZero();
    JsonNode s = JSON.readTree(r.out()).get("scenarios");
    assertThat(s.get(0).get("name").asText()).isEqualTo("h100-neocloud.yaml");
    assertThat(s.get(1).get("name").asText()).isEqualTo("low-utilisation.yaml");
    assertThat(s.get(2).get("name").asText()).isEqualTo("mixed-fleet");
    assertThat(s.get(1).get("fleet").asText()).isEqualTo("h100-neocloud");
    assertThat(s.get(1).get("usd_per_gpu_hour").doubleValue())
        .isGreaterThan(s.get(0).get("usd_per_gpu_hour").doubleValue());
    List<String> text = Cli.run("compare", H100, copy.toString(), MIXED).outLines();
    String header =
        text.stream().filter(l -> l.startsWith("  COMPONENT")).findFirst().orElseThrow();
    assertThat(header.strip().split(" {2,}"))
        .containsExactly(
            "COMPONENT",
            "h100-neocloud.yaml",
            "low-utilisation.yaml",
            "mixed-fleet",
            "DELTA low-utilisation.yaml",
            "DELTA mixed-fleet");
  }

  @Test
  void badInputsAreOneLineErrors() {
    assertOneLineError(
        Cli.run("compare", H100, "no-such-fleet.yaml"),
        "FILE must name an existing fleet file (YAML, schema flopex-fleet/1) but was 'no-such-fleet.yaml'");
    assertOneLineError(Cli.run("compare", H100, MIXED, "--format", "xml"), "--format");
    Cli.Result one = Cli.run("compare", H100);
    assertThat(one.code()).isEqualTo(2);
    assertThat(one.errLines().get(0)).startsWith("flopex: ").contains("FILE", "at least 2");
  }
}
