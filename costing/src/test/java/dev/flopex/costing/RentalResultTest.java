package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.core.finance.TimeValue;
import dev.flopex.core.money.Money;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rental economics ({@code docs/model.md} §14). */
class RentalResultTest {
  private static final CostEngine ENGINE = CostEngine.create();
  private static ClusterResult cluster;

  @BeforeAll
  static void costCluster() {
    // 800 H100s, neocloud assumptions (cost of capital 11%), 5 years
    cluster = ENGINE.evaluate(Fixtures.h100Cluster(100), FinancialTerms.of(5, 0.8));
  }

  private static double[] amounts(List<Money> ms) {
    return ms.stream().mapToDouble(Money::amount).toArray();
  }

  private static double sum(List<Money> ms) {
    return ms.stream().mapToDouble(Money::amount).sum();
  }

  @Test
  void test_evaluate_byHand() {
    RentalResult r = ENGINE.evaluate(RentalTerms.of(cluster, Money.usd(2.20), 0.7));
    double hours = 800 * 8760 * 0.7;
    assertThat(r.gpuHoursSoldPerYear()).isEqualTo(hours);
    assertThat(r.revenueByYear()).hasSize(5).allSatisfy(m -> assertThat(m.amount()).isCloseTo(hours * 2.2, within(1e-6)));
    double opex1 = cluster.lines().stream().filter(l -> !l.component().isCapital()).mapToDouble(l -> l.byYear().get(0).amount()).sum();
    assertThat(r.operatingCostByYear().get(0).amount()).isCloseTo(opex1, within(1e-6));
    assertThat(opex1).isCloseTo(cluster.opexYear1().amount(), within(1e-6));
    assertThat(r.grossMarginByYear().get(0).amount()).isCloseTo(hours * 2.2 - opex1, within(1e-6));
    // revenue - opex - capital charges = revenue - TCO, in total and each year
    double tco = cluster.tco().amount();
    assertThat(r.marginAfterCapital().amount()).isCloseTo(r.revenue().amount() - tco, within(1e-9 * tco));
    for (int y = 0; y < 5; y++) {
      assertThat(r.marginAfterCapitalByYear().get(y).amount())
          .isCloseTo(r.revenueByYear().get(y).amount() - cluster.tcoByYear().get(y).amount(), within(1e-9 * tco));
    }
    // cash flows: -CapEx, then gross margins; NPV at the set's cost of capital (neocloud: 0.11)
    double[] flows = amounts(r.cashFlows());
    assertThat(flows).hasSize(6);
    assertThat(flows[0]).isEqualTo(-cluster.capexTotal().amount());
    assertThat(r.terms().costOfCapital()).isEqualTo(0.11);
    assertThat(r.npv().amount()).isCloseTo(TimeValue.npv(0.11, flows), within(1e-6));
    assertThat(r.paybackYears()).isEqualTo(TimeValue.paybackYears(flows));
    assertThat(r.irr()).isPresent();
    assertThat(TimeValue.npv(r.irr().getAsDouble(), flows)).isCloseTo(0, within(1e-6 * cluster.capexTotal().amount()));
  }

  @Test
  void test_evaluate_breakEvenPriceZeroesNpv() {
    RentalResult r = ENGINE.evaluate(RentalTerms.of(cluster, Money.usd(2.20), 0.7));
    Money p = r.breakEvenPricePerGpuHour();
    RentalResult at = ENGINE.evaluate(RentalTerms.of(cluster, p, 0.7));
    assertThat(at.npv().amount()).isCloseTo(0, within(1e-6 * cluster.capexTotal().amount()));
    // at the break-even price the IRR is the cost of capital
    assertThat(at.irr().getAsDouble()).isCloseTo(0.11, within(1e-9));
    assertThat(at.breakEvenPricePerGpuHour().amount()).isCloseTo(p.amount(), within(1e-12));
  }

  @Test
  void test_evaluate_noRevenueNoIrr() {
    // price 0: every cash flow is negative, no sign change, so there is no IRR and no payback
    RentalResult r = ENGINE.evaluate(RentalTerms.of(cluster, Money.usd(0), 0.5));
    assertThat(r.irr()).isEmpty();
    assertThat(r.paybackYears()).isEmpty();
    assertThat(r.npv().amount()).isLessThan(-cluster.capexTotal().amount());
    assertThat(r.revenue()).isEqualTo(Money.usd(0));
  }

