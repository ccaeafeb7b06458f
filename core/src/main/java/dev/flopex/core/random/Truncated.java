package dev.flopex.core.random;

import com.google.common.base.Preconditions;
import dev.flopex.core.validation.Check;
import org.jspecify.annotations.Nullable;

/** A distribution conditioned on {@code lo < X <= hi}. See {@link Distribution#truncated}. */
final class Truncated extends AbstractDistribution {
  /** Midpoints used for the mean and variance of a truncated distribution of another package. */
  static final int NUMERIC_POINTS = 1 << 16;

  private final Distribution base;
  private final double lo;
  private final double hi;
  private final double cdfLo;
  private final double cdfHi;
  private final double mass;
  private final double mean;
  private final double variance;

  Truncated(Distribution base, double lo, double hi) {
    this.base = Preconditions.checkNotNull(base, "d");
    Check.finite(lo, "lo", "");
    Check.finite(hi, "hi", "");
    Check.that(hi > lo, "hi", Check.format(hi), "must be > lo (" + Check.format(lo) + ")");
    this.lo = lo + 0.0;
    this.hi = hi + 0.0;
    this.cdfLo = base.cdf(lo);
    this.cdfHi = base.cdf(hi);
    this.mass = cdfHi - cdfLo;
    Check.that(
        mass > 0,
        "[lo, hi]",
        "[" + Check.format(lo) + ", " + Check.format(hi) + "]",
        "must have probability > 0 under " + base.describe());
    double m0 =
        base instanceof AbstractDistribution
            ? ((AbstractDistribution) base).partialMoment(0, lo, hi, 0)
            : 0;
    if (m0 > 0) {
      // two passes, each about a centre near the truncated mean, to limit cancellation: first
      // the base mean clamped to [lo, hi], then the truncated mean itself
      AbstractDistribution d = (AbstractDistribution) base;
      double centre = Math.max(lo, Math.min(hi, base.mean()));
      double m = Math.max(lo, Math.min(hi, centre + d.partialMoment(1, lo, hi, centre) / m0));
      double m1 = d.partialMoment(1, lo, hi, m) / m0;
      double m2 = d.partialMoment(2, lo, hi, m) / m0;
      this.mean = Math.max(lo, Math.min(hi, m + m1));
      this.variance = Math.max(0, m2 - m1 * m1);
    } else {
      double[] moments = numericMoments();
      this.mean = moments[0];
      this.variance = moments[1];
    }
  }

  /** Mean and variance by the midpoint rule on the quantile function. */
  private double[] numericMoments() {
    double[] x = new double[NUMERIC_POINTS];
    for (int i = 0; i < NUMERIC_POINTS; i++) {
      x[i] = quantile((i + 0.5) / NUMERIC_POINTS);
    }
    double m = Numerics.sum(x, 0, x.length) / NUMERIC_POINTS;
    Numerics.Sum v = new Numerics.Sum();
    for (double xi : x) {
      v.add((xi - m) * (xi - m));
    }
    return new double[] {m, v.value() / NUMERIC_POINTS};
  }

  @Override
  public double quantile(double p) {
    checkP(p);
    double u = Math.min(cdfHi, cdfLo + p * mass);
    double x = base.quantile(u);
    return Math.max(lo, Math.min(hi, x));
  }

  @Override
  public double cdf(double x) {
    checkX(x);
    if (x <= lo) {
      return 0;
    }
    if (x >= hi) {
      return 1;
    }
    return Math.max(0, Math.min(1, (base.cdf(x) - cdfLo) / mass));
  }

  @Override
  public double mean() {
    return mean;
  }

  @Override
  public double variance() {
    return variance;
  }

  @Override
  double partialMoment(int k, double a, double b, double c) {
    double from = Math.max(a, lo);
    double to = Math.min(b, hi);
    if (!(to > from)) {
      return 0;
    }
    if (base instanceof AbstractDistribution) {
      return ((AbstractDistribution) base).partialMoment(k, from, to, c) / mass;
    }
    // not reached for this package's distributions; a coarse midpoint rule otherwise
    Numerics.Sum s = new Numerics.Sum();
    for (int i = 0; i < NUMERIC_POINTS; i++) {
      double x = quantile((i + 0.5) / NUMERIC_POINTS);
      if (from < x && x <= to) {
        s.add(power(x - c, k));
      }
    }
    return s.value() / NUMERIC_POINTS;
  }

  @Override
  public String describe() {
    return "truncated("
        + base.describe()
        + ", lo="
        + Check.format(lo)
        + ", hi="
        + Check.format(hi)
        + ")";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Truncated
        && ((Truncated) o).base.equals(base)
        && Double.compare(((Truncated) o).lo, lo) == 0
        && Double.compare(((Truncated) o).hi, hi) == 0;
  }

  @Override
  public int hashCode() {
    return (31 * base.hashCode() + Double.hashCode(lo)) * 31 + Double.hashCode(hi);
  }
}
