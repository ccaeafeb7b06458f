package dev.flopex.core.random;

import com.google.common.base.Preconditions;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.util.Arrays;

/**
 * Collects Monte Carlo results and summarises them as a {@link SampleStatistics}. Keeps every
 * value, since percentiles need them all. Mutable and not thread-safe: use one per thread and
 * {@link #addAll(StatisticsAccumulator) merge} them.
 *
 * <pre>{@code
 * StatisticsAccumulator acc = StatisticsAccumulator.withExpectedCount(100_000);
 * for (long i = 0; i < 100_000; i++) {
 *   acc.add(model(seed, i));
 * }
 * SampleStatistics stats = acc.snapshot();
 * stats.mean(); stats.standardError(); stats.p5(); stats.p95();
 * }</pre>
 *
 * <p><b>Order independence.</b> {@link #snapshot()} sorts the values and computes every statistic
 * from the sorted array, so the result is bit-identical whatever order the values were added in, in
 * particular however the samples were split between threads.
 *
 * <p><b>Non-finite values</b> are rejected when added, with a {@link ValidationException} naming
 * the value's position ({@code "samples[17] must be finite but was NaN"}): a NaN or an infinity
 * from a model is a bug to surface, not a value to average.
 *
 * @since 0.1
 */
public final class StatisticsAccumulator {
  private static final int MAX_COUNT = Integer.MAX_VALUE - 8;

  private double[] values;
  private int size;

  private StatisticsAccumulator(int capacity) {
    this.values = new double[Math.max(16, capacity)];
  }

  /**
   * Creates an empty accumulator.
   *
   * @return the accumulator
   */
  public static StatisticsAccumulator create() {
    return new StatisticsAccumulator(16);
  }

  /**
   * Creates an empty accumulator with room for {@code expectedCount} values.
   *
   * @param expectedCount the expected number of values, {@code >= 0}
   * @return the accumulator
   * @throws ValidationException "expectedCount must be >= 0 but was -1"
   */
  public static StatisticsAccumulator withExpectedCount(int expectedCount) {
    Check.that(
        expectedCount >= 0, "expectedCount", Integer.toString(expectedCount), "must be >= 0");
    return new StatisticsAccumulator(expectedCount);
  }

  private void ensureCapacity(long needed) {
    if (needed > MAX_COUNT) {
      throw new ValidationException(
          "count", Long.toString(needed), "must be <= " + MAX_COUNT + " (the largest array)");
    }
    if (needed > values.length) {
      long grown = Math.max(needed, Math.min(MAX_COUNT, values.length + (values.length >> 1)));
      values = Arrays.copyOf(values, (int) grown);
    }
  }

  /**
   * Adds one value.
   *
   * @param x the value, finite
   * @return this accumulator
   * @throws ValidationException "samples[17] must be finite but was NaN", naming the value's
   *     0-based position
   */
  @CanIgnoreReturnValue
  public StatisticsAccumulator add(double x) {
    if (!Double.isFinite(x)) {
      Check.finite(x, "samples[" + size + "]", "");
    }
    ensureCapacity(size + 1L);
    values[size++] = x;
    return this;
  }

  /**
   * Adds every value of an array; if one is not finite, adds none.
   *
   * @param samples the values, finite
   * @return this accumulator
   * @throws ValidationException "samples[17] must be finite but was NaN", naming the position in
   *     {@code samples}
   * @throws NullPointerException if {@code samples} is null
   */
  @CanIgnoreReturnValue
  public StatisticsAccumulator addAll(double[] samples) {
    Preconditions.checkNotNull(samples, "samples");
    checkFinite(samples);
    ensureCapacity((long) size + samples.length);
    System.arraycopy(samples, 0, values, size, samples.length);
    size += samples.length;
    return this;
  }

  /**
   * Adds every value of another accumulator (for instance one per thread), which is left unchanged.
   *
   * @param other the accumulator to merge in
   * @return this accumulator
   * @throws NullPointerException if {@code other} is null
   */
  @CanIgnoreReturnValue
  public StatisticsAccumulator addAll(StatisticsAccumulator other) {
    Preconditions.checkNotNull(other, "other");
    int n = other.size;
    ensureCapacity((long) size + n);
    System.arraycopy(other.values, 0, values, size, n);
    size += n;
    return this;
  }

  /**
   * Returns the number of values added.
   *
   * @return the count
   */
  public long count() {
    return size;
  }

  /**
   * Summarises the values added so far. The accumulator stays usable.
   *
   * @return the statistics
   * @throws ValidationException "count must be > 0 but was 0" if nothing was added
   */
  public SampleStatistics snapshot() {
    Check.positive(size, "count");
    double[] sorted = Arrays.copyOf(values, size);
    sort(sorted);
    return new SampleStatistics(sorted);
  }

  /** Refuses the first value that is not finite, naming its index; allocates only to throw. */
  static void checkFinite(double[] samples) {
    for (int i = 0; i < samples.length; i++) {
      if (!Double.isFinite(samples[i])) {
        Check.finite(samples[i], "samples[" + i + "]", "");
      }
    }
  }

  /**
   * Sorts ascending; on all cores above {@value #PARALLEL_SORT_MIN} values (the sorted array is the
   * same either way: sorting has one answer).
   */
  static void sort(double[] values) {
    if (values.length >= PARALLEL_SORT_MIN) {
      Arrays.parallelSort(values);
    } else {
      Arrays.sort(values);
    }
  }

  /** The smallest array sorted in parallel. */
  static final int PARALLEL_SORT_MIN = 1 << 16;
}
