package dev.flopex.core.random;

/**
 * Compensated summation and the type-7 sample quantile, shared by the statistics and {@link
 * Empirical}.
 */
final class Numerics {
  private Numerics() {}

  /**
   * A running sum with Neumaier's compensation (Neumaier 1974, an improvement of Kahan 1965): the
   * error is bounded by about one rounding of the result plus {@code n eps^2 sum |x_i|},
   * independent of the order of magnitude of the terms. Mutable; not thread-safe.
   */
  static final class Sum {
    private double sum;
    private double compensation;

    void add(double x) {
      double t = sum + x;
      if (Math.abs(sum) >= Math.abs(x)) {
        compensation += (sum - t) + x;
      } else {
        compensation += (x - t) + sum;
      }
      sum = t;
    }

    /** The running sum without the compensation, for serialising. */
    double rawSum() {
      return sum;
    }

    /** The compensation, for serialising. */
    double rawCompensation() {
      return compensation;
    }

    /** Restores a serialised state. */
    void restore(double rawSum, double rawCompensation) {
      this.sum = rawSum;
      this.compensation = rawCompensation;
    }

    /** Adds another running sum (its sum, then its compensation); {@code other} is unchanged. */
    void add(Sum other) {
      add(other.sum);
      add(other.compensation);
    }

    double value() {
      return sum + compensation;
    }
  }

  /** The compensated sum of {@code values[from..to)}. */
  static double sum(double[] values, int from, int to) {
    Sum s = new Sum();
    for (int i = from; i < to; i++) {
      s.add(values[i]);
    }
    return s.value();
  }

  /**
   * The type-7 quantile of Hyndman and Fan (1996) of sorted, finite values, for {@code p} in [0,
   * 1]: with {@code h = (n - 1) p}, {@code x[floor h] + (h - floor h) (x[floor h + 1] - x[floor
   * h])}. Clamped to the two order statistics it interpolates, so it is non-decreasing in {@code p}
   * despite rounding. Allocates nothing.
   */
  static double type7(double[] sorted, double p) {
    int n = sorted.length;
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) {
      return sorted[n - 1];
    }
    double frac = h - lo;
    double a = sorted[lo];
    double b = sorted[lo + 1];
    double diff = b - a;
    double x = Double.isFinite(diff) ? a + frac * diff : a * (1 - frac) + b * frac;
    return Math.max(a, Math.min(b, x));
  }
}
