package dev.flopex.core.random;

import com.google.common.base.Preconditions;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.util.Arrays;
import java.util.concurrent.ForkJoinTask;

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
    return new SampleStatistics(sortedCopy(values, size));
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
    if (values.length >= PARALLEL_SORT_MIN && Runtime.getRuntime().availableProcessors() > 1) {
      parallelSort(values);
    } else if (values.length >= RADIX_SORT_MIN) {
      radixSort(values);
    } else {
      Arrays.sort(values);
    }
  }

  /**
   * The first {@code size} values, sorted ascending, in a new array ({@code values} is not
   * modified): the array {@link #sort} would leave, without copying the two-thread merge back.
   */
  static double[] sortedCopy(double[] values, int size) {
    double[] copy = Arrays.copyOf(values, size);
    if (size >= PARALLEL_SORT_MIN && Runtime.getRuntime().availableProcessors() > 1) {
      return parallelSorted(copy);
    }
    sort(copy);
    return copy;
  }

  /** The smallest array {@link #parallelSort} sorts in two halves at once. */
  static final int PARALLEL_SORT_MIN = 1 << 17;

  /**
   * Sorts finite values ascending on two threads (the caller and one of the common fork-join
   * pool's): each half radix-sorted, then the halves merged, the smaller half of the output from
   * the front and the larger from the back at the same time. The sorted array is the one {@link
   * #radixSort} gives (sorting has one answer, and the merges order values by their bits exactly as
   * it does: -0.0 before 0.0); allocates one copy of the array.
   */
  static void parallelSort(double[] a) {
    System.arraycopy(parallelSorted(a), 0, a, 0, a.length);
  }

  /**
   * {@link #parallelSort}'s sorted values in a new array; {@code a} is left holding its two sorted
   * halves.
   */
  private static double[] parallelSorted(double[] a) {
    int n = a.length;
    int m = n >>> 1;
    double[] buffer = new double[n];
    ForkJoinTask<?> upper = ForkJoinTask.adapt(() -> radixSort(a, m, n, buffer)).fork();
    radixSort(a, 0, m, buffer);
    upper.join();
    ForkJoinTask<?> back = ForkJoinTask.adapt(() -> mergeFromBack(a, m, buffer)).fork();
    mergeFromFront(a, m, buffer);
    back.join();
    return buffer;
  }

  /**
   * The {@code m} smallest values of the sorted runs {@code a[0, m)} and {@code a[m, n)} into
   * {@code out[0, m)}. Neither run runs out first: after k &lt; m values, fewer than m came from
   * either run.
   */
  private static void mergeFromFront(double[] a, int m, double[] out) {
    int i = 0;
    int j = m;
    for (int k = 0; k < m; k++) {
      double x = a[i];
      double y = a[j];
      boolean first = orderKey(x) <= orderKey(y);
      out[k] = first ? x : y;
      i += first ? 1 : 0;
      j += first ? 0 : 1;
    }
  }

  /** The {@code n - m} largest values of the same runs into {@code out[m, n)}, largest first. */
  private static void mergeFromBack(double[] a, int m, double[] out) {
    int n = a.length;
    int i = m - 1;
    int j = n - 1;
    for (int k = n - 1; k >= m; k--) {
      // the upper run holds n - m >= m values, so it cannot run out here; the lower one can
      boolean lower = i >= 0 && orderKey(a[i]) > orderKey(a[j]);
      out[k] = lower ? a[i] : a[j];
      i -= lower ? 1 : 0;
      j -= lower ? 0 : 1;
    }
  }

  /** The bits of {@code x} as a signed key in the order of the values (-0.0 before 0.0). */
  private static long orderKey(double x) {
    long b = Double.doubleToRawLongBits(x);
    return b ^ ((b >> 63) & Long.MAX_VALUE);
  }

  /** The smallest array sorted by {@link #radixSort}. */
  static final int RADIX_SORT_MIN = 1 << 12;

  private static final int RADIX_BITS = 11;
  private static final int RADIX = 1 << RADIX_BITS;
  private static final int RADIX_PASSES = 6; // 66 bits cover a double's 64

  /** Sorts finite (or infinite, never NaN) values ascending; allocates one copy of the array. */
  static void radixSort(double[] a) {
    if (a.length >= 2) {
      radixSort(a, 0, a.length, new double[a.length]);
    }
  }

  /**
   * Sorts {@code a[from, to)} as {@link #radixSort(double[])} does, with {@code buffer[from, to)}
   * as its scratch.
   */
  static void radixSort(double[] a, int from, int to, double[] buffer) {
    int n = to - from;
    if (n < 2) {
      return;
    }
    int[][] count = new int[RADIX_PASSES][RADIX];
    for (int i = from; i < to; i++) {
      long k = radixKey(a[i]);
      for (int p = 0; p < RADIX_PASSES; p++) {
        count[p][(int) (k >>> (p * RADIX_BITS)) & (RADIX - 1)]++;
      }
    }
    double[] src = a;
    double[] dst = buffer;
    for (int p = 0; p < RADIX_PASSES; p++) {
      int[] c = count[p];
      int first = 0;
      while (c[first] == 0) {
        first++;
      }
      if (c[first] == n) {
        continue; // every value has this digit: the pass would not move anything
      }
      int sum = from;
      for (int b = 0; b < RADIX; b++) {
        int t = c[b];
        c[b] = sum;
        sum += t;
      }
      int shift = p * RADIX_BITS;
      for (int i = from; i < to; i++) {
        double x = src[i];
        dst[c[(int) (radixKey(x) >>> shift) & (RADIX - 1)]++] = x;
      }
      double[] t = src;
      src = dst;
      dst = t;
    }
    if (src != a) {
      System.arraycopy(src, from, a, from, n);
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
