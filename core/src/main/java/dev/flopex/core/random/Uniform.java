package dev.flopex.core.random;

import dev.flopex.core.validation.Check;
import org.jspecify.annotations.Nullable;

/** The continuous uniform distribution. See {@link Distribution#uniform}. */
final class Uniform extends AbstractDistribution {
  private final double min;
  private final double max;
  private final double width;

  Uniform(double min, double max) {
    this.width = checkRange(min, max);
    this.min = min + 0.0;
    this.max = max + 0.0;
  }

  @Override
  public double quantile(double p) {
    checkP(p);
    return p == 1 ? max : Math.min(max, min + p * width);
  }

  @Override
  public double cdf(double x) {
    checkX(x);
    if (x <= min) {
      return 0;
    }
    return x >= max ? 1 : Math.min(1, (x - min) / width);
  }

  @Override
  public double mean() {
    return min + 0.5 * width;
  }

  @Override
  public double variance() {
    return width * width / 12;
  }

  @Override
  double partialMoment(int k, double a, double b, double c) {
    return linearDensityMoment(k, Math.max(a, min), Math.min(b, max), c, 1 / width, 0);
  }

  @Override
  public String describe() {
    return "uniform(min=" + Check.format(min) + ", max=" + Check.format(max) + ")";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Uniform
        && Double.compare(((Uniform) o).min, min) == 0
        && Double.compare(((Uniform) o).max, max) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(min) + Double.hashCode(max);
  }
}
