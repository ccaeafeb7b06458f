package dev.flopex.core.finance;

/**
 * Sum of the years' digits: year {@code i} (from 0) gets {@code (life - i) / (life (life + 1) / 2)}
 * of the depreciable amount. See {@link DepreciationMethod#sumOfYearsDigits()}.
 */
final class SumOfYearsDigits extends AbstractDepreciationMethod {
  static final SumOfYearsDigits INSTANCE = new SumOfYearsDigits();

  private SumOfYearsDigits() {}

  @Override
  double plannedCharge(
      double depreciable, double residual, double lifeYears, int year, double bookValue) {
    // digits lifeYears, lifeYears - 1, ..., down to the last (fractional) year's; for a whole
    // life n this is the textbook n (n + 1) / 2
    double n = Math.ceil(lifeYears);
    double sumOfDigits = n * lifeYears - n * (n - 1) / 2;
    // divide first so that a huge depreciable amount cannot overflow
    return depreciable * ((lifeYears - year) / sumOfDigits);
  }

  @Override
  public String name() {
    return "sum-of-years-digits";
  }
}
