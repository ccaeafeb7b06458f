package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TcoCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The site every test cluster is on (the shipped h100-neocloud example's). */
  private static final String[] SITE = {
    "--region", "us-virginia", "--facility", "colocation-wholesale"
  };

  private static final String[] H100_20K =
      args(
          new String[] {
            "tco",
            "--system",
            "hgx-h100",
            "--gpus",
            "20480",
            "--purchase-date",
            "2024-09-01",
            "--assumptions",
            "neocloud"
          },
          SITE);

  /** {@code tco} with {@link #SITE} and {@code more}. */
  private static String[] tco(String... more) {
    return args(args(new String[] {"tco"}, SITE), more);
  }

  private static String[] args(String[] base, String... more) {
    List<String> a = new ArrayList<>(List.of(base));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  private static JsonNode json(String... args) throws IOException {
    Cli.Result r = Cli.run(args);
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    return JSON.readTree(r.out());
  }

  /**
   * A fleet file of one cluster; {@code count} is e.g. "gpus: 20480", {@code extra} more cluster
   * fields.
   */
  private static Path fleetFile(Path dir, String terms, String cluster, String count, String extra)
      throws IOException {
    String yaml =
        "schema: flopex-fleet/1\n"
            + "name: equivalent\n"
            + "terms: {"
            + terms
            + "}\n"
            + "clusters:\n"
            + "  - name: "
            + cluster
            + "\n"
            + "    system: hgx-h100\n"
            + "    "
            + count
            + "\n"
            + "    purchase_date: 2024-09-01\n"
            + "    site: {region: us-virginia, facility: colocation-wholesale, name: colocation}\n"
            + "    assumptions: neocloud\n"
            + extra
            + "    networks:\n"
            + "      - {name: scale-out, role: scale_out, switch: quantum-2-qm9700, server_link_nic_end: osfp-400g-sr4, "
            + "server_link_switch_end: osfp-800g-2xsr4, fabric_link: osfp-800g-2xsr4, oversubscription: 1}\n";
    Path f = dir.resolve("equivalent.yaml");
    Files.writeString(f, yaml, StandardCharsets.UTF_8);
    return f;
  }

  private static void assertSameCost(JsonNode tco, JsonNode fleet) {
    for (String key :
        new String[] {
          "gpus",
          "servers",
          "racks",
          "switches",
          "contracted_mw",
          "capex_usd",
          "opex_year1_usd",
          "usd_per_gpu_hour",
          "usd_per_useful_gpu_hour",
          "economic_cost_usd",
          "npv_of_costs_usd",
          "accounting_tco_usd"
        }) {
      assertThat(tco.at("/totals/" + key).decimalValue())
          .as(key)
          .isEqualByComparingTo(fleet.at("/totals/" + key).decimalValue());
    }
    assertThat(tco.get("cost_by_component")).isEqualTo(fleet.get("cost_by_component"));
    assertThat(tco.at("/clusters/0/bom")).isEqualTo(fleet.at("/clusters/0/bom"));
    assertThat(tco.at("/clusters/0/economic")).isEqualTo(fleet.at("/clusters/0/economic"));
    // the lines' formulas and amounts (their sources differ when an override came from --set rather
    // than the file)
    assertThat(withoutSources(tco.at("/clusters/0/accounting/lines")))
        .isEqualTo(withoutSources(fleet.at("/clusters/0/accounting/lines")));
  }

  private static JsonNode withoutSources(JsonNode lines) {
    com.fasterxml.jackson.databind.node.ArrayNode copy = lines.deepCopy();
    copy.forEach(l -> ((com.fasterxml.jackson.databind.node.ObjectNode) l).remove("sources"));
    return copy;
  }

  @Test
  void tcoWithFlagsEqualsTheEquivalentFleetFile(@TempDir Path dir) throws IOException {
    Path file =
        fleetFile(
            dir,
            "horizon_years: 5, utilisation: 0.8, depreciation: straight_line, financing: cash",
            "hgx-h100",
            "gpus: 20480",
            "");

    JsonNode viaFlags = json(args(H100_20K, "--format", "json"));
    JsonNode viaFile = json("fleet", file.toString(), "--format", "json");

    assertSameCost(viaFlags, viaFile);
    assertThat(viaFlags.at("/totals/gpus").asLong()).isEqualTo(20_480);
    // and the same as the shipped example, which these flags describe
    JsonNode example = json("fleet", Examples.fleet("h100-neocloud.yaml"), "--format", "json");
    assertThat(viaFlags.at("/totals/economic_cost_usd").decimalValue())
        .isEqualByComparingTo(example.at("/totals/economic_cost_usd").decimalValue());
    assertThat(viaFlags.at("/totals/usd_per_gpu_hour").decimalValue())
        .isEqualByComparingTo(example.at("/totals/usd_per_gpu_hour").decimalValue());
    assertThat(viaFlags.at("/basis/headline").asText())
        .isEqualTo(example.at("/basis/headline").asText());
  }

  @Test
  void debtServersAndAnOverrideEqualTheFleetFile(@TempDir Path dir) throws IOException {
    Path file =
        fleetFile(
            dir,
            "horizon_years: 4, utilisation: 0.7, depreciation: double_declining_balance, financing: debt, "
                + "debt_rate: 0.09, debt_tenor_years: 3",
            "h100-texas",
            "servers: 512",
            "    assumption_overrides:\n      electricity_usd_per_kwh: {value: 0.055, source: ppa, confidence: low}\n");
    String yaml =
        Files.readString(file)
            .replace(
                "terms:",
                "sources:\n  ppa: {title: \"a PPA\", publisher: test, read: 2026-01-01, kind: user}\nterms:");
    Files.writeString(file, yaml);

    JsonNode viaFlags =
        json(
            tco(
                "--system",
                "hgx-h100",
                "--servers",
                "512",
                "--purchase-date",
                "2024-09-01",
                "--assumptions",
                "neocloud",
                "--name",
                "h100-texas",
                "--horizon-years",
                "4",
                "--utilisation",
                "0.7",
                "--depreciation",
                "double-declining-balance",
                "--financing",
                "debt",
                "--debt-rate",
                "0.09",
                "--debt-tenor-years",
                "3",
                "--set",
                "electricity_usd_per_kwh=0.055",
                "--format",
                "json"));
    JsonNode viaFile = json("fleet", file.toString(), "--format", "json");

    assertSameCost(viaFlags, viaFile);
    assertThat(viaFlags.at("/cost_by_component").toString()).contains("financing");
    assertThat(viaFlags.at("/basis/accounting").asText())
        .contains("debt at 9.0 %/year over 3 years");
  }

  @Test
  void powerBudgetSizesLikeTheFleetFile(@TempDir Path dir) throws IOException {
    for (String[] basis : new String[][] {{"it_mw", "--it-mw"}, {"utility_mw", "--utility-mw"}}) {
      Path file =
          fleetFile(dir, "horizon_years: 5, utilisation: 0.8", "hgx-h100", basis[0] + ": 5", "");

      JsonNode viaFlags =
          json(
              tco(
                  "--system",
                  "hgx-h100",
                  basis[1],
                  "5",
                  "--purchase-date",
                  "2024-09-01",
                  "--assumptions",
                  "neocloud",
                  "--format",
                  "json"));
      JsonNode viaFile = json("fleet", file.toString(), "--format", "json");

      assertSameCost(viaFlags, viaFile);
      assertThat(viaFlags.at("/power_sizing")).isEqualTo(viaFile.at("/power_sizing"));
      assertThat(viaFlags.at("/power_sizing/0/basis").asText()).isEqualTo(basis[0]);
      assertThat(viaFlags.at("/power_sizing/0/used_mw").doubleValue()).isLessThanOrEqualTo(5);
    }
  }

  @Test
  void powerSizedOutputSaysBasisPueMwAndHeadroom() throws IOException {
    // issue 11: a 100 MW power-first build costs end to end (GB200 NVL72: 72 scale-out endpoints a
    // rack, within one QM9700 tree)
    String[] cmd = {
      "tco",
      "--system",
      "gb200-nvl72",
      "--utility-mw",
      "100",
      "--purchase-date",
      "2026-06-01",
      "--assumptions",
      "hyperscaler",
      "--region",
      "us-texas",
      "--facility",
      "owned"
    };
    JsonNode j = json(args(cmd, "--format", "json"));
    JsonNode p = j.at("/power_sizing/0");
    assertThat(p.at("/basis").asText()).isEqualTo("utility_mw");
    assertThat(p.at("/contracted_power_convention").asText())
        .isEqualTo("contracted critical IT power = systems at maximum power + network + storage");
    assertThat(p.at("/budget_mw").doubleValue()).isEqualTo(100);
    JsonNode t = p.at("/tranches/0");
    assertThat(t.at("/pue").doubleValue()).isEqualTo(1.1);
    assertThat(t.at("/critical_it_mw_available").doubleValue())
        .isCloseTo(100 / 1.1, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(t.at("/contracted_it_mw").doubleValue())
        .isEqualTo(j.at("/totals/contracted_mw").doubleValue());
    assertThat(t.at("/utility_mw_used").doubleValue())
        .isCloseTo(
            t.at("/contracted_it_mw").doubleValue() * 1.1,
            org.assertj.core.api.Assertions.within(1e-9));
    assertThat(t.at("/headroom_mw").doubleValue())
        .isCloseTo(
            100 - t.at("/utility_mw_used").doubleValue(),
            org.assertj.core.api.Assertions.within(1e-9))
        .isBetween(0.0, 0.2);
    assertThat(t.at("/servers").asLong()).isEqualTo(j.at("/totals/servers").asLong());
    assertThat(j.at("/clusters/0/networks/0/endpoints").asLong()).isLessThanOrEqualTo(65_536);
    assertThat(j.at("/totals/usd_per_gpu_hour").doubleValue()).isPositive();
    Cli.Result text = Cli.run(cmd);
    assertThat(text.code()).isZero();
    assertThat(text.out())
        .contains(
            "power sizing of gb200-nvl72: sized by utility (facility) MW, PUE included (utility_mw); "
                + "contracted critical IT power = systems at maximum power + network + storage, x PUE at the meter; headroom in utility MW",
            "BUDGET MW  PUE  IT MW AVAILABLE  CONTRACTED IT MW  UTILITY MW USED  HEADROOM MW",
            "  PUE 1.1: ");
    // sized by servers or GPUs: no power section, the output as before
    assertThat(Cli.run(H100_20K).out()).doesNotContain("power sizing");
    assertThat(json(args(H100_20K, "--format", "json")).has("power_sizing")).isFalse();
  }

  /** The shipped phased example's build, given by options: 40 + 30 + 30 utility MW. */
  private static final String[] PHASED = {
    "tco",
    "--system",
    "gb200-nvl72",
    "--name",
    "campus",
    "--utility-mw",
    "40@2026-06-01",
    "--utility-mw",
    "30@2027-01-01",
    "--utility-mw",
    "30@2027-07-01",
    "--assumptions",
    "hyperscaler",
    "--region",
    "us-texas",
    "--facility",
    "owned",
    "--site",
    "Texas campus"
  };

  @Test
  void datedPowerTranchesCostTheSameBuildAsThePhasedFleetFile() throws IOException {
    JsonNode viaFlags = json(args(PHASED, "--detail", "--format", "json"));
    JsonNode viaFile =
        json("fleet", Examples.fleet("gb200-phased-100mw.yaml"), "--detail", "--format", "json");
    // three tranche clusters, each bought on its own date
    assertThat(viaFlags.at("/clusters").size()).isEqualTo(3);
    assertThat(viaFlags.at("/power_sizing/0/tranches").size()).isEqualTo(3);
    assertThat(viaFlags.at("/totals/usd_per_gpu_hour").doubleValue()).isPositive();
    // everything but the title is the fleet file's, number for number
    com.fasterxml.jackson.databind.node.ObjectNode a = viaFlags.deepCopy();
    com.fasterxml.jackson.databind.node.ObjectNode b = viaFile.deepCopy();
    for (String k : new String[] {"fleet", "kind", "description"}) {
      a.remove(k);
      b.remove(k);
    }
    assertThat(a).isEqualTo(b);
    assertThat(viaFlags.at("/fleet").asText()).isEqualTo("campus");
    assertThat(viaFlags.at("/description").asText())
        .isEqualTo(
            viaFlags.at("/totals/servers").asLong()
                + " x gb200-nvl72 ("
                + String.format(java.util.Locale.ROOT, "%,d", viaFlags.at("/totals/gpus").asLong())
                + " GPUs) in 3 tranches energised 2026-06-01 to 2027-07-01, each bought on its date, "
                + "hyperscaler assumptions, us-texas owned");
    // the table says what was built
    Cli.Result text = Cli.run(PHASED);
    assertThat(text.code()).isZero();
    assertThat(text.out())
        .startsWith("fleet campus: ")
        .contains("power sizing of campus in 3 tranches", "campus-t1", "campus-t3");
  }

  @Test
  void datedPowerTranchesAreRefusedClearly() {
    String[] base = {
      "tco",
      "--system",
      "gb200-nvl72",
      "--assumptions",
      "hyperscaler",
      "--region",
      "us-texas",
      "--facility",
      "owned"
    };
    assertOneLineError(
        Cli.run(args(base, "--utility-mw", "40@2026-06-01", "--utility-mw", "30")),
        "flopex: --utility-mw must be MW@YYYY-MM-DD like the other tranches (a phased build dates every tranche), "
            + "e.g. 40@2026-06-01 but was '30'");
    assertOneLineError(
        Cli.run(args(base, "--it-mw", "40@2026-06-01", "--purchase-date", "2026-06-01")),
        "flopex: --purchase-date must be absent with dated power tranches (--it-mw MW@YYYY-MM-DD): each tranche's "
            + "hardware is bought on its own date but was '2026-06-01'");
    assertOneLineError(
        Cli.run(args(base, "--utility-mw", "40@2027-01-01", "--utility-mw", "30@2026-06-01")),
        "flopex: --utility-mw (tranche 2) date must be after tranche 1's date (2027-01-01): tranches are listed in "
            + "date order, one per date but was 2026-06-01");
    assertOneLineError(
        Cli.run(args(base, "--utility-mw", "40@2026-06-01", "--utility-mw", "30@2027-02-30")),
        "flopex: --utility-mw (tranche 2) date must be a real date YYYY-MM-DD but was '2027-02-30'");
    assertOneLineError(
        Cli.run(args(base, "--utility-mw", "40@2026-06-01", "--utility-mw", "-3@2027-01-01")),
        "flopex: --utility-mw (tranche 2) must be > 0 MW but was -3 MW");
    assertOneLineError(
        Cli.run(args(base, "--utility-mw", "40@2026-06-01", "--utility-mw", "0.01@2027-01-01")),
        "flopex: --utility-mw (tranche 2) must hold at least one gb200-nvl72 at ");
    assertOneLineError(
        Cli.run(
            args(
                base, "--utility-mw", "40", "--utility-mw", "30", "--purchase-date", "2026-06-01")),
        "flopex: --utility-mw must be given once, or once per tranche as MW@YYYY-MM-DD (a phased build), "
            + "e.g. --utility-mw 40@2026-06-01 --utility-mw 30@2027-01-01 but was 2 values");
    assertOneLineError(
        Cli.run(args(base, "--utility-mw", "40")),
        "flopex: --purchase-date must be given (YYYY-MM-DD), unless --utility-mw or --it-mw give dated tranches "
            + "MW@YYYY-MM-DD but was missing");
    assertOneLineError(
        Cli.run(args(base, "--utility-mw", "40@2026-06-01", "--it-mw", "30@2027-01-01")),
        "--gpus, --servers, --utility-mw or --it-mw must be given exactly once");
  }

  @Test
  void powerMwIsRefusedNamingBothReplacements() {
    assertOneLineError(
        Cli.run(
            tco(
                "--system",
                "hgx-h100",
                "--power-mw",
                "5",
                "--purchase-date",
                "2024-09-01",
                "--assumptions",
                "neocloud")),
        "--power-mw is no longer accepted: it did not say whether PUE is included; use --utility-mw (utility MW at the meter, PUE included) "
            + "or --it-mw (critical IT MW, what --power-mw meant) but was '5'");
  }

  @Test
  void tablePrintsOneClusterLikeFleet() {
    Cli.Result r = Cli.run(H100_20K);

    assertThat(r.code()).isZero();
    assertThat(r.outLines().get(0))
        .isEqualTo(
            "cluster hgx-h100: 2,560 x hgx-h100 (20,480 GPUs), neocloud assumptions, us-virginia colocation-wholesale, bought 2024-09-01");
    assertThat(r.out()).contains("CLUSTER", "TOTAL", "Cost by component over 5 years", "warnings:");
    assertThat(
            r.outLines().stream().filter(l -> l.startsWith("hgx-h100 ")).findFirst().orElseThrow())
        .contains("20,480", "2,560");
  }

  @Test
  void theBasisLinesAreInTheTableMarkdownAndJson() throws IOException {
    JsonNode root = json(args(H100_20K, "--format", "json"));
    String headline = root.at("/basis/headline").asText();
    String accounting = root.at("/basis/accounting").asText();
    assertThat(headline)
        .startsWith("economic: ")
        .contains("WACC", "us-virginia colocation-wholesale");
    assertThat(accounting).startsWith("accounting: ").contains("cash");
    assertThat(root.at("/clusters/0/basis/headline").asText()).isEqualTo(headline);

    List<String> table = Cli.run(H100_20K).outLines();
    assertThat(table.subList(2, 4)).containsExactly("basis: " + headline, "basis: " + accounting);

    List<String> md = Cli.run(args(H100_20K, "--format", "markdown")).outLines();
    int b = md.indexOf("Basis:");
    assertThat(b)
        .isPositive()
        .isLessThan(
            md.indexOf(
                md.stream().filter(l -> l.startsWith("| CLUSTER |")).findFirst().orElseThrow()));
    assertThat(md.subList(b + 2, b + 4)).containsExactly("- " + headline, "- " + accounting);

    List<List<String>> csv = Cli.csv(Cli.run(args(H100_20K, "--format", "csv")).out());
    List<String> row = csv.get(1);
    assertThat(csv.get(0).subList(csv.get(0).size() - 2, csv.get(0).size()))
        .containsExactly("basis_headline", "basis_accounting");
    assertThat(row.subList(row.size() - 2, row.size())).containsExactly(headline, accounting);
  }

  @Test
  void cashAndDebtGiveTheSameHeadlineAndDifferOnlyOnTheAccountingBasis() throws IOException {
    String[] base =
        tco(
            "--system",
            "hgx-h100",
            "--gpus",
            "2048",
            "--purchase-date",
            "2024-09-01",
            "--assumptions",
            "neocloud");
    JsonNode cash = json(args(base, "--format", "json"));
    JsonNode debt =
        json(
            args(
                base,
                "--financing",
                "debt",
                "--debt-rate",
                "0.11",
                "--debt-tenor-years",
                "5",
                "--format",
                "json"));

    // the same assumption set, so the same WACC: the economic figures agree to the cent
    assertThat(debt.at("/clusters/0/economic/wacc").doubleValue())
        .isEqualTo(cash.at("/clusters/0/economic/wacc").doubleValue());
    for (String key :
        new String[] {
          "usd_per_gpu_hour", "usd_per_useful_gpu_hour", "economic_cost_usd", "npv_of_costs_usd"
        }) {
      assertThat(debt.at("/totals/" + key).decimalValue())
          .as(key)
          .isEqualByComparingTo(cash.at("/totals/" + key).decimalValue());
    }
    assertThat(debt.at("/basis/headline").asText()).isEqualTo(cash.at("/basis/headline").asText());
    // interest is on the accounting basis only
    assertThat(debt.at("/totals/accounting_tco_usd").doubleValue())
        .isGreaterThan(cash.at("/totals/accounting_tco_usd").doubleValue());
    assertThat(debt.at("/basis/accounting").asText()).contains("debt at 11.0 %/year over 5 years");

    // and the printed USD/GPU-H column is the same
    String cashRow =
        Cli.run(base).outLines().stream()
            .filter(l -> l.startsWith("TOTAL "))
            .findFirst()
            .orElseThrow();
    List<String> debtText =
        Cli.run(args(base, "--financing", "debt", "--debt-rate", "0.11", "--debt-tenor-years", "5"))
            .outLines();
    String debtRow =
        debtText.stream().filter(l -> l.startsWith("TOTAL ")).findFirst().orElseThrow();
    // the terms line gives the rate as a percentage, like the basis line
    assertThat(debtText)
        .contains(
            "terms: 5 years, utilisation 0.8, straight-line depreciation, debt at 11 %/year over 5 years");
    assertThat(debtRow.substring(debtRow.lastIndexOf(' ') + 1))
        .isEqualTo(cashRow.substring(cashRow.lastIndexOf(' ') + 1));
  }

  @Test
  void aMisspeltRegionIsOneLineWithASuggestion() {
    Cli.Result r =
        Cli.run(
            "tco",
            "--system",
            "hgx-h100",
            "--gpus",
            "8",
            "--purchase-date",
            "2024-09-01",
            "--assumptions",
            "neocloud",
            "--region",
            "us-virgina",
            "--facility",
            "colocation-wholesale");

    assertOneLineError(r, "--region", "'us-virgina'", "did you mean us-virginia");
  }

  @Test
  void theSiteMustBeGivenAndPaidFor() {
    Cli.Result noRegion =
        Cli.run(
            "tco",
            "--system",
            "hgx-h100",
            "--gpus",
            "8",
            "--purchase-date",
            "2024-09-01",
            "--assumptions",
            "neocloud",
            "--facility",
            "owned");
    assertThat(noRegion.code()).isEqualTo(2);
    assertThat(noRegion.err()).contains("Missing required option: '--region=ID'");
    Cli.Result noFacility =
        Cli.run(
            "tco",
            "--system",
            "hgx-h100",
            "--gpus",
            "8",
            "--purchase-date",
            "2024-09-01",
            "--assumptions",
            "neocloud",
            "--region",
            "us-virginia");
    assertThat(noFacility.code()).isEqualTo(2);
    assertThat(noFacility.err()).contains("Missing required option: '--facility=F'");
    // china has no sourced wholesale rent: refused, naming the key and how to set it
    assertOneLineError(
        Cli.run(
            "tco",
            "--system",
            "hgx-h100",
            "--gpus",
            "8",
            "--purchase-date",
            "2024-09-01",
            "--assumptions",
            "neocloud",
            "--region",
            "china",
            "--facility",
            "colocation-wholesale"),
        "colocation_usd_per_kw_month must be known for region china",
        "--set colocation_usd_per_kw_month=VALUE");
  }

  @Test
  void setWorksWithTheNewKeysAndRefusesTheRemovedOnes() throws IOException {
    JsonNode base = json(args(H100_20K, "--format", "json"));
    JsonNode dearer = json(args(H100_20K, "--set", "cost_of_equity=0.2", "--format", "json"));
    assertThat(dearer.at("/clusters/0/economic/wacc").doubleValue())
        .isGreaterThan(base.at("/clusters/0/economic/wacc").doubleValue());
    assertThat(dearer.at("/totals/usd_per_gpu_hour").doubleValue())
        .isGreaterThan(base.at("/totals/usd_per_gpu_hour").doubleValue());
    // a site key overrides the region's value
    JsonNode ppa =
        json(args(H100_20K, "--set", "electricity_usd_per_kwh=0.05", "--format", "json"));
    assertThat(ppa.at("/clusters/0/assumptions/electricity_usd_per_kwh/value").doubleValue())
        .isEqualTo(0.05);
    assertThat(ppa.at("/clusters/0/assumptions/electricity_usd_per_kwh/overridden").asBoolean())
        .isTrue();
    assertOneLineError(
        Cli.run(args(H100_20K, "--set", "cost_of_capital=0.1")),
        "--set",
        "cost_of_capital was replaced by the WACC's parts");
  }

  @Test
  void setIsRecordedWithTheSourceCommandLine() throws IOException {
    JsonNode root = json(args(H100_20K, "--set", "pue=1.2", "--format", "json"));

    assertThat(root.get("kind").asText()).isEqualTo("cluster");
    assertThat(root.get("fleet").asText()).isEqualTo("hgx-h100");
    JsonNode pue = root.at("/clusters/0/assumptions/pue");
    assertThat(pue.get("value").doubleValue()).isEqualTo(1.2);
    assertThat(pue.get("source_title").asText()).isEqualTo("command line");
    assertThat(pue.get("source_kind").asText()).isEqualTo("user");
    assertThat(pue.get("overridden").asBoolean()).isTrue();
    assertThat(root.at("/clusters/0/assumptions/electricity_usd_per_kwh/overridden").asBoolean())
        .isFalse();
    assertThat(root.at("/clusters/0/assumptions/electricity_usd_per_kwh/scope").asText())
        .isEqualTo("site");
    assertThat(Cli.run(args(H100_20K, "--set", "pue=1.2", "--detail")).out())
        .contains("assumption overrides", "pue", "1.2", "command line");
  }

  @Test
  void roundingUpFillsWholeServers() throws IOException {
    JsonNode root =
        json(
            tco(
                "--system",
                "hgx-h100",
                "--gpus",
                "1001",
                "--rounding",
                "up",
                "--purchase-date",
                "2024-09-01",
                "--assumptions",
                "neocloud",
                "--format",
                "json"));

    assertThat(root.at("/totals/gpus").asLong()).isEqualTo(1008);
  }

  private static void assertOneLineError(Cli.Result r, String... parts) {
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("flopex: ").contains(parts);
  }

  @Test
  void gpusThatDoNotFillServersAreRefused() {
    Cli.Result r =
        Cli.run(
            tco(
                "--system",
                "hgx-h100",
                "--gpus",
                "1001",
                "--purchase-date",
                "2024-09-01",
                "--assumptions",
                "neocloud"));

    assertOneLineError(
        r, "--gpus", "1001", "multiple of 8", "1000 or 1008", "--rounding up or down");
  }

  @Test
  void utilisationAboveOneIsRefused() {
    assertOneLineError(
        Cli.run(args(H100_20K, "--utilisation", "1.5")),
        "--utilisation must be in (0, 1] but was 1.5");
  }

  @Test
  void aPueBelowOneIsRefused() {
    assertOneLineError(
        Cli.run(args(H100_20K, "--set", "pue=0.9")), "--set pue must be in [1, 10] but was 0.9");
  }

  @Test
  void unknownAssumptionKeyListsTheKeys() {
    assertOneLineError(
        Cli.run(args(H100_20K, "--set", "pue_ratio=1.2")),
        "--set",
        "'pue_ratio'",
        "electricity_usd_per_kwh");
    assertOneLineError(Cli.run(args(H100_20K, "--set", "pue")), "--set must be KEY=VALUE");
    assertOneLineError(
        Cli.run(args(H100_20K, "--set", "pue=abc")), "--set pue must be a number", "'abc'");
    // lives are bounded by the engine (AssumptionKey: at most 100 years)
    assertOneLineError(
        Cli.run(args(H100_20K, "--set", "server_useful_life_years=1e9")),
        "--set server_useful_life_years must be in [0, 100] years but was 1000000000 years");
  }

  @Test
  void unknownSystemSuggestsNames() {
    Cli.Result r =
        Cli.run(
            tco(
                "--system",
                "hgx-h10",
                "--gpus",
                "8",
                "--purchase-date",
                "2024-09-01",
                "--assumptions",
                "neocloud"));

    assertOneLineError(r, "system 'hgx-h10' is not in the catalog; did you mean hgx-h100");
  }

  @Test
  void unknownAssumptionSetListsTheSets() {
    Cli.Result r =
        Cli.run(
            tco(
                "--system",
                "hgx-h100",
                "--gpus",
                "8",
                "--purchase-date",
                "2024-09-01",
                "--assumptions",
                "cheap"));

    assertOneLineError(r, "--assumptions", "'cheap'", "hyperscaler", "neocloud", "enterprise-colo");
  }

  @Test
  void sizeMustBeGivenExactlyOnce() {
    assertOneLineError(
        Cli.run(
            tco(
                "--system",
                "hgx-h100",
                "--purchase-date",
                "2024-09-01",
                "--assumptions",
                "neocloud")),
        "--gpus, --servers, --utility-mw or --it-mw must be given exactly once");
    assertOneLineError(
        Cli.run(args(H100_20K, "--servers", "3")),
        "--gpus, --servers, --utility-mw or --it-mw must be given exactly once");
    assertOneLineError(
        Cli.run(args(H100_20K, "--utility-mw", "3")),
        "--gpus, --servers, --utility-mw or --it-mw must be given exactly once");
  }

  @Test
  void otherBadValuesNameTheirOption() {
    assertOneLineError(
        Cli.run(args(H100_20K, "--financing", "debt")),
        "--debt-rate must be given with --financing debt");
    assertOneLineError(
        Cli.run(args(H100_20K, "--financing", "debt", "--debt-rate", "0.1")),
        "--debt-tenor-years must be given with --financing debt");
    assertOneLineError(
        Cli.run(
            args(H100_20K, "--financing", "debt", "--debt-rate", "11", "--debt-tenor-years", "5")),
        "--debt-rate must be in (0, 1)",
        "did you mean 0.11?");
    assertOneLineError(
        Cli.run(args(H100_20K, "--debt-tenor-years", "5")),
        "--debt-tenor-years",
        "must be absent unless --financing debt");
    assertOneLineError(
        Cli.run(args(H100_20K, "--debt-rate", "0.1")),
        "--debt-rate",
        "must be absent unless --financing debt");
    assertOneLineError(
        Cli.run(args(H100_20K, "--horizon-years", "0")), "--horizon-years must be >= 1 but was 0");
    assertOneLineError(
        Cli.run(args(H100_20K, "--oversubscription", "0.5")),
        "--oversubscription must be >= 1 but was 0.5");
    assertOneLineError(
        Cli.run(
            "tco",
            "--system",
            "hgx-h100",
            "--gpus",
            "8",
            "--purchase-date",
            "2024-09-01",
            "--assumptions",
            "neocloud",
            "--region",
            "us-virginia",
            "--facility",
            "cave"),
        "--facility must be one of colocation-wholesale, colocation-retail, owned but was 'cave'");
    assertOneLineError(
        Cli.run(
            tco(
                "--system",
                "hgx-h100",
                "--gpus",
                "abc",
                "--purchase-date",
                "2024-09-01",
                "--assumptions",
                "neocloud")),
        "--gpus must be a whole number",
        "'abc'");
    assertOneLineError(
        Cli.run(
            tco(
                "--system",
                "hgx-h100",
                "--gpus",
                "8",
                "--purchase-date",
                "2024-02-30",
                "--assumptions",
                "neocloud")),
        "--purchase-date must be a real date YYYY-MM-DD but was '2024-02-30'");
    assertOneLineError(
        Cli.run(args(H100_20K, "--switch", "quantum-3")),
        "switch 'quantum-3' is not in the catalog");
    assertOneLineError(
        Cli.run(
            tco(
                "--system",
                "hgx-h100",
                "--it-mw",
                "0.001",
                "--purchase-date",
                "2024-09-01",
                "--assumptions",
                "neocloud")),
        "--it-mw must hold at least one hgx-h100 at ",
        " MW but was 0.001 MW");
    assertOneLineError(
        Cli.run(
            tco(
                "--system",
                "gb200-nvl72",
                "--utility-mw",
                "0.05",
                "--purchase-date",
                "2025-10-01",
                "--assumptions",
                "neocloud")),
        "flopex: --utility-mw must hold at least one gb200-nvl72 at 128.6 kW contracted critical IT each x PUE 1.3 "
            + "(contracted critical IT power = systems at maximum power + network + storage); need >= 0.17 MW but was 0.05 MW");
    assertOneLineError(
        Cli.run(
            tco(
                "--system",
                "hgx-h100",
                "--utility-mw",
                "0",
                "--purchase-date",
                "2024-09-01",
                "--assumptions",
                "neocloud")),
        "--utility-mw must be > 0 MW but was 0 MW");
    assertOneLineError(
        Cli.run(
            tco(
                "--system",
                "hgx-h100",
                "--it-mw",
                "1e6",
                "--purchase-date",
                "2024-09-01",
                "--assumptions",
                "neocloud")),
        "--it-mw must be <= 100000 MW but was 1000000 MW");
    assertOneLineError(
        Cli.run(
            tco(
                "--system",
                "hgx-h100",
                "--it-mw",
                "abc",
                "--purchase-date",
                "2024-09-01",
                "--assumptions",
                "neocloud")),
        "--it-mw must be a number",
        "'abc'");
    // more H100 servers than the default QM9700 fat tree connects: refused naming the budget and
    // the fabric's limit
    assertOneLineError(
        Cli.run(
            tco(
                "--system",
                "hgx-h100",
                "--it-mw",
                "1000",
                "--purchase-date",
                "2024-09-01",
                "--assumptions",
                "neocloud")),
        "--it-mw must not hold more hgx-h100 than the cluster's networks connect",
        "65536");
  }
}
