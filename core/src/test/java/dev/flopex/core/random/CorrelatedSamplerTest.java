package dev.flopex.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.flopex.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Validation messages, the conversion, and the sampling contract of {@link CorrelatedSampler}. */
class CorrelatedSamplerTest {
  private static final List<Distribution> THREE =
      List.of(
          Distribution.pert(22_000, 25_000, 34_000),
          Distribution.triangular(0.55, 0.7, 0.8),
          Distribution.lognormalFromMeanAndSd(0.09, 0.02));

  private static void assertRejects(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(ValidationException.class).hasMessage(message);
  }

  private static double[][] eye(int n) {
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      m[i][i] = 1;
    }
    return m;
  }

  @Test
  void test_spearmanToPearson_golden() {
    // r = 2 sin(pi rho / 6); mpmath: 0.5 -> 0.51763809020504152, -0.4 -> -0.41582338163551870
    assertThat(CorrelatedSampler.spearmanToPearson(0.5))
        .isCloseTo(0.5176380902050415, offset(1e-16));
    assertThat(CorrelatedSampler.spearmanToPearson(-0.4))
        .isCloseTo(-0.4158233816355187, offset(1e-16));
    assertThat(CorrelatedSampler.spearmanToPearson(1)).isEqualTo(1.0);
    assertThat(CorrelatedSampler.spearmanToPearson(-1)).isEqualTo(-1.0);
    assertThat(CorrelatedSampler.spearmanToPearson(-0.0)).isEqualTo(0.0);
  }

  @Test
  void test_of_exposesItsMatrices() {
    CorrelatedSampler s =
        CorrelatedSampler.of(THREE, new double[][] {{1, -0.4, 0}, {-0.4, 1, 0}, {0, 0, 1}});
    assertThat(s.dimension()).isEqualTo(3);
    assertThat(s.marginals()).isEqualTo(THREE);
    assertThat(s.spearmanCorrelation()[1][0]).isEqualTo(-0.4);
    assertThat(s.normalCorrelation()[0][1]).isCloseTo(-0.4158233816355187, offset(1e-16));
    assertThat(s.normalCorrelation()[2][2]).isEqualTo(1.0);
    assertThat(s).hasToString("CorrelatedSampler[dimension=3]");
  }

  @Test
  void test_of_rejectsBadMatrices() {
    List<Distribution> two = THREE.subList(0, 2);
    assertRejects(
        () -> CorrelatedSampler.of(THREE, eye(2)),
        "correlation.length must be 3 (the number of marginals) but was 2");
    assertRejects(
        () -> CorrelatedSampler.of(two, new double[][] {{1, 0}, {0}}),
        "correlation[1].length must be 2 but was 1");
    assertRejects(
        () -> CorrelatedSampler.of(two, new double[][] {{1, 0.5}, {0.4, 1}}),
        "correlation[1][0] must equal correlation[0][1] (0.5) within 1e-12 but was 0.4");
    assertRejects(
        () -> CorrelatedSampler.of(two, new double[][] {{1, 0.5}, {0.5, 0.9}}),
        "correlation[1][1] must be 1 but was 0.9");
    assertRejects(
        () -> CorrelatedSampler.of(two, new double[][] {{1, 1.5}, {1.5, 1}}),
        "correlation[0][1] must be in [-1, 1] but was 1.5");
    assertRejects(
        () -> CorrelatedSampler.of(two, new double[][] {{1, Double.NaN}, {Double.NaN, 1}}),
        "correlation[0][1] must be finite but was NaN");
    // pairwise fine, jointly impossible: x ~ y, y ~ z, x ~ -z
    assertRejects(
        () ->
            CorrelatedSampler.of(
                THREE, new double[][] {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}}),
        "correlation must be positive semi-definite but was a matrix whose leading minor 3 is"
            + " negative (Cholesky pivot -15.2)");
    assertRejects(
        () -> CorrelatedSampler.of(List.of(), new double[0][0]),
        "marginals.size must be > 0 but was 0");
    assertThatThrownBy(() -> CorrelatedSampler.of(two, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void test_of_checksDefinitenessAfterConversionToo() {
    // a singular (semi-definite) rank correlation matrix whose normal correlations 2 sin(pi rho /
    // 6)
    // are no longer positive semi-definite: the conversion inflates small correlations (by up to
    // pi / 3) more than large ones
    double a = 0.999;
    double[][] spearman = {
      {1, a, 0.0}, {a, 1, Math.sqrt(1 - a * a)}, {0.0, Math.sqrt(1 - a * a), 1}
    };
    // det of the Spearman matrix is 1 - a^2 - (1 - a^2) = 0: semi-definite, accepted as given
    CorrelatedSampler.checkPositiveSemiDefinite(spearman, "correlation", "rule");
    assertThatThrownBy(() -> CorrelatedSampler.of(THREE, spearman))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "correlation must be positive semi-definite after conversion to normal correlations r ="
                + " 2 sin(pi rho / 6) but was a matrix whose");
  }

  @Test
  void test_of_acceptsPerfectCorrelation() {
    List<Distribution> two = List.of(Distribution.normal(0, 1), Distribution.uniform(0, 1));
    CorrelatedSampler up = CorrelatedSampler.of(two, new double[][] {{1, 1}, {1, 1}});
    CorrelatedSampler down = CorrelatedSampler.of(two, new double[][] {{1, -1}, {-1, 1}});
    double[] x = new double[2];
    double[] y = new double[2];
    for (long i = 0; i < 1000; i++) {
      up.sample(3, i, x);
      down.sample(3, i, y);
      // comonotone: the uniform is Phi of the normal; countermonotone: 1 - Phi
      assertThat(x[1]).isCloseTo(SpecialFunctions.normalCdf(x[0]), offset(1e-14));
      assertThat(y[1]).isCloseTo(1 - SpecialFunctions.normalCdf(y[0]), offset(1e-14));
    }
  }

  @Test
  void test_independent_isMarginalSamplingFromTheSampleStream() {
    CorrelatedSampler s = CorrelatedSampler.independent(THREE);
    CorrelatedSampler viaIdentity = CorrelatedSampler.of(THREE, eye(3));
    double[] x = new double[3];
    double[] y = new double[3];
    for (long i = 0; i < 100; i++) {
      s.sample(77, i, x);
      viaIdentity.sample(77, i, y);
      Rng rng = Rng.stream(77, i);
      for (int j = 0; j < 3; j++) {
        assertThat(x[j]).isEqualTo(THREE.get(j).sample(rng));
      }
      assertThat(y).isEqualTo(x);
    }
  }

  @Test
  void test_sample_uncorrelatedRowsPassThroughExactly() {
    // input 2 is uncorrelated with 0 and 1, so it is sampled exactly as on its own
    CorrelatedSampler s =
        CorrelatedSampler.of(THREE, new double[][] {{1, 0.6, 0}, {0.6, 1, 0}, {0, 0, 1}});
    double[] x = new double[3];
    s.sample(1, 2, x);
    Rng rng = Rng.stream(1, 2);
    rng.nextLong();
    rng.nextLong();
    assertThat(x[2]).isEqualTo(THREE.get(2).sample(rng));
    assertThat(x[0]).isEqualTo(THREE.get(0).sample(Rng.stream(1, 2)));
  }

  @Test
  void test_sample_scratchAndThreadLocalAgree() {
    CorrelatedSampler s =
        CorrelatedSampler.of(THREE, new double[][] {{1, -0.4, 0.2}, {-0.4, 1, 0.1}, {0.2, 0.1, 1}});
    CorrelatedSampler.Scratch scratch = s.newScratch();
    assertThat(scratch.dimension()).isEqualTo(3);
    double[] a = new double[4];
    double[] b = new double[3];
    for (long i = 0; i < 100; i++) {
      s.sample(5, i, scratch, a);
      s.sample(5, i, b);
      assertThat(Arrays.copyOf(a, 3)).isEqualTo(b);
    }
    assertThat(a[3]).isZero(); // entries beyond the dimension are left alone
  }

  @Test
  void test_sample_rejectsWrongSizes() {
    CorrelatedSampler s = CorrelatedSampler.independent(THREE);
    CorrelatedSampler two = CorrelatedSampler.independent(THREE.subList(0, 2));
    assertRejects(() -> s.sample(1, 1, new double[2]), "out.length must be >= 3 but was 2");
    assertRejects(
        () -> s.sample(1, 1, two.newScratch(), new double[3]),
        "scratch.dimension must be 3 but was 2");
  }

  @Test
  void test_sample_bitIdenticalAcrossThreadCounts() throws Exception {
    CorrelatedSampler s =
        CorrelatedSampler.of(THREE, new double[][] {{1, -0.4, 0.3}, {-0.4, 1, 0}, {0.3, 0, 1}});
    int n = 20_000;
    double[][] single = new double[n][3];
    for (int i = 0; i < n; i++) {
      s.sample(2026, i, single[i]);
    }
    for (int threads : new int[] {2, 3, 8}) {
      double[][] parallel = new double[n][3];
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> done = new ArrayList<>();
        int chunk = (n + threads - 1) / threads;
        for (int t = threads - 1; t >= 0; t--) {
          int from = t * chunk;
          int to = Math.min(n, from + chunk);
          done.add(
              pool.submit(
                  () -> {
                    CorrelatedSampler.Scratch scratch = s.newScratch();
                    for (int i = from; i < to; i++) {
                      s.sample(2026, i, scratch, parallel[i]);
                    }
                  }));
        }
        for (Future<?> f : done) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
      assertThat(Arrays.deepEquals(single, parallel)).as("%s threads", threads).isTrue();
    }
  }
}
