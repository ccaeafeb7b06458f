package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.catalog.PriceBasis;
import dev.flopex.catalog.PricePoint;
import dev.flopex.catalog.PriceUnit;
import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.PartialDate;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.costing.internal.ClusterCalculator;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worked example of {@code docs/model.md} §16, pinned to the numbers that {@code
 * docs/worked-example.py} computes by hand from the documented formulas. That script shares no code
 * with the engine, so this test is an independent oracle: a wrong formula in the kernel (or in the
 * object model built from it) fails here, where {@code kernelEqualsObjectModel} could not notice.
 * The expected values are copied from the script's output; change them only with the script.
 */
class WorkedExampleTest {
  private static final double REL = 1e-9;

  static PricePoint quote(double usd, PriceUnit unit) {
    return PricePoint.builder()
        .price(Money.usd(usd))
        .asOf(PartialDate.parse("2025-01"))
        .basis(PriceBasis.NEGOTIATED)
        .unit(unit)
        .region("US")
        .description("worked example quote")
        .provenance(ClusterCalculator.userInput("docs/model.md §16"))
        .build();
  }

  static Cluster cluster() {
    return Cluster.builder()
        .name("worked-example")
        .system(Fixtures.CATALOG.system("hgx-h100"))
        .servers(4)
        .addNetworks(withoutFibre(Fixtures.infiniband()))
        .site(Site.of(Regions.get("us-texas"), Facility.COLOCATION_WHOLESALE))
        .purchaseDate(LocalDate.of(2025, 1, 15))
        .assumptions(AssumptionSets.get("neocloud"))
        .putAllPriceOverrides(
            Map.of(
                "hgx-h100", quote(300_000, PriceUnit.PER_SYSTEM),
                "quantum-2-qm9700", quote(36_000, PriceUnit.PER_PART),
                "osfp-400g-sr4", quote(700, PriceUnit.PER_PART),
                "osfp-800g-2xsr4", quote(1_000, PriceUnit.PER_PART)))
        .build();
  }

  /**
   * The example's transceivers without their passive fibre: model.md §16 keeps the arithmetic of
   * the earlier releases and says so; the fibre line is checked in {@code FibreCostTest}.
   */
  static NetworkDesign withoutFibre(NetworkDesign n) {
    return ImmutableNetworkDesign.copyOf(n)
        .withServerLinkNicEnd(
            ((dev.flopex.catalog.ImmutableLinkPart) n.serverLinkNicEnd())
                .withFibre(java.util.Optional.<dev.flopex.catalog.LinkPart>empty()))
        .withServerLinkSwitchEnd(
            ((dev.flopex.catalog.ImmutableLinkPart) n.serverLinkSwitchEnd())
                .withFibre(java.util.Optional.<dev.flopex.catalog.LinkPart>empty()))
        .withFabricLink(
            ((dev.flopex.catalog.ImmutableLinkPart) n.fabricLink())
                .withFibre(java.util.Optional.<dev.flopex.catalog.LinkPart>empty()));
  }

