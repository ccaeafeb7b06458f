package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.core.units.PowerUnit;
import dev.flopex.costing.internal.ClusterCalculator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The compiled kernel's input rules at their edges, and the system kinds and sites that take other
 * branches.
 */
class KernelRulesTest {
  private static final CostEngine ENGINE = CostEngine.create();

  private static CompiledCluster compile(Cluster c, FinancialTerms t) {
    return ENGINE.compile(c, t);
  }

  private static void evaluate(CompiledCluster k, String path, double value) {
    double[] p = k.defaults();
    p[k.slot(path)] = value;
    k.evaluate(p, k.newEvaluation());
  }

  @Test
  void test_parameterRulesAtTheirEdges() {
    CompiledCluster cash = compile(Fixtures.h100Cluster(8), FinancialTerms.of(5, 0.8));
    evaluate(cash, "servers", 1);
    assertThatThrownBy(() -> evaluate(cash, "servers", 0))
        .hasMessage("servers must be a whole number in [1, 1000000000000] but was 0");
    assertThatThrownBy(() -> evaluate(cash, "servers", 1e12 + 1))
        .hasMessageStartingWith("servers must be a whole number");
    evaluate(cash, "terms.horizon_years", 1);
    evaluate(cash, "terms.horizon_years", 50);
    assertThatThrownBy(() -> evaluate(cash, "terms.horizon_years", 0))
        .hasMessage("horizon_years must be a whole number in [1, 50] but was 0");
    assertThatThrownBy(() -> evaluate(cash, "terms.horizon_years", 51))
        .hasMessage("horizon_years must be a whole number in [1, 50] but was 51");
    assertThatThrownBy(() -> evaluate(cash, "terms.horizon_years", 2.5))
        .hasMessageStartingWith("horizon_years must be a whole number");
    evaluate(cash, "terms.debt_rate", 5); // unused with cash, so not checked
    assertThatThrownBy(() -> evaluate(cash, "terms.debt_tenor_years", 0))
        .hasMessage("debt_tenor_years must be a whole number in [1, 50] but was 0");
    assertThatThrownBy(() -> evaluate(cash, "terms.debt_tenor_years", 51))
        .hasMessage("debt_tenor_years must be a whole number in [1, 50] but was 51");
    evaluate(cash, "terms.debt_tenor_years", 50);
    assertThatThrownBy(() -> evaluate(cash, "terms.utilisation", 0))
        .hasMessage("utilisation must be in (0, 1] but was 0");
    assertThatThrownBy(() -> evaluate(cash, "assumptions.busy_power_fraction", 0.1))
        .hasMessage("busy_power_fraction must be >= idle_power_fraction (0.114) but was 0.1");
    evaluate(cash, "assumptions.busy_power_fraction", 0.114);
    assertThatThrownBy(() -> evaluate(cash, "assumptions.colocation_usd_per_kw_month", 0))
        .hasMessage(
            "colocation_usd_per_kw_month must be > 0 at a rented site: every cluster pays for its building but was 0 USD/kW-month");
    evaluate(cash, "assumptions.facility_build_usd_per_mw", 0); // not used at a rented site
    assertThatThrownBy(() -> evaluate(cash, "prices.hgx-h100", -1))
        .hasMessage("prices.hgx-h100 must be >= 0 USD but was -1 USD");
    evaluate(cash, "prices.hgx-h100", 0);
    double[] p = cash.defaults();
    p[cash.slot("assumptions.equity_share")] = 0;
    p[cash.slot("assumptions.cost_of_debt")] = 0;
    assertThatThrownBy(() -> cash.evaluate(p, cash.newEvaluation()))
        .hasMessageStartingWith("wacc must be in (0, 1) /year");
    assertThatThrownBy(() -> cash.evaluate(new double[3], cash.newEvaluation()))
        .hasMessageStartingWith("parameters.length must be");
    assertThatThrownBy(() -> cash.slot("assumptions.pew"))
        .hasMessageContaining("did you mean assumptions.pue");

    CompiledCluster loan = compile(Fixtures.h100Cluster(8), FinancialTerms.debt(5, 0.8, 0.1, 3));
    assertThatThrownBy(() -> evaluate(loan, "terms.debt_rate", 11))
        .hasMessageContaining("did you mean 0.11?");
    assertThatThrownBy(() -> evaluate(loan, "terms.debt_rate", 0))
        .hasMessageStartingWith("debt_rate must be in (0, 1)");
    CompiledCluster owned =
        compile(
            Fixtures.copy(Fixtures.h100Cluster(8))
                .withSite(Site.of(Regions.get("us-texas"), Facility.OWNED)),
            FinancialTerms.of(5, 0.8));
    assertThatThrownBy(() -> evaluate(owned, "assumptions.facility_build_usd_per_mw", 0))
        .hasMessage(
            "facility_build_usd_per_mw must be > 0 at an owned site: every cluster pays for its building but was 0 USD/MW");
    evaluate(owned, "assumptions.colocation_usd_per_kw_month", 0);
  }

