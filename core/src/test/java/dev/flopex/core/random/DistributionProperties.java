package dev.flopex.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Laws of {@link Distribution}, checked with QuickTheories over {@link RandomGenerators}. One
 * property per law, named for it. A failing run prints its seed; pin it with {@code
 * -DQT_SEED=<seed>}.
 */
class DistributionProperties {
  /** The fixed QuickTheories seed of the statistical properties, so that they are deterministic. */
  private static final long STATISTICAL_SEED = 20261128L;

  private static final int SAMPLES = 100_000;

  /**
   * Distributions whose sample means are compared with their analytic means: every factory, the
   * edges of PERT and triangular, and truncations of each continuous kind.
   */
  private static final List<Distribution> MEAN_CASES =
      List.of(
          Distribution.uniform(-3, 7),
          Distribution.triangular(0, 3, 10),
          Distribution.triangular(5, 5, 6),
          Distribution.pert(22_000, 25_000, 34_000),
          Distribution.pert(0, 0.9, 1),
          Distribution.pert(1, 1, 2),
          Distribution.normal(1e6, 3),
          Distribution.lognormal(0.5, 0.25),
          Distribution.lognormalFromMeanAndSd(0.09, 0.02),
          Distribution.truncated(Distribution.normal(1.2, 0.05), 1.0, 1.25),
          Distribution.truncated(Distribution.normal(0, 1), 3, 4),
          Distribution.truncated(Distribution.lognormal(0, 1), 0.5, 3),
          Distribution.truncated(Distribution.pert(0, 2, 10), 1, 6),
          Distribution.truncated(Distribution.triangular(0, 3, 10), 2, 8),
          Distribution.discrete(new double[] {4, 5, 6}, new double[] {0.25, 0.5, 0.25}),
          Distribution.empirical(new double[] {3.1, -2, 7.5, 0, 12.25, 4, 4, 9.75, -6.5, 1}),
          Distribution.constant(2.5));

  @Test
  void quantileIsMonotone() {
    qt().forAll(
            RandomGenerators.distributions(),
            RandomGenerators.probabilities(),
            RandomGenerators.probabilities())
        .checkAssert(
            (d, a, b) -> {
              double lo = Math.min(a, b);
              double hi = Math.max(a, b);
              assertThat(d.quantile(lo))
                  .as("%s: quantile(%s) <= quantile(%s)", d, lo, hi)
                  .isLessThanOrEqualTo(d.quantile(hi));
            });
  }

