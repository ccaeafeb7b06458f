package dev.flopex.core.random;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;

/**
 * What the distributions of this package share: argument checks for the hot path, and partial
 * moments, from which {@link Truncated} gets an exact mean and variance.
 */
abstract class AbstractDistribution implements Distribution {

  /**
   * Returns {@code integral over (a, b] of (x - c)^k dF(x)} for {@code k} in {0, 1, 2}, where
   * {@code a < b} may be infinite and {@code c} (a centre, to limit cancellation) is finite.
   */
  abstract double partialMoment(int k, double a, double b, double c);

  /** Checks a probability argument; allocates nothing unless it throws. */
  @CanIgnoreReturnValue
  static double checkP(double p) {
    if (p >= 0 && p <= 1) {
      return p; // the common case, small enough to inline into every quantile (NaN fails it)
    }
    return Check.inClosedRange(p, 0, 1, "p", "");
  }

  /** Checks a {@code cdf} argument: anything but NaN. */
  @CanIgnoreReturnValue
  static double checkX(double x) {
    if (Double.isNaN(x)) {
      throw new ValidationException("x", "NaN", "must not be NaN");
    }
    return x;
  }

  /** Checks {@code min < max} with both finite and a finite width; returns the width. */
  static double checkRange(double min, double max) {
    Check.finite(min, "min", "");
    Check.finite(max, "max", "");
    Check.that(max > min, "max", Check.format(max), "must be > min (" + Check.format(min) + ")");
    double width = max - min;
    Check.that(Double.isFinite(width), "max - min", Check.format(width), "must be finite");
    return width;
  }

  /** Checks {@code min <= mode <= max}. */
  static void checkMode(double min, double mode, double max) {
    Check.finite(mode, "mode", "");
    Check.that(
        mode >= min && mode <= max,
        "mode",
        Check.format(mode),
        "must be in [min, max] = [" + Check.format(min) + ", " + Check.format(max) + "]");
  }

  /** {@code y^k} for k in {0, 1, 2}. */
  static double power(double y, int k) {
    return k == 0 ? 1 : k == 1 ? y : y * y;
  }

  /**
   * {@code integral over [s, t] of (x - c)^k (alpha + beta (x - c)) dx}: the partial moment of a
   * piece of density that is linear in x, written about the centre c. Zero when {@code t <= s}.
   */
  static double linearDensityMoment(
      int k, double s, double t, double c, double alpha, double beta) {
    if (!(t > s)) {
      return 0;
    }
    double ys = s - c;
    double yt = t - c;
    double first = (power(yt, k) * yt - power(ys, k) * ys) / (k + 1);
    double second = (power(yt, k) * yt * yt - power(ys, k) * ys * ys) / (k + 2);
    return alpha * first + beta * second;
  }

  @Override
  public final String toString() {
    return describe();
  }
}
