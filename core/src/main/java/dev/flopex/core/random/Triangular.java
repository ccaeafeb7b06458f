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

  @Override
  public double quantile(double p) {
    checkP(p);
    double x;
    if (p < modeProbability) {
      x = min + Math.sqrt(p * width * (mode - min));
    } else {
      x = max - Math.sqrt((1 - p) * width * (max - mode));
    }
    return Math.max(min, Math.min(max, x));
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
