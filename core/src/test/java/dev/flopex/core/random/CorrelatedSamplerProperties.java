package dev.flopex.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Laws of {@link CorrelatedSampler}. The statistical property runs with a fixed QuickTheories seed
 * (and so fixed sampling seeds), so it is deterministic.
 */
class CorrelatedSamplerProperties {
  private static final long STATISTICAL_SEED = 20261128L;
  private static final int SAMPLES = 50_000;

  /** Continuous marginals of different shapes, bounded and unbounded, skewed and symmetric. */
  private static final List<Distribution> MARGINALS =
      List.of(
          Distribution.pert(22_000, 25_000, 34_000),
          Distribution.triangular(0.55, 0.7, 0.8),
          Distribution.lognormalFromMeanAndSd(0.09, 0.02),
          Distribution.normal(1.2, 0.05),
          Distribution.uniform(-1, 1),
          Distribution.lognormal(0, 1.5),
          Distribution.truncated(Distribution.normal(0, 1), -1, 3));

  private static Gen<Double> rankCorrelations() {
    return SourceDSL.doubles()
        .between(-0.95, 0.95)
        .mix(Generate.pick(List.of(0.0, 0.5, -0.5, 0.9, -0.9, 1.0, -1.0)), 30);
  }

  @Test
  void correlatedSamplesHitTargetRankCorrelation() {
    qt().withFixedSeed(STATISTICAL_SEED)
        .withExamples(25)
        .forAll(
            Generate.pick(MARGINALS),
            Generate.pick(MARGINALS),
            rankCorrelations(),
            SourceDSL.longs().all())
        .checkAssert(
            (a, b, rho, seed) -> {
              CorrelatedSampler s =
                  CorrelatedSampler.of(List.of(a, b), new double[][] {{1, rho}, {rho, 1}});
              double[] x = new double[SAMPLES];
              double[] y = new double[SAMPLES];
              double[] out = new double[2];
              CorrelatedSampler.Scratch scratch = s.newScratch();
              for (int i = 0; i < SAMPLES; i++) {
                s.sample(seed, i, scratch, out);
                x[i] = out[0];
                y[i] = out[1];
              }
              assertThat(Spearman.of(x, y))
                  .as("Spearman of %s and %s, target %s, seed %s", a, b, rho, seed)
                  .isCloseTo(rho, offset(0.02));
            });
  }

  @Test
  void correlatedSamplesHitTargetRankCorrelationInThreeDimensions() {
    double[][] target = {{1, -0.4, 0.3}, {-0.4, 1, 0.5}, {0.3, 0.5, 1}};
    CorrelatedSampler s = CorrelatedSampler.of(MARGINALS.subList(0, 3), target);
    double[][] columns = new double[3][SAMPLES];
    double[] out = new double[3];
    for (int i = 0; i < SAMPLES; i++) {
      s.sample(42, i, out);
      for (int j = 0; j < 3; j++) {
        columns[j][i] = out[j];
      }
    }
    for (int j = 0; j < 3; j++) {
      for (int k = j + 1; k < 3; k++) {
        assertThat(Spearman.of(columns[j], columns[k]))
            .as("Spearman(%s, %s)", j, k)
            .isCloseTo(target[j][k], offset(0.02));
      }
      // the marginals are untouched by the copula
      SampleStatistics stats = SampleStatistics.of(columns[j]);
      Distribution d = MARGINALS.get(j);
      assertThat(stats.mean())
          .isCloseTo(d.mean(), offset(5 * d.standardDeviation() / Math.sqrt(SAMPLES)));
    }
  }

  @Test
  void sameSeedSameSamples() {
    CorrelatedSampler s =
        CorrelatedSampler.of(
            MARGINALS.subList(0, 3),
            new double[][] {{1, -0.4, 0.3}, {-0.4, 1, 0.5}, {0.3, 0.5, 1}});
    qt().forAll(SourceDSL.longs().all(), SourceDSL.longs().all())
        .checkAssert(
            (seed, i) -> {
              double[] a = new double[3];
              double[] b = new double[3];
              s.sample(seed, i, s.newScratch(), a);
              CorrelatedSampler.Scratch used = s.newScratch();
              s.sample(seed + 1, i + 1, used, b); // a scratch with a history
              s.sample(seed, i, used, b);
              assertThat(Arrays.equals(a, b)).isTrue();
            });
  }

  @Test
  void samplesIndependentOfPartitioning() {
    CorrelatedSampler s =
        CorrelatedSampler.of(
            MARGINALS.subList(2, 5), new double[][] {{1, 0.7, 0}, {0.7, 1, -0.2}, {0, -0.2, 1}});
    qt().withExamples(200)
        .forAll(
            SourceDSL.longs().all(),
            SourceDSL.integers().between(1, 500),
            RandomGenerators.fractions())
        .checkAssert(
            (seed, n, f) -> {
              int k = (int) Math.floor(f * n);
              double[][] onePass = new double[n][3];
              CorrelatedSampler.Scratch scratch = s.newScratch();
              for (int i = 0; i < n; i++) {
                s.sample(seed, i, scratch, onePass[i]);
              }
              double[][] twoPasses = new double[n][3];
              CorrelatedSampler.Scratch other = s.newScratch();
              for (int i = k; i < n; i++) {
                s.sample(seed, i, other, twoPasses[i]);
              }
              for (int i = 0; i < k; i++) {
                s.sample(seed, i, other, twoPasses[i]);
              }
              assertThat(Arrays.deepEquals(onePass, twoPasses)).as("n=%s split=%s", n, k).isTrue();
            });
  }
}