  @Test
  void cdfIsMonotoneAndInUnitInterval() {
    // monotone up to rounding: a few ulps (an incomplete beta function evaluated at adjacent
    // doubles can differ by an ulp either way), plus 1e-14 absolute for truncations, whose cdf
    // F(x) - F(lo) carries the absolute error of F divided by the interval's probability (>= 0.1
    // in these generators)
    qt().forAll(
            RandomGenerators.distributions(),
            RandomGenerators.probabilities(),
            RandomGenerators.probabilities())
        .checkAssert(
            (d, a, b) -> {
              // probe the support through the quantile function, with a step either side
              double x = d.quantile(Math.min(a, b));
              double y = d.quantile(Math.max(a, b));
              if (Double.isFinite(x) && Double.isFinite(y)) {
                double fx = d.cdf(x);
                double fy = d.cdf(y);
                assertThat(fx).as("%s cdf(%s)", d, x).isBetween(0.0, 1.0);
                assertThat(fx)
                    .as("%s cdf(%s) <= cdf(%s)", d, x, y)
                    .isLessThanOrEqualTo(fy + 4 * Math.ulp(fy) + 1e-14);
                assertThat(d.cdf(Math.nextDown(x)))
                    .isLessThanOrEqualTo(fx + 4 * Math.ulp(fx) + 1e-14);
                assertThat(d.cdf(Double.NEGATIVE_INFINITY)).isZero();
                assertThat(d.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
              }
            });
  }

  @Test
  void cdfOfQuantileIsIdentity() {
    qt().forAll(
            RandomGenerators.continuousDistributions(), RandomGenerators.interiorProbabilities())
        .checkAssert(
            (d, p) ->
                assertThat(d.cdf(d.quantile(p)))
                    .as("%s: cdf(quantile(%s))", d, p)
                    .isCloseTo(p, offset(1e-9)));
  }

  @Test
  void quantileIsGeneralisedInverseOfCdf() {
    // for every distribution, discrete ones included: cdf(q(p)) >= p, and nothing below q(p) has
    qt().forAll(RandomGenerators.distributions(), RandomGenerators.interiorProbabilities())
        .checkAssert(
            (d, p) -> {
              double q = d.quantile(p);
              assertThat(d.cdf(q))
                  .as("%s: cdf(quantile(%s))", d, p)
                  .isGreaterThanOrEqualTo(p - 1e-9);
              if (d instanceof Discrete) {
                assertThat(d.cdf(Math.nextDown(q))).as("%s below quantile(%s)", d, p).isLessThan(p);
              }
            });
  }

  @Test
  void samplesLieInTheSupport() {
    qt().forAll(RandomGenerators.distributions(), SourceDSL.longs().all(), SourceDSL.longs().all())
        .checkAssert(
            (d, seed, i) -> {
              double x = d.sample(Rng.stream(seed, i));
              assertThat(x).as("%s sample", d).isFinite().isBetween(d.quantile(0), d.quantile(1));
            });
  }

  @Test
  void meanAndVarianceAreFinite() {
    qt().forAll(RandomGenerators.distributions())
        .checkAssert(
            d -> {
              assertThat(d.mean())
                  .as("%s mean", d)
                  .isFinite()
                  .isBetween(d.quantile(0), d.quantile(1));
              assertThat(d.variance()).as("%s variance", d).isFinite().isGreaterThanOrEqualTo(0);
            });
  }

  @Test
  void sampleMeanConvergesToAnalyticMeanWithinStandardErrors() {
    qt().withFixedSeed(STATISTICAL_SEED)
        .withExamples(40)
        .forAll(Generate.pick(MEAN_CASES), SourceDSL.longs().all())
        .checkAssert(
            (d, seed) -> {
              double[] x = new double[SAMPLES];
              d.fill(seed, 0, x);
              SampleStatistics s = SampleStatistics.of(x);
              double se = Math.sqrt(d.variance() / SAMPLES);
              assertThat(s.mean())
                  .as("%s with seed %s: sample mean vs %s (SE %s)", d, seed, d.mean(), se)
                  .isCloseTo(d.mean(), offset(5 * se + 1e-12 * Math.abs(d.mean())));
            });
  }

  @Test
  void sampleVarianceConvergesToAnalyticVariance() {
    qt().withFixedSeed(STATISTICAL_SEED)
        .withExamples(40)
        .forAll(Generate.pick(MEAN_CASES), SourceDSL.longs().all())
        .checkAssert(
            (d, seed) -> {
              double[] x = new double[SAMPLES];
              d.fill(seed, 0, x);
              SampleStatistics s = SampleStatistics.of(x);
              // 5 % is over 5 standard errors of the sample variance for these light-tailed cases
              assertThat(s.count() > 1 ? s.variance() : 0)
                  .as("%s with seed %s: sample variance", d, seed)
                  .isCloseTo(d.variance(), offset(0.05 * d.variance() + 1e-12));
            });
  }

  @Test
  void sameSeedSameSamples() {
    qt().forAll(RandomGenerators.distributions(), SourceDSL.longs().all(), SourceDSL.longs().all())
        .checkAssert(
            (d, seed, i) -> {
              Rng a = Rng.stream(seed, i);
              Rng b = Rng.stream(seed, i);
              for (int k = 0; k < 4; k++) {
                assertThat(Double.doubleToRawLongBits(d.sample(a)))
                    .isEqualTo(Double.doubleToRawLongBits(d.sample(b)));
              }
            });
  }

  @Test
  void samplesIndependentOfPartitioning() {
    qt().forAll(
            RandomGenerators.distributions(),
            SourceDSL.longs().all(),
            SourceDSL.integers().between(1, 3000),
            RandomGenerators.fractions())
        .checkAssert(
            (d, seed, n, f) -> {
              double[] onePass = new double[n];
              d.fill(seed, 0, onePass);
              int k = (int) Math.floor(f * n);
              double[] secondHalf = new double[n - k];
              d.fill(seed, k, secondHalf); // the later half first, as another thread might
              double[] firstHalf = new double[k];
              d.fill(seed, 0, firstHalf);
              double[] twoPasses = new double[n];
              System.arraycopy(firstHalf, 0, twoPasses, 0, k);
              System.arraycopy(secondHalf, 0, twoPasses, k, n - k);
              assertThat(Arrays.equals(onePass, twoPasses))
                  .as("%s n=%s split=%s", d, n, k)
                  .isTrue();
            });
  }
}
