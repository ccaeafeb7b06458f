package dev.flopex.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.flopex.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Golden values and edge cases of {@link SampleStatistics}, {@link StatisticsAccumulator} and
 * {@link Histogram}. Percentiles and histograms were computed with NumPy 2 ({@code
 * numpy.percentile(x, q)} with its default method "linear", which is Hyndman and Fan's type 7, and
 * {@code numpy.histogram(x, bins='fd')}); the mean and standard deviation with mpmath at 50 digits.
 */
class SampleStatisticsTest {
  private static final double[] X = {3.1, -2, 7.5, 0, 12.25, 4, 4, 9.75, -6.5, 1};

  @Test
  void test_of_golden() {
    SampleStatistics s = SampleStatistics.of(X);
    assertThat(s.count()).isEqualTo(10);
    assertThat(s.mean()).isEqualTo(3.31);
    assertThat(s.standardDeviation()).isCloseTo(5.584442675863008, offset(1e-15));
    assertThat(s.variance()).isCloseTo(5.584442675863008 * 5.584442675863008, offset(1e-13));
    assertThat(s.standardError()).isCloseTo(5.584442675863008 / Math.sqrt(10), offset(1e-15));
    assertThat(s.min()).isEqualTo(-6.5);
    assertThat(s.max()).isEqualTo(12.25);
    assertThat(s.p5()).isCloseTo(-4.475, offset(1e-15));
    assertThat(s.percentile(0.25)).isCloseTo(0.25, offset(1e-15));
    assertThat(s.p50()).isCloseTo(3.55, offset(1e-15));
    assertThat(s.percentile(0.75)).isCloseTo(6.625, offset(1e-15));
    assertThat(s.p95()).isCloseTo(11.124999999999996, offset(1e-14));
    assertThat(s.percentiles(0.99, 0, 1))
        .containsExactly(new double[] {12.025, -6.5, 12.25}, offset(1e-14));
  }

