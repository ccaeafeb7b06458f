package dev.flopex.core.finance;

import com.google.common.base.Preconditions;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.util.OptionalDouble;

/**
 * Time-value-of-money functions on {@code double}s: capital recovery, annuity and discount factors,
 * escalation, net present value, internal rate of return and payback.
 *
 * <pre>{@code
 * TimeValue.capitalRecoveryFactor(0.08, 5);                   // 0.2504564545668366
 * TimeValue.annuityFactor(0.08, 5);                           // 3.992710037078085
 * TimeValue.discountFactor(0.08, 5);                          // 0.6805831970337531
 * TimeValue.escalate(100, 0.03, 10);                          // 134.39163793441218
 * TimeValue.npv(0.10, new double[] {-100, 39, 59, 55, 20});   // 39.19745918994605
 * TimeValue.irr(new double[] {-100, 39, 59, 55, 20});         // OptionalDouble[0.2809484211599...]
 * TimeValue.paybackYears(new double[] {-100, 39, 59, 55, 20});// OptionalDouble[2.036363...]
 * }</pre>
 *
 * <p><b>Conventions.</b> A rate is a fraction per year and must be {@code > -1}; {@code
 * cashFlows[0]} falls at time 0 and {@code cashFlows[i]} at the end of year {@code i}. This is the
 * textbook convention (Brealey, Myers and Allen, <i>Principles of Corporate Finance</i>, ch. 2 and
 * 5); spreadsheet {@code NPV(rate, values)} instead discounts its first value by one year, so
 * {@code NPV(r, a, b, c)} there equals {@code npv(r, new double[] {0, a, b, c})} here.
 *
 * <p><b>Speed.</b> These functions are called for every scenario of a sensitivity sweep or Monte
 * Carlo run, so they work on primitive {@code double}s and the scalar ones ({@link
 * #capitalRecoveryFactor}, {@link #annuityFactor}, {@link #discountFactor}, {@link #escalate},
 * {@link #npv}) allocate nothing on success. Only {@link #irr} and {@link #paybackYears} allocate,
 * for their {@link OptionalDouble} result.
 *
 * <p><b>Numerical care.</b> Powers are computed as {@code exp(t * log1p(r))} and the annuity
 * quantities through {@code expm1}, so that rates near zero (say {@code 1e-12}) give results
 * continuous with the limits at zero ({@code 1/n} and {@code n}) instead of the {@code 0/0} of the
 * textbook form.
 *
 * <p><b>Non-finite values.</b> No function returns NaN or an infinity. NaN or infinite inputs are
 * rejected with a {@link ValidationException} ("rate must be finite but was NaN"), and so is a
 * finite input whose result overflows a {@code double} (a rate close to -1 over many years, say):
 * the exception then names the function and the inputs, e.g. {@code "discountFactor must be finite
 * for rate -0.99, t 200 but was Infinity"}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class TimeValue {

  /**
   * The lowest rate {@link #irr} searches, {@code -0.999999} (a loss of 99.9999 % a year). The
   * search interval is open: {@code (IRR_MIN_RATE, IRR_MAX_RATE)}.
   */
  public static final double IRR_MIN_RATE = -0.999999;

  /** The highest rate {@link #irr} searches, {@code 1e6} (a gain of 100,000,000 % a year). */
  public static final double IRR_MAX_RATE = 1e6;

  /**
   * Width of the bracketing scan {@link #irr} uses for cash flows with several sign changes, in
   * continuously compounded rate {@code ln(1 + r)}: 0.005, i.e. about half a percentage point near
   * zero.
   */
  static final double IRR_SCAN_STEP = 0.005;

  private static final double LOG_MIN = Math.log1p(IRR_MIN_RATE);
  private static final double LOG_MAX = Math.log1p(IRR_MAX_RATE);

  /** Relative tolerance of the root in {@code x = ln(1 + r)}. */
  private static final double X_RELATIVE_TOLERANCE = 5e-15;

  /** Absolute tolerance of the root in {@code x = ln(1 + r)}, so that a root at zero is found. */
  private static final double X_ABSOLUTE_TOLERANCE = 1e-17;

  private static final int MAX_BRENT_ITERATIONS = 300;

  private TimeValue() {}

  /**
   * Returns the capital recovery factor: the level end-of-year payment that repays a loan of 1 over
   * {@code years} years at interest {@code rate}, {@code CRF = r (1+r)^n / ((1+r)^n - 1)}.
   *
   * <p>Multiplying a capital cost by it gives the equivalent yearly cost including the cost of
   * capital; the US NREL Annual Technology Baseline uses it this way in its fixed charge rate. At
   * {@code rate == 0} it is the limit {@code 1 / years}; near zero it is computed as {@code r /
   * -expm1(-n log1p(r))}, which is continuous with that limit. It is the reciprocal of {@link
   * #annuityFactor} and increases with {@code rate}. {@code years} need not be whole.
   *
   * <p>Allocates nothing.
   *
   * @param rate the interest (discount) rate per year, a fraction: {@code 0.08} is 8 %
   * @param years the number of yearly payments, {@code > 0}
   * @return the factor, finite and {@code >= 0}
   * @throws ValidationException "rate must be > -1 but was -1", "years must be > 0 but was -3", a
   *     NaN or infinite argument, or a result too large for a {@code double} (only for {@code
   *     years} below about {@code 1e-308})
   */
  public static double capitalRecoveryFactor(double rate, double years) {
    checkRate(rate);
    Check.positive(years, "years", "");
    double y = years * Math.log1p(rate);
    // y == 0 also when years * log1p(rate) underflows; the limit 1/n is then exact to rounding
    double crf = y == 0 ? 1 / years : rate / -Math.expm1(-y);
    if (!Double.isFinite(crf)) {
      throw overflow("capitalRecoveryFactor", crf, rate, "years", years);
    }
    return crf + 0.0;
  }

  /**
   * Returns the weighted average cost of capital, {@code WACC = E/V r_E + D/V r_D (1 - t)}: the
   * return a project must earn to pay its lenders (after the tax shield of interest) and its
   * owners. With {@code D/V = 1 - E/V}. (Brealey, Myers and Allen, <i>Principles of Corporate
   * Finance</i>, ch. 19; Damodaran, "Cost of capital by sector".)
   *
   * <p>It is the rate at which flopex discounts a project's own (unlevered) cash flows: how the
   * capital is raised enters through the rate, not through the cash flows, so paying cash or
   * borrowing at the same WACC gives the same economic cost. Allocates nothing.
   *
   * @param equityShare {@code E/V}, the share of the capital raised as equity, in {@code [0, 1]}
   * @param costOfEquity {@code r_E}, per year, in {@code (0, 1)}
   * @param costOfDebt {@code r_D}, the pre-tax interest rate per year, in {@code [0, 1)}
   * @param taxRate {@code t}, the marginal income-tax rate, in {@code [0, 1)}
   * @return the WACC, per year, a fraction in {@code (0, 1)}
   * @throws ValidationException "equityShare must be in [0, 1] but was 1.2", "costOfEquity must be
   *     in (0, 1) but was 12", ..., or "wacc must be in (0, 1) but was 0" when the parts give a
   *     WACC of 0 (all debt at 0 % interest)
   */
  public static double wacc(
      double equityShare, double costOfEquity, double costOfDebt, double taxRate) {
    Check.inClosedRange(equityShare, 0, 1, "equityShare", "");
    Check.inOpenRange(costOfEquity, 0, 1, "costOfEquity", "/year");
    Check.inHalfOpenRange(costOfDebt, 0, 1, "costOfDebt", "/year");
    Check.inHalfOpenRange(taxRate, 0, 1, "taxRate", "");
    double w = equityShare * costOfEquity + (1 - equityShare) * costOfDebt * (1 - taxRate);
    return Check.inOpenRange(w, 0, 1, "wacc", "/year");
  }

  /**
   * Returns the annuity factor: the present value of 1 paid at the end of each year for {@code
   * years} years, {@code (1 - (1+r)^-n) / r}; {@code years} at {@code rate == 0}.
   *
   * <p>Computed as {@code -expm1(-n log1p(r)) / r}, continuous with the limit at zero. The
   * reciprocal of {@link #capitalRecoveryFactor}. Allocates nothing.
   *
   * @param rate the discount rate per year, {@code > -1}
   * @param years the number of payments, {@code > 0}
   * @return the factor, finite and {@code > 0}
   * @throws ValidationException "rate must be > -1 but was -1", "years must be > 0 but was 0", a
   *     NaN or infinite argument, or a result that overflows (a rate near -1 over many years)
   */
  public static double annuityFactor(double rate, double years) {
    checkRate(rate);
    Check.positive(years, "years", "");
    double y = years * Math.log1p(rate);
    double af = y == 0 ? years : -Math.expm1(-y) / rate;
    if (!Double.isFinite(af)) {
      throw overflow("annuityFactor", af, rate, "years", years);
    }
    return af;
  }

  /**
   * Returns the discount factor {@code (1 + rate)^-t}: the present value of 1 received at time
   * {@code t} (years). Negative {@code t} compounds forward. Allocates nothing.
   *
   * @param rate the discount rate per year, {@code > -1}
   * @param t the time in years, any finite value
   * @return the factor, finite and {@code >= 0}
   * @throws ValidationException "rate must be > -1 but was -1", "t must be finite but was NaN", or
   *     a result that overflows
   */
  public static double discountFactor(double rate, double t) {
    checkRate(rate);
    Check.finite(t, "t", "");
    double df = Math.exp(-t * Math.log1p(rate));
    if (!Double.isFinite(df)) {
      throw overflow("discountFactor", df, rate, "t", t);
    }
    return df;
  }

  /**
   * Returns {@code amount * (1 + rate)^years}: a price escalated (or, with a negative rate,
   * deflated) at a constant yearly rate. Negative {@code years} de-escalates to an earlier price
   * basis. Allocates nothing.
   *
   * @param amount the amount today, any finite value
   * @param rate the escalation rate per year, {@code > -1}
   * @param years the number of years, any finite value
   * @return the escalated amount, finite
   * @throws ValidationException "amount must be finite but was NaN", "rate must be > -1 but was
   *     -1", or a result that overflows
   */
  public static double escalate(double amount, double rate, double years) {
    Check.finite(amount, "amount", "");
    checkRate(rate);
    Check.finite(years, "years", "");
    double result = amount * Math.exp(years * Math.log1p(rate));
    if (!Double.isFinite(result)) {
      throw new ValidationException(
          "escalate",
          Check.format(result),
          "must be finite for amount "
              + Check.format(amount)
              + ", rate "
              + Check.format(rate)
              + ", years "
              + Check.format(years));
    }
    return result + 0.0;
  }

  /**
   * Returns the net present value {@code sum over i of cashFlows[i] / (1 + rate)^i}, with {@code
   * cashFlows[0]} at time 0 (not discounted) and {@code cashFlows[i]} at the end of year {@code i}.
   *
   * <p>Evaluated by Horner's rule in {@code 1 / (1 + rate)}: one multiplication and one addition
   * per cash flow, no allocation. For spreadsheet-style flows that start at the end of year 1,
   * prepend a 0.
   *
   * @param rate the discount rate per year, {@code > -1}
   * @param cashFlows the cash flows, at least one, all finite; not modified
   * @return the net present value, finite
   * @throws ValidationException "rate must be > -1 but was -1", "cashFlows.length must be > 0 but
   *     was 0", "cashFlows[3] must be finite but was NaN", or a result that overflows
   * @throws NullPointerException if {@code cashFlows} is null
   */
  public static double npv(double rate, double[] cashFlows) {
    checkRate(rate);
    checkCashFlows(cashFlows);
    double npv = horner(1 / (1 + rate), cashFlows);
    if (!Double.isFinite(npv)) {
      throw new ValidationException(
          "npv",
          Check.format(npv),
          "must be finite for rate "
              + Check.format(rate)
              + " and "
              + cashFlows.length
              + " cash flows");
    }
    return npv + 0.0;
  }

  /**
   * Returns the internal rate of return: the rate {@code r} in {@code (IRR_MIN_RATE, IRR_MAX_RATE)}
   * at which {@link #npv npv(r, cashFlows)} is zero, or empty if there is none.
   *
   * <p><b>How it is found.</b> Zeros in {@code cashFlows} are skipped when counting sign changes.
   * With no sign change there is no IRR and the result is empty (this includes all-zero flows).
   * With exactly one (a conventional project: outflows, then inflows), Descartes' rule of signs
   * gives exactly one root, which is bracketed by the ends of the search interval and located by
   * Brent's method; if the NPV has the same sign at both ends the root lies outside the interval
   * and the result is empty.
   *
   * <p><b>Several sign changes.</b> Then there may be several IRRs (Lorie and Savage's pump project
   * {@code -1600, 10000, -10000} has 25 % and 400 %) or none. This method scans outward from {@code
   * r = 0} on both sides at once, in steps of 0.005 in {@code ln(1 + r)} (about half a percentage
   * point near zero), visiting the cells in order of their distance from zero; it refines the first
   * bracket (sign change) found with Brent's method and returns <b>the root nearest to zero</b> (25
   * % for the pump, not 400 %). Roots where the NPV touches zero without changing sign, and pairs
   * of roots closer together than one scan step, are not found (except a root exactly at zero). The
   * IRR of such flows is a poor decision rule; prefer {@link #npv} at the cost of capital.
   *
   * <p><b>Accuracy.</b> The root is located to a relative error below {@code 1e-12} in {@code r}
   * for {@code |r| >= 1e-5}, and to an absolute error of about {@code 1e-16} below that, limited
   * further only by the rounding of the NPV itself near the root (flows whose NPV is nearly flat at
   * the root determine it less precisely).
   *
   * <p><b>Cost.</b> A conventional project costs about 10 to 20 NPV evaluations (each one pass over
   * the flows); flows with several sign changes cost about one evaluation per scan step out to the
   * root (about 100 for a root at 25 %) and up to about 5,600 when there is no root at all.
   * Allocates only the result.
   *
   * @param cashFlows the cash flows, {@code cashFlows[0]} at time 0, at least one, all finite; not
   *     modified
   * @return the IRR as a fraction per year, or empty if none was found in the search interval
   * @throws ValidationException "cashFlows.length must be > 0 but was 0" or "cashFlows[3] must be
   *     finite but was NaN"
   * @throws NullPointerException if {@code cashFlows} is null
   */
  public static OptionalDouble irr(double[] cashFlows) {
    checkCashFlows(cashFlows);
    int changes = signChanges(cashFlows);
    if (changes == 0) {
      return OptionalDouble.empty();
    }
    double x = changes == 1 ? uniqueRoot(cashFlows) : rootNearestZero(cashFlows);
    return Double.isNaN(x) ? OptionalDouble.empty() : OptionalDouble.of(Math.expm1(x) + 0.0);
  }

  /**
   * Returns the payback period: the time in years at which the cumulative undiscounted cash flow
   * first becomes {@code >= 0}, interpolating linearly within the year in which it crosses zero.
   * Year {@code i}'s cash flow is assumed to arrive evenly between {@code i - 1} and {@code i}.
   *
   * <p>If {@code cashFlows[0] >= 0} the payback is 0. If the cumulative sum is still negative after
   * the last cash flow, the result is empty. Later negative flows that take the cumulative sum back
   * below zero do not change the result (it is the <em>first</em> crossing). Payback ignores the
   * time value of money; to get a discounted payback, pass the flows multiplied by {@link
   * #discountFactor}.
   *
   * <pre>{@code
   * paybackYears(new double[] {-100, 39, 59, 55, 20});   // 2 + 2/55 = 2.0363636...
   * }</pre>
   *
   * @param cashFlows the cash flows, {@code cashFlows[0]} at time 0, at least one, all finite; not
   *     modified
   * @return the payback in years, or empty if the flows never pay back
   * @throws ValidationException "cashFlows.length must be > 0 but was 0" or "cashFlows[3] must be
   *     finite but was NaN"
   * @throws NullPointerException if {@code cashFlows} is null
   */
  public static OptionalDouble paybackYears(double[] cashFlows) {
    checkCashFlows(cashFlows);
    double cumulative = cashFlows[0];
    if (cumulative >= 0) {
      return OptionalDouble.of(0);
    }
    for (int i = 1; i < cashFlows.length; i++) {
      double before = cumulative;
      cumulative += cashFlows[i];
      if (cumulative >= 0) {
        // before < 0 <= before + cashFlows[i], so cashFlows[i] > 0 and the fraction is in (0, 1]
        double fraction = Math.min(1.0, -before / cashFlows[i]);
        return OptionalDouble.of(i - 1 + fraction);
      }
    }
    return OptionalDouble.empty();
  }

  // ---------------------------------------------------------------------------------------------

  private static void checkRate(double rate) {
    Check.greaterThan(rate, -1, "rate", "");
  }

  private static void checkCashFlows(double[] cashFlows) {
    Preconditions.checkNotNull(cashFlows, "cashFlows");
    Check.positive(cashFlows.length, "cashFlows.length");
    for (int i = 0; i < cashFlows.length; i++) {
      if (!Double.isFinite(cashFlows[i])) {
        throw new ValidationException(
            "cashFlows[" + i + "]", Check.format(cashFlows[i]), "must be finite");
      }
    }
  }

  private static ValidationException overflow(
      String function, double result, double rate, String name, double value) {
    return new ValidationException(
        function,
        Check.format(result),
        "must be finite for rate " + Check.format(rate) + ", " + name + " " + Check.format(value));
  }

  /** {@code sum cashFlows[i] * v^i}; never NaN for finite flows and finite {@code v >= 0}. */
  private static double horner(double v, double[] cashFlows) {
    double acc = 0;
    for (int i = cashFlows.length - 1; i >= 0; i--) {
      acc = acc * v + cashFlows[i];
    }
    return acc;
  }

  /** The NPV as a function of the continuously compounded rate {@code x = ln(1 + r)}. */
  private static double npvAtLogRate(double x, double[] cashFlows) {
    return horner(Math.exp(-x), cashFlows);
  }

  private static int signChanges(double[] cashFlows) {
    int changes = 0;
    int previous = 0;
    for (double c : cashFlows) {
      int sign = c > 0 ? 1 : c < 0 ? -1 : 0;
      if (sign != 0) {
        if (previous != 0 && sign != previous) {
          changes++;
        }
        previous = sign;
      }
    }
    return changes;
  }

  /** One sign change: one root in (-1, inf); returns it in x, or NaN if outside the interval. */
  private static double uniqueRoot(double[] cashFlows) {
    double fLow = npvAtLogRate(LOG_MIN, cashFlows);
    double fHigh = npvAtLogRate(LOG_MAX, cashFlows);
    if (fLow == 0) {
      return LOG_MIN;
    }
    if (fHigh == 0) {
      return LOG_MAX;
    }
    if ((fLow > 0) == (fHigh > 0)) {
      return Double.NaN;
    }
    return brent(cashFlows, LOG_MIN, LOG_MAX, fLow, fHigh);
  }

  /**
   * Several sign changes: the root nearest r = 0, in x, or NaN. Two cursors walk outward from x =
   * 0, one towards {@code LOG_MIN} and one towards {@code LOG_MAX}; each step advances the one
   * whose next cell starts nearer to r = 0 (in |r|), so cells are visited in order of distance from
   * zero. The first bracket on a side is refined with Brent's method and ends that side; the walk
   * stops when no unvisited cell can start nearer to zero than the best root found.
   */
  private static double rootNearestZero(double[] cashFlows) {
    double f0 = npvAtLogRate(0, cashFlows);
    if (f0 == 0) {
      return 0;
    }
    double best = Double.NaN;
    double bestDistance = Double.POSITIVE_INFINITY;
    double xNegative = 0;
    double fNegative = f0;
    double xPositive = 0;
    double fPositive = f0;
    boolean negativeDone = false;
    boolean positiveDone = false;
    for (int kNegative = 0, kPositive = 0; !(negativeDone && positiveDone); ) {
      double nearNegative = negativeDone ? Double.POSITIVE_INFINITY : -Math.expm1(xNegative);
      double nearPositive = positiveDone ? Double.POSITIVE_INFINITY : Math.expm1(xPositive);
      if (Math.min(nearNegative, nearPositive) >= bestDistance) {
        break;
      }
      boolean negativeSide = nearNegative <= nearPositive;
      double xa = negativeSide ? xNegative : xPositive;
      double fa = negativeSide ? fNegative : fPositive;
      double xb =
          negativeSide
              ? Math.max(- ++kNegative * IRR_SCAN_STEP, LOG_MIN)
              : Math.min(++kPositive * IRR_SCAN_STEP, LOG_MAX);
      double fb = npvAtLogRate(xb, cashFlows);
      double root = Double.NaN;
      if (fb == 0) {
        root = xb;
      } else if ((fa > 0) != (fb > 0)) {
        root = brent(cashFlows, xa, xb, fa, fb);
      }
      boolean end = !Double.isNaN(root) || xb == (negativeSide ? LOG_MIN : LOG_MAX);
      if (!Double.isNaN(root) && Math.abs(Math.expm1(root)) < bestDistance) {
        best = root;
        bestDistance = Math.abs(Math.expm1(root));
      }
      if (negativeSide) {
        xNegative = xb;
        fNegative = fb;
        negativeDone = end;
      } else {
        xPositive = xb;
        fPositive = fb;
        positiveDone = end;
      }
    }
    return best;
  }

  /**
   * Brent's method (van Wijngaarden-Dekker-Brent; Brent 1973, in the form of Press et al.,
   * <i>Numerical Recipes</i>, {@code zbrent}) on the NPV in x, for a bracket whose ends have
   * opposite, non-zero signs. Falls back to bisection whenever a function value is infinite.
   */
  private static double brent(double[] cashFlows, double a, double b, double fa, double fb) {
    double c = b;
    double fc = fb;
    double d = 0;
    double e = 0;
    for (int iteration = 0; iteration < MAX_BRENT_ITERATIONS; iteration++) {
      if ((fb > 0) == (fc > 0)) {
        c = a;
        fc = fa;
        d = b - a;
        e = d;
      }
      if (Math.abs(fc) < Math.abs(fb)) {
        a = b;
        b = c;
        c = a;
        fa = fb;
        fb = fc;
        fc = fa;
      }
      double tolerance = X_RELATIVE_TOLERANCE * Math.abs(b) + X_ABSOLUTE_TOLERANCE;
      double half = 0.5 * (c - b);
      if (Math.abs(half) <= tolerance || fb == 0) {
        return b;
      }
      boolean finite = Double.isFinite(fa) && Double.isFinite(fb) && Double.isFinite(fc);
      if (finite && Math.abs(e) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
        double s = fb / fa;
        double p;
        double q;
        if (a == c) {
          p = 2 * half * s; // secant
          q = 1 - s;
        } else {
          double qq = fa / fc; // inverse quadratic interpolation
          double r = fb / fc;
          p = s * (2 * half * qq * (qq - r) - (b - a) * (r - 1));
          q = (qq - 1) * (r - 1) * (s - 1);
        }
        if (p > 0) {
          q = -q;
        }
        p = Math.abs(p);
        double min1 = 3 * half * q - Math.abs(tolerance * q);
        double min2 = Math.abs(e * q);
        if (2 * p < Math.min(min1, min2)) {
          e = d;
          d = p / q;
        } else {
          d = half;
          e = d;
        }
      } else {
        d = half;
        e = d;
      }
      a = b;
      fa = fb;
      b += Math.abs(d) > tolerance ? d : Math.copySign(tolerance, half);
      fb = npvAtLogRate(b, cashFlows);
    }
    return b;
  }
}
