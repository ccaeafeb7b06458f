package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.catalog.Precision;
import dev.flopex.core.money.Money;
import dev.flopex.core.units.PowerUnit;
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
    assertThat(t.leaves()).isEqualTo(640);   // 20,480 / 32
    assertThat(t.spines()).isEqualTo(640);
    assertThat(t.cores()).isEqualTo(320);
    // 10.2 kW, 8U DGX H100 in 120 kW racks (neocloud): power allows 11, 42U allows 5
    assertThat(p.serversPerRack()).isEqualTo(5);
    assertThat(p.racks()).isEqualTo(512);
    assertThat(p.contractedItPower().in(PowerUnit.MEGAWATTS)).isGreaterThan(2560 * 10.2 / 1000);
    assertThat(p.peakCompute().get(Precision.BF16).in(dev.flopex.core.units.ComputeRateUnit.EXAFLOP_PER_SECOND))
        .isCloseTo(20_480 * 989.5e12 / 1e18, within(1e-9));
  }

  @Test
  void test_evaluate_linesAddUpToTotal() {
    ClusterResult r = engine.evaluate(Fixtures.h100Cluster(2560), FinancialTerms.of(5, 0.8));
    double sum = r.lines().stream().mapToDouble(l -> l.amount().amount()).sum();
    assertThat(sum).isCloseTo(r.tco().amount(), within(1e-9 * r.tco().amount()));
    double byYear = r.tcoByYear().stream().mapToDouble(Money::amount).sum();
    assertThat(byYear).isCloseTo(r.tco().amount(), within(1e-9 * r.tco().amount()));
    double bom = r.billOfMaterials().stream().mapToDouble(l -> l.extended().amount()).sum();
    assertThat(bom).isCloseTo(r.capexTotal().amount(), within(1e-9 * bom));
    assertThat(r.costPerGpuHour().amount() * 20_480 * 8760 * 5 * 0.8).isCloseTo(r.tco().amount(), within(1e-6 * r.tco().amount()));
  }

  @Test
  void test_evaluate_serverLineUsesPriceAsOfPurchase() {
    ClusterResult r = engine.evaluate(Fixtures.h100Cluster(10), FinancialTerms.of(5, 0.8));
    BomLine servers = r.billOfMaterials().get(0);
    assertThat(servers.item()).isEqualTo("hgx-h100");
    assertThat(servers.priceAsOf()).contains("2024-08");
    assertThat(servers.extended()).isEqualTo(Money.usd(10 * 317_000.0));
  }

  @Test
  void test_evaluate_opticsPricedLaterAreWarned() {
    ClusterResult r = engine.evaluate(Fixtures.h100Cluster(10), FinancialTerms.of(5, 0.8));
    assertThat(r.capacity().warnings()).anyMatch(w -> w.startsWith("osfp-400g-sr4 has no price dated on or before 2024-09-01"));
  }

  @Test
  void test_serversFor_gpuCounts() {
    var sys = Fixtures.CATALOG.system("hgx-h100");
    assertThat(Cluster.serversFor(sys, 20_480, Cluster.Rounding.EXACT)).isEqualTo(2560);
    assertThatThrownBy(() -> Cluster.serversFor(sys, 1001, Cluster.Rounding.EXACT))
        .hasMessage("gpuCount must be a multiple of 8 GPUs per system (hgx-h100); use 1000 or 1008, or round UP or DOWN explicitly but was 1001");
    assertThat(Cluster.serversFor(sys, 1001, Cluster.Rounding.UP)).isEqualTo(126);
    assertThat(Cluster.serversFor(sys, 1001, Cluster.Rounding.DOWN)).isEqualTo(125);
    assertThatThrownBy(() -> Cluster.serversFor(sys, -3, Cluster.Rounding.EXACT)).hasMessage("gpuCount must be > 0 but was -3");
  }

  @Test
  void test_serversForPower() {
    Cluster template = Fixtures.h100Cluster(1);
    long n = engine.serversForPower(template, 10.0);
    ClusterResult fits = engine.evaluate(template.withServerCount(n), FinancialTerms.of(1, 1));
    ClusterResult over = engine.evaluate(template.withServerCount(n + 1), FinancialTerms.of(1, 1));
    assertThat(fits.capacity().contractedItPower().in(PowerUnit.MEGAWATTS)).isLessThanOrEqualTo(10.0);
    assertThat(over.capacity().contractedItPower().in(PowerUnit.MEGAWATTS)).isGreaterThan(10.0);
    assertThatThrownBy(() -> engine.serversForPower(template, 0.001)).hasMessageStartingWith("criticalItMw must hold at least one hgx-h100");
  }

  @Test
  void test_evaluate_tenMillionGpusNoOverflow() {
    // 1.25M servers = 10M GPUs: beyond a 3-tier radix-64 fat tree, so the network is refused clearly
    assertThatThrownBy(() -> engine.evaluate(Fixtures.h100Cluster(1_250_000), FinancialTerms.of(5, 0.8)))
        .hasMessageStartingWith("endpoints must be <= 65536");
  }

  @Test
  void test_evaluate_debtAddsInterest() {
    FinancialTerms debt = FinancialTerms.builder().horizonYears(5).utilisation(0.8)
        .financing(Financing.DEBT).debtRate(0.1).debtTenorYears(5).build();
    ClusterResult cash = engine.evaluate(Fixtures.h100Cluster(100), FinancialTerms.of(5, 0.8));
    ClusterResult loan = engine.evaluate(Fixtures.h100Cluster(100), debt);
    assertThat(loan.lines()).anyMatch(l -> l.component() == CostComponent.FINANCING);
    assertThat(loan.tco()).isGreaterThan(cash.tco());
  }

  @Test
  void test_terms_badInput() {
    assertThatThrownBy(() -> FinancialTerms.of(5, 1.2)).hasMessage("utilisation must be in (0, 1] but was 1.2");
    assertThatThrownBy(() -> FinancialTerms.of(0, 0.5)).hasMessage("horizonYears must be > 0 but was 0");
    assertThatThrownBy(() -> Fixtures.h100Cluster(1).assumptions().with(AssumptionKey.PUE, 0.9, ClusterCalculator.userInput("test")))
        .hasMessage("pue must be >= 1 but was 0.9");
    assertThatThrownBy(() -> Fixtures.h100Cluster(1).assumptions().with(AssumptionKey.COST_OF_CAPITAL, -1, ClusterCalculator.userInput("test")))
        .hasMessage("cost_of_capital must be > -1 /year but was -1 /year");
  }

  @Test
  void test_evaluate_ownedFacilityAddsBuildOut() {
    ClusterResult r = engine.evaluate(
        Fixtures.copy(Fixtures.h100Cluster(100)).withSite(Site.of("owned", Facility.OWNED)), FinancialTerms.of(5, 0.8));
    assertThat(r.capex()).containsKey(CostComponent.FACILITY);
    assertThat(r.lines()).noneMatch(l -> l.component() == CostComponent.COLOCATION);
  }

  @Test
  void test_costPerEffectivePflopHour() {
    ClusterResult r = engine.evaluate(Fixtures.h100Cluster(100), FinancialTerms.of(5, 0.8));
    Money perPflop = r.costPerEffectivePflopHour(Precision.BF16, 0.4);
    assertThat(perPflop.amount()).isCloseTo(r.costPerGpuHour().amount() / (0.9895 * 0.4), within(1e-9));
    assertThatThrownBy(() -> r.costPerEffectivePflopHour(Precision.FP4, 0.4))
        .hasMessage("precision must have a dense figure for h100-sxm5 but was fp4");
  }

  @Test
  void test_purchaseBeforeAnyPrice() {
    Cluster early = Fixtures.copy(Fixtures.h100Cluster(1)).withPurchaseDate(LocalDate.of(2020, 1, 1));
    ClusterResult r = engine.evaluate(early, FinancialTerms.of(5, 0.8));
    assertThat(r.capacity().warnings()).anyMatch(w -> w.startsWith("hgx-h100 has no price dated on or before 2020-01-01"));
  }
}