  @Test
  void test_standardDeviationOfALargeSample_isTheOneLoopsBitForBit() {
    // from PARALLEL_SORT_MIN values the two sums of the standard deviation run on two threads;
    // they must add the same terms in the same order as one loop over the sorted values
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261203);
    for (int n :
        new int[] {
          StatisticsAccumulator.PARALLEL_SORT_MIN, StatisticsAccumulator.PARALLEL_SORT_MIN * 3 + 5
        }) {
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = 2.5 + random.nextDouble() * (i % 7 == 0 ? 1e3 : 1);
      }
      SampleStatistics s = SampleStatistics.of(x);
      double[] sorted = x.clone();
      java.util.Arrays.sort(sorted);
      int e = Math.getExponent(sorted[n - 1]);
      double scale = Math.scalb(1.0, -e);
      double scaledMean = Math.scalb(s.mean(), -e);
      Numerics.Sum squares = new Numerics.Sum();
      Numerics.Sum deviations = new Numerics.Sum();
      for (double v : sorted) {
        double d = v * scale - scaledMean;
        squares.add(d * d);
        deviations.add(d);
      }
      double correction = deviations.value() * deviations.value() / n;
      double expected =
          Math.scalb(Math.sqrt(Math.max(0, (squares.value() - correction) / (n - 1))), e);
      assertThat(Double.doubleToRawLongBits(s.standardDeviation()))
          .as("n = %d", n)
          .isEqualTo(Double.doubleToRawLongBits(expected));
      assertThat(s.standardDeviation()).isCloseTo(Math.sqrt(s.variance()), offset(0.0));
    }
  }

  @Test
  void scalingByAPowerOfTwoIsScalb() {
    // the standard deviation scales by a hoisted 2^-e instead of Math.scalb(x, -e) per value
    // when |e| < SCALE_BY_MULTIPLY: the same bits for every kind of double, subnormal results too
    java.util.SplittableRandom r = new java.util.SplittableRandom(13);
    for (int t = 0; t < 200_000; t++) {
      double x = Double.longBitsToDouble(r.nextLong());
      if (Double.isNaN(x)) {
        continue;
      }
      int e =
          r.nextInt(2 * SampleStatistics.SCALE_BY_MULTIPLY - 1)
              - (SampleStatistics.SCALE_BY_MULTIPLY - 1);
      assertThat(Double.doubleToRawLongBits(x * Math.scalb(1.0, -e)))
          .as("x = %s, e = %d", x, e)
          .isEqualTo(Double.doubleToRawLongBits(Math.scalb(x, -e)));
    }
  }

  @Test
  void test_percentile_oneToTen() {
    double[] x = new double[10];
    for (int i = 0; i < 10; i++) {
      x[i] = 10 - i;
    }
    SampleStatistics s = SampleStatistics.of(x);
    // h = 9 p: p = 0.05 -> 1.45, p = 0.95 -> 9.55
    assertThat(s.p5()).isCloseTo(1.45, offset(1e-15));
    assertThat(s.p50()).isEqualTo(5.5);
    assertThat(s.p95()).isCloseTo(9.55, offset(1e-15));
    assertThat(s.mean()).isEqualTo(5.5);
    assertThat(s.standardDeviation()).isCloseTo(3.0276503540974917, offset(1e-15));
  }

  @Test
  void test_histogram_freedmanDiaconisMatchesNumpy() {
    Histogram h = SampleStatistics.of(X).histogram();
    assertThat(h.binCount()).isEqualTo(4);
    assertThat(h.counts()).containsExactly(2, 2, 4, 2);
    assertThat(h.edges()).containsExactly(-6.5, -1.8125, 2.875, 7.5625, 12.25);
    assertThat(h.total()).isEqualTo(10);
    assertThat(h.lowerEdge(1)).isEqualTo(-1.8125);
    assertThat(h.upperEdge(3)).isEqualTo(12.25);
    assertThat(h.count(2)).isEqualTo(4);
    assertThat(h.toString())
        .isEqualTo(
            "Histogram[[-6.5, -1.8125): 2, [-1.8125, 2.875): 2, [2.875, 7.5625): 4, [7.5625, 12.25]: 2]");
  }

  @Test
  void test_histogram_givenBins() {
    Histogram h = SampleStatistics.of(X).histogram(4);
    assertThat(h.counts()).containsExactly(2, 2, 4, 2);
    Histogram one = SampleStatistics.of(X).histogram(1);
    assertThat(one.counts()).containsExactly(10);
    assertThat(one.edges()).containsExactly(-6.5, 12.25);
    // the maximum goes into the last bin, values on an inner edge into the bin above it
    Histogram edges = SampleStatistics.of(new double[] {0, 1, 2, 3, 4}).histogram(4);
    assertThat(edges.counts()).containsExactly(1, 1, 1, 2);
  }

  @Test
  void test_histogram_constantSamplesWidenTheRangeAsNumpyDoes() {
    Histogram h = SampleStatistics.of(new double[] {7, 7, 7}).histogram(2);
    assertThat(h.edges()).containsExactly(6.5, 7, 7.5);
    assertThat(h.counts()).containsExactly(0, 3);
    // IQR 0: Sturges, ceil(log2 3) + 1 = 3 bins
    assertThat(SampleStatistics.of(new double[] {7, 7, 7}).histogram().binCount()).isEqualTo(3);
    assertThat(SampleStatistics.of(new double[] {1}).histogram().binCount()).isEqualTo(1);
  }

  @Test
  void test_histogram_freedmanDiaconisIsCapped() {
    double[] x = new double[1000];
    for (int i = 0; i < 999; i++) {
      x[i] = i * 1e-9;
    }
    x[999] = 1e9; // one far outlier
    assertThat(SampleStatistics.of(x).histogram().binCount())
        .isEqualTo(SampleStatistics.MAX_AUTO_BINS);
  }

  @Test
  void test_histogram_rejectsBadBinCounts() {
    SampleStatistics s = SampleStatistics.of(X);
    assertThatThrownBy(() -> s.histogram(0))
        .isInstanceOf(ValidationException.class)
        .hasMessage("bins must be > 0 but was 0");
    assertThatThrownBy(() -> s.histogram(20_000_000))
        .isInstanceOf(ValidationException.class)
        .hasMessage("bins must be <= 16777216 but was 20000000");
    assertThatThrownBy(() -> s.histogram(4).count(4)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void test_snapshot_rejectsEmpty() {
    assertThatThrownBy(() -> StatisticsAccumulator.create().snapshot())
        .isInstanceOf(ValidationException.class)
        .hasMessage("count must be > 0 but was 0");
    assertThatThrownBy(() -> SampleStatistics.of(new double[0]))
        .isInstanceOf(ValidationException.class)
        .hasMessage("count must be > 0 but was 0");
  }

  @Test
  void test_add_rejectsNonFiniteValuesNamingTheirPosition() {
    StatisticsAccumulator acc = StatisticsAccumulator.create().add(1).add(2);
    assertThatThrownBy(() -> acc.add(Double.NaN))
        .isInstanceOf(ValidationException.class)
        .hasMessage("samples[2] must be finite but was NaN");
    assertThatThrownBy(() -> acc.addAll(new double[] {1, Double.NEGATIVE_INFINITY}))
        .isInstanceOf(ValidationException.class)
        .hasMessage("samples[1] must be finite but was -Infinity");
    assertThat(acc.count()).isEqualTo(2); // nothing of the rejected array was added
    assertThatThrownBy(() -> StatisticsAccumulator.withExpectedCount(-1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("expectedCount must be >= 0 but was -1");
  }

  @Test
  void test_percentile_rejectsPercentagesAndNaN() {
    SampleStatistics s = SampleStatistics.of(X);
    assertThatThrownBy(() -> s.percentile(95))
        .isInstanceOf(ValidationException.class)
        .hasMessage("p must be in [0, 1] but was 95");
    assertThatThrownBy(() -> s.percentiles(0.5, Double.NaN))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ps[1] must be finite but was NaN");
  }

  @Test
  void test_singleValue_hasNoSpread() {
    SampleStatistics s = SampleStatistics.of(new double[] {4.25});
    assertThat(s.mean()).isEqualTo(4.25);
    assertThat(s.p5()).isEqualTo(4.25);
    assertThat(s.p95()).isEqualTo(4.25);
    assertThatThrownBy(s::standardDeviation)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("standardDeviation needs count >= 2 but count was 1");
    assertThatThrownBy(s::standardError).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(s::variance).isInstanceOf(IllegalStateException.class);
    assertThat(s)
        .hasToString(
            "SampleStatistics{count=1, mean=4.25, min=4.25, p5=4.25, p50=4.25, p95=4.25, max=4.25}");
  }

  @Test
  void test_mean_compensatedSummationKeepsSmallTerms() {
    // 1e16 followed by ten 1.0s and -1e16: naive left-to-right summation loses the ones
    double[] x = new double[12];
    x[0] = 1e16;
    for (int i = 1; i <= 10; i++) {
      x[i] = 1;
    }
    x[11] = -1e16;
    assertThat(SampleStatistics.of(x).mean()).isEqualTo(10.0 / 12);
  }

  @Test
  void test_standardDeviation_largeOffsetAndHugeMagnitudes() {
    // values 1e12 + {1, 2, 3}: the sd is exactly 1 whatever the offset
    assertThat(SampleStatistics.of(new double[] {1e12 + 1, 1e12 + 2, 1e12 + 3}).standardDeviation())
        .isEqualTo(1.0);
    SampleStatistics huge = SampleStatistics.of(new double[] {-Double.MAX_VALUE, Double.MAX_VALUE});
    assertThat(huge.mean()).isZero();
    assertThat(huge.standardDeviation()).isCloseTo(Math.sqrt(2) * Double.MAX_VALUE, offset(1e293));
    assertThat(huge.variance()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(SampleStatistics.of(new double[] {0, 0, 0}).standardDeviation()).isZero();
  }

  @Test
  void test_snapshot_isIndependentOfInsertionOrderAndMerges() {
    StatisticsAccumulator forward = StatisticsAccumulator.withExpectedCount(3);
    StatisticsAccumulator a = StatisticsAccumulator.create();
    StatisticsAccumulator b = StatisticsAccumulator.create();
    for (int i = 0; i < X.length; i++) {
      forward.add(X[i]);
      (i % 3 == 0 ? a : b).add(X[X.length - 1 - i]);
    }
    SampleStatistics merged = b.addAll(a).snapshot();
    SampleStatistics s = forward.snapshot();
    assertThat(merged).isEqualTo(s).hasSameHashCodeAs(s);
    assertThat(Double.doubleToRawLongBits(merged.mean()))
        .isEqualTo(Double.doubleToRawLongBits(s.mean()));
    assertThat(merged.standardDeviation()).isEqualTo(s.standardDeviation());
    assertThat(s.sortedSamples()).containsExactly(-6.5, -2, 0, 1, 3.1, 4, 4, 7.5, 9.75, 12.25);
    // the accumulator stays usable
    forward.add(100);
    assertThat(forward.snapshot().max()).isEqualTo(100.0);
    assertThat(s.max()).isEqualTo(12.25);
  }
}
