package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.LinkKind;
import dev.flopex.catalog.NicRole;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.validation.ValidationException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Co-packaged optics (issue 11): a fabric of Spectrum-6 SN6810-LD switches, whose power already
 * includes their optics, costs no switch-end transceiver; the NIC end keeps its transceiver and
 * every link its fibre. The switch is unpriced in the built-in catalog, so the fabric is costed
 * with the what-if overlay {@code docs/whatif/sn6810-ld-price.yaml}.
 */
class CoPackagedOpticsCostTest {
  private static final String CPO = "spectrum-6-sn6810-ld";
  private static final String NIC_END = "osfp-800g-2xdr4-100m"; // 1,119 USD, 17 W
  private static final String PLUGGABLE_END = "osfp-800g-2xdr4"; // 2,249 USD, 17 W
  private static final String FIBRE = "fibre-mpo12-os2-8f"; // 105.08 USD

  /** The built-in catalog with the what-if SN6810-LD price. */
  static final HardwareCatalog PRICED =
      HardwareCatalog.loader()
          .withBuiltIn()
          .overlay(Path.of("..", "docs", "whatif", "sn6810-ld-price.yaml"))
          .load();

  /** The same, with the SN6810-LD read as a pluggable switch: the twin that costs its optics. */
  static final HardwareCatalog PLUGGABLE_TWIN =
      HardwareCatalog.loader()
          .withBuiltIn()
          .overlay(Path.of("..", "docs", "whatif", "sn6810-ld-price.yaml"))
          .overlay(
              "twin.yaml",
              String.join(
                  "\n",
                  "schema: flopex-catalog/1",
                  "sources:",
                  "  twin: {title: 'test twin: the same switch with pluggable optics', read: 2026-12-03, kind: user}",
                  "switches:",
                  "  - id: " + CPO,
                  "    co_packaged_optics: {value: false, source: twin, confidence: low}",
                  ""))
          .load();

  static NetworkDesign cpo(HardwareCatalog c) {
    return NetworkDesign.builder()
        .name("scale-out")
        .role(NicRole.SCALE_OUT)
        .networkSwitch(c.networkSwitch(CPO))
        .serverLinkNicEnd(c.link(NIC_END))
        .serverLinkSwitchEnd(c.link(FIBRE))
        .fabricLink(c.link(FIBRE))
        .build();
  }

  static NetworkDesign pluggable(HardwareCatalog c) {
    return NetworkDesign.builder()
        .name("scale-out")
        .role(NicRole.SCALE_OUT)
        .networkSwitch(c.networkSwitch(CPO))
        .serverLinkNicEnd(c.link(NIC_END))
        .serverLinkSwitchEnd(c.link(PLUGGABLE_END))
        .fabricLink(c.link(PLUGGABLE_END))
        .build();
  }

  static Cluster b300(HardwareCatalog c, long servers, NetworkDesign n) {
    // bought in the month of every network price, so the price trends leave them as listed
    return Cluster.builder()
        .name("b300-cpo")
        .system(c.system("hgx-b300"))
        .servers(servers)
        .addNetworks(n)
        .site(Site.of(Regions.get("us-virginia"), Facility.COLOCATION_WHOLESALE))
        .purchaseDate(LocalDate.of(2026, 9, 1))
        .assumptions(AssumptionSets.get("neocloud"))
        .build();
  }

  private static double quantity(ClusterResult r, LinkKind kind, HardwareCatalog c) {
    return r.billOfMaterials().stream()
        .filter(b -> b.component() == CostComponent.OPTICS_CABLES)
        .filter(b -> c.link(b.item()).kind() == kind)
        .mapToDouble(BomLine::quantity)
        .sum();
  }

