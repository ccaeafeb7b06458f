package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.catalog.NicRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A 131,072-GPU and a 200,000-GPU GB200 NVL72 cluster costed end to end on InfiniBand and on
 * Ethernet, one plane, multi-plane and rail-only (docs/model.md §3, "Fabrics at 100,000+ GPUs").
 * The table in docs/model.md is the one this test prints: a model or catalog change that moves a
 * number fails here until the doc is updated (the failure prints the new table).
 */
class FabricsAtScaleTest {
  private static final CostEngine ENGINE = CostEngine.create();
  private static final LocalDate BOUGHT = LocalDate.of(2026, 6, 1);

  /** One row: GPUs asked for, switch, topology, planes. */
  private static final Object[][] DESIGNS = {
    {131_072L, "quantum-2-qm9700", Topology.FAT_TREE, 3},
    {131_072L, "quantum-2-qm9700", Topology.RAIL_ONLY, 1},
    {131_072L, "quantum-x800-q3400", Topology.FAT_TREE, 1},
    {131_072L, "quantum-x800-q3400", Topology.FAT_TREE, 4},
    {131_072L, "spectrum-4-sn5600", Topology.FAT_TREE, 1},
    {131_072L, "spectrum-4-sn5600", Topology.RAIL_OPTIMIZED, 1},
    {131_072L, "spectrum-4-sn5600", Topology.FAT_TREE, 18},
    {131_072L, "tomahawk6-102t-system", Topology.FAT_TREE, 1},
    {131_072L, "tomahawk6-102t-system", Topology.FAT_TREE, 6},
    {200_000L, "quantum-2-qm9700", Topology.FAT_TREE, 4},
    {200_000L, "quantum-2-qm9700", Topology.RAIL_ONLY, 1},
    {200_000L, "quantum-x800-q3400", Topology.FAT_TREE, 1},
    {200_000L, "quantum-x800-q3400", Topology.FAT_TREE, 6},
    {200_000L, "spectrum-4-sn5600", Topology.FAT_TREE, 1},
    {200_000L, "spectrum-4-sn5600", Topology.RAIL_ONLY, 1},
    {200_000L, "tomahawk6-102t-system", Topology.FAT_TREE, 1},
    {200_000L, "tomahawk6-102t-system", Topology.FAT_TREE, 8},
  };

  static NetworkDesign network(String sw, Topology topology, int planes) {
    return NetworkDesign.builder()
        .name("scale-out")
        .role(NicRole.SCALE_OUT)
        .networkSwitch(Fixtures.CATALOG.networkSwitch(sw))
        .serverLinkNicEnd(Fixtures.CATALOG.link("osfp-400g-dr4"))
        .serverLinkSwitchEnd(Fixtures.CATALOG.link("osfp-800g-2xdr4-100m"))
        .fabricLink(Fixtures.CATALOG.link("osfp-800g-2xdr4"))
        .topology(topology)
        .planes(planes)
        .build();
  }

  static Cluster gb200(long gpus, NetworkDesign n) {
    return Cluster.builder()
        .name("gb200-" + gpus)
        .system(Fixtures.CATALOG.system("gb200-nvl72"))
        .servers(
            Cluster.serversFor(Fixtures.CATALOG.system("gb200-nvl72"), gpus, Cluster.Rounding.UP))
        .addNetworks(n)
        .site(Site.of(Regions.get("us-virginia"), Facility.OWNED))
        .purchaseDate(BOUGHT)
        .assumptions(AssumptionSets.get("hyperscaler"))
        .build();
  }

  static String table() {
    List<String> rows = new ArrayList<>();
    rows.add(
        "| GPUs | protocol | switch | design | tiers | switches | switch links | network + optics CapEx (USD M) | per GPU (USD) "
            + "| network power (MW) | USD/GPU-h |");
    rows.add("|---:|---|---|---|---:|---:|---:|---:|---:|---:|---:|");
    for (Object[] d : DESIGNS) {
      NetworkDesign n = network((String) d[1], (Topology) d[2], (Integer) d[3]);
      ClusterResult r = ENGINE.evaluate(gb200((Long) d[0], n), FinancialTerms.of(5, 0.8));
      FatTree t = r.capacity().networks().get(0);
      double net =
          r.capex().get(CostComponent.NETWORK).amount()
              + r.capex().get(CostComponent.OPTICS_CABLES).amount();
      rows.add(
          String.format(
              Locale.ROOT,
              "| %,d | %s | %s | %s | %d | %,d | %,d | %,.1f | %,.0f | %.2f | %.3f |",
              r.capacity().gpus(),
              n.networkSwitch().protocol(),
              n.networkSwitch().id(),
              n.designName(),
              t.tiers(),
              t.switches(),
              t.switchLinks(),
              net / 1e6,
              net / r.capacity().gpus(),
              r.capacity().networkPower().in(dev.flopex.core.units.PowerUnit.MEGAWATTS),
              r.costPerGpuHour().amount()));
    }
    return String.join("\n", rows);
  }

