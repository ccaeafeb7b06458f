package dev.flopex.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The radix sort of sample statistics, and its two-thread form, give exactly the array {@link
 * Arrays#sort} gives.
 */
class RadixSortTest {

  /** Values of every kind a sort can trip on: signs, zeros of both signs, ties, subnormals. */
  private static double[] values(long seed, int n, int kind) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      switch (kind) {
        case 0: // a Monte Carlo output: one binade mostly, so the top digits are skipped
          a[i] = 2 + r.nextDouble();
          break;
        case 1: // signs, zeros, ties
          a[i] = (r.nextInt(7) - 3) * 0.5;
          a[i] = r.nextInt(10) == 0 ? -0.0 : a[i];
          break;
        case 2: // the whole range, subnormals and infinities included
          long bits = r.nextLong();
          double x = Double.longBitsToDouble(bits);
          a[i] = Double.isNaN(x) ? Double.NEGATIVE_INFINITY : x;
          break;
        default: // all equal
          a[i] = 3.25;
      }
    }
    return a;
  }

  private static long[] bits(double[] a) {
    long[] b = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      b[i] = Double.doubleToRawLongBits(a[i]);
    }
    return b;
  }

  @Test
  void test_sameArrayAsArraysSort() {
    qt().withExamples(200)
        .forAll(
            SourceDSL.longs().all(),
            SourceDSL.integers().between(0, 20_000),
            SourceDSL.integers().between(0, 3))
        .checkAssert(
            (seed, n, kind) -> {
              double[] expected = values(seed, n, kind);
              double[] actual = expected.clone();
              Arrays.sort(expected);
              StatisticsAccumulator.radixSort(actual);
              assertThat(bits(actual)).isEqualTo(bits(expected));
            });
  }

  @Test
  void test_aMillionMonteCarloValues() {
    double[] expected = values(2025, 1_000_000, 0);
    double[] actual = expected.clone();
    Arrays.sort(expected);
    StatisticsAccumulator.sort(actual);
    assertThat(bits(actual)).isEqualTo(bits(expected));
  }

  @Test
  void test_parallelSortGivesTheSameArray() {
    // split at a sampled pivot, each half of the array moved on its own thread, each part sorted on
    // its own: every kind of value (all equal: one part is empty), odd and even lengths, tiny ones
    qt().withExamples(60)
        .forAll(
            SourceDSL.longs().all(),
            SourceDSL.integers().between(2, 300_000),
            SourceDSL.integers().between(0, 3))
        .checkAssert(
            (seed, n, kind) -> {
              double[] expected = values(seed, n, kind);
              double[] actual = expected.clone();
              Arrays.sort(expected);
              StatisticsAccumulator.parallelSort(actual);
              assertThat(bits(actual)).isEqualTo(bits(expected));
            });
    for (int n : new int[] {2, 3, 4, 5, StatisticsAccumulator.PARALLEL_SORT_MIN + 1}) {
      double[] expected = values(n, n, 1);
      double[] actual = expected.clone();
      Arrays.sort(expected);
      StatisticsAccumulator.parallelSort(actual);
      assertThat(bits(actual)).as("n = %d", n).isEqualTo(bits(expected));
    }
  }

  @Test
  void test_sortedCopyIsTheSortedPrefixAndLeavesTheValuesAlone() {
    // below and above the two-thread size, and a prefix shorter than the array (an accumulator's)
    for (int n : new int[] {1, 4095, 4096, StatisticsAccumulator.PARALLEL_SORT_MIN + 7}) {
      double[] values = values(31L * n, n + 5, 3);
      double[] before = values.clone();
      double[] expected = Arrays.copyOf(values, n);
      Arrays.sort(expected);
      double[] actual = StatisticsAccumulator.sortedCopy(values, n);
      assertThat(bits(actual)).as("n = %d", n).isEqualTo(bits(expected));
      assertThat(bits(values)).as("n = %d: the values untouched", n).isEqualTo(bits(before));
    }
  }

  @Test
  void test_halvesOfWhichOneHoldsAllTheSmallValues() {
    // every value of the lower half goes before every value of the upper half, and the reverse
    double[] ascending = new double[10_001];
    for (int i = 0; i < ascending.length; i++) {
      ascending[i] = i - 5000.0;
    }
    double[] descending = ascending.clone();
    for (int i = 0; i < descending.length / 2; i++) {
      double t = descending[i];
      descending[i] = descending[descending.length - 1 - i];
      descending[descending.length - 1 - i] = t;
    }
    for (double[] a : new double[][] {ascending.clone(), descending}) {
      StatisticsAccumulator.parallelSort(a);
      assertThat(bits(a)).isEqualTo(bits(ascending));
    }
  }

  @Test
  void test_aPivotAtEitherEndLeavesOnePartEmptyAndStillSorts() {
    // the values the pivot is sampled from all the smallest (nothing is below the pivot) or all
    // the largest (only the largest are not below it): one thread sorts (nearly) everything
    int n = StatisticsAccumulator.PARALLEL_SORT_MIN + 3;
    for (double extreme : new double[] {-1e300, 1e300}) {
      double[] a = values(n, n, 0);
      for (int i = 0; i < 1023; i++) {
        a[(int) ((long) n * (2 * i + 1) / (2 * 1023))] = extreme;
      }
      double[] expected = a.clone();
      Arrays.sort(expected);
      double[] before = a.clone();
      assertThat(bits(StatisticsAccumulator.sortedCopy(a, n))).isEqualTo(bits(expected));
      assertThat(bits(a)).isEqualTo(bits(before));
      StatisticsAccumulator.parallelSort(a);
      assertThat(bits(a)).isEqualTo(bits(expected));
    }
  }

  @Test
  void test_negativeZeroBeforeZero() {
    double[] a = new double[5000];
    for (int i = 0; i < a.length; i++) {
      a[i] = i % 2 == 0 ? 0.0 : -0.0;
    }
    StatisticsAccumulator.radixSort(a);
    assertThat(Double.doubleToRawLongBits(a[2499])).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(Double.doubleToRawLongBits(a[2500])).isEqualTo(0L);
  }
}