  @Test
  void test_evaluation_accessorsMatchTheResult() {
    CompiledCluster k = compile(Fixtures.h100Cluster(64), FinancialTerms.debt(4, 0.9, 0.08, 6));
    CompiledCluster.Evaluation e = k.newEvaluation();
    double[] p = k.defaults();
    k.evaluate(p, e);
    ClusterResult r = k.result(p, e);
    assertThat(e.costPerUsefulGpuHour()).isEqualTo(r.economic().costPerUsefulGpuHour().amount());
    assertThat(e.accountingTco()).isEqualTo(r.accounting().tco().amount());
    assertThat(e.capex()).isEqualTo(r.capexTotal().amount());
    assertThat(e.opexYear1()).isEqualTo(r.opexYear1().amount());
    assertThat(e.gpus()).isEqualTo(512);
    assertThat(e.contractedItKw())
        .isEqualTo(r.capacity().contractedItPower().in(PowerUnit.KILOWATTS));
    assertThat(k.inputs())
        .contains(
            "servers",
            "terms.debt_rate",
            "assumptions.pue",
            "prices.hgx-h100",
            "prices.osfp-400g-sr4");
    // a scenario value carries a user-input provenance; an unchanged one keeps its source
    p[k.slot("assumptions.pue")] = 1.5;
    p[k.slot("terms.horizon_years")] = 6;
    k.evaluate(p, e);
    ClusterResult changed = k.result(p, e);
    assertThat(changed.assumptions().get(AssumptionKey.PUE).provenance().source().id())
        .isEqualTo("user-input");
    assertThat(
            changed
                .assumptions()
                .get(AssumptionKey.ELECTRICITY_USD_PER_KWH)
                .provenance()
                .source()
                .id())
        .isNotEqualTo("user-input");
    assertThat(changed.terms().horizonYears()).isEqualTo(6);
    assertThat(changed.terms().debtRate()).hasValue(0.08);
    assertThat(changed.accounting().tcoByYear()).hasSize(6);
  }

  @Test
  void test_rackScaleSystem_oneRackEach() {
    Cluster gb =
        Cluster.builder()
            .name("gb")
            .system(Fixtures.CATALOG.system("gb200-nvl72"))
            .servers(3)
            .addNetworks(Fixtures.infiniband())
            .site(Site.of(Regions.get("us-texas"), Facility.OWNED))
            .purchaseDate(LocalDate.of(2025, 9, 1))
            .assumptions(AssumptionSets.get("hyperscaler"))
            .build();
    ClusterResult r = ENGINE.evaluate(gb, FinancialTerms.of(4, 1.0));
    assertThat(r.capacity().racks()).isEqualTo(3);
    assertThat(r.capacity().serversPerRack()).isEqualTo(1);
    assertThat(r.capacity().gpus()).isEqualTo(216);
    assertThat(r.capacity().servers()).isEqualTo(3);
  }

  @Test
  void test_systemWithoutMaxPower_usesTheOverheadFraction() {
    Cluster amd =
        Cluster.builder()
            .name("amd")
            .system(Fixtures.CATALOG.system("mi300x-platform"))
            .servers(2)
            .addNetworks(Fixtures.infiniband())
            .site(Site.of(Regions.get("us-virginia"), Facility.COLOCATION_WHOLESALE))
            .purchaseDate(LocalDate.of(2025, 1, 1))
            .assumptions(AssumptionSets.get("neocloud"))
            .putPriceOverrides("mi300x-platform", CostingGenerators.serverPrice(250_000))
            .build();
    assertThatThrownBy(
            () ->
                ENGINE.evaluate(
                    Fixtures.copy(amd).withPriceOverrides(java.util.Map.of()),
                    FinancialTerms.of(3, 1.0)))
        .hasMessageStartingWith(
            "mi300x-platform.price must be in the catalog as a new-purchase price");
    ClusterResult r = ENGINE.evaluate(amd, FinancialTerms.of(3, 1.0));
    double gpuMaxKw = 16 * 0.75;
    double load = 0.76;
    assertThat(r.capacity().serverOverheadPower().in(PowerUnit.KILOWATTS))
        .isCloseTo(gpuMaxKw * 0.821 * load, within(1e-9));
    assertThat(Warning.messages(r.warnings()))
        .contains(
            "mi300x-platform has no max power figure: non-GPU power = server_overhead_fraction x GPU power");
  }

