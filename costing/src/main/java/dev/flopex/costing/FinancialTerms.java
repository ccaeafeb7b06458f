package dev.flopex.costing;

import dev.flopex.core.validation.Check;
import org.immutables.value.Value;

/**
 * The horizon, utilisation, depreciation and financing under which a cluster is costed.
 *
 * @since 0.1
 */
@Value.Immutable
public interface FinancialTerms {

  /** Returns the horizon in whole years. */
  int horizonYears();

  /** Returns the share of GPU-hours sold or used, in (0, 1]. */
  double utilisation();

  /** Returns the depreciation schedule. */
  @Value.Default
  default Depreciation depreciation() {
    return Depreciation.STRAIGHT_LINE;
  }

  /** Returns how CapEx is paid. */
  @Value.Default
  default Financing financing() {
    return Financing.CASH;
  }

  /** Returns the interest rate on debt (used when financing is DEBT). */
  @Value.Default
  default double debtRate() {
    return 0.0;
  }

  /** Returns the loan term in years (used when financing is DEBT). */
  @Value.Default
  default int debtTenorYears() {
    return 1;
  }

  /** Checks ranges. */
  @Value.Check
  default void check() {
    Check.positive(horizonYears(), "horizonYears");
    Check.that(horizonYears() <= 50, "horizonYears", Integer.toString(horizonYears()), "must be <= 50");
    Check.fraction(utilisation(), "utilisation");
    Check.greaterThan(debtRate(), -1, "debtRate", "/year");
    Check.positive(debtTenorYears(), "debtTenorYears");
  }

  /**
   * Returns cash-financed, straight-line terms.
   *
   * @param horizonYears the horizon
   * @param utilisation the utilisation in (0, 1]
   * @return the terms
   */
  static FinancialTerms of(int horizonYears, double utilisation) {
    return ImmutableFinancialTerms.builder().horizonYears(horizonYears).utilisation(utilisation).build();
  }

  /** Returns a new builder. */
  static ImmutableFinancialTerms.Builder builder() {
    return ImmutableFinancialTerms.builder();
  }
}
