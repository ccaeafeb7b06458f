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
   * Sorts finite values ascending: from {@value #RADIX_SORT_MIN} values by a
   * least-significant-digit radix sort on the values' bits (six passes of 11 bits, those where
   * every value has the same digit skipped), several times faster than {@link
   * Arrays#sort(double[])} on a million values; below it by {@code Arrays.sort}. The sorted array
   * is the same either way (sorting has one answer; -0.0 sorts before 0.0 in both).
   */
  static void sort(double[] values) {
    if (values.length >= RADIX_SORT_MIN) {
      radixSort(values);
    } else {
      Arrays.sort(values);
    }
  }

  /** The smallest array sorted by {@link #radixSort}. */
  static final int RADIX_SORT_MIN = 1 << 12;

  private static final int RADIX_BITS = 11;
  private static final int RADIX = 1 << RADIX_BITS;
  private static final int RADIX_PASSES = 6; // 66 bits cover a double's 64

  /** Sorts finite (or infinite, never NaN) values ascending; allocates one copy of the array. */
  static void radixSort(double[] a) {
    int n = a.length;
    if (n < 2) {
      return;
    }
    int[][] count = new int[RADIX_PASSES][RADIX];
    for (double x : a) {
      long k = radixKey(x);
      for (int p = 0; p < RADIX_PASSES; p++) {
        count[p][(int) (k >>> (p * RADIX_BITS)) & (RADIX - 1)]++;
      }
    }
    double[] src = a;
    double[] dst = new double[n];
    for (int p = 0; p < RADIX_PASSES; p++) {
      int[] c = count[p];
      int first = 0;
      while (c[first] == 0) {
        first++;
      }
      if (c[first] == n) {
        continue; // every value has this digit: the pass would not move anything
      }
      int sum = 0;
      for (int b = 0; b < RADIX; b++) {
        int t = c[b];
        c[b] = sum;
        sum += t;
      }
      int shift = p * RADIX_BITS;
      for (int i = 0; i < n; i++) {
        double x = src[i];
        dst[c[(int) (radixKey(x) >>> shift) & (RADIX - 1)]++] = x;
      }
      double[] t = src;
      src = dst;
      dst = t;
    }
    if (src != a) {
      System.arraycopy(src, 0, a, 0, n);
    }
  }

  /**
   * The bits of {@code x} as an unsigned key in the order of the values: negatives have every bit
   * flipped, the rest only the sign bit.
   */
  private static long radixKey(double x) {
    long b = Double.doubleToRawLongBits(x);
    return b ^ ((b >> 63) | Long.MIN_VALUE);
  }
}
