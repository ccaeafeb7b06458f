package dev.flopex.core.random;

import dev.flopex.core.validation.Check;
import org.jspecify.annotations.Nullable;

/** A point mass. See {@link Distribution#constant}. */
final class Constant extends AbstractDistribution {
  private final double value;

  Constant(double value) {
    this.value = Check.finite(value, "value", "") + 0.0;
  }

  @Override
  public double quantile(double p) {
    checkP(p);
    return value;
  }

  @Override
  public double cdf(double x) {
    checkX(x);
    return x < value ? 0 : 1;
  }

  @Override
  public double mean() {
    return value;
  }

  @Override
  public double variance() {
    return 0;
  }

  @Override
  double partialMoment(int k, double a, double b, double c) {
    return a < value && value <= b ? power(value - c, k) : 0;
  }

  @Override
  public String describe() {
    return "constant(" + Check.format(value) + ")";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Constant && Double.compare(((Constant) o).value, value) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(value) + 3;
  }
}
