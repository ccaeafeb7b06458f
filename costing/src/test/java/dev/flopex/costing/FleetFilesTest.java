package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.validation.DataFileException;
import dev.flopex.costing.analysis.ImmutableMonteCarloSpec;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.files.FleetFiles;
import dev.flopex.costing.files.FleetSpec;
import dev.flopex.costing.internal.FleetTotals;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped fleet files load and cost; bad files fail with file:line messages. */
class FleetFilesTest {
  private static final Path FLEETS = Path.of("..", "examples", "fleets");

  @Test
  void test_load_h100Neocloud() {
    FleetSpec spec = FleetFiles.load(FLEETS.resolve("h100-neocloud.yaml"), Fixtures.CATALOG);
    FleetResult r = CostEngine.create().evaluate(spec.fleet(), spec.terms());
    assertThat(r.gpus()).isEqualTo(20_480);
    double sum = r.economicCostByComponent().values().stream().mapToDouble(m -> m.amount()).sum();
    assertThat(sum).isCloseTo(r.economicCost().amount(), within(1e-9 * r.economicCost().amount()));
  }

  @Test
  void test_load_mixedFleet() {
    FleetSpec spec = FleetFiles.load(FLEETS.resolve("mixed-fleet.yaml"), Fixtures.CATALOG);
    assertThat(spec.fleet().clusters()).hasSize(3);
    assertThat(spec.terms().financing()).isEqualTo(Financing.DEBT);
    Cluster gb200 = spec.fleet().clusters().get(2);
    FleetResult r = CostEngine.create().evaluate(spec.fleet(), spec.terms());
    assertThat(r.clusters().get(2).capacity().contractedItPower().in(PowerUnit.MEGAWATTS))
        .isLessThanOrEqualTo(5.0);
    assertThat(gb200.servers()).isPositive();
    assertThat(
            spec.fleet()
                .clusters()
                .get(0)
                .assumptions()
                .value(AssumptionKey.ELECTRICITY_USD_PER_KWH))
        .isEqualTo(0.055);
  }

  @Test
  void test_load_phasedHundredMegawatts() {
    // issue 11: 100 MW at the meter in tranches of 40, 30 and 30 MW, each bought on its
    // energisation date
    FleetSpec spec = FleetFiles.load(FLEETS.resolve("gb200-phased-100mw.yaml"), Fixtures.CATALOG);
    PowerBuild b = spec.powerBuilds().get(0);
    assertThat(b.basis()).isEqualTo(PowerBasis.UTILITY);
    assertThat(b.tranches())
        .extracting(t -> t.budget().megawatts())
        .containsExactly(40.0, 30.0, 30.0);
    assertThat(spec.fleet().clusters())
        .extracting(c -> c.purchaseDate().toString())
        .containsExactly("2026-06-01", "2027-01-01", "2027-07-01");
    FleetResult r = CostEngine.create().evaluate(spec.fleet(), spec.terms());
    assertThat(r.servers()).isEqualTo(b.servers());
    assertThat(b.utilityMwUsed()).isLessThanOrEqualTo(100);
    assertThat(r.contractedItPower().in(PowerUnit.MEGAWATTS))
        .isCloseTo(b.contractedItMw(), within(1e-9));
    // the later tranches' racks are cheaper: prices follow the catalog's timeline by date
    assertThat(r.clusters().get(2).capexTotal().amount() / r.clusters().get(2).capacity().gpus())
        .isLessThan(
            r.clusters().get(1).capexTotal().amount() / r.clusters().get(1).capacity().gpus());
  }

  private static String fleet(String cluster) {
    return "schema: flopex-fleet/1\nname: t\nterms: {horizon_years: 5, utilisation: 0.8}\nclusters:\n"
        + cluster;
  }

  private static final String NET =
      "    networks: [{name: s, role: scale_out, switch: quantum-2-qm9700, server_link_nic_end: osfp-400g-sr4, "
          + "server_link_switch_end: osfp-800g-2xsr4, fabric_link: osfp-800g-2xsr4}]\n";

