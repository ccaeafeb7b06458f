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

  /** A Quantum-2 network with these server-link ends and a DAC between switches. */
  private static NetworkDesign serverLinks(HardwareCatalog c, String nicEnd, String switchEnd) {
    return NetworkDesign.builder()
        .name("scale-out")
        .role(NicRole.SCALE_OUT)
        .networkSwitch(c.networkSwitch("quantum-2-qm9700"))
        .serverLinkNicEnd(c.link(nicEnd))
        .serverLinkSwitchEnd(c.link(switchEnd))
        .fabricLink(c.link("dac-800g"))
        .build();
  }

  /** Costs 64 servers on {@code n} and checks its one fibre line: the server links' fibre. */
  private static ClusterResult oneFibreLine(NetworkDesign n, String fibre, double price) {
    ClusterResult r = CostEngine.create().evaluate(cluster(n, 64), FinancialTerms.of(3, 0.8));
    assertThat(r.billOfMaterials())
        .filteredOn(b -> b.item().startsWith("fibre-"))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.item()).isEqualTo(fibre);
              assertThat(b.quantity()).isEqualTo(512); // 64 servers x 8 server links
              assertThat(b.unitPrice().amount())
                  .isCloseTo(price, org.assertj.core.api.Assertions.within(1e-9));
              assertThat(b.description()).endsWith("(scale-out server links, one per link)");
            });
    return r;
  }

  @Test
  void test_singleModeOptics_useTheSingleModeFibre_andACableUsesNone() {
    oneFibreLine(
        serverLinks(CATALOG, "osfp-400g-dr4", "osfp-800g-2xdr4"), "fibre-mpo12-os2-8f", 105.08);
  }

  @Test
  void test_duplexLcOptics_useTheLcPatchCord() {
    // 2xFR4 (dual duplex LC) at both ends of the server links: one LC cord per 400G link
    ClusterResult r =
        oneFibreLine(
            serverLinks(CATALOG, "osfp-800g-2xfr4", "osfp-800g-2xfr4"),
            "fibre-lc-os2-duplex",
            7.70);
    assertThat(r.warnings()).noneMatch(w -> w.kind() == Warning.Kind.MISSING_FIBRE);
  }

  @Test
  void test_transceiversNamingNoFibre_costNone_andSaySo() {
    // an overlay transceiver without a fibre field: the links are costed without one, and a
    // warning names the part, so the missing assembly is never dropped silently
    HardwareCatalog c =
        HardwareCatalog.loader()
            .withBuiltIn()
            .overlay(
                "bare.yaml",
                String.join(
                    "\n",
                    "schema: flopex-catalog/1",
                    "sources:",
                    "  s1: {title: 'test optic', read: 2026-12-04, kind: user}",
                    "links:",
                    "  - id: my-bare-optic",
                    "    vendor: X",
                    "    name: a transceiver whose fibre is not named",
                    "    kind: transceiver",
                    "    speed: {value: 400, unit: Gb/s, source: s1, confidence: low}",
                    "    power_w: {value: 10, source: s1, confidence: low}",
                    "    prices:",
                    "      - {usd: 500, as_of: 2026-09, basis: list, unit: per-part, region: US,"
                        + " description: test price, source: s1, confidence: low}",
                    ""))
            .load();
    Cluster cl = cluster(serverLinks(c, "my-bare-optic", "my-bare-optic"), 64);
    ClusterResult r = CostEngine.create().evaluate(cl, FinancialTerms.of(3, 0.8));
    assertThat(r.billOfMaterials()).noneMatch(b -> b.item().startsWith("fibre-"));
    assertThat(r.warnings())
        .filteredOn(w -> w.kind() == Warning.Kind.MISSING_FIBRE)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.subject()).isEqualTo("my-bare-optic");
              assertThat(w.message())
                  .isEqualTo(
                      "my-bare-optic names no fibre assembly in the catalog; the scale-out server"
                          + " links count no fibre (name one with the transceiver's fibre field)");
            });
    assertThatThrownBy(() -> CostEngine.strict().evaluate(cl, FinancialTerms.of(3, 0.8)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("my-bare-optic names no fibre assembly");
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
