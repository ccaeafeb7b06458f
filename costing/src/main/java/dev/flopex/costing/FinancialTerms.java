package dev.flopex.costing;

import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The horizon, utilisation, depreciation and financing under which a cluster is costed.
 *
 * <p>Financing changes only the accounting basis (interest, the loan's cash flows): the economic
 * headline discounts the project's own cash flows at the WACC of the cluster's assumption set,
 * whatever mix of cash and debt pays for it. A debt needs its rate and tenor; cash financing
 * refuses them, so no option is silently ignored.
 *
 * @since 0.1
 */
@Value.Immutable
public interface FinancialTerms {
  /** The smallest utilisation accepted, 0.1 %: every cost per GPU-hour stays finite above it. */
  double MIN_UTILISATION = 0.001;

  /** The longest horizon and loan tenor, in years. */
  int MAX_YEARS = 50;

  /** Returns the horizon in whole years, 1 to 50. */
  int horizonYears();

  /** Returns the share of GPU-hours sold or used, in (0, 1]. */
  double utilisation();

  /** Returns the book depreciation schedule (accounting basis). */
  @Value.Default
  default Depreciation depreciation() {
    return Depreciation.STRAIGHT_LINE;
  }

  /** Returns how CapEx is paid. */
  @Value.Default
  default Financing financing() {
    return Financing.CASH;
  }

  /**
   * Returns the interest rate on debt per year, a fraction in (0, 1); required with DEBT, refused
   * with CASH.
   */
  OptionalDouble debtRate();

  /** Returns the loan term in whole years; required with DEBT, refused with CASH. */
  OptionalInt debtTenorYears();

  /** Checks ranges, and that debt terms come exactly with debt financing. */
  @Value.Check
  default void check() {
    Check.positive(horizonYears(), "horizon_years");
    Check.that(
        horizonYears() <= MAX_YEARS,
        "horizon_years",
        Integer.toString(horizonYears()),
        "must be <= " + MAX_YEARS);
    Check.fraction(utilisation(), "utilisation");
    // below this a cost per GPU-hour overflows to Infinity (4.9e-324 was accepted)
    Check.atLeast(utilisation(), MIN_UTILISATION, "utilisation", "");
    if (financing() == Financing.DEBT) {
      if (debtRate().isEmpty()) {
        throw new ValidationException(
            "debt_rate",
            null,
            "is required with debt financing (interest per year, a fraction: 0.11 is 11 %)");
      }
      if (debtTenorYears().isEmpty()) {
        throw new ValidationException(
            "debt_tenor_years", null, "is required with debt financing (whole years)");
      }
      checkDebtRate(debtRate().getAsDouble());
      int tenor = debtTenorYears().getAsInt();
      Check.that(
          tenor >= 1 && tenor <= MAX_YEARS,
          "debt_tenor_years",
          Integer.toString(tenor),
          "must be a whole number in [1, " + MAX_YEARS + "]");
    } else {
      if (debtRate().isPresent()) {
        throw new ValidationException(
            "debt_rate",
            Check.format(debtRate().getAsDouble()),
            "must not be given with cash financing (use financing: debt)");
      }
      if (debtTenorYears().isPresent()) {
        throw new ValidationException(
            "debt_tenor_years",
            Integer.toString(debtTenorYears().getAsInt()),
            "must not be given with cash financing (use financing: debt)");
      }
    }
  }

  /**
   * Checks an interest rate on debt: a fraction in (0, 1); a value that looks like a percentage (11
   * for 11 %) gets the hint "did you mean 0.11?".
   *
   * @param rate the rate
   * @return {@code rate}
   * @throws ValidationException "debt_rate must be in (0, 1) /year (a fraction: did you mean 0.11?)
   *     but was 11 /year"
   */
  static double checkDebtRate(double rate) {
    try {
      return Check.inOpenRange(rate, 0, 1, "debt_rate", "/year");
    } catch (ValidationException e) {
      if (Double.isFinite(rate) && rate > 1 && rate <= 100) {
        throw new ValidationException(
            "debt_rate",
            e.value().orElse(null),
            e.rule() + " (a fraction: did you mean " + Check.format(rate / 100) + "?)");
      }
      throw e;
    }
  }

  /**
   * Returns cash-financed, straight-line terms.
   *
   * @param horizonYears the horizon
   * @param utilisation the utilisation in (0, 1]
   * @return the terms
   */
  static FinancialTerms of(int horizonYears, double utilisation) {
    return ImmutableFinancialTerms.builder()
        .horizonYears(horizonYears)
        .utilisation(utilisation)
        .build();
  }

  /**
   * Returns debt-financed, straight-line terms.
   *
   * @param horizonYears the horizon
   * @param utilisation the utilisation in (0, 1]
   * @param debtRate the interest rate per year, in (0, 1)
   * @param tenorYears the loan term in whole years
   * @return the terms
   * @since 0.2
   */
  static FinancialTerms debt(
      int horizonYears, double utilisation, double debtRate, int tenorYears) {
    return ImmutableFinancialTerms.builder()
        .horizonYears(horizonYears)
        .utilisation(utilisation)
        .financing(Financing.DEBT)
        .debtRate(debtRate)
        .debtTenorYears(tenorYears)
        .build();
  }

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param horizonYears the horizon, years
   * @return the copy
   * @since 0.4
   */
  FinancialTerms withHorizonYears(int horizonYears);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param utilisation the utilisation, a fraction in (0, 1]
   * @return the copy
   * @since 0.4
   */
  FinancialTerms withUtilisation(double utilisation);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param depreciation the depreciation
   * @return the copy
   * @since 0.4
   */
  FinancialTerms withDepreciation(Depreciation depreciation);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param financing cash or debt
   * @return the copy
   * @since 0.4
   */
  FinancialTerms withFinancing(Financing financing);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param debtRate the debt rate, a fraction per year
   * @return the copy
   * @since 0.4
   */
  FinancialTerms withDebtRate(double debtRate);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param debtTenorYears the debt tenor, years
   * @return the copy
   * @since 0.4
   */
  FinancialTerms withDebtTenorYears(int debtTenorYears);

  /** Returns a new builder. */
  static ImmutableFinancialTerms.Builder builder() {
    return ImmutableFinancialTerms.builder();
  }

  /**
   * Returns a copy with {@code debtRate} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  FinancialTerms withDebtRate(OptionalDouble optional);

  /**
   * Returns a copy with {@code debtTenorYears} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  FinancialTerms withDebtTenorYears(OptionalInt optional);
}