  @Test
  void test_evaluate_residualCredited() {
    RentalResult without = ENGINE.evaluate(RentalTerms.of(cluster, Money.usd(2), 0.7));
    RentalResult with = ENGINE.evaluate(RentalTerms.builder().cluster(cluster).pricePerGpuHour(Money.usd(2)).utilisation(0.7)
        .creditResidualValue(true).build());
    double charged = cluster.lines().stream().filter(l -> l.component().isCapital()).mapToDouble(l -> l.amount().amount()).sum();
    double residual = cluster.capexTotal().amount() - charged;
    assertThat(residual).isPositive();
    assertThat(with.npv().amount() - without.npv().amount()).isCloseTo(residual * TimeValue.discountFactor(0.11, 5), within(1e-4));
    assertThat(with.cashFlows().get(5).amount() - without.cashFlows().get(5).amount()).isCloseTo(residual, within(1e-6));
  }

  @Test
  void test_evaluate_fallingPrice() {
    RentalResult r = ENGINE.evaluate(RentalTerms.builder().cluster(cluster).pricePerGpuHour(Money.usd(2.5)).utilisation(0.7)
        .priceChangePerYear(-0.15).costOfCapital(0.08).build());
    assertThat(r.revenueByYear().get(1).amount() / r.revenueByYear().get(0).amount()).isCloseTo(0.85, within(1e-12));
    assertThat(r.revenueByYear().get(4).amount() / r.revenueByYear().get(0).amount()).isCloseTo(Math.pow(0.85, 4), within(1e-12));
    assertThat(r.npv().amount()).isCloseTo(TimeValue.npv(0.08, amounts(r.cashFlows())), within(1e-6));
  }

  @Test
  void test_evaluate_debtInterestIsACapitalCharge() {
    ClusterResult debt = ENGINE.evaluate(Fixtures.h100Cluster(100), FinancialTerms.builder().horizonYears(5).utilisation(0.8)
        .financing(Financing.DEBT).debtRate(0.1).debtTenorYears(4).build());
    RentalResult r = ENGINE.evaluate(RentalTerms.of(debt, Money.usd(2.2), 0.7));
    RentalResult cash = ENGINE.evaluate(RentalTerms.of(cluster, Money.usd(2.2), 0.7));
    double interest = debt.lines().stream().filter(l -> l.component() == CostComponent.FINANCING).mapToDouble(l -> l.amount().amount()).sum();
    assertThat(interest).isPositive();
    // the unlevered project: same operating costs and cash flows; interest lowers only the margin after capital
    assertThat(sum(r.operatingCostByYear())).isCloseTo(sum(cash.operatingCostByYear()), within(1e-6));
    assertThat(r.npv().amount()).isCloseTo(cash.npv().amount(), within(1e-6));
    assertThat(cash.marginAfterCapital().amount() - r.marginAfterCapital().amount()).isCloseTo(interest, within(1e-6));
  }

  @Test
  void test_build_badInput() {
    assertThatThrownBy(() -> RentalTerms.of(cluster, Money.usd(2), 0)).hasMessage("utilisation must be in (0, 1] but was 0");
    assertThatThrownBy(() -> RentalTerms.of(cluster, Money.usd(2), Double.NaN)).hasMessage("utilisation must be finite but was NaN");
    assertThatThrownBy(() -> RentalTerms.of(cluster, Money.usd(-1), 0.5)).hasMessage("pricePerGpuHour must be >= 0 USD/GPU-hour but was -1 USD/GPU-hour");
    assertThatThrownBy(() -> RentalTerms.of(cluster, Money.of(Currency.getInstance("EUR"), 2), 0.5))
        .hasMessage("pricePerGpuHour.currency must be the cluster's currency USD (flopex does not convert) but was EUR");
    assertThatThrownBy(() -> RentalTerms.builder().cluster(cluster).pricePerGpuHour(Money.usd(2)).utilisation(0.5).priceChangePerYear(-1).build())
        .hasMessage("priceChangePerYear must be > -1 /year but was -1 /year");
    assertThatThrownBy(() -> RentalTerms.builder().cluster(cluster).pricePerGpuHour(Money.usd(2)).utilisation(0.5)
        .costOfCapital(Double.POSITIVE_INFINITY).build())
        .hasMessage("costOfCapital must be finite but was Infinity /year");
  }
}