  @Test
  void test_spectrum6CpoFabric_costsNicEndTransceiversOnly_switchPowerOnce_totalsAddUp() {
    // 32 HGX B300 x 8 ConnectX-8 = 256 server links at 800 Gb/s; radix 128: two tiers
    ClusterResult r =
        CostEngine.create().evaluate(b300(PRICED, 32, cpo(PRICED)), FinancialTerms.of(5, 0.8));
    FatTree t = r.capacity().networks().get(0);
    assertThat(t.tiers()).isEqualTo(2);
    assertThat(t.switches()).isEqualTo(6); // 4 leaves of 64 down + 64 up, 2 spines
    assertThat(t.switchLinks()).isEqualTo(256);

    // transceivers: the NIC ends only, one per server link
    assertThat(quantity(r, LinkKind.TRANSCEIVER, PRICED)).isEqualTo(256);
    List<BomLine> optics =
        r.billOfMaterials().stream()
            .filter(b -> b.component() == CostComponent.OPTICS_CABLES)
            .toList();
    assertThat(optics).extracting(BomLine::item).containsExactly(NIC_END, FIBRE, FIBRE);
    assertThat(optics.get(0).description())
        .endsWith(
            "(scale-out server links, NIC end; the switch end's optics are co-packaged in the"
                + " switch)");
    // fibre: one per link, server and switch-to-switch
    assertThat(optics.get(1).quantity()).isEqualTo(256);
    assertThat(optics.get(2).quantity()).isEqualTo(256);

    // the switch lines name what their price and power include
    List<BomLine> switches =
        r.billOfMaterials().stream().filter(b -> b.component() == CostComponent.NETWORK).toList();
    assertThat(switches.stream().mapToDouble(BomLine::quantity).sum()).isEqualTo(6);
    assertThat(switches)
        .allSatisfy(
            b -> {
              assertThat(b.item()).isEqualTo(CPO);
              assertThat(b.description())
                  .contains("its optics co-packaged, in its power and price")
                  .contains("no switch-end transceivers");
              assertThat(b.unitPrice().amount()).isCloseTo(70_574, within(1e-9));
            });

    // power: 6 switches at 1,960 W (optics included) + 256 NIC-end modules at 17 W; fibre none
    assertThat(r.capacity().networkPower().in(PowerUnit.WATTS))
        .isCloseTo(6 * 1960 + 256 * 17, within(1e-6));

    // totals: the network CapEx is the BoM's switch and optics lines
    assertThat(r.capex().get(CostComponent.NETWORK).amount()).isCloseTo(6 * 70_574.0, within(1e-6));
    assertThat(r.capex().get(CostComponent.OPTICS_CABLES).amount())
        .isCloseTo(256 * 1119 + 512 * 105.08, within(1e-6));
    assertThat(r.billOfMaterials().stream().mapToDouble(b -> b.extended().amount()).sum())
        .isCloseTo(r.capexTotal().amount(), within(1e-6 * r.capexTotal().amount()));
    assertThat(r.warnings()).noneMatch(w -> w.subject().equals(CPO));
  }

  @Test
  void test_modelDocWorkedFiguresAreWhatTheEnginePrints() throws java.io.IOException {
    ClusterResult r =
        CostEngine.create().evaluate(b300(PRICED, 32, cpo(PRICED)), FinancialTerms.of(5, 0.8));
    String doc =
        java.nio.file.Files.readString(
            Path.of("..", "docs", "model.md"), java.nio.charset.StandardCharsets.UTF_8);
    double fibre =
        r.billOfMaterials().stream()
            .filter(b -> b.item().equals(FIBRE))
            .mapToDouble(b -> b.extended().amount())
            .sum();
    String flat = doc.replaceAll("\\s+", " ");
    assertThat(flat)
        .contains(
            String.format(
                java.util.Locale.ROOT,
                "The BoM has 6 switches (USD %,.0f), 256 NIC-end `osfp-800g-2xdr4-100m` at USD 1,119"
                    + " (USD %,.0f) and 512 fibre assemblies at USD 105.08 (USD %,.0f); network power"
                    + " is 6 × 1,960 W + 256 × 17 W = %.1f kW.",
                r.capex().get(CostComponent.NETWORK).amount(),
                r.capex().get(CostComponent.OPTICS_CABLES).amount() - fibre,
                fibre,
                r.capacity().networkPower().in(PowerUnit.KILOWATTS)));
  }

