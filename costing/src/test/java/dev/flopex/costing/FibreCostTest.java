package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.NicRole;
import dev.flopex.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The passive fibre of an optical link (issue 11): one assembly per link whose ends are
 * transceivers, the one the first end names, priced from the catalog and drawing no power; none for
 * a cable.
 */
class FibreCostTest {
  private static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();

  private static Cluster cluster(NetworkDesign n, int servers) {
    // bought in the month of the fibre's price, so the price trend leaves it as listed; the DAC
    // has no catalog price and gets a quote
    return Cluster.builder()
        .putPriceOverrides(
            "dac-800g", WorkedExampleTest.quote(500, dev.flopex.catalog.PriceUnit.PER_PART))
        .name("fibre")
        .system(CATALOG.system("hgx-h100"))
        .servers(servers)
        .addNetworks(n)
        .site(Site.of(Regions.get("us-virginia"), Facility.COLOCATION_WHOLESALE))
        .purchaseDate(LocalDate.of(2026, 9, 1))
        .assumptions(AssumptionSets.get("neocloud"))
        .build();
  }

  @Test
  void test_referenceNetwork_costsOneFibrePerLink_atItsCatalogPrice() {
    // 64 servers x 8 ports = 512 server links; two tiers: 512 leaf-to-spine links
    ClusterResult r =
        CostEngine.create()
            .evaluate(
                cluster(NetworkDesign.referenceFor(CATALOG.system("hgx-h100"), CATALOG), 64),
                FinancialTerms.of(3, 0.8));
    List<BomLine> fibre =
        r.billOfMaterials().stream().filter(b -> b.item().equals("fibre-mpo12-om4-8f")).toList();
    assertThat(fibre).hasSize(2);
    assertThat(fibre.get(0).quantity()).isEqualTo(512);
    assertThat(fibre.get(0).description()).endsWith("(scale-out server links, one per link)");
    assertThat(fibre.get(1).quantity()).isEqualTo(r.capacity().networks().get(0).switchLinks());
    assertThat(fibre.get(1).description()).endsWith("(scale-out switch links, one per link)");
    assertThat(fibre)
        .allSatisfy(
            b -> {
              assertThat(b.component()).isEqualTo(CostComponent.OPTICS_CABLES);
              assertThat(b.unitPrice().amount())
                  .isCloseTo(85.08, org.assertj.core.api.Assertions.within(1e-9));
              assertThat(b.provenance().source().url())
                  .contains("https://www.fs.com/products/30962.html");
            });
    // the fibre is in the optics capex, and the capacity plan counts the assemblies
    double optics =
        r.billOfMaterials().stream()
            .filter(b -> b.component() == CostComponent.OPTICS_CABLES)
            .mapToDouble(b -> b.quantity() * b.unitPrice().amount())
            .sum();
    assertThat(r.capex().get(CostComponent.OPTICS_CABLES).amount())
        .isCloseTo(optics, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(r.capacity().links().get("fibre-mpo12-om4-8f"))
        .isEqualTo((long) (fibre.get(0).quantity() + fibre.get(1).quantity()));
    // passive: the network power is that of the same network without fibre
    ClusterResult bare =
        CostEngine.create()
            .evaluate(
                cluster(
                    WorkedExampleTest.withoutFibre(
                        NetworkDesign.referenceFor(CATALOG.system("hgx-h100"), CATALOG)),
                    64),
                FinancialTerms.of(3, 0.8));
    assertThat(r.capacity().networkPower()).isEqualTo(bare.capacity().networkPower());
    assertThat(
            r.capex().get(CostComponent.OPTICS_CABLES).amount()
                - bare.capex().get(CostComponent.OPTICS_CABLES).amount())
        .isCloseTo(
            fibre.get(0).unitPrice().amount() * (fibre.get(0).quantity() + fibre.get(1).quantity()),
            org.assertj.core.api.Assertions.within(1e-6));
  }

  @Test
  void test_singleModeOptics_useTheSingleModeFibre_andACableUsesNone() {
    NetworkDesign sm =
        NetworkDesign.builder()
            .name("scale-out")
            .role(NicRole.SCALE_OUT)
            .networkSwitch(CATALOG.networkSwitch("quantum-2-qm9700"))
            .serverLinkNicEnd(CATALOG.link("osfp-400g-dr4"))
            .serverLinkSwitchEnd(CATALOG.link("osfp-800g-2xdr4"))
            .fabricLink(CATALOG.link("dac-800g"))
            .build();
    ClusterResult r = CostEngine.create().evaluate(cluster(sm, 64), FinancialTerms.of(3, 0.8));
    assertThat(r.billOfMaterials())
        .filteredOn(b -> b.item().startsWith("fibre-"))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.item()).isEqualTo("fibre-mpo12-os2-8f");
              assertThat(b.quantity()).isEqualTo(512);
              assertThat(b.unitPrice().amount())
                  .isCloseTo(105.08, org.assertj.core.api.Assertions.within(1e-9));
            });
  }

  @Test
  void test_aFibreIsNotALinkEnd() {
    assertThatThrownBy(
            () ->
                NetworkDesign.builder()
                    .name("scale-out")
                    .role(NicRole.SCALE_OUT)
                    .networkSwitch(CATALOG.networkSwitch("quantum-2-qm9700"))
                    .serverLinkNicEnd(CATALOG.link("fibre-mpo12-om4-8f"))
                    .serverLinkSwitchEnd(CATALOG.link("osfp-800g-2xsr4"))
                    .fabricLink(CATALOG.link("osfp-800g-2xsr4"))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("network.scale-out.serverLinkNicEnd")
        .hasMessageContaining("fibre-mpo12-om4-8f")
        .hasMessageContaining("not a passive fibre assembly");
  }
}
