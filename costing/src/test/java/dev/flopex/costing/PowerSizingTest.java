package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.core.units.PowerUnit;
import dev.flopex.costing.internal.PowerPlanner;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Power-first sizing: utility vs critical IT budgets, phased builds and their bad input
 * (docs/model.md §1).
 */
class PowerSizingTest {
  private static final CostEngine ENGINE = CostEngine.create();
  private static final FinancialTerms PROBE = FinancialTerms.of(1, 1);

  /** GB200 NVL72 racks, hyperscaler assumptions (PUE 1.1), an owned building in Texas. */
  static Cluster gb200(LocalDate bought) {
    return Cluster.builder()
        .name("campus")
        .system(Fixtures.CATALOG.system("gb200-nvl72"))
        .servers(1)
        .addNetworks(Fixtures.infiniband())
        .site(Site.of(Regions.get("us-texas"), Facility.OWNED))
        .purchaseDate(bought)
        .assumptions(AssumptionSets.get("hyperscaler"))
        .build();
  }

  private static double contractedMw(Cluster c) {
    return ENGINE.evaluate(c, PROBE).capacity().contractedItPower().in(PowerUnit.MEGAWATTS);
  }

  @Test
  void test_utilityBudget_countsContractedPowerTimesPue() {
    Cluster template = Fixtures.h100Cluster(1);
    PowerSizing s = ENGINE.sizeForPower(template, PowerBudget.utility(10));
    double pue = s.pue().value();
    assertThat(pue).as("neocloud set's PUE").isEqualTo(1.3);
    assertThat(s.pue().provenance().source().id()).isNotBlank();
    assertThat(s.budget().basis()).isEqualTo(PowerBasis.UTILITY);
    assertThat(s.criticalItMwAvailable()).isCloseTo(10 / 1.3, within(1e-12));
    // the most that fit: n fits at the meter, n + 1 does not
    long n = s.servers();
    assertThat(contractedMw(template.withServerCount(n)) * pue).isLessThanOrEqualTo(10);
    assertThat(contractedMw(template.withServerCount(n + 1)) * pue).isGreaterThan(10);
    assertThat(s.contractedItMw()).isEqualTo(contractedMw(s.cluster()));
    assertThat(s.utilityMwUsed()).isCloseTo(s.contractedItMw() * 1.3, within(1e-12));
    assertThat(s.usedMw()).isEqualTo(s.utilityMwUsed());
    assertThat(s.headroomMw()).isCloseTo(10 - s.utilityMwUsed(), within(1e-12)).isNotNegative();
  }

  @Test
  void test_criticalItBudget_ignoresPueAndMatchesServersForPower() {
    Cluster template = Fixtures.h100Cluster(1);
    PowerSizing it = ENGINE.sizeForPower(template, PowerBudget.criticalIt(10));
    assertThat(it.servers()).isEqualTo(ENGINE.serversForPower(template, 10));
    assertThat(it.criticalItMwAvailable()).isEqualTo(10);
    assertThat(it.usedMw()).isEqualTo(it.contractedItMw());
    assertThat(it.headroomMw()).isCloseTo(10 - it.contractedItMw(), within(1e-12));
    // the same 10 MW at the meter holds about 1/PUE as many systems
    PowerSizing utility = ENGINE.sizeForPower(template, PowerBudget.utility(10));
    assertThat((double) utility.servers() / it.servers()).isCloseTo(1 / 1.3, within(0.01));
  }

  @Test
  void test_budget_badInput() {
    assertThatThrownBy(() -> PowerBudget.utility(0))
        .hasMessage("utility_mw must be > 0 MW but was 0 MW");
    assertThatThrownBy(() -> PowerBudget.criticalIt(-5))
        .hasMessage("it_mw must be > 0 MW but was -5 MW");
    assertThatThrownBy(() -> PowerBudget.utility(Double.NaN))
        .hasMessage("utility_mw must be finite but was NaN MW");
    assertThatThrownBy(() -> PowerBudget.utility(1e6))
        .hasMessage("utility_mw must be <= 100000 MW but was 1000000 MW");
  }

