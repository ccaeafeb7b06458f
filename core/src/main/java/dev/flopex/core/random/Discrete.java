package dev.flopex.core.random;

import com.google.common.base.Preconditions;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A discrete distribution on finitely many values. Values are held sorted, zero-probability values
 * dropped and probabilities normalised, with their running sums for the quantile (a binary search).
 * See {@link Distribution#discrete}.
 */
final class Discrete extends AbstractDistribution {
  /** The tolerance on the sum of the probabilities. */
  static final double SUM_TOLERANCE = 1e-9;

  private static final int DESCRIBE_LIMIT = 6;

  private final double[] values;
  private final double[] probabilities;

  /** {@code cumulative[i] = probabilities[0] + ... + probabilities[i]}; the last is exactly 1. */
  private final double[] cumulative;

  private final double mean;
  private final double variance;

  Discrete(double[] values, double[] probabilities) {
    Preconditions.checkNotNull(values, "values");
    Preconditions.checkNotNull(probabilities, "probabilities");
    Check.positive(values.length, "values.length");
    if (probabilities.length != values.length) {
      throw new ValidationException(
          "probabilities.length",
          Integer.toString(probabilities.length),
          "must be = values.length (" + values.length + ")");
    }
    Numerics.Sum total = new Numerics.Sum();
    for (int i = 0; i < values.length; i++) {
      Check.finite(values[i], "values[" + i + "]", "");
      Check.nonNegative(probabilities[i], "probabilities[" + i + "]", "");
      total.add(probabilities[i]);
    }
    double sum = total.value();
    if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
      throw new ValidationException(
          "sum(probabilities)", Check.format(sum), "must be 1 (within 1e-9)");
    }
    Integer[] order =
        IntStream.range(0, values.length)
            .filter(i -> probabilities[i] > 0)
            .boxed()
            .sorted(Comparator.comparingDouble(i -> values[i]))
            .toArray(Integer[]::new);
    int n = order.length;
    this.values = new double[n];
    this.probabilities = new double[n];
    this.cumulative = new double[n];
    Numerics.Sum running = new Numerics.Sum();
    for (int k = 0; k < n; k++) {
      this.values[k] = values[order[k]] + 0.0;
      this.probabilities[k] = probabilities[order[k]] / sum;
      running.add(probabilities[order[k]]);
      this.cumulative[k] = Math.min(1, running.value() / sum);
    }
    this.cumulative[n - 1] = 1;

    Numerics.Sum m = new Numerics.Sum();
    for (int k = 0; k < n; k++) {
      m.add(this.probabilities[k] * this.values[k]);
    }
    this.mean = Math.max(this.values[0], Math.min(this.values[n - 1], m.value()));
    Numerics.Sum v = new Numerics.Sum();
    for (int k = 0; k < n; k++) {
      double d = this.values[k] - mean;
      v.add(this.probabilities[k] * d * d);
    }
    this.variance = Math.max(0, v.value());
  }

  @Override
  public double quantile(double p) {
    checkP(p);
    // the first index whose cumulative probability reaches p
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] >= p) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return values[lo];
  }

  @Override
  public double cdf(double x) {
    checkX(x);
    int j = lastAtOrBelow(x);
    return j < 0 ? 0 : cumulative[j];
  }

  /** The last index with {@code values[j] <= x}, or -1. */
  private int lastAtOrBelow(double x) {
    int lo = 0;
    int hi = values.length; // answer + 1 lies in [lo, hi]
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (values[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
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
    Numerics.Sum s = new Numerics.Sum();
    for (int i = 0; i < values.length; i++) {
      if (a < values[i] && values[i] <= b) {
        s.add(probabilities[i] * power(values[i] - c, k));
      }
    }
    return s.value();
  }

  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder("discrete(");
    if (values.length > DESCRIBE_LIMIT) {
      return sb.append(values.length)
          .append(" values in [")
          .append(Check.format(values[0]))
          .append(", ")
          .append(Check.format(values[values.length - 1]))
          .append("])")
          .toString();
    }
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(Check.format(values[i]))
          .append(" (p=")
          .append(Check.format(probabilities[i]))
          .append(')');
    }
    return sb.append(')').toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Discrete
        && Arrays.equals(((Discrete) o).values, values)
        && Arrays.equals(((Discrete) o).probabilities, probabilities);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(values) + Arrays.hashCode(probabilities);
  }
}
