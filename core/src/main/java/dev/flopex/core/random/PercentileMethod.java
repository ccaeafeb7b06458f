package dev.flopex.core.random;

import java.util.Locale;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link SampleSummary}'s percentiles were computed: exactly, from every value sorted
 * (Hyndman and Fan's type 7), or from a KLL quantile sketch (Karnin, Lang and Liberty 2016, as
 * implemented by Apache DataSketches) whose percentiles are within a stated normalised rank error.
 *
 * <pre>{@code
 * PercentileMethod m = summary.percentileMethod();
 * m.isExact();      // true when every value was kept and sorted
 * m.rankError();    // 0 when exact; else e.g. 7.1e-4: P95 lies between the exact P94.929 and P95.071
 * m.describe();     // "exact, n = 1,000,000" or "KLL sketch k = 4,096, rank error ±0.071 %, n = 100,000,000"
 * }</pre>
 *
 * <p><b>Rank error.</b> For a sketch, {@link #rankError()} is DataSketches' {@code
 * KllSketch.getNormalizedRankError(k, false)}: with 99 % confidence, the value returned for
 * fraction {@code p} has a rank (the fraction of values below it) within {@code p ± rankError()}.
 * It bounds the error in rank, not in value: in a steep part of the distribution a small rank error
 * is a small value error, in a long tail it can be larger.
 *
 * <p>Immutable; equal when kind, k, rank error and count are equal.
 *
 * @since 0.5
 */
public final class PercentileMethod {
  private final int k;
  private final double rankError;
  private final long count;

  private PercentileMethod(int k, double rankError, long count) {
    this.k = k;
    this.rankError = rankError;
    this.count = count;
  }

  /** Exact percentiles of {@code count} sorted values. */
  static PercentileMethod exact(long count) {
    return new PercentileMethod(0, 0, count);
  }

  /** Percentiles of {@code count} values from a KLL sketch of parameter {@code k}. */
  static PercentileMethod sketch(int k, double rankError, long count) {
    return new PercentileMethod(k, rankError, count);
  }

  /**
   * Returns whether the percentiles are exact (every value kept and sorted).
   *
   * @return true when exact, false when from a sketch
   */
  public boolean isExact() {
    return k == 0;
  }

  /**
   * Returns the KLL sketch's parameter k (the size of its largest compactor), or empty when exact.
   *
   * @return k
   */
  public OptionalInt sketchK() {
    return k == 0 ? OptionalInt.empty() : OptionalInt.of(k);
  }

  /**
   * Returns the normalised rank error of a percentile at 99 % confidence, as a fraction (7.1e-4 for
   * ±0.071 %), or 0 when exact.
   *
   * @return the rank error, {@code >= 0}
   */
  public double rankError() {
    return rankError;
  }

  /**
   * Returns the number of values summarised.
   *
   * @return the count, at least 1
   */
  public long count() {
    return count;
  }

  /**
   * Returns a one-line description for reports: {@code exact, n = 1,000,000} or {@code KLL sketch k
   * = 4,096, rank error ±0.071 %, n = 100,000,000}.
   *
   * @return the description
   */
  public String describe() {
    String n = String.format(Locale.ROOT, "n = %,d", count);
    if (isExact()) {
      return "exact, " + n;
    }
    return String.format(
        Locale.ROOT, "KLL sketch k = %,d, rank error ±%.2g %%, %s", k, 100 * rankError, n);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof PercentileMethod)) {
      return false;
    }
    PercentileMethod m = (PercentileMethod) o;
    return m.k == k && Double.compare(m.rankError, rankError) == 0 && m.count == count;
  }

  @Override
  public int hashCode() {
    return (31 * k + Double.hashCode(rankError)) * 31 + Long.hashCode(count);
  }

  @Override
  public String toString() {
    return "PercentileMethod{" + describe() + "}";
  }
}
