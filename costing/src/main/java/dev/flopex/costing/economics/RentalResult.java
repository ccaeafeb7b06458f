package dev.flopex.costing.economics;

import dev.flopex.core.money.Money;
import dev.flopex.core.validation.Check;
import dev.flopex.costing.Warning;
import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The economics of renting out a cluster's GPUs ({@link RentalTerms}, {@code docs/model.md} §14):
 * revenue, margins, and the project's NPV, IRR and payback on the cash flows {@code -CapEx} at
 * {@code t = 0}, then {@code revenue - operating costs} in each year of the horizon, and the market
 * value the hardware keeps at the end of the horizon added to the last year: the same residual the
 * cluster's economic cost credits.
 *
 * <p>Operating costs are the cluster's non-capital cost lines except interest ({@link
 * dev.flopex.costing.CostComponent#FINANCING}); the capital charge of each year is the economic
 * one, the level yearly payment that recovers CapEx less the present value of the residual at the
 * discount rate, so the discounted margins after capital add up to the NPV. The cash flows are the
 * unlevered project's: how the CapEx is financed does not change them.
 *
 * @since 0.2
 */
public interface RentalResult {

  /** Returns the terms. */
  RentalTerms terms();

  /** Returns the GPU-hours sold per year: GPUs x 8760 x utilisation. */
  double gpuHoursSoldPerYear();

  /** Returns revenue in each year 1..horizon. */
  List<Money> revenueByYear();

  /** Returns operating costs in each year (no depreciation, no interest). */
  List<Money> operatingCostByYear();

  /**
   * Returns the economic capital charge in each year: (CapEx - PV of the residual) x CRF(rate,
   * horizon).
   */
  List<Money> capitalChargesByYear();

  /** Returns revenue - operating costs in each year. */
  List<Money> grossMarginByYear();

  /** Returns revenue - operating costs - capital charges in each year. */
  List<Money> marginAfterCapitalByYear();

  /** Returns total revenue over the horizon. */
  Money revenue();

  /** Returns total gross margin over the horizon. */
  Money grossMargin();

  /**
   * Returns total margin after capital charges; positive exactly when the NPV is positive at a
   * constant price.
   */
  Money marginAfterCapital();

  /**
   * Returns the cash flows: index 0 is -CapEx at t = 0, index y the gross margin of year y, plus
   * the residual value in the last year.
   */
  List<Money> cashFlows();

  /** Returns the NPV of {@link #cashFlows()} at the terms' discount rate. */
  Money npv();

  /**
   * Returns the IRR of {@link #cashFlows()}, or empty when there is none: when no cash flow is
   * positive (gross margin never above zero, so no sign change) or when the rate lies outside
   * {@code TimeValue}'s search interval.
   */
  OptionalDouble irr();

  /**
   * Returns the undiscounted payback in years, or empty when the horizon's cash never repays the
   * CapEx.
   */
  OptionalDouble paybackYears();

  /**
   * Returns the market value the hardware keeps at the end of the horizon, added to the last cash
   * flow.
   */
  Money residualValue();

  /** Returns the year-1 price per GPU-hour at which the NPV is zero, other terms unchanged. */
  Money breakEvenPricePerGpuHour();

  /** Checks figures. */
  @Value.Check
  default void check() {
    Check.nonNegative(gpuHoursSoldPerYear(), "gpuHoursSoldPerYear", "GPU-hours");
    irr().ifPresent(r -> Check.finite(r, "irr", "/year"));
    paybackYears().ifPresent(p -> Check.nonNegative(p, "paybackYears", "years"));
  }

  /**
   * Returns the warnings of the costed cluster the rental rests on ({@link
   * dev.flopex.costing.ClusterResult#warnings()}).
   *
   * @since 0.4
   */
  default List<Warning> warnings() {
    return terms().cluster().warnings();
  }

  /**
   * Returns the operating costs over the horizon, {@link #operatingCostByYear()} summed.
   *
   * @since 0.3
   */
  @Value.Derived
  default Money operatingCost() {
    return sum(operatingCostByYear());
  }

  /**
   * Returns the capital charges over the horizon, {@link #capitalChargesByYear()} summed.
   *
   * @since 0.3
   */
  @Value.Derived
  default Money capitalCharges() {
    return sum(capitalChargesByYear());
  }

  /**
   * Returns the undiscounted sum of {@link #cashFlows()} (year 0's outlay included).
   *
   * @since 0.3
   */
  @Value.Derived
  default Money netCashFlow() {
    return sum(cashFlows());
  }

  /** Adds amounts in order (plain summation, so totals match a running sum of the years). */
  private static Money sum(List<Money> amounts) {
    double s = 0;
    for (Money m : amounts) {
      s += m.amount();
    }
    return Money.usd(s);
  }
}