  @Test
  void test_warrantyCoversPartOfAYear() {
    Cluster c = Fixtures.h100Cluster(8);
    AssumptionSet half =
        c.assumptions()
            .with(AssumptionKey.WARRANTY_YEARS, 2.5, ClusterCalculator.userInput("test"));
    ClusterResult r =
        ENGINE.evaluate(Fixtures.copy(c).withAssumptions(half), FinancialTerms.of(4, 0.8));
    CostLine m =
        r.accounting().lines().stream()
            .filter(l -> l.component() == CostComponent.MAINTENANCE)
            .findFirst()
            .orElseThrow();
    double hardware =
        r.capex().get(CostComponent.SERVERS).amount()
            + r.capex().get(CostComponent.NETWORK).amount()
            + r.capex().get(CostComponent.OPTICS_CABLES).amount()
            + r.capex().get(CostComponent.STORAGE).amount();
    assertThat(m.byYear().get(0).amount()).isEqualTo(0);
    assertThat(m.byYear().get(1).amount()).isEqualTo(0);
    assertThat(m.byYear().get(2).amount())
        .isCloseTo(hardware * 0.04 * 0.5 * Math.pow(1.0416, 2), within(1e-6));
    assertThat(m.byYear().get(3).amount())
        .isCloseTo(hardware * 0.04 * Math.pow(1.0416, 3), within(1e-6));
    assertThat(m.formula()).contains("after the 2.5-year warranty");
  }

  @Test
  void test_goodput_noProgressRefusedAndNoInterruptions() {
    Cluster c = Fixtures.h100Cluster(2048);
    var user = ClusterCalculator.userInput("test");
    Cluster bad =
        Fixtures.copy(c)
            .withAssumptions(c.assumptions().with(AssumptionKey.RESTART_MINUTES, 600, user));
    assertThatThrownBy(() -> ENGINE.evaluate(bad, FinancialTerms.of(3, 0.8)))
        .hasMessageStartingWith(
            "goodput must be in (0, 1]: a job on 16384 GPUs interrupted 0.32 times an hour with 0.1667-minute checkpoints"
                + " and 600-minute restarts makes no progress");
    Cluster none =
        Fixtures.copy(c)
            .withAssumptions(
                c.assumptions()
                    .with(AssumptionKey.INTERRUPTIONS_PER_MILLION_GPU_HOURS, 0, user)
                    .with(AssumptionKey.HOT_SPARE_FRACTION, 0.05, user));
    Goodput g = ENGINE.evaluate(none, FinancialTerms.of(3, 0.8)).economic().goodput();
    assertThat(g.fraction()).isEqualTo(0.95);
    assertThat(g.checkpointIntervalHours()).isEqualTo(0);
    assertThat(g.jobInterruptionsPerHour()).isEqualTo(0);
    assertThat(g.jobGpus()).isEqualTo(16_384 * 0.95);
    Cluster capped =
        Fixtures.copy(c)
            .withAssumptions(c.assumptions().with(AssumptionKey.MAX_JOB_GPUS, 1024, user));
    Goodput small = ENGINE.evaluate(capped, FinancialTerms.of(3, 0.8)).economic().goodput();
    double lambda = 19.73e-6 * 1024;
    assertThat(small.fraction())
        .isCloseTo(1 - Math.sqrt(2 * 0.1667 / 60 * lambda) - lambda * 0.25, within(1e-12));
    assertThat(small.checkpointIntervalHours())
        .isCloseTo(Math.sqrt(2 * 0.1667 / 60 / lambda), within(1e-12));
  }

  @Test
  void test_insuranceFollowsTheMarketValue() {
    ClusterResult r = ENGINE.evaluate(Fixtures.h100Cluster(8), FinancialTerms.of(3, 0.8));
    CostLine ins =
        r.accounting().lines().stream()
            .filter(l -> l.component() == CostComponent.INSURANCE)
            .findFirst()
            .orElseThrow();
    assertThat(ins.byYear().get(1).amount() / ins.byYear().get(0).amount())
        .isCloseTo(1 - 0.319, within(1e-12));
    assertThat(ins.byYear().get(2).amount() / ins.byYear().get(1).amount())
        .isCloseTo(1 - 0.319, within(1e-12));
  }
}
