package dev.flopex.benchmarks;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.NicRole;
import dev.flopex.costing.AssumptionSets;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.Facility;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Financing;
import dev.flopex.costing.NetworkDesign;
import dev.flopex.costing.Regions;
import dev.flopex.costing.Site;
import java.time.LocalDate;

/** The inputs the benchmarks share, built once from the public API. */
final class Workloads {
  private Workloads() {}

  /** A non-blocking NDR InfiniBand fat tree of Quantum-2 switches with 400G/800G optics. */
  static NetworkDesign infiniband(HardwareCatalog catalog) {
    return NetworkDesign.builder()
        .name("scale-out")
        .role(NicRole.SCALE_OUT)
        .networkSwitch(catalog.networkSwitch("quantum-2-qm9700"))
        .serverLinkNicEnd(catalog.link("osfp-400g-sr4"))
        .serverLinkSwitchEnd(catalog.link("osfp-800g-2xsr4"))
        .fabricLink(catalog.link("osfp-800g-2xsr4"))
        .build();
  }

  /**
   * W1's cluster: 20,480 H100 SXM GPUs in 2,560 HGX servers, neocloud, Northern Virginia wholesale
   * colocation, 2024-09.
   */
  static Cluster w1Cluster() {
    HardwareCatalog catalog = HardwareCatalog.builtIn();
    return Cluster.builder()
        .name("w1")
        .system(catalog.system("hgx-h100"))
        .servers(Cluster.serversFor(catalog.system("hgx-h100"), 20_480, Cluster.Rounding.EXACT))
        .addNetworks(infiniband(catalog))
        .site(Site.of("colo", Regions.get("us-virginia"), Facility.COLOCATION_WHOLESALE))
        .purchaseDate(LocalDate.of(2024, 9, 1))
        .assumptions(AssumptionSets.get("neocloud"))
        .build();
  }

  /** W1's terms: 5 years, 80% utilisation, debt at 11% over 5 years. */
  static FinancialTerms w1Terms() {
    return FinancialTerms.builder()
        .horizonYears(5)
        .utilisation(0.8)
        .financing(Financing.DEBT)
        .debtRate(0.11)
        .debtTenorYears(5)
        .build();
  }
}
