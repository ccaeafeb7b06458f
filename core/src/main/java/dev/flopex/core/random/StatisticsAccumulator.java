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
   * modified): the array {@link #sort} would leave, without a copy of the values first (the
   * two-thread sort's first pass reads them where they are).
   */
  static double[] sortedCopy(double[] values, int size) {
    if (size >= PARALLEL_SORT_MIN && Runtime.getRuntime().availableProcessors() > 1) {
      return parallelSorted(values, size);
    }
    double[] copy = Arrays.copyOf(values, size);
    sort(copy);
    return copy;
  }

  /** The smallest array {@link #parallelSort} sorts on two threads. */
  static final int PARALLEL_SORT_MIN = 1 << 17;

  /** The values sampled, evenly spaced, to find {@link #parallelSort}'s pivot. */
  private static final int PIVOT_SAMPLE = 1023;

  /**
   * Sorts finite values ascending on two threads (the caller and one of the common fork-join
   * pool's): the values are split at a pivot, the median of {@value #PIVOT_SAMPLE} evenly spaced
   * values, those below it moved to the front and the rest behind them (each thread moving one half
   * of the array), and each part is then {@link #radixSort radix-sorted} on its own thread. The
   * sorted array is the one {@link #radixSort} gives (sorting has one answer; the pivot only
   * decides how the work is shared, about half and half unless many values are equal, and then the
   * larger part has fewer distinct digits to sort); allocates two arrays of the values' length.
   */
  static void parallelSort(double[] a) {
    System.arraycopy(parallelSorted(a, a.length), 0, a, 0, a.length);
  }

  /**
   * {@link #parallelSort}'s sorted first {@code n} values in a new array; {@code values} is not
   * modified.
   */
  private static double[] parallelSorted(double[] values, int n) {
    int m = n >>> 1;
    long[] sample = new long[PIVOT_SAMPLE];
    for (int i = 0; i < PIVOT_SAMPLE; i++) {
      sample[i] = radixKey(values[(int) ((long) n * (2 * i + 1) / (2 * PIVOT_SAMPLE))]);
    }
    long[] sorted = sortUnsigned(sample);
    long pivot = sorted[PIVOT_SAMPLE / 2];
    ForkJoinTask<Integer> upperBelow =
        ForkJoinTask.adapt(() -> countBelow(values, m, n, pivot)).fork();
    int lowerBelow = countBelow(values, 0, m, pivot);
    int split = lowerBelow + upperBelow.join();
    double[] parts = new double[n];
    double[] buffer = new double[n];
    // below the pivot: the lower half's values, then the upper half's; from split, the same
    ForkJoinTask<?> task =
        ForkJoinTask.adapt(
                () -> partition(values, m, n, pivot, lowerBelow, split + (m - lowerBelow), parts))
            .fork();
    partition(values, 0, m, pivot, 0, split, parts);
    task.join();
    task = ForkJoinTask.adapt(() -> radixSort(parts, split, n, buffer)).fork();
    radixSort(parts, 0, split, buffer);
    task.join();
    return parts;
  }

  /** Sorts radix keys as unsigned numbers (the order of their values). */
  private static long[] sortUnsigned(long[] keys) {
    long[] signed = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      signed[i] = keys[i] ^ Long.MIN_VALUE;
    }
    Arrays.sort(signed);
    for (int i = 0; i < keys.length; i++) {
      signed[i] ^= Long.MIN_VALUE;
    }
    return signed;
  }

  /** How many of {@code a[from, to)} have a radix key below {@code pivot} (unsigned). */
  private static int countBelow(double[] a, int from, int to, long pivot) {
    int count = 0;
    for (int i = from; i < to; i++) {
      count += Long.compareUnsigned(radixKey(a[i]), pivot) < 0 ? 1 : 0;
    }
    return count;
  }

  /**
   * Moves {@code src[from, to)} to {@code dst} in order, those with a radix key below {@code pivot}
   * to {@code dst[below...]}, the others to {@code dst[above...]}.
   */
  private static void partition(
      double[] src, int from, int to, long pivot, int below, int above, double[] dst) {
    for (int i = from; i < to; i++) {
      double x = src[i];
      boolean low = Long.compareUnsigned(radixKey(x), pivot) < 0;
      dst[low ? below : above] = x; // without a branch: which side is close to random
      below += low ? 1 : 0;
      above += low ? 0 : 1;
    }
  }

  /** Adds the count of every digit of {@code a[from, to)} to {@code count[pass]}. */
  private static void countDigits(double[] a, int from, int to, int[][] count) {
    for (int i = from; i < to; i++) {
      long k = radixKey(a[i]);
      for (int p = 0; p < RADIX_PASSES; p++) {
        count[p][(int) (k >>> (p * RADIX_BITS)) & (RADIX - 1)]++;
      }
    }
  }

  /**
   * Moves {@code src[from, to)} to {@code dst} by the digit at {@code shift}, each to the next
   * place of its digit in {@code next}.
   */
  private static void scatter(double[] src, int from, int to, int shift, int[] next, double[] dst) {
    for (int i = from; i < to; i++) {
      double x = src[i];
      dst[next[(int) (radixKey(x) >>> shift) & (RADIX - 1)]++] = x;
    }
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
    countDigits(a, from, to, count);
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
      scatter(src, from, to, p * RADIX_BITS, c, dst);
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
