package dev.flopex.core.finance;

import com.google.common.base.Preconditions;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;

/**
 * The schedule loop shared by the built-in methods. A subclass says what it would charge in a year
 * ({@link #plannedCharge}); this class caps that at what remains, lets the last year absorb the
 * rounding, and derives the book value from the same running sum, so that the invariants of {@link
 * DepreciationMethod} hold by construction.
 */
abstract class AbstractDepreciationMethod implements DepreciationMethod {

  /** The longest life accepted, in years: a schedule is one array entry per year. */
  static final double MAX_LIFE_YEARS = 1_000_000;

  static void checkInputs(double cost, double residual, double lifeYears) {
    Check.nonNegative(cost, "cost", "");
    Check.inClosedRange(residual, 0, cost, "residual", "");
    Check.positive(lifeYears, "lifeYears", "years");
    if (lifeYears > MAX_LIFE_YEARS) { // not Check.that: its message would be built on every call
      throw new ValidationException(
          "lifeYears",
          Check.format(lifeYears, "years"),
          "must be <= " + Check.format(MAX_LIFE_YEARS, "years"));
    }
  }

  /** The number of years a life of {@code lifeYears} is charged in: {@code ceil(lifeYears)}. */
  static int years(double lifeYears) {
    return (int) Math.ceil(lifeYears);
  }

  /**
   * The charge the method plans for year {@code year} (0-based, never the last year) before
   * capping. Must not be NaN for finite, valid input; negative values are treated as zero and
   * values above what remains are capped.
   *
   * @param depreciable {@code cost - residual}
   * @param residual the residual value
   * @param lifeYears the life
   * @param year the year, {@code 0 <= year < ceil(lifeYears) - 1}
   * @param bookValue the book value at the start of the year, {@code cost} minus the charges so far
   */
  abstract double plannedCharge(
      double depreciable, double residual, double lifeYears, int year, double bookValue);

  private double charge(
      double cost,
      double residual,
      double depreciable,
      double lifeYears,
      int year,
      double accumulated) {
    double remaining = Math.max(0, depreciable - accumulated);
    double planned = plannedCharge(depreciable, residual, lifeYears, year, cost - accumulated);
    return Math.min(Math.max(planned, 0), remaining) + 0.0;
  }

  @Override
  public final void charges(double cost, double residual, double lifeYears, double[] out) {
    checkInputs(cost, residual, lifeYears);
    Preconditions.checkNotNull(out, "out");
    int n = years(lifeYears);
    if (out.length < n) {
      throw new ValidationException(
          "out.length", Integer.toString(out.length), "must be >= ceil(lifeYears) (" + n + ")");
    }
    double depreciable = cost - residual;
    double accumulated = 0;
    int last = n - 1;
    for (int year = 0; year < last; year++) {
      double c = charge(cost, residual, depreciable, lifeYears, year, accumulated);
      out[year] = c;
      accumulated += c;
    }
    out[last] = Math.max(0, depreciable - accumulated) + 0.0;
  }

  @Override
  public final double bookValue(double cost, double residual, double lifeYears, int afterYears) {
    checkInputs(cost, residual, lifeYears);
    if (afterYears < 0) {
      throw new ValidationException("afterYears", Integer.toString(afterYears), "must be >= 0");
    }
    if (afterYears >= years(lifeYears)) {
      return residual + 0.0;
    }
    double depreciable = cost - residual;
    double accumulated = 0;
    for (int year = 0; year < afterYears; year++) {
      accumulated += charge(cost, residual, depreciable, lifeYears, year, accumulated);
    }
    return Math.max(residual, cost - accumulated) + 0.0;
  }

  @Override
  public String toString() {
    return name();
  }
}
