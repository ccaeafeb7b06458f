package dev.flopex.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Laws of {@link SampleStatistics}, over {@link RandomGenerators#sampleArrays()}. */
class SampleStatisticsProperties {

  @Test
  void percentilesAreMonotone() {
    qt().forAll(
            RandomGenerators.sampleArrays(),
            RandomGenerators.probabilities(),
            RandomGenerators.probabilities())
        .checkAssert(
            (x, a, b) -> {
              SampleStatistics s = SampleStatistics.of(x);
              double lo = Math.min(a, b);
              double hi = Math.max(a, b);
              assertThat(s.percentile(lo))
                  .as("percentile(%s) <= percentile(%s) of %s values", lo, hi, x.length)
                  .isLessThanOrEqualTo(s.percentile(hi))
                  .isGreaterThanOrEqualTo(s.min());
              assertThat(s.percentile(hi)).isLessThanOrEqualTo(s.max());
            });
  }

  @Test
  void percentilesAreMonotoneOnAFineGrid() {
    qt().withExamples(100)
        .forAll(RandomGenerators.sampleArrays())
        .checkAssert(
            x -> {
              SampleStatistics s = SampleStatistics.of(x);
              double previous = s.min();
              for (int k = 0; k <= 4096; k++) {
                double p = s.percentile(k / 4096.0);
                assertThat(p).isGreaterThanOrEqualTo(previous);
                previous = p;
              }
              assertThat(previous).isEqualTo(s.max());
            });
  }

  @Test
  void meanLiesBetweenMinAndMaxAndMatchesExactSum() {
    qt().forAll(RandomGenerators.sampleArrays())
        .checkAssert(
            x -> {
              SampleStatistics s = SampleStatistics.of(x);
              // compared as numbers: the mean of -0.0s is 0.0
              assertThat(s.mean() >= s.min() && s.mean() <= s.max())
                  .as("min <= mean <= max")
                  .isTrue();
              double exact =
                  Arrays.stream(x)
                      .mapToObj(java.math.BigDecimal::new)
                      .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                      .divide(
                          java.math.BigDecimal.valueOf(x.length), java.math.MathContext.DECIMAL128)
                      .doubleValue();
              // Neumaier: about one rounding of the sum, one of the division, and eps^2 sum |x|
              double sumAbs = Arrays.stream(x).map(Math::abs).sum();
              assertThat(s.mean()).isCloseTo(exact, offset(2 * Math.ulp(exact) + 1e-30 * sumAbs));
            });
  }

  @Test
  void statisticsIndependentOfOrder() {
    qt().forAll(RandomGenerators.sampleArrays(), SourceDSL.longs().all())
        .checkAssert(
            (x, seed) -> {
              double[] shuffled = x.clone();
              Rng rng = Rng.of(seed);
              for (int i = shuffled.length - 1; i > 0; i--) {
                int j = (int) (rng.nextDouble() * (i + 1));
                double t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
              }
              SampleStatistics a = SampleStatistics.of(x);
              SampleStatistics b = SampleStatistics.of(shuffled);
              assertThat(b).isEqualTo(a);
              assertThat(Double.doubleToRawLongBits(b.mean()))
                  .isEqualTo(Double.doubleToRawLongBits(a.mean()));
              if (x.length > 1) {
                assertThat(b.standardDeviation()).isEqualTo(a.standardDeviation());
              }
            });
  }

  @Test
  void histogramCountsSumToCount() {
    qt().forAll(RandomGenerators.sampleArrays(), SourceDSL.integers().between(1, 200))
        .checkAssert(
            (x, bins) -> {
              SampleStatistics s = SampleStatistics.of(x);
              for (Histogram h : new Histogram[] {s.histogram(bins), s.histogram()}) {
                assertThat(h.total()).isEqualTo(x.length);
                double[] e = h.edges();
                for (int i = 1; i < e.length; i++) {
                  assertThat(e[i]).isGreaterThanOrEqualTo(e[i - 1]);
                }
                // every value lies in its bin
                for (double v : x) {
                  assertThat(v).isBetween(e[0], e[e.length - 1]);
                }
              }
            });
  }

  @Test
  void standardDeviationIsNonNegativeAndScaleEquivariant() {
    qt().forAll(RandomGenerators.sampleArrays())
        .assuming(x -> x.length > 1)
        .checkAssert(
            x -> {
              SampleStatistics s = SampleStatistics.of(x);
              double[] doubled = Arrays.stream(x).map(v -> 2 * v).toArray();
              assertThat(s.standardDeviation()).isGreaterThanOrEqualTo(0);
              // scaling by a power of two is exact, and so is the algorithm's response to it
              assertThat(SampleStatistics.of(doubled).standardDeviation())
                  .isEqualTo(2 * s.standardDeviation());
            });
  }
}
