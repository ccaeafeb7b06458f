package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.catalog.Precision;
import dev.flopex.core.money.Money;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.internal.ClusterCalculator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CostEngineTest {
  private final CostEngine engine = CostEngine.create();

  @Test
  void test_evaluate_h100Cluster_capacityChain() {
    ClusterResult r = engine.evaluate(Fixtures.h100Cluster(2560), FinancialTerms.of(5, 0.8));
    CapacityPlan p = r.capacity();
    assertThat(p.gpus()).isEqualTo(20_480);
    // 20,480 NDR endpoints on radix-64 switches: above 2,048, so three tiers
    FatTree t = p.networks().get(0);
    assertThat(t.tiers()).isEqualTo(3);
    assertThat(t.leaves()).isEqualTo(640); // 20,480 / 32
    assertThat(t.spines()).isEqualTo(640);
    assertThat(t.cores()).isEqualTo(320);
    // 10.2 kW, 8U DGX H100 in 120 kW racks (neocloud): power allows 11, 42U allows 5
    assertThat(p.serversPerRack()).isEqualTo(5);
    assertThat(p.racks()).isEqualTo(512);
    assertThat(p.contractedItPower().in(PowerUnit.MEGAWATTS)).isGreaterThan(2560 * 10.2 / 1000);
    assertThat(
            p.peakCompute()
                .get(Precision.BF16)
                .in(dev.flopex.core.units.ComputeRateUnit.EXAFLOP_PER_SECOND))
        .isCloseTo(20_480 * 989.5e12 / 1e18, within(1e-9));
  }

  @Test
  void test_evaluate_linesAddUpToTotal() {
    ClusterResult r = engine.evaluate(Fixtures.h100Cluster(2560), FinancialTerms.of(5, 0.8));
    AccountingCost a = r.accounting();
    double sum = a.lines().stream().mapToDouble(l -> l.amount().amount()).sum();
    assertThat(sum).isCloseTo(a.tco().amount(), within(1e-9 * a.tco().amount()));
    double byYear = a.tcoByYear().stream().mapToDouble(Money::amount).sum();
    assertThat(byYear).isCloseTo(a.tco().amount(), within(1e-9 * a.tco().amount()));
    double bom = r.billOfMaterials().stream().mapToDouble(l -> l.extended().amount()).sum();
    assertThat(bom).isCloseTo(r.capexTotal().amount(), within(1e-9 * bom));
    assertThat(a.costPerGpuHour().amount() * 20_480 * 8760 * 5 * 0.8)
        .isCloseTo(a.tco().amount(), within(1e-6 * a.tco().amount()));
  }

  @Test
  void test_evaluate_economicHeadlineIdentities() {
    ClusterResult r = engine.evaluate(Fixtures.h100Cluster(2560), FinancialTerms.of(5, 0.8));
    EconomicCost e = r.economic();
    double wacc = e.wacc();
    double annuity = dev.flopex.core.finance.TimeValue.annuityFactor(wacc, 5);
    double pvHours = 20_480 * 8760 * 0.8 * annuity;
    assertThat(e.costPerGpuHour().amount() * pvHours)
        .isCloseTo(
            e.presentValueOfCosts().amount(), within(1e-6 * e.presentValueOfCosts().amount()));
    assertThat(e.levelAnnualCost().amount() * annuity)
        .isCloseTo(
            e.presentValueOfCosts().amount(), within(1e-6 * e.presentValueOfCosts().amount()));
    assertThat(e.totalOverHorizon().amount())
        .isCloseTo(e.levelAnnualCost().amount() * 5, within(1e-6 * e.totalOverHorizon().amount()));
    double parts = e.costPerGpuHourByComponent().values().stream().mapToDouble(Money::amount).sum();
    assertThat(parts).isCloseTo(e.costPerGpuHour().amount(), within(1e-9 * parts));
    assertThat(r.costPerGpuHour()).isEqualTo(e.costPerGpuHour());
    // neocloud WACC: 0.67 x 11.48 % + 0.33 x 10 % x (1 - 0.21)
    assertThat(wacc).isCloseTo(0.67 * 0.1148 + 0.33 * 0.10 * 0.79, within(1e-12));
    // hopper resale curve: servers keep (1 - 0.319)^5 of their price
    assertThat(e.residualValue().amount())
        .isGreaterThan(
            r.capex().get(CostComponent.SERVERS).amount() * Math.pow(1 - 0.319, 5) * 0.999);
    assertThat(e.goodput().fraction()).isBetween(0.8, 1.0);
  }

  @Test
  void test_evaluate_cashAndDebtGiveTheSameHeadline() {
    FinancialTerms cash = FinancialTerms.of(3, 0.8);
    FinancialTerms debt = FinancialTerms.debt(3, 0.8, 0.11, 3);
    ClusterResult a = engine.evaluate(Fixtures.h100Cluster(512), cash);
    ClusterResult b = engine.evaluate(Fixtures.h100Cluster(512), debt);
    assertThat(b.costPerGpuHour()).isEqualTo(a.costPerGpuHour());
    assertThat(b.economic().presentValueOfCosts()).isEqualTo(a.economic().presentValueOfCosts());
    assertThat(b.accounting().lines()).anyMatch(l -> l.component() == CostComponent.FINANCING);
    assertThat(b.accounting().tco()).isGreaterThan(a.accounting().tco());
    assertThat(a.basis().headline()).isEqualTo(b.basis().headline());
    assertThat(b.basis().accounting()).contains("debt at 11.0 %/year over 3 years");
  }

  @Test
  void test_evaluate_shortHorizonExplainsTheValueKept() {
    // 3 years of a 6-year book life: half the CapEx is still on the books, so the book TCO is below
    // CapEx
    ClusterResult r = engine.evaluate(Fixtures.h100Cluster(512), FinancialTerms.of(3, 0.8));
    assertThat(r.accounting().tco()).isLessThan(r.capexTotal());
    assertThat(r.accounting().bookValueAtHorizon().amount())
        .isCloseTo(r.capexTotal().amount() / 2, within(1e-6 * r.capexTotal().amount()));
    assertThat(r.basis().accounting())
        .contains("book value kept after 3 years")
        .contains("(50.0 % of CapEx)")
        .contains("which is why the book TCO is below CapEx");
    assertThat(r.basis().headline())
        .startsWith("economic: costs discounted at WACC 10.3 %/year (neocloud:")
        .contains(
            "hardware credited at its market value after 3 years, 31.6 % of its price (31.9 %/year, hopper curve)")
        .contains("site us-virginia colocation-wholesale");
  }

  @Test
  void test_evaluate_serverLineUsesThePriceTimeline() {
    ClusterResult r = engine.evaluate(Fixtures.h100Cluster(10), FinancialTerms.of(5, 0.8));
    BomLine servers = r.billOfMaterials().get(0);
    assertThat(servers.item()).isEqualTo("hgx-h100");
    // bought 2024-09-01, one month after the 2024-08 street price: that price declined at hopper's
    // 5.3 %/year
    double years =
        java.time.temporal.ChronoUnit.DAYS.between(
                LocalDate.of(2024, 8, 1), LocalDate.of(2024, 9, 1))
            / 365.25;
    assertThat(servers.unitPrice().amount())
        .isCloseTo(317_000 * Math.pow(1 - 0.053, years), within(1e-6));
    assertThat(servers.priceAsOf()).contains("2024-09-01");
  }

  @Test
  void test_evaluate_opticsPricedFarFromTheirDateAreWarned() {
    ClusterResult r = engine.evaluate(Fixtures.h100Cluster(10), FinancialTerms.of(5, 0.8));
    assertThat(Warning.messages(r.warnings()))
        .anyMatch(
            w -> w.startsWith("osfp-400g-sr4 is priced 2 years from its nearest dated price"));
  }

  @Test
  void test_serversFor_gpuCounts() {
    var sys = Fixtures.CATALOG.system("hgx-h100");
    assertThat(Cluster.serversFor(sys, 20_480, Cluster.Rounding.EXACT)).isEqualTo(2560);
    assertThatThrownBy(() -> Cluster.serversFor(sys, 1001, Cluster.Rounding.EXACT))
        .hasMessage(
            "gpus must be a multiple of 8 GPUs per system (hgx-h100); use 1000 or 1008, or round UP or DOWN explicitly but was 1001");
    assertThat(Cluster.serversFor(sys, 1001, Cluster.Rounding.UP)).isEqualTo(126);
    assertThat(Cluster.serversFor(sys, 1001, Cluster.Rounding.DOWN)).isEqualTo(125);
    assertThatThrownBy(() -> Cluster.serversFor(sys, -3, Cluster.Rounding.EXACT))
        .hasMessage("gpus must be > 0 but was -3");
    // fewer GPUs than one system: the only whole count to suggest is one system's worth (issue 10:
    // it said "use 0 or 8")
    assertThatThrownBy(() -> Cluster.serversFor(sys, 1, Cluster.Rounding.EXACT))
        .hasMessage(
            "gpus must be a multiple of 8 GPUs per system (hgx-h100); use 8, or round UP or DOWN explicitly but was 1");
  }

  @Test
  void test_serversForPower() {
    Cluster template = Fixtures.h100Cluster(1);
    long n = engine.serversForPower(template, 10.0);
    ClusterResult fits = engine.evaluate(template.withServerCount(n), FinancialTerms.of(1, 1));
    ClusterResult over = engine.evaluate(template.withServerCount(n + 1), FinancialTerms.of(1, 1));
    assertThat(fits.capacity().contractedItPower().in(PowerUnit.MEGAWATTS))
        .isLessThanOrEqualTo(10.0);
    assertThat(over.capacity().contractedItPower().in(PowerUnit.MEGAWATTS)).isGreaterThan(10.0);
    assertThatThrownBy(() -> engine.serversForPower(template, 0.001))
        .hasMessageStartingWith("criticalItMw must hold at least one hgx-h100");
  }

  @Test
  void test_evaluate_tenMillionGpusNoOverflow() {
    // 1.25M servers = 10M GPUs: beyond a 3-tier radix-64 fat tree, so the network is refused
    // clearly
    assertThatThrownBy(
            () -> engine.evaluate(Fixtures.h100Cluster(1_250_000), FinancialTerms.of(5, 0.8)))
        .hasMessageStartingWith("endpoints must be <= 65536");
  }

  @Test
  void test_terms_badInput() {
    assertThatThrownBy(() -> FinancialTerms.of(5, 1.2))
        .hasMessage("utilisation must be in (0, 1] but was 1.2");
    // a denormal utilisation (the hostile-input gate's 4.9e-324) made the cost per GPU-hour
    // Infinity
    assertThatThrownBy(() -> FinancialTerms.of(5, 4.9e-324))
        .hasMessage("utilisation must be >= 0.001 but was 4.9E-324");
    assertThat(FinancialTerms.of(5, 0.001).utilisation()).isEqualTo(0.001);
    assertThatThrownBy(() -> FinancialTerms.of(0, 0.5))
        .hasMessage("horizon_years must be > 0 but was 0");
    assertThatThrownBy(() -> FinancialTerms.debt(5, 0.8, 11, 5))
        .hasMessage(
            "debt_rate must be in (0, 1) /year (a fraction: did you mean 0.11?) but was 11 /year");
    assertThatThrownBy(
            () ->
                FinancialTerms.builder()
                    .horizonYears(5)
                    .utilisation(0.8)
                    .financing(Financing.DEBT)
                    .debtTenorYears(5)
                    .build())
        .hasMessage(
            "debt_rate is required with debt financing (interest per year, a fraction: 0.11 is 11 %) but was missing");
    assertThatThrownBy(
            () -> FinancialTerms.builder().horizonYears(5).utilisation(0.8).debtRate(0.1).build())
        .hasMessage(
            "debt_rate must not be given with cash financing (use financing: debt) but was 0.1");
    assertThatThrownBy(
            () ->
                Fixtures.h100Cluster(1)
                    .assumptions()
                    .with(AssumptionKey.PUE, 0.9, ClusterCalculator.userInput("test")))
        .hasMessage("pue must be in [1, 10] but was 0.9");
    assertThatThrownBy(
            () ->
                Fixtures.h100Cluster(1)
                    .assumptions()
                    .with(AssumptionKey.COST_OF_EQUITY, 12, ClusterCalculator.userInput("test")))
        .hasMessage(
            "cost_of_equity must be in (0, 1) /year (a fraction: did you mean 0.12?) but was 12 /year");
    assertThatThrownBy(() -> AssumptionKey.fromKey("cost_of_capital"))
        .hasMessageStartingWith("assumption cost_of_capital was replaced by the WACC's parts");
  }

  @Test
  void test_evaluate_ownedFacilityAddsBuildOut() {
    ClusterResult r =
        engine.evaluate(
            Fixtures.copy(Fixtures.h100Cluster(100))
                .withSite(Site.of(Regions.get("us-texas"), Facility.OWNED)),
            FinancialTerms.of(5, 0.8));
    assertThat(r.capex()).containsKey(CostComponent.FACILITY);
    assertThat(r.accounting().lines()).noneMatch(l -> l.component() == CostComponent.COLOCATION);
    assertThat(r.assumption(AssumptionKey.FACILITY_BUILD_USD_PER_MW)).isEqualTo(9_300_000);
    assertThat(r.basis().headline())
        .contains("site us-texas owned")
        .contains("build USD 9,300,000/MW")
        .contains("building straight-line over 15 years");
  }

  @Test
  void test_site_everyClusterPaysForItsBuilding() {
    // China has no sourced wholesale rent: refused, naming the input and the fix
    assertThatThrownBy(
            () ->
                Fixtures.copy(Fixtures.h100Cluster(10))
                    .withSite(Site.of(Regions.get("china"), Facility.COLOCATION_WHOLESALE)))
        .hasMessageStartingWith(
            "colocation_usd_per_kw_month must be known for region china (it has no sourced colocation_wholesale_usd_per_kw_month")
        .hasMessageContaining(
            "give colocation_usd_per_kw_month as an assumption override or choose another facility");
    // a rent set to zero is refused too
    Cluster c = Fixtures.h100Cluster(10);
    AssumptionSet free =
        c.assumptions()
            .with(
                AssumptionKey.COLOCATION_USD_PER_KW_MONTH, 0, ClusterCalculator.userInput("test"));
    assertThatThrownBy(() -> Fixtures.copy(c).withAssumptions(free))
        .hasMessageStartingWith(
            "colocation_usd_per_kw_month must be > 0 at a colocation-wholesale site")
        .hasMessageContaining("every cluster pays for its building");
    assertThatThrownBy(() -> Regions.get("us-virgina"))
        .hasMessageContaining("did you mean us-virginia?")
        .hasMessageEndingWith("but was 'us-virgina'");
  }

  @Test
  void test_evaluate_fractionalLifeIsNotRounded() {
    Cluster c = Fixtures.h100Cluster(10);
    AssumptionSet meta =
        c.assumptions()
            .with(
                AssumptionKey.SERVER_USEFUL_LIFE_YEARS,
                5.5,
                ClusterCalculator.userInput("Meta 2025: 5.5 years"));
    ClusterResult r =
        engine.evaluate(Fixtures.copy(c).withAssumptions(meta), FinancialTerms.of(6, 0.8));
    CostLine servers =
        r.accounting().lines().stream()
            .filter(l -> l.component() == CostComponent.SERVERS)
            .findFirst()
            .orElseThrow();
    double capex = r.capex().get(CostComponent.SERVERS).amount();
    assertThat(servers.byYear().get(0).amount()).isCloseTo(capex / 5.5, within(1e-6));
    assertThat(servers.byYear().get(5).amount()).isCloseTo(capex / 11, within(1e-6)); // half a year
    assertThat(servers.formula()).contains("over 5.5 years");
  }

  @Test
  void test_evaluate_powerFollowsUtilisation() {
    ClusterResult busy = engine.evaluate(Fixtures.h100Cluster(10), FinancialTerms.of(5, 1.0));
    ClusterResult half = engine.evaluate(Fixtures.h100Cluster(10), FinancialTerms.of(5, 0.5));
    double tdpKw = 80 * 0.7;
    assertThat(busy.capacity().gpuPower().in(PowerUnit.KILOWATTS))
        .isCloseTo(tdpKw * 0.76, within(1e-9));
    assertThat(half.capacity().gpuPower().in(PowerUnit.KILOWATTS))
        .isCloseTo(tdpKw * (0.114 + (0.76 - 0.114) * 0.5), within(1e-9));
    assertThat(busy.capacity().storagePower().in(PowerUnit.KILOWATTS))
        .isCloseTo(80 * 14.4 * 2.2 / 1000, within(1e-9));
  }

  @Test
  void test_costPerEffectivePflopHour() {
    ClusterResult r = engine.evaluate(Fixtures.h100Cluster(100), FinancialTerms.of(5, 0.8));
    Money perPflop = r.costPerEffectivePflopHour(Precision.BF16, 0.4);
    assertThat(perPflop.amount())
        .isCloseTo(r.costPerGpuHour().amount() / (0.9895 * 0.4), within(1e-9));
    assertThatThrownBy(() -> r.costPerEffectivePflopHour(Precision.FP4, 0.4))
        .hasMessage("precision must have a dense figure for h100-sxm5 but was fp4");
  }

  @Test
  void test_purchaseBeforeAnyPrice() {
    // after the H100's launch (2022-09-20) but long before the first dated switch price (2024-08)
    Cluster early =
        Fixtures.copy(Fixtures.h100Cluster(1)).withPurchaseDate(LocalDate.of(2022, 10, 1));
    ClusterResult r = engine.evaluate(early, FinancialTerms.of(5, 0.8));
    assertThat(Warning.messages(r.warnings()))
        .contains(
            "quantum-2-qm9700 is priced 1.8 years from its nearest dated price: USD 36000 (2024-08, estimate), the first dated price, 1.8 years after the purchase");
  }

  @Test
  void test_purchaseDate_withinItsWindow_andNotBeforeLaunch() {
    // issue 10: a purchase before the accelerator existed, or in year -2024, was accepted
    assertThatThrownBy(
            () ->
                Fixtures.copy(Fixtures.h100Cluster(1)).withPurchaseDate(LocalDate.of(2022, 9, 19)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "purchase_date must not be before h100-sxm5 launched (2022-09-20, catalog) but was 2022-09-19");
    assertThat(
            Fixtures.copy(Fixtures.h100Cluster(1))
                .withPurchaseDate(LocalDate.of(2022, 9, 20))
                .purchaseDate())
        .isEqualTo("2022-09-20");
    assertThatThrownBy(
            () ->
                Fixtures.copy(Fixtures.h100Cluster(1)).withPurchaseDate(LocalDate.of(-2024, 1, 1)))
        .hasMessage("purchase_date must be in [2000-01-01, 2100-12-31] but was -2024-01-01");
    assertThatThrownBy(
            () -> Fixtures.copy(Fixtures.h100Cluster(1)).withPurchaseDate(LocalDate.of(2101, 1, 1)))
        .hasMessage("purchase_date must be in [2000-01-01, 2100-12-31] but was 2101-01-01");
  }
}
