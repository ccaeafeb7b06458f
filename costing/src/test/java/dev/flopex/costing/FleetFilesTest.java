package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.core.validation.DataFileException;
import dev.flopex.core.units.PowerUnit;
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
    assertThat(r.clusters().get(2).capacity().contractedItPower().in(PowerUnit.MEGAWATTS)).isLessThanOrEqualTo(5.0);
    assertThat(gb200.servers()).isPositive();
    assertThat(spec.fleet().clusters().get(0).assumptions().value(AssumptionKey.ELECTRICITY_USD_PER_KWH)).isEqualTo(0.055);
  }

  private static String fleet(String cluster) {
    return "schema: flopex-fleet/1\nname: t\nterms: {horizon_years: 5, utilisation: 0.8}\nclusters:\n" + cluster;
  }

  private static final String NET = "    networks: [{name: s, role: scale_out, switch: quantum-2-qm9700, server_link_nic_end: osfp-400g-sr4, "
      + "server_link_switch_end: osfp-800g-2xsr4, fabric_link: osfp-800g-2xsr4}]\n";

  @Test
  void test_read_badGpuCount() {
    String y = fleet("  - name: a\n    system: hgx-h100\n    gpus: 1001\n    purchase_date: 2024-09-01\n"
        + "    site: {name: s, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n" + NET);
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .isInstanceOf(DataFileException.class)
        .hasMessage("f.yaml:7: clusters[0].gpus.gpuCount must be a multiple of 8 GPUs per system (hgx-h100); use 1000 or 1008, or round UP or DOWN explicitly but was 1001");
  }

  @Test
  void test_read_unknownSystemSuggests() {
    String y = fleet("  - name: a\n    system: hgx-h10\n    servers: 1\n    purchase_date: 2024-09-01\n"
        + "    site: {name: s, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n" + NET);
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .hasMessageStartingWith("f.yaml:6: clusters[0].system")
        .hasMessageContaining("did you mean hgx-h100");
  }

  @Test
  void test_read_badPue() {
    String y = fleet("  - name: a\n    system: hgx-h100\n    servers: 1\n    purchase_date: 2024-09-01\n"
        + "    site: {name: s, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n"
        + "    assumption_overrides:\n      pue: {value: 0.9, source: nowhere, confidence: low}\n" + NET);
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .hasMessageContaining("source must name a source defined under 'sources' but was 'nowhere'");
  }

  @Test
  void test_read_unknownField() {
    String y = fleet("  - name: a\n    system: hgx-h100\n    servers: 1\n    purchase_date: 2024-09-01\n"
        + "    site: {name: s, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n    colour: red\n" + NET);
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .hasMessageStartingWith("f.yaml:11: clusters[0].colour is not a known field (known here: assumption_overrides, assumptions, gpus, name");
  }

  @Test
  void test_read_countGivenTwice() {
    String y = fleet("  - name: a\n    system: hgx-h100\n    servers: 1\n    gpus: 8\n    purchase_date: 2024-09-01\n"
        + "    site: {name: s, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n" + NET);
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .hasMessageContaining("clusters[0].servers must be given exactly once, as servers, gpus or power_mw");
  }

  @Test
  void test_read_utilisationOutOfRange() {
    String y = "schema: flopex-fleet/1\nname: t\nterms: {horizon_years: 5, utilisation: 1.5}\nclusters: []\n";
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
    MonteCarloResult r = CostEngine.create().monteCarlo(spec.fleet(), spec.terms(),
        ((ImmutableMonteCarloSpec) mc).withSamples(2000), ProgressListener.NONE);
    assertThat(r.percentiles().get(0.05)).isLessThan(r.percentiles().get(0.95));
  }

  @Test
  void test_read_unknownInputPath() {
    String y = fleet("  - name: a\n    system: hgx-h100\n    servers: 1\n    purchase_date: 2024-09-01\n"
        + "    site: {name: s, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n" + NET)
        + "sensitivity:\n  inputs:\n    - {path: assumptions.weather, low: 0, high: 1}\n";
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .hasMessageStartingWith("f.yaml:14: sensitivity.inputs[0].path must name an input of the fleet");
  }

  @Test
  void test_read_badDistribution() {
    String y = fleet("  - name: a\n    system: hgx-h100\n    servers: 1\n    purchase_date: 2024-09-01\n"
        + "    site: {name: s, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n" + NET)
        + "uncertainty:\n  samples: 10\n  inputs:\n    - path: assumptions.pue\n      distribution: {type: triangular, min: 2, mode: 1.5, max: 1.2}\n";
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .hasMessage("f.yaml:16: uncertainty.inputs[0].distribution.max must be > min (2) but was 1.2");
  }

  @Test
  void test_read_clusterTheEngineCannotCostIsLocated() {
    // hgx-h20 lists only scale-out NICs, so a frontend/storage network cannot attach to it
    String y = fleet("  - name: a\n    system: hgx-h20\n    servers: 1\n    purchase_date: 2024-09-01\n"
        + "    site: {name: s, region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n"
        + NET.replace("role: scale_out", "role: frontend_storage"));
    assertThatThrownBy(() -> FleetFiles.read("f.yaml", y, Fixtures.CATALOG))
        .hasMessage("f.yaml:5: clusters[0].network.s.role must match NICs of system hgx-h20 (it has none with that role) but was frontend_storage");
  }
}