  @Test
  void test_tooSmallForOneSystem_saysWhatOneNeeds() {
    Cluster template = gb200(LocalDate.of(2025, 10, 1));
    double one = contractedMw(template);
    // one rack: 120 kW maximum (DGX GB200 user guide) + its leaf switch and optics + storage
    assertThat(one * 1000).isBetween(120.0, 130.0);
    assertThatThrownBy(() -> ENGINE.sizeForPower(template, PowerBudget.utility(0.05)))
        .hasMessageStartingWith("utility_mw must hold at least one gb200-nvl72 at ")
        .hasMessageContaining(
            " kW contracted critical IT each x PUE 1.1 ("
                + PowerSizing.CONTRACTED_POWER_CONVENTION
                + "); need >= ")
        .hasMessageEndingWith(" MW but was 0.05 MW");
    // "need >= X MW" is enough: X holds one rack, and X is one rack's utility MW rounded up to 2
    // digits
    double need = PowerPlanner.roundUp(one * 1.1);
    assertThat(ENGINE.sizeForPower(template, PowerBudget.utility(need)).servers()).isEqualTo(1);
    assertThat(need).isGreaterThanOrEqualTo(one * 1.1).isLessThan(one * 1.1 * 1.1);
    assertThatThrownBy(() -> ENGINE.sizeForPower(template, PowerBudget.criticalIt(0.1)))
        .hasMessageStartingWith("it_mw must hold at least one gb200-nvl72 at ")
        .hasMessageContaining(" kW contracted critical IT each (")
        .hasMessageEndingWith(" MW but was 0.1 MW");
    assertThatThrownBy(() -> ENGINE.serversForPower(template, 0.1))
        .hasMessageStartingWith("criticalItMw must hold at least one gb200-nvl72");
  }

  @Test
  void test_roundUp() {
    assertThat(PowerPlanner.roundUp(0.1846)).isEqualTo(0.19);
    assertThat(PowerPlanner.roundUp(0.0133)).isEqualTo(0.014);
    assertThat(PowerPlanner.roundUp(0.19)).isEqualTo(0.19);
  }

  @Test
  void test_hundredMegawattsAtTheMeter_costsEndToEnd() {
    // issue 11: a 100 MW power-first build; at PUE 1.1 it is about 90.9 MW of critical IT
    Cluster template = gb200(LocalDate.of(2026, 6, 1));
    PowerSizing s = ENGINE.sizeForPower(template, PowerBudget.utility(100));
    assertThat(s.criticalItMwAvailable()).isCloseTo(100 / 1.1, within(1e-9));
    // ~121 kW a rack (about 0.95 of the rack power in network and storage on top of 120 kW) x 1.1
    assertThat(s.servers()).isBetween(650L, 760L);
    assertThat(s.headroomMw()).isNotNegative().isLessThan(contractedMw(template) * 1.1 + 0.5);
    ClusterResult r = ENGINE.evaluate(s.cluster(), FinancialTerms.of(5, 0.8));
    assertThat(r.capacity().networks().get(0).endpoints())
        .as("fits the default 3-tier QM9700 tree")
        .isLessThanOrEqualTo(65_536);
    assertThat(r.capacity().contractedItPower().in(PowerUnit.MEGAWATTS))
        .isEqualTo(s.contractedItMw());
    assertThat(r.costPerGpuHour().amount()).isPositive().isFinite();
    assertThat(r.capexTotal().amount()).isGreaterThan(s.servers() * 1e6);
  }

  @Test
  void test_powerBeyondTheFabric_isRefusedNotCapped() {
    // 1,000 MW of HGX H100 needs > 65,536 scale-out endpoints: the budget must not be silently
    // under-used
    assertThatThrownBy(
            () -> ENGINE.sizeForPower(Fixtures.h100Cluster(1), PowerBudget.criticalIt(1000)))
        .hasMessageStartingWith(
            "it_mw must not hold more hgx-h100 than the cluster's networks connect: ")
        .hasMessageContaining("endpoints must be <= 65536")
        .hasMessageEndingWith(" but was 1000 MW");
  }

  @Test
  void test_defaultFabricLimits_asDocumented() {
    // docs/model.md "Power-first sizing": the radix-64 QM9700 three-tier tree connects 65,536
    // endpoints, i.e. 910 GB200 NVL72
    // racks (72 each) or 8,192 HGX servers (8 each); at PUE 1.1, 100 MW at the meter fits both and
    // 130 MW neither
    Cluster gb200 = gb200(LocalDate.of(2026, 6, 1));
    Cluster h100 = Fixtures.copy(gb200).withSystem(Fixtures.CATALOG.system("hgx-h100"));
    assertThat(ENGINE.sizeForPower(h100, PowerBudget.utility(100)).servers())
        .isLessThanOrEqualTo(8_192);
    assertThatThrownBy(() -> ENGINE.sizeForPower(gb200, PowerBudget.utility(130)))
        .hasMessageContaining(
            "must not hold more gb200-nvl72 than the cluster's networks connect: 910 fit, 911 cannot be built");
    assertThatThrownBy(() -> ENGINE.sizeForPower(h100, PowerBudget.utility(130)))
        .hasMessageContaining(
            "must not hold more hgx-h100 than the cluster's networks connect: 8192 fit, 8193 cannot be built");
  }