  @Test
  void test_compiledKernelAgreesWithTheObjectModel_onACpoFabric() {
    CostEngine engine = CostEngine.create();
    Cluster c = b300(PRICED, 40, cpo(PRICED));
    FinancialTerms terms = FinancialTerms.of(5, 0.8);
    CompiledCluster k = engine.compile(c, terms);
    CompiledCluster.Evaluation e = k.newEvaluation();
    k.evaluate(k.defaults(), e);
    ClusterResult r = engine.evaluate(c, terms);
    assertThat(e.capex()).isCloseTo(r.capexTotal().amount(), within(1e-9 * e.capex()));
    assertThat(e.costPerGpuHour())
        .isCloseTo(r.costPerGpuHour().amount(), within(1e-12 * e.costPerGpuHour()));
  }

  @Test
  void test_kernelPriceSlot_equalsAPriceOverride_onTheBuiltInCatalog() {
    // the compiled kernel's prices.<id> input and a Cluster price override (no overlay) agree
    CostEngine engine = CostEngine.create();
    FinancialTerms terms = FinancialTerms.of(5, 0.8);
    CompiledCluster k = engine.compile(b300(PRICED, 32, cpo(PRICED)), terms);
    CompiledCluster.Evaluation e = k.newEvaluation();
    double[] p = k.defaults();
    p[k.slot("prices." + CPO)] = 100_000;
    k.evaluate(p, e);
    HardwareCatalog builtIn = HardwareCatalog.builtIn();
    dev.flopex.catalog.PricePoint quote =
        dev.flopex.catalog.PricePoint.builder()
            .price(dev.flopex.core.money.Money.usd(100_000))
            .asOf(dev.flopex.core.provenance.PartialDate.parse("2026-09"))
            .basis(dev.flopex.catalog.PriceBasis.NEGOTIATED)
            .unit(dev.flopex.catalog.PriceUnit.PER_PART)
            .region("US")
            .description("test quote")
            .provenance(dev.flopex.costing.internal.ClusterCalculator.userInput("test"))
            .build();
    ClusterResult r =
        engine.evaluate(
            Fixtures.copy(b300(builtIn, 32, cpo(builtIn))).withPriceOverrides(Map.of(CPO, quote)),
            terms);
    assertThat(r.capex().get(CostComponent.NETWORK).amount())
        .isCloseTo(6 * 100_000.0, within(1e-6));
    assertThat(e.capex()).isCloseTo(r.capexTotal().amount(), within(1e-9 * e.capex()));
  }

  @Test
  void test_atACpoSwitch_theLinksFibreIsTheSwitchEnd_notTheOneTheNicTransceiverNames() {
    // osfp-800g-2xfr4 names the LC patch cord; at a co-packaged-optics switch the fibre that plugs
    // into it is the switch end chosen in the design, so that one is costed, once per link
    assertThat(PRICED.link("osfp-800g-2xfr4").fibre().orElseThrow().id())
        .isEqualTo("fibre-lc-os2-duplex");
    NetworkDesign n =
        ImmutableNetworkDesign.copyOf(cpo(PRICED))
            .withServerLinkNicEnd(PRICED.link("osfp-800g-2xfr4"));
    ClusterResult r = CostEngine.create().evaluate(b300(PRICED, 32, n), FinancialTerms.of(5, 0.8));
    assertThat(
            r.billOfMaterials().stream()
                .filter(b -> b.component() == CostComponent.OPTICS_CABLES)
                .map(b -> b.item() + " x " + (long) b.quantity())
                .toList())
        .containsExactly("osfp-800g-2xfr4 x 256", FIBRE + " x 256", FIBRE + " x 256");
  }

