package dev.flopex.core.random;

/**
 * The triangular distribution: density rising linearly from 0 at {@code min} to {@code 2 / (max -
 * min)} at {@code mode}, then falling to 0 at {@code max}. See {@link Distribution#triangular}.
 */
final class Triangular extends ThreePointDistribution {
  /** {@code F(mode) = (mode - min) / (max - min)}. */
  private final double modeProbability;

  Triangular(double min, double mode, double max) {
    super("triangular", min, mode, max);
    this.modeProbability = (mode - min) / width;
  }

  /**
   * {@code min + sqrt(p (max - min) (mode - min))} below the mode's probability, {@code max -
   * sqrt((1 - p) (max - min) (max - mode))} from it on.
   *
   * <p>Written without a branch: a random {@code p} falls on either side at random, so a branch is
   * mispredicted about half the time when the mode is inside the range. The side is the sign bit of
   * {@code p - modeProbability} (negative exactly when {@code p < modeProbability}: the difference
   * of two distinct doubles is never zero), and each operand is picked by that mask; {@code max -
   * r} is {@code max + (-r)} in IEEE 754, so every value is the branching form's bit for bit
   * (TriangularTest).
   */
  @Override
  public double quantile(double p) {
    checkP(p);
    long below = Double.doubleToRawLongBits(p - modeProbability) >> 63;
    double r = Math.sqrt(pick(below, p, 1 - p) * width * pick(below, mode - min, max - mode));
    double x = pick(below, min, max) + pick(below, r, -r);
    return Math.max(min, Math.min(max, x));
  }

  /** {@code a} where {@code mask} is all ones, {@code b} where it is zero. */
  private static double pick(long mask, double a, double b) {
    return Double.longBitsToDouble(
        (Double.doubleToRawLongBits(a) & mask) | (Double.doubleToRawLongBits(b) & ~mask));
  }

  /** {@code F(mode)}, where the quantile changes side. */
  double modeProbability() {
    return modeProbability;
  }

  @Override
  public double cdf(double x) {
    checkX(x);
    if (x <= min) {
      return 0;
    }
    if (x >= max) {
      return 1;
    }
    if (x <= mode) {
      double d = x - min;
      return d * d / (width * (mode - min));
    }
    double d = max - x;
    return 1 - d * d / (width * (max - mode));
  }

  @Override
  public double mean() {
    return min + ((mode - min) + width) / 3;
  }

  @Override
  public double variance() {
    // (a^2 + b^2 + c^2 - ab - ac - bc) / 18, with the origin moved to min
    double m = mode - min;
    return (m * m + width * width - m * width) / 18;
  }

  @Override
  double partialMoment(int k, double a, double b, double c) {
    double peak = 2 / width;
    double sum = 0;
    if (mode > min) {
      double slope = peak / (mode - min); // f(x) = slope (x - min)
      sum +=
          linearDensityMoment(k, Math.max(a, min), Math.min(b, mode), c, slope * (c - min), slope);
    }
    if (max > mode) {
      double slope = -peak / (max - mode); // f(x) = slope (x - max)
      sum +=
          linearDensityMoment(k, Math.max(a, mode), Math.min(b, max), c, slope * (c - max), slope);
    }
    return sum;
  }
}