  @Test
  void test_read_namesKeepTheirSpelling_yaml12() {
    // issue 10: YAML 1.1 read `name: NO` as false and `description: 1e3` as 1000.0
    String y =
        "schema: flopex-fleet/1\nname: NO\ndescription: 1e3\nterms: {horizon_years: 5, utilisation: 0.8}\nclusters:\n"
            + "  - name: off\n    system: hgx-h100\n    servers: 1\n    purchase_date: 2024-09-01\n"
            + "    site: {name: 0.10, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n"
            + NET;
    FleetSpec spec = FleetFiles.read("f.yaml", y, Fixtures.CATALOG);
    assertThat(spec.fleet().name()).isEqualTo("NO");
    assertThat(spec.description()).contains("1e3");
    assertThat(spec.fleet().clusters().get(0).name()).isEqualTo("off");
    assertThat(spec.fleet().clusters().get(0).site().name()).isEqualTo("0.10");
  }

  @Test
  void test_read_badGpuCount() {
    String y =
        fleet(
            "  - name: a\n    system: hgx-h100\n    gpus: 1001\n    purchase_date: 2024-09-01\n"
                + "    site: {name: s, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n"
                + NET);
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "f.yaml:7: clusters[0].gpus must be a multiple of 8 GPUs per system (hgx-h100); use 1000 or 1008, or round UP or DOWN explicitly but was 1001");
  }

  @Test
  void test_read_unknownSystemSuggests() {
    String y =
        fleet(
            "  - name: a\n    system: hgx-h10\n    servers: 1\n    purchase_date: 2024-09-01\n"
                + "    site: {name: s, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n"
                + NET);
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .hasMessageStartingWith("f.yaml:6: clusters[0].system")
        .hasMessageContaining("did you mean hgx-h100");
  }

  @Test
  void test_read_badPue() {
    String y =
        fleet(
            "  - name: a\n    system: hgx-h100\n    servers: 1\n    purchase_date: 2024-09-01\n"
                + "    site: {name: s, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n"
                + "    assumption_overrides:\n      pue: {value: 0.9, source: nowhere, confidence: low}\n"
                + NET);
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .hasMessageContaining(
            "source must name a source defined under 'sources' but was 'nowhere'");
  }

  @Test
  void test_read_unknownField() {
    String y =
        fleet(
            "  - name: a\n    system: hgx-h100\n    servers: 1\n    purchase_date: 2024-09-01\n"
                + "    site: {name: s, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n    colour: red\n"
                + NET);
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .hasMessageStartingWith(
            "f.yaml:11: clusters[0].colour is not a known field (known here: assumption_overrides, assumptions, gpus, it_mw, name, networks, price_overrides, "
                + "purchase_date, rounding, servers, site, system, tranches, utility_mw) but was 'colour'");
  }

  @Test
  void test_read_countGivenTwice() {
    String y =
        fleet(
            "  - name: a\n    system: hgx-h100\n    servers: 1\n    gpus: 8\n    purchase_date: 2024-09-01\n"
                + "    site: {name: s, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n"
                + NET);
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .hasMessageContaining(
            "clusters[0].servers must be given exactly once, as servers, gpus, utility_mw, it_mw or tranches");
  }

  private static final String SITE =
      "    site: {name: s, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n";

  @Test
  void test_read_powerBudgets() {
    String utility =
        fleet(
            "  - name: a\n    system: hgx-h100\n    utility_mw: 5\n    purchase_date: 2024-09-01\n"
                + SITE
                + NET);
    FleetSpec u = FleetFiles.read("f.yaml", utility, Fixtures.CATALOG);
    assertThat(u.powerBuilds()).hasSize(1);
    PowerSizing s = u.powerBuilds().get(0).tranches().get(0);
    assertThat(s.budget()).isEqualTo(PowerBudget.utility(5));
    assertThat(s.cluster()).isEqualTo(u.fleet().clusters().get(0));
    assertThat(s.cluster().name()).isEqualTo("a");
    assertThat(s)
        .isEqualTo(
            CostEngine.create()
                .sizeForPower(s.cluster().withServerCount(1), PowerBudget.utility(5)));
    String it =
        fleet(
            "  - name: a\n    system: hgx-h100\n    it_mw: 5\n    purchase_date: 2024-09-01\n"
                + SITE
                + NET);
    FleetSpec i = FleetFiles.read("f.yaml", it, Fixtures.CATALOG);
    assertThat(i.powerBuilds().get(0).basis()).isEqualTo(PowerBasis.CRITICAL_IT);
    assertThat(i.fleet().clusters().get(0).servers()).isGreaterThan(s.servers());
    String servers =
        fleet(
            "  - name: a\n    system: hgx-h100\n    servers: 5\n    purchase_date: 2024-09-01\n"
                + SITE
                + NET);
    assertThat(FleetFiles.read("f.yaml", servers, Fixtures.CATALOG).powerBuilds()).isEmpty();
  }

  @Test
  void test_read_powerMwIsRefusedNamingBothReplacements() {
    String y =
        fleet(
            "  - name: a\n    system: hgx-h100\n    power_mw: 5\n    purchase_date: 2024-09-01\n"
                + SITE
                + NET);
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .hasMessage(
            "f.yaml:7: clusters[0].power_mw is no longer accepted: it did not say whether PUE is included; give utility_mw "
                + "(utility MW at the meter, PUE included) or it_mw (critical IT MW, what power_mw meant) but was 5");
  }

  @Test
  void test_read_budgetOutOfRange() {
    String y =
        fleet(
            "  - name: a\n    system: hgx-h100\n    utility_mw: 0\n    purchase_date: 2024-09-01\n"
                + SITE
                + NET);
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .hasMessage("f.yaml:7: clusters[0].utility_mw must be > 0 MW but was 0 MW");
    String big =
        fleet(
            "  - name: a\n    system: hgx-h100\n    it_mw: 2e5\n    purchase_date: 2024-09-01\n"
                + SITE
                + NET);
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", big, Fixtures.CATALOG))
        .hasMessage("f.yaml:7: clusters[0].it_mw must be <= 100000 MW but was 200000 MW");
    String small =
        fleet(
            "  - name: a\n    system: hgx-h100\n    utility_mw: 0.001\n    purchase_date: 2024-09-01\n"
                + SITE
                + NET);
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", small, Fixtures.CATALOG))
        .hasMessageStartingWith(
            "f.yaml:7: clusters[0].utility_mw must hold at least one hgx-h100 at ")
        .hasMessageEndingWith(" MW but was 0.001 MW");
  }

  private static String phased(String tranches) {
    return fleet("  - name: campus\n    system: hgx-h100\n    tranches:\n" + tranches + SITE + NET);
  }

  @Test
  void test_read_tranches() {
    String y =
        phased(
            "      - {energised: 2024-09-01, utility_mw: 4}\n      - {energised: 2025-03-01, utility_mw: 3}\n");
    FleetSpec spec = FleetFiles.read("f.yaml", y, Fixtures.CATALOG);
    PowerBuild b = spec.powerBuilds().get(0);
    assertThat(spec.fleet().clusters())
        .extracting(Cluster::name)
        .containsExactly("campus-t1", "campus-t2");
    assertThat(spec.fleet().clusters())
        .extracting(c -> c.purchaseDate().toString())
        .containsExactly("2024-09-01", "2025-03-01");
    assertThat(b.fleet().clusters()).isEqualTo(spec.fleet().clusters());
    assertThat(b.budgetMw()).isEqualTo(7);
  }

  @Test
  void test_read_badTranches_nameFileLineFieldValueAndRule() {
    assertThatThrownBy(
            () ->
                FleetFiles.read(
                    "f.yaml",
                    phased(
                        "      - {energised: 2025-03-01, utility_mw: 4}\n"
                            + "      - {energised: 2024-09-01, utility_mw: 3}\n"),
                    Fixtures.CATALOG))
        .hasMessage(
            "f.yaml:9: clusters[0].tranches[1].energised must be after tranches[0].energised (2025-03-01): tranches are listed in "
                + "date order, one per date but was 2024-09-01");
    assertThatThrownBy(
            () ->
                FleetFiles.read(
                    "f.yaml",
                    phased(
                        "      - {energised: 2024-09-01, utility_mw: 4}\n"
                            + "      - {energised: 2025-03-01, utility_mw: -3}\n"),
                    Fixtures.CATALOG))
        .hasMessage("f.yaml:9: clusters[0].tranches[1].utility_mw must be > 0 MW but was -3 MW");
    assertThatThrownBy(
            () ->
                FleetFiles.read(
                    "f.yaml",
                    phased(
                        "      - {energised: 2024-09-01, utility_mw: 4}\n"
                            + "      - {energised: 2025-03-01, utility_mw: 0.005}\n"),
                    Fixtures.CATALOG))
        .hasMessageStartingWith(
            "f.yaml:9: clusters[0].tranches[1].utility_mw must hold at least one hgx-h100 at ");
    assertThatThrownBy(
            () ->
                FleetFiles.read(
                    "f.yaml",
                    phased(
                        "      - {energised: 2024-09-01, utility_mw: 4}\n"
                            + "      - {energised: 2025-03-01, it_mw: 3}\n"),
                    Fixtures.CATALOG))
        .hasMessage(
            "f.yaml:9: clusters[0].tranches[1].it_mw must be given as utility_mw like tranches[0] (one basis per build) but was 3 MW");
    assertThatThrownBy(
            () ->
                FleetFiles.read(
                    "f.yaml",
                    phased("      - {energised: 2024-09-01, utility_mw: 4, it_mw: 3}\n"),
                    Fixtures.CATALOG))
        .hasMessage(
            "f.yaml:8: clusters[0].tranches[0].utility_mw must be given exactly once, as utility_mw (utility MW, PUE included) or it_mw "
                + "(critical IT MW)");
    assertThatThrownBy(
            () ->
                FleetFiles.read(
                    "f.yaml",
                    phased("      - {energised: 2024-09-01, utility_mw: 4, mw: 3}\n"),
                    Fixtures.CATALOG))
        .hasMessageStartingWith("f.yaml:8: clusters[0].tranches[0].mw is not a known field");
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", phased("      []\n"), Fixtures.CATALOG))
        .hasMessageStartingWith("f.yaml:7: clusters[0].tranches must list at least one tranche");
    String dated =
        fleet(
            "  - name: campus\n    system: hgx-h100\n    purchase_date: 2024-09-01\n    tranches:\n"
                + "      - {energised: 2024-09-01, utility_mw: 4}\n"
                + SITE
                + NET);
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", dated, Fixtures.CATALOG))
        .hasMessage(
            "f.yaml:7: clusters[0].purchase_date must be absent with tranches (each tranche's hardware is bought on its energised "
                + "date) but was '2024-09-01'");
  }

  @Test
  void test_read_utilisationOutOfRange() {
    String y =
        "schema: flopex-fleet/1\nname: t\nterms: {horizon_years: 5, utilisation: 1.5}\nclusters: []\n";
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .hasMessage("f.yaml:3: terms.utilisation must be in (0, 1] but was 1.5");
  }

  @Test
  void test_load_sensitivityAndUncertaintySections() {
    FleetSpec spec = FleetFiles.load(FLEETS.resolve("h100-neocloud.yaml"), Fixtures.CATALOG);
    assertThat(spec.sensitivity()).hasSize(8);
    assertThat(spec.sensitivityOutput()).isEqualTo(Output.COST_PER_GPU_HOUR);
    MonteCarloSpec mc = spec.uncertainty().orElseThrow();
    assertThat(mc.inputs()).hasSize(8);
    assertThat(mc.correlation()).hasSize(8);
    MonteCarloResult r =
        CostEngine.create()
            .monteCarlo(
                spec.fleet(),
                spec.terms(),
                ((ImmutableMonteCarloSpec) mc).withSamples(2000),
                ProgressListener.NONE);
    assertThat(r.percentiles().get(0.05)).isLessThan(r.percentiles().get(0.95));
  }

  @Test
  void test_read_unknownInputPath() {
    String y =
        fleet(
                "  - name: a\n    system: hgx-h100\n    servers: 1\n    purchase_date: 2024-09-01\n"
                    + "    site: {name: s, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n"
                    + NET)
            + "sensitivity:\n  inputs:\n    - {path: assumptions.weather, low: 0, high: 1}\n";
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .hasMessageStartingWith(
            "f.yaml:14: sensitivity.inputs[0].path must name an input of the fleet");
  }

  @Test
  void test_read_badDistribution() {
    String y =
        fleet(
                "  - name: a\n    system: hgx-h100\n    servers: 1\n    purchase_date: 2024-09-01\n"
                    + "    site: {name: s, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n"
                    + NET)
            + "uncertainty:\n  samples: 10\n  inputs:\n    - path: assumptions.pue\n      distribution: {type: triangular, min: 2, mode: 1.5, max: 1.2}\n";
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .hasMessage(
            "f.yaml:16: uncertainty.inputs[0].distribution.max must be > min (2) but was 1.2");
  }

  @Test
  void test_read_clusterTheEngineCannotCostIsLocated() {
    // hgx-h20 lists only scale-out NICs, so a frontend/storage network cannot attach to it
    String y =
        fleet(
            "  - name: a\n    system: hgx-h20\n    servers: 1\n    purchase_date: 2024-09-01\n"
                + "    site: {name: s, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n"
                + NET.replace("role: scale_out", "role: frontend_storage"));
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .hasMessage(
            "f.yaml:5: clusters[0].network.s.role must match NICs of system hgx-h20 (it has none with that role) but was frontend_storage");
  }

  private static final String CLUSTER =
      "  - name: a\n    system: hgx-h100\n    servers: 2\n    purchase_date: 2024-09-01\n"
          + "    site: {region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n";

  private static void refused(String yaml, String message) {
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", yaml, Fixtures.CATALOG))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(message);
  }

  /** Every mapping refuses a field it does not know, naming it: nothing is silently ignored. */
  @Test
  void test_read_unknownFieldsAtEveryLevel() {
    refused(
        fleet(CLUSTER.replace("colocation-wholesale}", "colocation-wholesale, floor: 2}") + NET),
        "f.yaml:9: clusters[0].site.floor is not a known field");
    refused(
        fleet(
            CLUSTER
                + NET.replace(
                    "fabric_link: osfp-800g-2xsr4}", "fabric_link: osfp-800g-2xsr4, colour: red}")),
        "f.yaml:11: clusters[0].networks[0].colour is not a known field");
    refused(
        fleet(
            CLUSTER
                + "    price_overrides:\n      hgx-h100: {usd: 1, as_of: 2024-09, basis: negotiated, unit: per-system, source: x, confidence: low, colour: red}\n"
                + NET),
        "f.yaml:");
    refused(
        "schema: flopex-fleet/1\nname: t\nterms: {horizon_years: 5, utilisation: 0.8, colour: red}\nclusters:\n"
            + CLUSTER
            + NET,
        "f.yaml:3: terms.colour is not a known field");
    refused(
        fleet(CLUSTER + NET)
            + "sensitivity:\n  inputs:\n    - {path: assumptions.pue, low: 1.1, high: 1.4, colour: red}\n",
        "f.yaml:14: sensitivity.inputs[0].colour is not a known field");
    refused(
        fleet(CLUSTER + NET)
            + "sensitivity:\n  colour: red\n  inputs:\n    - {path: assumptions.pue, low: 1.1, high: 1.4}\n",
        "f.yaml:13: sensitivity.colour is not a known field");
    refused(
        fleet(CLUSTER + NET)
            + "uncertainty:\n  samples: 10\n  colour: red\n  inputs:\n    - path: assumptions.pue\n"
            + "      distribution: {type: uniform, min: 1.1, max: 1.4}\n",
        "f.yaml:14: uncertainty.colour is not a known field");
    refused(
        fleet(CLUSTER + NET)
            + "uncertainty:\n  samples: 10\n  inputs:\n    - path: assumptions.pue\n      colour: red\n"
            + "      distribution: {type: uniform, min: 1.1, max: 1.4}\n",
        "f.yaml:16: uncertainty.inputs[0].colour is not a known field");
    refused(
        fleet(CLUSTER + NET)
            + "uncertainty:\n  samples: 10\n  inputs:\n    - path: assumptions.pew\n"
            + "      distribution: {type: uniform, min: 1.1, max: 1.4}\n",
        "f.yaml:15: uncertainty.inputs[0].path");
  }

  /** Options that would be ignored are refused instead. */
  @Test
  void test_read_nothingSilentlyIgnored() {
    refused(
        fleet(CLUSTER.replace("    servers: 2\n", "    servers: 2\n    rounding: up\n") + NET),
        "f.yaml:8: clusters[0].rounding must only be given with gpus");
    refused(
        fleet(
            CLUSTER
                + "    price_overrides:\n      HGX-H100: {usd: 1, as_of: 2024-09, basis: negotiated, unit: per-system, source: x, confidence: low}\n"
                + NET),
        "f.yaml:");
    String twice =
        NET.replace(
            "]\n",
            ", {name: s, role: scale_out, switch: quantum-2-qm9700, server_link_nic_end: osfp-400g-sr4, "
                + "server_link_switch_end: osfp-800g-2xsr4, fabric_link: osfp-800g-2xsr4}]\n");
    refused(
        fleet(CLUSTER + twice),
        "f.yaml:11: clusters[0].networks[1].name must be unique within the cluster's networks");
    refused(
        "schema: flopex-fleet/1\nname: t\nterms: {horizon_years: 5, utilisation: 0.8, debt_rate: 0.1}\nclusters:\n"
            + CLUSTER
            + NET,
        "f.yaml:3: terms.debt_rate must not be given with cash financing");
    refused(
        "schema: flopex-fleet/1\nname: t\nterms: {horizon_years: 5, utilisation: 0.8, financing: debt, debt_tenor_years: 4}\nclusters:\n"
            + CLUSTER
            + NET,
        "f.yaml:3: terms.debt_rate is required with debt financing");
    refused(
        fleet(CLUSTER + NET)
            + "sensitivity:\n  output: tco\n  inputs:\n    - {path: assumptions.pue, low: 1.1, high: 1.4}\n",
        "f.yaml:13: sensitivity.output tco is ambiguous");
    refused(
        fleet(CLUSTER.replace("us-virginia", "us-virgina") + NET),
        "f.yaml:9: clusters[0].site.region");
    refused(
        fleet(
            CLUSTER.replace(
                    "us-virginia, facility: colocation-wholesale",
                    "china, facility: colocation-wholesale")
                + NET),
        "f.yaml:5: clusters[0].colocation_usd_per_kw_month must be known for region china");
  }

  /**
   * A component costed beside a rack's price (GB300 NVL72's share of a facility CDU) takes a price
   * override from a fleet file, as the engine's "not priced" warning asks; the cooling CapEx then
   * follows the override (count per rack x override x racks).
   */
  @Test
  void test_read_priceOverrideForAComponentCostedBesideTheSystem() {
    String cluster =
        "  - name: g\n    system: gb300-nvl72\n    servers: 4\n    purchase_date: 2026-06-01\n"
            + "    site: {region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n"
            + "    networks: [{name: s, role: scale_out, switch: quantum-x800-q3400, server_link_nic_end: osfp-800g-dr8-lpo, "
            + "server_link_switch_end: osfp-800g-dr8-lpo, fabric_link: osfp-800g-dr8-lpo}]\n";
    String withOverride =
        fleet(
                cluster
                    + "    price_overrides:\n      gb300-nvl72-cdu-share: {usd: 1000000, as_of: 2026-05, basis: negotiated, "
                    + "unit: per-part, source: x, confidence: medium}\n")
            .replace(
                "clusters:", "sources:\n  x: {title: q, read: 2026-12-01, kind: user}\nclusters:");
    FleetSpec spec = FleetFiles.read("f.yaml", withOverride, Fixtures.CATALOG);
    FleetSpec plain = FleetFiles.read("f.yaml", fleet(cluster), Fixtures.CATALOG);
    double with =
        CostEngine.create()
            .evaluate(spec.fleet(), spec.terms())
            .clusters()
            .get(0)
            .capex()
            .get(CostComponent.COOLING)
            .amount();
    double without =
        CostEngine.create()
            .evaluate(plain.fleet(), plain.terms())
            .clusters()
            .get(0)
            .capex()
            .get(CostComponent.COOLING)
            .amount();
    double count =
        Fixtures.CATALOG.system("gb300-nvl72").components().stream()
            .filter(c -> c.id().equals("gb300-nvl72-cdu-share"))
            .findFirst()
            .orElseThrow()
            .count()
            .value();
    assertThat(with).isCloseTo(4 * count * 1_000_000, within(1e-6));
    assertThat(without).isCloseTo(4 * count * 2_700_000, within(1e-6));
    // a component inside the rack's price is not bought separately: an override for it is refused
    String inside =
        fleet(
                cluster
                    + "    price_overrides:\n      gb300-nvl72-nvlink-switch-tray: {usd: 1, as_of: 2026-05, basis: negotiated, "
                    + "unit: per-part, source: x, confidence: low}\n")
            .replace(
                "clusters:", "sources:\n  x: {title: q, read: 2026-12-01, kind: user}\nclusters:");
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", inside, Fixtures.CATALOG))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("gb300-nvl72-nvlink-switch-tray")
        .hasMessageContaining("must name a part this cluster buys")
        .hasMessageContaining("gb300-nvl72-cdu-share");
  }

  @Test
  void test_read_priceOverrideForAPartTheClusterBuys() {
    String y =
        fleet(
                CLUSTER
                    + "    price_overrides:\n      hgx-h100: {usd: 250000, as_of: 2024-09, basis: negotiated, unit: per-system, "
                    + "source: x, confidence: high}\n"
                    + NET)
            .replace(
                "clusters:", "sources:\n  x: {title: q, read: 2026-12-01, kind: user}\nclusters:");
    FleetSpec spec = FleetFiles.read("f.yaml", y, Fixtures.CATALOG);
    var po = spec.fleet().clusters().get(0).priceOverrides().get("hgx-h100");
    assertThat(po.price().amount()).isEqualTo(250_000);
    assertThat(po.region()).isEqualTo("us-virginia");
    assertThat(po.description()).isEqualTo("price override");
    assertThat(
            CostEngine.create()
                .evaluate(spec.fleet(), spec.terms())
                .clusters()
                .get(0)
                .billOfMaterials()
                .get(0)
                .unitPrice()
                .amount())
        .isEqualTo(250_000);
    assertThat(spec.fleet().clusters().get(0).site().name())
        .isEqualTo("United States, Northern Virginia");
  }

  /**
   * A fleet of clusters under different sets and sites: totals add up and the basis names each
   * cluster.
   */
  @Test
  void test_fleet_mixedBasesNamedPerCluster() {
    Cluster a = Fixtures.h100Cluster(8);
    Cluster b =
        Fixtures.copy(Fixtures.h100Cluster(4))
            .withName("b")
            .withSite(Site.of(Regions.get("us-texas"), Facility.OWNED))
            .withAssumptions(AssumptionSets.get("hyperscaler"));
    FleetResult r =
        CostEngine.create()
            .evaluate(
                Fleet.builder().name("mixed").addClusters(a, b).build(), FinancialTerms.of(4, 0.8));
    ClusterResult ra = r.clusters().get(0);
    ClusterResult rb = r.clusters().get(1);
    // what both clusters share is said once; what differs is named by cluster
    assertThat(r.basis().headline())
        .startsWith(
            "economic: new-purchase prices (estimate, street) for 2024-09-01, read off each part's price timeline; per cluster: ")
        .contains("; per cluster: " + a.name() + " costs discounted at WACC 10.3 %")
        .contains(" | b costs discounted at WACC 9.4 %")
        .contains(
            "site us-texas owned (electricity USD 0.066/kWh, PUE 1.1, build USD 9,300,000/MW)");
    assertThat(r.basis().accounting()).startsWith("accounting: ").contains("per cluster: ");
    assertThat(r.servers()).isEqualTo(12);
    assertThat(r.racks()).isEqualTo(ra.capacity().racks() + rb.capacity().racks());
    assertThat(r.switches()).isEqualTo(2);
    assertThat(r.gpus()).isEqualTo(96);
    assertThat(r.contractedItPower().in(PowerUnit.KILOWATTS))
        .isCloseTo(
            ra.capacity().contractedItPower().in(PowerUnit.KILOWATTS)
                + rb.capacity().contractedItPower().in(PowerUnit.KILOWATTS),
            within(1e-9));
    assertThat(r.capexTotal().amount())
        .isCloseTo(ra.capexTotal().amount() + rb.capexTotal().amount(), within(1e-6));
    assertThat(r.opexYear1().amount())
        .isCloseTo(ra.opexYear1().amount() + rb.opexYear1().amount(), within(1e-6));
    assertThat(r.accountingTco().amount())
        .isCloseTo(ra.accounting().tco().amount() + rb.accounting().tco().amount(), within(1e-6));
    assertThat(r.economicCost().amount())
        .isCloseTo(
            ra.economic().totalOverHorizon().amount() + rb.economic().totalOverHorizon().amount(),
            within(1e-6));
    double pvA = ra.economic().presentValueOfCosts().amount();
    double pvB = rb.economic().presentValueOfCosts().amount();
    double hoursA = pvA / ra.costPerGpuHour().amount();
    double hoursB = pvB / rb.costPerGpuHour().amount();
    assertThat(r.costPerGpuHour().amount())
        .isCloseTo((pvA + pvB) / (hoursA + hoursB), within(1e-12));
    assertThat(r.costPerUsefulGpuHour().amount())
        .isCloseTo(
            (pvA + pvB)
                / (hoursA * ra.economic().goodput().fraction()
                    + hoursB * rb.economic().goodput().fraction()),
            within(1e-12));
    assertThat(r.costPerGpuHour().amount())
        .isBetween(
            Math.min(ra.costPerGpuHour().amount(), rb.costPerGpuHour().amount()),
            Math.max(ra.costPerGpuHour().amount(), rb.costPerGpuHour().amount()));
    // a part priced far from its date in both clusters is one warning, naming the clusters
    assertThat(Warning.messages(r.warnings()))
        .doesNotHaveDuplicates()
        .filteredOn(w -> w.startsWith("osfp-400g-sr4 is priced"))
        .singleElement()
        .satisfies(
            w ->
                assertThat(w)
                    .endsWith(
                        "(cluster " + a.name() + "; also priced far from its dated price in b)"));
    assertThat(FleetTotals.mergedWarnings(java.util.List.of(ra))).isEqualTo(ra.warnings());
    // the compiled fleet agrees
    CompiledFleet k = CostEngine.create().compile(r.fleet(), FinancialTerms.of(4, 0.8));
    CompiledFleet.Evaluation e = k.newEvaluation();
    k.evaluate(k.defaults(), e);
    assertThat(e.costPerGpuHour()).isCloseTo(r.costPerGpuHour().amount(), within(1e-12));
    assertThat(e.costPerUsefulGpuHour())
        .isCloseTo(r.costPerUsefulGpuHour().amount(), within(1e-12));
    assertThat(e.accountingTco()).isCloseTo(r.accountingTco().amount(), within(1e-6));
    assertThat(e.npvOfCosts()).isCloseTo(r.npvOfCosts().amount(), within(1e-6));
    assertThat(e.opexYear1()).isCloseTo(r.opexYear1().amount(), within(1e-6));
    assertThat(e.capex()).isCloseTo(r.capexTotal().amount(), within(1e-6));
    assertThat(k.slots("clusters.b.assumptions.pue")).hasSize(1);
    assertThat(k.slots("assumptions.pue")).hasSize(2);
    assertThat(k.inputs()).contains("clusters.b.servers");
  }
}
