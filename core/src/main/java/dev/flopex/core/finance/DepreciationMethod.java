package dev.flopex.core.finance;

import dev.flopex.core.validation.ValidationException;

/**
 * A depreciation method: how the depreciable amount {@code cost - residual} of an asset (a GPU
 * server, a cluster's network) is spread over its life in years.
 *
 * <pre>{@code
 * DepreciationMethod ddb = DepreciationMethod.decliningBalance(2);
 * ddb.name();                                  // "declining-balance(2.0)"
 * double[] c = ddb.charges(10_000, 0, 5);      // 4000, 2400, 1440, 1080, 1080
 * ddb.bookValue(10_000, 0, 5, 2);              // 3600
 *
 * double[] buffer = new double[8];             // reused across scenarios: no allocation
 * DepreciationMethod.straightLine().charges(30_000, 7_500, 8, buffer);
 * }</pre>
 *
 * <p>Factories: {@link #straightLine()}, {@link #decliningBalance(double)} (with the switch to
 * straight line) and {@link #sumOfYearsDigits()}. The formulas and their sources are in {@code
 * docs/finance.md}.
 *
 * <p><b>Contract.</b> Every method returned by the factories guarantees, for valid input:
 *
 * <ul>
 *   <li>each yearly charge is finite and {@code >= 0};
 *   <li>the charges sum to {@code cost - residual}: the last year absorbs the rounding of the
 *       earlier ones, so the sum (added in year order) is exact to within a few ulps, far inside
 *       {@code 1e-9} relative;
 *   <li>{@link #bookValue bookValue(cost, residual, life, k)} is {@code cost} at {@code k = 0},
 *       never increases with {@code k}, never falls below {@code residual}, equals {@code residual}
 *       from {@code k = life} on, and in between is {@code max(residual, cost - (charges[0] + ... +
 *       charges[k-1]))}, computed exactly as that sum;
 *   <li>the same input gives bit-for-bit the same output.
 * </ul>
 *
 * <p>Charges are per whole year of use, with a fractional last year when the life is fractional;
 * there is no half-year or mid-quarter convention, so MACRS percentage tables (which use the
 * half-year convention) are not reproduced; the switch rule is the one they use.
 *
 * <p><b>Validation.</b> {@code cost >= 0}, {@code 0 <= residual <= cost} and {@code lifeYears > 0};
 * otherwise {@link ValidationException}, e.g. {@code "residual must be in [0, 10000] but was
 * 12000"} or {@code "lifeYears must be > 0 but was 0"}. Amounts are in any one currency; the
 * methods work on {@code double}s for the same reason as {@link TimeValue}.
 *
 * <p>Implementations are immutable and thread-safe. Other implementations should keep the contract
 * above.
 *
 * @since 0.1
 */
public interface DepreciationMethod {

  /**
   * Straight-line depreciation: {@code (cost - residual) / lifeYears} each year.
   *
   * @return the method, named {@code "straight-line"}
   */
  static DepreciationMethod straightLine() {
    return StraightLine.INSTANCE;
  }

  /**
   * Declining-balance depreciation at {@code factor / lifeYears} of the book value each year,
   * switching to straight line over the remaining years when that gives an equal or larger charge
   * (the rule of IRS Publication 946 for MACRS 200 % and 150 % declining balance), and never
   * depreciating below the residual value.
   *
   * <p>Each year {@code i} (from 0), with book value {@code B} at its start, the charge is {@code
   * max(B * factor / life, (B - residual) / (life - i))}, capped at what remains to depreciate. The
   * declining-balance rate applies to the whole book value, residual included, as textbooks and IRS
   * Publication 946 do. {@code factor} 2 is double-declining balance, 1.5 the 150 % method; {@code
   * factor} 1 with no residual is the same as straight line.
   *
   * @param factor the multiple of the straight-line rate, {@code >= 1}
   * @return the method, named e.g. {@code "declining-balance(2.0)"}
   * @throws ValidationException "factor must be >= 1 but was 0.5", or "factor must be finite but
   *     was NaN"
   */
  static DepreciationMethod decliningBalance(double factor) {
    return new DecliningBalance(factor);
  }