  @Test
  void test_docTableIsWhatTheEnginePrints() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "model.md"), StandardCharsets.UTF_8);
    String table = table();
    assertThat(doc)
        .as("docs/model.md carries the fabrics-at-scale table; the engine now prints:%n%s%n", table)
        .contains(table);
  }

  @Test
  void test_onePlaneOfQuantum2CannotConnect131kGpus() {
    // 1,821 racks x 72 ports = 131,112 endpoints: twice a 3-tier QM9700 tree; 2 planes hold 65,556
    // each, still too many
    assertThatThrownBy(
            () ->
                ENGINE.evaluate(
                    gb200(131_072, network("quantum-2-qm9700", Topology.FAT_TREE, 1)),
                    FinancialTerms.of(5, 0.8)))
        .hasMessage(
            "endpoints must be <= 65536 for a 3-tier fat tree of radix 64 at 1:1 oversubscription in 1 plane "
                + "(use 3 planes, or a switch of radix >= 82) but was 131112, 2.01x that");
  }

  @Test
  void test_multiPlaneBeatsThreeTiersOnSwitches() {
    // the same switch in 18 two-tier planes needs fewer switches and links than one 3-tier plane
    FatTree one =
        ENGINE
            .evaluate(
                gb200(131_072, network("spectrum-4-sn5600", Topology.FAT_TREE, 1)),
                FinancialTerms.of(5, 0.8))
            .capacity()
            .networks()
            .get(0);
    FatTree many =
        ENGINE
            .evaluate(
                gb200(131_072, network("spectrum-4-sn5600", Topology.FAT_TREE, 18)),
                FinancialTerms.of(5, 0.8))
            .capacity()
            .networks()
            .get(0);
    assertThat(one.tiers()).isEqualTo(3);
    assertThat(many.tiers()).isEqualTo(2);
    assertThat(many.switches()).isLessThan(one.switches());
    assertThat(many.switchLinks()).isLessThan(one.switchLinks());
  }

  @Test
  void test_railOnlyEqualsOnePlanePerPort() {
    FatTree railOnly =
        ENGINE
            .evaluate(
                gb200(200_000, network("spectrum-4-sn5600", Topology.RAIL_ONLY, 1)),
                FinancialTerms.of(5, 0.8))
            .capacity()
            .networks()
            .get(0);
    FatTree planes =
        ENGINE
            .evaluate(
                gb200(200_000, network("spectrum-4-sn5600", Topology.FAT_TREE, 72)),
                FinancialTerms.of(5, 0.8))
            .capacity()
            .networks()
            .get(0);
    assertThat(railOnly).isEqualTo(planes);
    assertThat(railOnly.planes()).isEqualTo(72);
  }

  @Test
  void test_planesMustDivideThePorts() {
    assertThatThrownBy(
            () ->
                ENGINE.evaluate(
                    gb200(131_072, network("quantum-2-qm9700", Topology.FAT_TREE, 5)),
                    FinancialTerms.of(5, 0.8)))
        .hasMessage(
            "network.scale-out.planes must divide the 72 scale_out NIC ports of each gb200-nvl72 "
                + "(e.g. 1, 2, 3, 4, 6, 8, 9, 12, 18, 24, 36, 72) but was 5");
    assertThatThrownBy(
            () ->
                ENGINE.evaluate(
                    gb200(131_072, network("quantum-2-qm9700", Topology.RAIL_ONLY, 8)),
                    FinancialTerms.of(5, 0.8)))
        .hasMessage(
            "network.scale-out.planes must be 1 or 72 for rail-only (one plane per NIC port of gb200-nvl72) but was 8");
  }
}
