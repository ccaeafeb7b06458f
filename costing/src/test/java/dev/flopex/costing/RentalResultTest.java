package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.core.finance.TimeValue;
import dev.flopex.core.money.Money;
import dev.flopex.costing.economics.RentalResult;
import dev.flopex.costing.economics.RentalTerms;
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
    // 800 H100s, neocloud assumptions (WACC 10.3 %), 5 years, 80 % utilisation
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
    assertThat(r.revenueByYear())
        .hasSize(5)
        .allSatisfy(m -> assertThat(m.amount()).isCloseTo(hours * 2.2, within(1e-6)));
    double opex1 =
        cluster.accounting().lines().stream()
            .filter(l -> !l.component().isCapital() && l.component() != CostComponent.FINANCING)
            .mapToDouble(l -> l.byYear().get(0).amount())
            .sum();
    assertThat(r.operatingCostByYear().get(0).amount()).isCloseTo(opex1, within(1e-6));
    assertThat(opex1).isCloseTo(cluster.opexYear1().amount(), within(1e-6));
    assertThat(r.grossMarginByYear().get(0).amount()).isCloseTo(hours * 2.2 - opex1, within(1e-6));
    // the residual is the market value the cluster's economic cost credits; the capital charge
    // recovers the rest at the WACC
    double wacc = cluster.economic().wacc();
    assertThat(r.terms().costOfCapital()).isEqualTo(wacc);
    double residual = cluster.economic().residualValue().amount();
    assertThat(r.residualValue().amount()).isEqualTo(residual);
    double charge =
        (cluster.capexTotal().amount() - residual * TimeValue.discountFactor(wacc, 5))
            * TimeValue.capitalRecoveryFactor(wacc, 5);
    assertThat(r.capitalChargesByYear())
        .allSatisfy(m -> assertThat(m.amount()).isCloseTo(charge, within(1e-6)));
    // cash flows: -CapEx, then gross margins, the residual added to the last
    double[] flows = amounts(r.cashFlows());
    assertThat(flows).hasSize(6);
    assertThat(flows[0]).isEqualTo(-cluster.capexTotal().amount());
    assertThat(flows[5]).isCloseTo(r.grossMarginByYear().get(4).amount() + residual, within(1e-6));
    assertThat(r.npv().amount()).isCloseTo(TimeValue.npv(wacc, flows), within(1e-6));
    // the discounted margins after capital add up to the NPV
    double pvMargins = 0;
    for (int y = 0; y < 5; y++) {
      pvMargins +=
          r.marginAfterCapitalByYear().get(y).amount() * TimeValue.discountFactor(wacc, y + 1);
    }
    assertThat(pvMargins).isCloseTo(r.npv().amount(), within(1e-6 * cluster.capexTotal().amount()));
    assertThat(r.paybackYears()).isEqualTo(TimeValue.paybackYears(flows));
  }

  @Test
  void test_evaluate_breakEvenPriceIsTheEconomicCost() {
    // sold at the cluster's own utilisation, the break-even price is its economic cost per GPU-hour
    RentalResult r = ENGINE.evaluate(RentalTerms.of(cluster, Money.usd(2.20), 0.8));
    assertThat(r.breakEvenPricePerGpuHour().amount())
        .isCloseTo(cluster.costPerGpuHour().amount(), within(1e-9));
    Money p = r.breakEvenPricePerGpuHour();
    RentalResult at = ENGINE.evaluate(RentalTerms.of(cluster, p, 0.8));
    assertThat(at.npv().amount()).isCloseTo(0, within(1e-6 * cluster.capexTotal().amount()));
    // at the break-even price the IRR is the cost of capital, and the discounted margins after
    // capital are zero
    assertThat(at.irr().getAsDouble()).isCloseTo(cluster.economic().wacc(), within(1e-9));
    assertThat(pvOfMargins(at)).isCloseTo(0, within(1e-6 * cluster.capexTotal().amount()));
    // above the economic cost, the NPV and the discounted margins after capital are both positive:
    // no contradiction
    RentalResult above = ENGINE.evaluate(RentalTerms.of(cluster, p.times(1.1), 0.8));
    assertThat(above.npv().amount()).isPositive();
    assertThat(pvOfMargins(above))
        .isCloseTo(above.npv().amount(), within(1e-6 * cluster.capexTotal().amount()));
  }

  private static double pvOfMargins(RentalResult r) {
    double pv = 0;
    for (int y = 0; y < r.marginAfterCapitalByYear().size(); y++) {
      pv +=
          r.marginAfterCapitalByYear().get(y).amount()
              * TimeValue.discountFactor(r.terms().costOfCapital(), y + 1);
    }
    return pv;
  }

  @Test
  void test_evaluate_noRevenueNoIrr() {
    // price 0: only the resale at the end comes back, so the project never pays back and its IRR is
    // deeply negative
    RentalResult r = ENGINE.evaluate(RentalTerms.of(cluster, Money.usd(0), 0.5));
    assertThat(r.irr().orElseThrow()).isLessThan(-0.5);
    assertThat(r.paybackYears()).isEmpty();
    assertThat(r.npv().amount())
        .isLessThan(-cluster.capexTotal().amount() + cluster.economic().residualValue().amount());
    assertThat(r.revenue()).isEqualTo(Money.usd(0));
  }

  @Test
  void test_evaluate_fallingPrice() {
    RentalResult r =
        ENGINE.evaluate(
            RentalTerms.builder()
                .cluster(cluster)
                .pricePerGpuHour(Money.usd(2.5))
                .utilisation(0.7)
                .priceChangePerYear(-0.15)
                .costOfCapital(0.08)
                .build());
    assertThat(r.revenueByYear().get(1).amount() / r.revenueByYear().get(0).amount())
        .isCloseTo(0.85, within(1e-12));
    assertThat(r.revenueByYear().get(4).amount() / r.revenueByYear().get(0).amount())
        .isCloseTo(Math.pow(0.85, 4), within(1e-12));
    assertThat(r.npv().amount())
        .isCloseTo(TimeValue.npv(0.08, amounts(r.cashFlows())), within(1e-6));
  }

  @Test
  void test_evaluate_financingDoesNotChangeTheProject() {
    ClusterResult debt =
        ENGINE.evaluate(Fixtures.h100Cluster(100), FinancialTerms.debt(5, 0.8, 0.1, 4));
    RentalResult r = ENGINE.evaluate(RentalTerms.of(debt, Money.usd(2.2), 0.7));
    RentalResult cash = ENGINE.evaluate(RentalTerms.of(cluster, Money.usd(2.2), 0.7));
    // the unlevered project: same operating costs, cash flows, NPV and margins whatever the
    // financing
    assertThat(sum(r.operatingCostByYear()))
        .isCloseTo(sum(cash.operatingCostByYear()), within(1e-6));
    assertThat(r.npv().amount()).isCloseTo(cash.npv().amount(), within(1e-6));
    assertThat(r.marginAfterCapital().amount())
        .isCloseTo(cash.marginAfterCapital().amount(), within(1e-6));
  }

  @Test
  void test_build_badInput() {
    assertThatThrownBy(() -> RentalTerms.of(cluster, Money.usd(2), 0))
        .hasMessage("utilisation must be in (0, 1] but was 0");
    assertThatThrownBy(() -> RentalTerms.of(cluster, Money.usd(2), Double.NaN))
        .hasMessage("utilisation must be finite but was NaN");
    assertThatThrownBy(() -> RentalTerms.of(cluster, Money.usd(-1), 0.5))
        .hasMessage("pricePerGpuHour must be >= 0 USD/GPU-hour but was -1 USD/GPU-hour");
    assertThatThrownBy(() -> RentalTerms.of(cluster, Money.of(Currency.getInstance("EUR"), 2), 0.5))
        .hasMessage(
            "pricePerGpuHour.currency must be the cluster's currency USD (flopex does not convert) but was EUR");
    assertThatThrownBy(
            () ->
                RentalTerms.builder()
                    .cluster(cluster)
                    .pricePerGpuHour(Money.usd(2))
                    .utilisation(0.5)
                    .priceChangePerYear(-1)
                    .build())
        .hasMessage("priceChangePerYear must be > -1 /year but was -1 /year");
    assertThatThrownBy(
            () ->
                RentalTerms.builder()
                    .cluster(cluster)
                    .pricePerGpuHour(Money.usd(2))
                    .utilisation(0.5)
                    .costOfCapital(Double.POSITIVE_INFINITY)
                    .build())
        .hasMessage("costOfCapital must be finite but was Infinity /year");
    assertThatThrownBy(
            () ->
                RentalTerms.builder()
                    .cluster(cluster)
                    .pricePerGpuHour(Money.usd(2))
                    .utilisation(0.5)
                    .costOfCapital(-0.5)
                    .build())
        .hasMessage("costOfCapital must be in (0, 1) /year but was -0.5 /year");
  }

  @Test
  void test_totalsOverTheHorizon_areTheYearsSums() {
    RentalResult r = ENGINE.evaluate(RentalTerms.of(cluster, Money.usd(2.20), 0.7));
    assertThat(r.operatingCost().amount())
        .isCloseTo(sum(r.operatingCostByYear()), within(1e-6))
        .isPositive();
    assertThat(r.capitalCharges().amount())
        .isCloseTo(sum(r.capitalChargesByYear()), within(1e-6))
        .isPositive();
    assertThat(r.netCashFlow().amount()).isCloseTo(sum(r.cashFlows()), within(1e-6));
    // revenue - operating costs = gross margin, over the horizon as in each year
    assertThat(r.revenue().amount() - r.operatingCost().amount())
        .isCloseTo(r.grossMargin().amount(), within(1e-3));
    // an 8-GPU server's price per GPU is an eighth of it
    assertThat(
            AmortisedHardware.perGpuPrice(Money.usd(250_000), cluster.cluster().system()).amount())
        .isEqualTo(250_000.0 / cluster.cluster().system().acceleratorCount().value());
  }
}
