package dev.flopex.costing;

import static dev.flopex.costing.UnitEconomicsGenerators.cluster;
import static dev.flopex.costing.UnitEconomicsGenerators.positivePrice;
import static dev.flopex.costing.UnitEconomicsGenerators.priceChange;
import static dev.flopex.costing.UnitEconomicsGenerators.utilisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.core.finance.TimeValue;
import dev.flopex.core.money.Money;
import dev.flopex.costing.economics.RentalResult;
import dev.flopex.costing.economics.RentalTerms;
import org.junit.jupiter.api.Test;

/** Laws of the rental model ({@code docs/model.md} §14). */
class RentalResultProperties {
  private final CostEngine engine = CostEngine.create();

  private RentalResult rent(ClusterResult c, double price, double utilisation, double change) {
    return engine.evaluate(
        RentalTerms.builder()
            .cluster(c)
            .pricePerGpuHour(Money.usd(price))
            .utilisation(utilisation)
            .priceChangePerYear(change)
            .build());
  }

  /** NPV = NPV at price 0 + price x PV of hours sold, so it rises strictly with the price. */
  @Test
  void npvIncreasesWithPrice() {
    qt().forAll(cluster(), positivePrice(), positivePrice(), utilisation())
        .checkAssert(
            (c, a, b, u) -> {
              double lo = Math.min(a, b);
              double hi = Math.max(a, b);
              RentalResult low = rent(c, lo, u, 0);
              RentalResult high = rent(c, hi, u, 0);
              assertThat(high.npv().amount()).isGreaterThanOrEqualTo(low.npv().amount());
              double pvHours =
                  low.gpuHoursSoldPerYear()
                      * TimeValue.annuityFactor(
                          low.terms().costOfCapital(), c.terms().horizonYears());
              double expected = (hi - lo) * pvHours;
              double scale = Math.abs(low.npv().amount()) + c.capexTotal().amount();
              assertThat(high.npv().amount() - low.npv().amount())
                  .isCloseTo(expected, within(1e-9 * scale));
              if (expected > 1e-6 * scale) {
                assertThat(high.npv().amount()).isGreaterThan(low.npv().amount());
              }
            });
  }

  /**
   * The discounted margins after the economic capital charge add up to the NPV: they never disagree
   * in sign.
   */
  @Test
  void marginsAfterCapitalDiscountToTheNpv() {
    qt().forAll(cluster(), positivePrice(), utilisation(), priceChange())
        .checkAssert(
            (c, p, u, g) -> {
              RentalResult r = rent(c, p, u, g);
              double scale = Math.max(r.revenue().amount(), c.capexTotal().amount());
              double rate = r.terms().costOfCapital();
              double pv = 0;
              for (int y = 0; y < r.marginAfterCapitalByYear().size(); y++) {
                pv +=
                    r.marginAfterCapitalByYear().get(y).amount()
                        * TimeValue.discountFactor(rate, y + 1);
              }
              assertThat(pv).isCloseTo(r.npv().amount(), within(1e-9 * scale));
              double opex = r.operatingCostByYear().stream().mapToDouble(Money::amount).sum();
              assertThat(r.grossMargin().amount())
                  .isCloseTo(r.revenue().amount() - opex, within(1e-9 * scale));
            });
  }

  @Test
  void irrZeroesNpvAndBreakEvenZeroesNpv() {
    qt().forAll(cluster(), positivePrice(), utilisation(), priceChange())
        .checkAssert(
            (c, p, u, g) -> {
              RentalResult r = rent(c, p, u, g);
              double[] flows = r.cashFlows().stream().mapToDouble(Money::amount).toArray();
              double scale = c.capexTotal().amount() + r.revenue().amount();
              r.irr()
                  .ifPresent(
                      irr ->
                          assertThat(TimeValue.npv(irr, flows)).isCloseTo(0, within(1e-6 * scale)));
              if (flows[flows.length - 1] <= 0
                  && java.util.Arrays.stream(flows).allMatch(f -> f <= 0)) {
                assertThat(r.irr()).isEmpty();
              }
              RentalResult atBreakEven = rent(c, r.breakEvenPricePerGpuHour().amount(), u, g);
              assertThat(atBreakEven.npv().amount()).isCloseTo(0, within(1e-9 * scale));
              r.paybackYears()
                  .ifPresent(y -> assertThat(y).isBetween(0.0, (double) c.terms().horizonYears()));
            });
  }

  @Test
  void outputsAreDeterministic() {
    qt().forAll(cluster(), positivePrice(), utilisation(), priceChange())
        .checkAssert((c, p, u, g) -> assertThat(rent(c, p, u, g)).isEqualTo(rent(c, p, u, g)));
  }
}