  /**
   * Sum-of-years'-digits depreciation: in year {@code i} (from 0), {@code (cost - residual) *
   * (lifeYears - i) / (lifeYears (lifeYears + 1) / 2)}.
   *
   * @return the method, named {@code "sum-of-years-digits"}
   */
  static DepreciationMethod sumOfYearsDigits() {
    return SumOfYearsDigits.INSTANCE;
  }

  /**
   * Returns the method's name, e.g. {@code "straight-line"}, {@code "declining-balance(2.0)"} or
   * {@code "sum-of-years-digits"}.
   *
   * @return the name
   */
  String name();

  /**
   * Writes the yearly charges into {@code out[0]} to {@code out[ceil(lifeYears) - 1]}; entries
   * beyond are left alone. Allocates nothing, so a buffer can be reused across scenarios.
   *
   * <p>A life need not be whole: a 5.5-year life is charged over six years, the sixth carrying half
   * a year's straight-line charge (the rate is {@code 1 / 5.5} of the depreciable amount a year).
   * The declining-balance rate is {@code factor / lifeYears} and its switch to straight line
   * spreads the rest over the remaining {@code lifeYears - year}; sum-of-years'-digits uses the
   * digits {@code lifeYears, lifeYears - 1, ...}, the last one fractional.
   *
   * @param cost the asset's cost (depreciable basis), {@code >= 0}
   * @param residual its residual (salvage) value at the end of its life, in {@code [0, cost]}
   * @param lifeYears its life in years, {@code > 0} and at most one million; fractions allowed
   * @param out where to write the charges; at least {@code ceil(lifeYears)} long
   * @throws ValidationException "cost must be >= 0 but was -1", "residual must be in [0, 100] but
   *     was 120", "lifeYears must be > 0 years but was 0 years", "out.length must be >=
   *     ceil(lifeYears) (5) but was 3", or a NaN or infinite amount
   * @throws NullPointerException if {@code out} is null
   */
  void charges(double cost, double residual, double lifeYears, double[] out);

  /**
   * Returns the yearly charges in a new array of length {@code ceil(lifeYears)}, as {@link
   * #charges(double, double, double, double[])}.
   *
   * @param cost the asset's cost, {@code >= 0}
   * @param residual its residual value, in {@code [0, cost]}
   * @param lifeYears its life in years, {@code > 0}; fractions allowed
   * @return the charges, year 1 first
   * @throws ValidationException as {@link #charges(double, double, double, double[])}
   */
  default double[] charges(double cost, double residual, double lifeYears) {
    AbstractDepreciationMethod.checkInputs(cost, residual, lifeYears);
    double[] out = new double[AbstractDepreciationMethod.years(lifeYears)];
    charges(cost, residual, lifeYears, out);
    return out;
  }

  /**
   * Returns the book value after {@code afterYears} years of depreciation: {@code cost} at 0,
   * {@code residual} from {@code ceil(lifeYears)} on. Allocates nothing; takes time proportional to
   * {@code min(afterYears, lifeYears)}.
   *
   * @param cost the asset's cost, {@code >= 0}
   * @param residual its residual value, in {@code [0, cost]}
   * @param lifeYears its life in years, {@code > 0}; fractions allowed
   * @param afterYears the number of whole years depreciated, {@code >= 0}; may exceed {@code
   *     lifeYears}
   * @return the book value, in {@code [residual, cost]}
   * @throws ValidationException as {@link #charges(double, double, double, double[])}, or
   *     "afterYears must be >= 0 but was -1"
   */
  double bookValue(double cost, double residual, double lifeYears, int afterYears);
}
