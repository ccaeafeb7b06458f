package dev.flopex.costing;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.NicRole;
import java.time.LocalDate;

/** Shared test inputs: the built-in catalog and a reference H100 cluster. */
final class Fixtures {
  static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();

  private Fixtures() {}

  static NetworkDesign infiniband() {
    return NetworkDesign.builder()
        .name("scale-out")
        .role(NicRole.SCALE_OUT)
        .networkSwitch(CATALOG.networkSwitch("quantum-2-qm9700"))
        .serverLinkNicEnd(CATALOG.link("osfp-400g-sr4"))
        .serverLinkSwitchEnd(CATALOG.link("osfp-800g-2xsr4"))
        .fabricLink(CATALOG.link("osfp-800g-2xsr4"))
        .build();
  }

  /** Returns the generated type, whose withers give modified copies. */
  static ImmutableCluster copy(Cluster c) {
    return (ImmutableCluster) ImmutableCluster.copyOf(c);
  }

  /**
   * H100 SXM GPUs in HGX servers, neocloud assumptions, in wholesale colocation in Northern
   * Virginia.
   */
  static Cluster h100Cluster(long servers) {
    return Cluster.builder()
        .name("h100-" + servers)
        .system(CATALOG.system("hgx-h100"))
        .servers(servers)
        .addNetworks(infiniband())
        .site(Site.of(Regions.get("us-virginia"), Facility.COLOCATION_WHOLESALE))
        .purchaseDate(LocalDate.of(2024, 9, 1))
        .assumptions(AssumptionSets.get("neocloud"))
        .build();
  }
}