  @Test
  void test_withoutAPrice_theSwitchIsUnpriced() {
    // the built-in catalog has no SN6810-LD price: the fabric cannot be costed silently
    HardwareCatalog builtIn = HardwareCatalog.builtIn();
    assertThatThrownBy(
            () ->
                CostEngine.create()
                    .evaluate(b300(builtIn, 32, cpo(builtIn)), FinancialTerms.of(5, 0.8)))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "spectrum-6-sn6810-ld.price must be in the catalog as a new-purchase price")
        .hasMessageContaining("add one with a catalog overlay or a price override");
  }

  @Test
  void test_aTransceiverAtACpoSwitchEnd_isRefused_notCountedTwice() {
    assertThatThrownBy(() -> pluggable(PRICED))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "network.scale-out.serverLinkSwitchEnd must be a passive fibre assembly (link kind"
                + " fibre, e.g. fibre-mpo12-os2-8f): spectrum-6-sn6810-ld has co-packaged optics,"
                + " already in its power and price, so a transceiver or cable at its end would"
                + " count its optics twice but was osfp-800g-2xdr4 (transceiver)");
    assertThatThrownBy(
            () ->
                ImmutableNetworkDesign.copyOf(cpo(PRICED)).withFabricLink(PRICED.link("dac-800g")))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("network.scale-out.fabricLink must be a passive fibre assembly")
        .hasMessageEndingWith("but was dac-800g (dac)");
    assertThatThrownBy(
            () ->
                ImmutableNetworkDesign.copyOf(cpo(PRICED))
                    .withServerLinkNicEnd(PRICED.link("dac-800g")))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "network.scale-out.serverLinkNicEnd must be a transceiver: spectrum-6-sn6810-ld has"
                + " co-packaged optics, with fibre connectors and no cage for a cable but was"
                + " dac-800g (dac)");
    // a fibre at a pluggable switch's end is still refused
    assertThatThrownBy(() -> cpo(PLUGGABLE_TWIN))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "network.scale-out.serverLinkSwitchEnd must be a transceiver or a cable, not a passive"
                + " fibre assembly");
  }

  /**
   * For the same topology, a co-packaged fabric has the pluggable twin's transceivers minus those
   * at switch ends (one per server link and two per switch-to-switch link at one port per module),
   * the same switches and fibre, and the twin's network power minus those modules' power.
   */
  @Test
  void test_property_cpoTransceivers_arePluggableMinusSwitchEnds() {
    CostEngine engine = CostEngine.create();
    qt().withExamples(60)
        .forAll(
            SourceDSL.longs().between(1, 400),
            SourceDSL.integers().between(1, 4),
            SourceDSL.integers().between(0, 3))
        .checkAssert(
            (servers, over, planeLog) -> {
              int planes = 1 << planeLog;
              NetworkDesign co = cpo(PRICED).withOversubscription(over).withPlanes(planes);
              NetworkDesign pl =
                  pluggable(PLUGGABLE_TWIN).withOversubscription(over).withPlanes(planes);
              FinancialTerms terms = FinancialTerms.of(5, 0.8);
              ClusterResult a = engine.evaluate(b300(PRICED, servers, co), terms);
              ClusterResult b = engine.evaluate(b300(PLUGGABLE_TWIN, servers, pl), terms);
              FatTree ta = a.capacity().networks().get(0);
              FatTree tb = b.capacity().networks().get(0);
              assertThat(ta.switches()).isEqualTo(tb.switches());
              assertThat(ta.switchLinks()).isEqualTo(tb.switchLinks());
              long serverLinks = servers * 8;
              long switchEnds = serverLinks + 2 * tb.switchLinks();
              assertThat(quantity(a, LinkKind.TRANSCEIVER, PRICED))
                  .isEqualTo(quantity(b, LinkKind.TRANSCEIVER, PLUGGABLE_TWIN) - switchEnds);
              assertThat(quantity(a, LinkKind.TRANSCEIVER, PRICED)).isEqualTo(serverLinks);
              assertThat(quantity(a, LinkKind.FIBRE, PRICED))
                  .isEqualTo(quantity(b, LinkKind.FIBRE, PLUGGABLE_TWIN))
                  .isEqualTo(serverLinks + tb.switchLinks());
              assertThat(a.capacity().networkPower().in(PowerUnit.WATTS))
                  .isCloseTo(
                      b.capacity().networkPower().in(PowerUnit.WATTS) - switchEnds * 17.0,
                      within(1e-6 * b.capacity().networkPower().in(PowerUnit.WATTS)));
              assertThat(a.capex().get(CostComponent.NETWORK).amount())
                  .isCloseTo(
                      b.capex().get(CostComponent.NETWORK).amount(),
                      within(1e-9 * b.capex().get(CostComponent.NETWORK).amount()));
              assertThat(a.capex().get(CostComponent.OPTICS_CABLES).amount())
                  .isCloseTo(
                      b.capex().get(CostComponent.OPTICS_CABLES).amount() - switchEnds * 2249.0,
                      within(1e-6 * b.capex().get(CostComponent.OPTICS_CABLES).amount()));
            });
  }
}
