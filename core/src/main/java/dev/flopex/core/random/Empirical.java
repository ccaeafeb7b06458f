package dev.flopex.core.random;

import com.google.common.base.Preconditions;
import dev.flopex.core.validation.Check;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The distribution whose quantile function interpolates sorted observations linearly (the type-7
 * sample quantile): a mixture, with weight {@code 1 / (n - 1)} each, of the uniform distributions
 * on {@code [x(i), x(i+1)]}, a point mass where two observations tie. See {@link
 * Distribution#empirical}.
 */
final class Empirical extends AbstractDistribution {
  private final double[] sorted;
  private final double mean;
  private final double variance;

  Empirical(double[] samples) {
    Preconditions.checkNotNull(samples, "samples");
    Check.positive(samples.length, "samples.length");
    for (int i = 0; i < samples.length; i++) {
      Check.finite(samples[i], "samples[" + i + "]", "");
    }
    this.sorted = samples.clone();
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] += 0.0; // -0.0 -> 0.0, so sorting and equality agree
    }
    Arrays.sort(sorted);
    int n = sorted.length;
    if (n == 1) {
      this.mean = sorted[0];
      this.variance = 0;
      return;
    }
    // trapezoid rule: each segment's uniform has mean (a + b) / 2
    double total = Numerics.sum(sorted, 0, n) - 0.5 * (sorted[0] + sorted[n - 1]);
    this.mean = Math.max(sorted[0], Math.min(sorted[n - 1], total / (n - 1)));
    Numerics.Sum v = new Numerics.Sum();
    for (int i = 0; i + 1 < n; i++) {
      double a = sorted[i] - mean;
      double b = sorted[i + 1] - mean;
      v.add((a * a + a * b + b * b) / 3);
    }
    this.variance = Math.max(0, v.value() / (n - 1));
  }

  @Override
  public double quantile(double p) {
    checkP(p);
    return Numerics.type7(sorted, p);
  }

  @Override
  public double cdf(double x) {
    checkX(x);
    int n = sorted.length;
    if (x < sorted[0]) {
      return 0;
    }
    if (x >= sorted[n - 1]) {
      return 1;
    }
    // the last j with sorted[j] <= x; then sorted[j + 1] > x
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    double within = (x - sorted[lo]) / (sorted[lo + 1] - sorted[lo]);
    return Math.min(1, (lo + within) / (n - 1));
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
    int n = sorted.length;
    if (n == 1) {
      return a < sorted[0] && sorted[0] <= b ? power(sorted[0] - c, k) : 0;
    }
    double weight = 1.0 / (n - 1);
    Numerics.Sum s = new Numerics.Sum();
    for (int i = 0; i + 1 < n; i++) {
      double u = sorted[i];
      double v = sorted[i + 1];
      if (u == v) {
        if (a < u && u <= b) {
          s.add(weight * power(u - c, k));
        }
      } else {
        s.add(linearDensityMoment(k, Math.max(a, u), Math.min(b, v), c, weight / (v - u), 0));
      }
    }
    return s.value();
  }

  @Override
  public String describe() {
    return "empirical(n="
        + sorted.length
        + ", min="
        + Check.format(sorted[0])
        + ", max="
        + Check.format(sorted[sorted.length - 1])
        + ")";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Empirical && Arrays.equals(((Empirical) o).sorted, sorted);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sorted);
  }
}