  private static void close(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(REL * Math.max(1, Math.abs(expected))));
  }

  @Test
  void test_workedExample_everyIntermediateNumber() {
    ClusterResult r = CostEngine.create().evaluate(cluster(), FinancialTerms.of(3, 0.8));
    CapacityPlan c = r.capacity();
    assertThat(c.gpus()).isEqualTo(32);
    assertThat(
            c.networks().get(0).leaves()
                + c.networks().get(0).spines()
                + c.networks().get(0).cores())
        .isEqualTo(1);
    assertThat(c.links()).containsEntry("osfp-400g-sr4", 32L).containsEntry("osfp-800g-2xsr4", 16L);
    assertThat(c.racks()).isEqualTo(1);
    close(c.storage().value(), 460.8);
    close(c.storagePower().in(PowerUnit.KILOWATTS), 1.01376);
    close(c.gpuPower().in(PowerUnit.KILOWATTS), 14.12992);
    close(c.serverOverheadPower().in(PowerUnit.KILOWATTS), 11.60672);
    close(c.networkPower().in(PowerUnit.KILOWATTS), 1.275);
    close(c.itPower().in(PowerUnit.KILOWATTS), 28.0254);
    close(c.facilityPower().in(PowerUnit.KILOWATTS), 36.43302);
    close(c.contractedItPower().in(PowerUnit.KILOWATTS), 43.08876);

    close(r.capex().get(CostComponent.SERVERS).amount(), 1_200_000);
    close(r.capex().get(CostComponent.NETWORK).amount(), 36_000);
    close(r.capex().get(CostComponent.OPTICS_CABLES).amount(), 38_400);
    close(r.capex().get(CostComponent.STORAGE).amount(), 129_945.6);
    close(r.capex().get(CostComponent.INSTALLATION).amount(), 42_130.368);
    close(r.capex().get(CostComponent.SPARES).amount(), 70_217.28);
    assertThat(r.capex()).doesNotContainKey(CostComponent.DUTIES_TAXES);
    close(r.capexTotal().amount(), 1_516_693.248);

    EconomicCost e = r.economic();
    close(e.wacc(), 0.102986);
    close(e.residualValue().amount(), 465_698.2786941343);
    close(r.opexYear1().amount(), 105_139.8341618400);
    close(e.presentValueOfCosts().amount(), 1_434_391.4349488092);
    close(e.costPerGpuHour().amount(), 2.5855476781);
    close(e.levelAnnualCost().amount(), 579_824.5801034137);
    close(e.totalOverHorizon().amount(), 1_739_473.7403102410);
    close(e.goodput().fraction(), 0.9979691258);
    close(e.costPerUsefulGpuHour().amount(), 2.5908092858);

    AccountingCost a = r.accounting();
    close(a.bookValueAtHorizon().amount(), 758_346.6240000001);
    close(a.tco().amount(), 1_079_831.1238308751);
    close(a.costPerGpuHour().amount(), 1.6050572022);
    Map<CostComponent, double[]> years =
        Map.of(
            CostComponent.ELECTRICITY,
                new double[] {21_064.1148432000, 21_940.3820206771, 22_853.1019127373},
            CostComponent.COLOCATION,
                new double[] {76_008.5726400000, 79_170.5292618240, 82_464.0232791159},
            CostComponent.STAFF, new double[] {694.3322786400, 723.2165014314, 753.3023078910},
            CostComponent.INSURANCE,
                new double[] {7_372.8144000000, 5_020.8866064000, 3_419.2237789584});
    for (CostLine l : a.lines()) {
      double[] expected = years.get(l.component());
      if (expected != null) {
        for (int y = 0; y < 3; y++) {
          close(l.byYear().get(y).amount(), expected[y]);
        }
      }
    }
    assertThat(a.lines())
        .noneMatch(
            l -> l.component() == CostComponent.MAINTENANCE); // all three years under warranty
    // the one warning: the example's transceivers name no fibre (withoutFibre), so none is counted
    assertThat(r.warnings())
        .extracting(Warning::kind, Warning::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Warning.Kind.MISSING_FIBRE, "osfp-400g-sr4"),
            org.assertj.core.groups.Tuple.tuple(Warning.Kind.MISSING_FIBRE, "osfp-800g-2xsr4"));
  }

  /**
   * The words around the numbers are part of the result: the basis lines, formulas and BoM lines,
   * exactly.
   */
  @Test
  void test_workedExample_basisFormulasAndBillOfMaterials() {
    ClusterResult r = CostEngine.create().evaluate(cluster(), FinancialTerms.of(3, 0.8));
    assertThat(r.basis().headline())
        .isEqualTo(
            "economic: costs discounted at WACC 10.3 %/year (neocloud: 67.0 % equity at 11.5 %, "
                + "33.0 % debt at 10.0 % before 21.0 % tax); hardware credited at its market value after 3 years, 31.6 % of its price (31.9 %/year, "
                + "hopper curve); site us-texas colocation-wholesale (electricity USD 0.066/kWh, PUE 1.3, rent USD 147/kW-month); new-purchase prices "
                + "(negotiated) for 2025-01-15, with price overrides; goodput 99.8 % for the useful-hour cost");
    assertThat(r.basis().accounting())
        .isEqualTo(
            "accounting: straight-line book depreciation to zero over 6 years (servers) and 6 (network, "
                + "storage), cash; book value kept after 3 years USD 758,347 (50.0 % of CapEx), which is why the book TCO is below CapEx");
    Map<CostComponent, String> formulas = new java.util.EnumMap<>(CostComponent.class);
    r.accounting().lines().forEach(l -> formulas.put(l.component(), l.formula()));
    assertThat(formulas)
        .containsExactlyInAnyOrderEntriesOf(
            new java.util.LinkedHashMap<>(
                Map.of(
                    CostComponent.SERVERS,
                        "CapEx USD 1,200,000 depreciated straight-line over 6 years to zero; charged in years 1-3; market value after 3 years USD 378,985",
                    CostComponent.NETWORK,
                        "CapEx USD 36,000 depreciated straight-line over 6 years to zero; charged in years 1-3; market value after 3 years USD 11,370",
                    CostComponent.OPTICS_CABLES,
                        "CapEx USD 38,400 depreciated straight-line over 6 years to zero; charged in years 1-3; market value after 3 years USD 12,128",
                    CostComponent.STORAGE,
                        "CapEx USD 129,946 depreciated straight-line over 6 years to zero; charged in years 1-3; market value after 3 years USD 41,040",
                    CostComponent.INSTALLATION,
                        "CapEx USD 42,130 depreciated straight-line over 6 years to zero; charged in years 1-3; market value after 3 years USD 0",
                    CostComponent.SPARES,
                        "CapEx USD 70,217 depreciated straight-line over 6 years to zero; charged in years 1-3; market value after 3 years USD 22,176",
                    CostComponent.ELECTRICITY,
                        "facility power 36.4 kW (IT 28 kW, servers at 0.631 of maximum = idle 0.114 + (busy 0.76 - idle) x utilisation 0.8; "
                            + "x PUE 1.3) x 8760 h x USD 0.066/kWh, escalating 0.0416/year",
                    CostComponent.COLOCATION,
                        "contracted 43.1 kW x USD 147/kW-month x 12, escalating 0.0416/year",
                    CostComponent.STAFF,
                        "contracted 0.043 MW x USD 16114/MW-year (facility staff are in the rent), escalating 0.0416/year",
                    CostComponent.INSURANCE,
                        "insured (market) value at the start of each year x 0.005/year: capital USD 1,474,563 in year 1, hardware falling 31.9 %/year")));
    assertThat(r.accounting().lines())
        .extracting(l -> l.inputs().size())
        .containsExactly(2, 2, 3, 2, 2, 2, 5, 2, 2, 2);
    assertThat(r.billOfMaterials())
        .extracting(
            b ->
                b.component()
                    + "|"
                    + b.item()
                    + "|"
                    + b.quantity()
                    + " "
                    + b.quantityUnit()
                    + "|"
                    + b.unitPrice().amount()
                    + "|"
                    + b.priceAsOf().orElse("-"))
        .containsExactly(
            "SERVERS|hgx-h100|4.0 units|300000.0|2025-01",
            "NETWORK|quantum-2-qm9700|1.0 units|36000.0|2025-01",
            "OPTICS_CABLES|osfp-400g-sr4|32.0 units|700.0|2025-01",
            "OPTICS_CABLES|osfp-800g-2xsr4|16.0 units|1000.0|2025-01",
            "STORAGE|storage_usd_per_tb|460.8 TB|282.0|-",
            "INSTALLATION|installation_fraction_of_capex|1.0 lot|42130.368|-",
            "SPARES|spares_fraction_of_capex|1.0 lot|70217.28000000001|-");
    assertThat(r.billOfMaterials().get(1).description())
        .isEqualTo("NVIDIA Quantum-2 QM9700 NDR InfiniBand switch (scale-out leaf)");
    assertThat(r.billOfMaterials().get(2).description())
        .endsWith("(scale-out server links, first end)");
    assertThat(r.billOfMaterials().get(3).description())
        .endsWith("(scale-out server links, second end)");
    assertThat(r.billOfMaterials().get(5).description())
        .isEqualTo("installation (0.03 x hardware CapEx)");
  }

  /** The same cluster on a 5-year loan at 11 %: interest by hand, and the same headline. */
  @Test
  void test_workedExample_onDebt() {
    ClusterResult cash = CostEngine.create().evaluate(cluster(), FinancialTerms.of(3, 0.8));
    ClusterResult r = CostEngine.create().evaluate(cluster(), FinancialTerms.debt(3, 0.8, 0.11, 5));
    assertThat(r.costPerGpuHour()).isEqualTo(cash.costPerGpuHour());
    CostLine interest =
        r.accounting().lines().stream()
            .filter(l -> l.component() == CostComponent.FINANCING)
            .findFirst()
            .orElseThrow();
    double loan = 1_516_693.248;
    double payment = loan * 0.11 * Math.pow(1.11, 5) / (Math.pow(1.11, 5) - 1);
    double y1 = loan * 0.11;
    double y2 = (loan + y1 - payment) * 0.11;
    double y3 = (loan + y1 - payment + y2 - payment) * 0.11;
    close(interest.byYear().get(0).amount(), y1);
    close(interest.byYear().get(1).amount(), y2);
    close(interest.byYear().get(2).amount(), y3);
    close(r.accounting().tco().amount(), 1_079_831.1238308751 + y1 + y2 + y3);
    assertThat(interest.formula())
        .isEqualTo(
            "loan of USD 1,516,693 at 0.11/year over 5 years, equal instalments of USD 410,372; interest paid within "
                + "the horizon (accounting basis only: the economic basis discounts at the WACC instead)");
    assertThat(r.basis().accounting()).contains("debt at 11.0 %/year over 5 years");
  }

  /**
   * The same cluster in a building it owns: the build cost by hand, its book line and the value it
   * keeps.
   */
  @Test
  void test_workedExample_owned() {
    Cluster owned =
        Fixtures.copy(cluster()).withSite(Site.of(Regions.get("us-texas"), Facility.OWNED));
    ClusterResult r = CostEngine.create().evaluate(owned, FinancialTerms.of(3, 0.8));
    double build = 0.04308876 * 9_300_000;
    close(r.capex().get(CostComponent.FACILITY).amount(), build);
    close(r.economic().residualValue().amount(), 465_698.2786941343 + build * (1 - 3 / 15.0));
    CostLine facility =
        r.accounting().lines().stream()
            .filter(l -> l.component() == CostComponent.FACILITY)
            .findFirst()
            .orElseThrow();
    close(facility.byYear().get(0).amount(), build / 15);
    assertThat(facility.formula())
        .isEqualTo(
            "CapEx USD 400,725 depreciated straight-line over 15 years to zero; charged in years 1-3; market value "
                + "after 3 years USD 320,580");
    assertThat(r.accounting().lines()).noneMatch(l -> l.component() == CostComponent.COLOCATION);
    assertThat(r.basis().headline())
        .contains(
            ", building straight-line over 15 years; site us-texas owned (electricity USD 0.066/kWh, PUE 1.3, "
                + "build USD 9,300,000/MW)");
  }
}