  private static List<PowerTranche> tranches(Object... dateMw) {
    List<PowerTranche> t = new java.util.ArrayList<>();
    for (int i = 0; i < dateMw.length; i += 2) {
      t.add(
          PowerTranche.of(
              LocalDate.parse((String) dateMw[i]),
              PowerBudget.utility(((Number) dateMw[i + 1]).doubleValue())));
    }
    return t;
  }

  @Test
  void test_phasedBuild_eachTrancheSizedAndPricedOnItsOwn() {
    // issue 11's example: 40 MW on 2026-06-01, 30 MW on 2027-01-01, 30 MW on 2027-07-01
    Cluster template = gb200(LocalDate.of(2026, 6, 1));
    PowerBuild b =
        ENGINE.phasedBuild(
            template, tranches("2026-06-01", 40, "2027-01-01", 30, "2027-07-01", 30));
    assertThat(b.basis()).isEqualTo(PowerBasis.UTILITY);
    assertThat(b.tranches())
        .extracting(t -> t.cluster().name())
        .containsExactly("campus-t1", "campus-t2", "campus-t3");
    assertThat(b.tranches())
        .extracting(t -> t.cluster().purchaseDate().toString())
        .containsExactly("2026-06-01", "2027-01-01", "2027-07-01");
    for (PowerSizing t : b.tranches()) {
      Cluster same = Fixtures.copy(template).withPurchaseDate(t.cluster().purchaseDate());
      assertThat(t.servers()).isEqualTo(ENGINE.sizeForPower(same, t.budget()).servers());
    }
    assertThat(b.budgetMw()).isEqualTo(100);
    assertThat(b.servers()).isEqualTo(b.tranches().stream().mapToLong(PowerSizing::servers).sum());
    FleetResult r = ENGINE.evaluate(b.fleet(), FinancialTerms.of(5, 0.8));
    assertThat(r.servers()).isEqualTo(b.servers());
    // prices follow the catalog's timeline: the later tranches' racks are bought at their own
    // dates' prices
    double p1 = r.clusters().get(0).billOfMaterials().get(0).unitPrice().amount();
    double p3 = r.clusters().get(2).billOfMaterials().get(0).unitPrice().amount();
    assertThat(r.clusters().get(2).billOfMaterials().get(0).priceAsOf()).contains("2027-07-01");
    assertThat(p3).isLessThan(p1);
  }

  @Test
  void test_phasedBuild_badInput() {
    Cluster template = gb200(LocalDate.of(2026, 6, 1));
    assertThatThrownBy(() -> ENGINE.phasedBuild(template, List.of()))
        .hasMessage("tranches must contain at least one tranche but was []");
    assertThatThrownBy(
            () -> ENGINE.phasedBuild(template, tranches("2027-01-01", 40, "2026-06-01", 30)))
        .hasMessage(
            "tranches[1].energised must be after tranches[0].energised (2027-01-01): tranches are listed in date order, one per date"
                + " but was 2026-06-01");
    assertThatThrownBy(
            () -> ENGINE.phasedBuild(template, tranches("2026-06-01", 40, "2026-06-01", 30)))
        .hasMessageStartingWith(
            "tranches[1].energised must be after tranches[0].energised (2026-06-01)");
    List<PowerTranche> mixed =
        List.of(
            PowerTranche.of(LocalDate.of(2026, 6, 1), PowerBudget.utility(40)),
            PowerTranche.of(LocalDate.of(2027, 1, 1), PowerBudget.criticalIt(30)));
    assertThatThrownBy(() -> ENGINE.phasedBuild(template, mixed))
        .hasMessage(
            "tranches[1].it_mw must be given as utility_mw like tranches[0] (one basis per build) but was 30 MW");
    assertThatThrownBy(
            () -> ENGINE.phasedBuild(template, tranches("2026-06-01", 40, "2027-01-01", 0.05)))
        .hasMessageStartingWith("tranches[1].utility_mw must hold at least one gb200-nvl72 at ")
        .hasMessageEndingWith(" MW but was 0.05 MW");
    assertThatThrownBy(() -> ENGINE.phasedBuild(template, tranches("2001-06-01", 40)))
        .hasMessageStartingWith("tranches[0].energised must not be before gb200 launched");
  }
}
