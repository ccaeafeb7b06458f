package dev.flopex.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.core.validation.ValidationException;
import java.util.List;
import org.hipparchus.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class SampleDesignTest {

  private static double[] point(SampleDesign d, long i) {
    double[] u = new double[d.dimension()];
    d.uniforms(i, d.newCursor(), u);
    return u;
  }

  /** RANDOM is exactly the numbers CorrelatedSampler.sample draws: existing runs do not move. */
  @Test
  void randomDesignReproducesTheSamplersOwnStreams() {
    List<Distribution> marginals =
        List.of(
            Distribution.pert(22_000, 25_000, 34_000),
            Distribution.triangular(0.55, 0.7, 0.8),
            Distribution.lognormalFromMeanAndSd(0.09, 0.02));
    CorrelatedSampler s =
        CorrelatedSampler.of(marginals, new double[][] {{1, -0.4, 0.2}, {-0.4, 1, 0}, {0.2, 0, 1}});
    SampleDesign d = SampleDesign.of(SamplingMethod.RANDOM, 77, 1000, 3);
    SampleDesign.Cursor cursor = d.newCursor();
    CorrelatedSampler.Scratch scratch = s.newScratch();
    double[] u = new double[3];
    double[] a = new double[3];
    double[] b = new double[3];
    for (int i = 0; i < 1000; i++) {
      s.sample(77, i, scratch, a);
      d.uniforms(i, cursor, u);
      s.fromUniforms(u, scratch, b);
      assertThat(b).isEqualTo(a);
    }
  }

  /**
   * The first eight points of the unscrambled sequence in three dimensions, as Joe and Kuo's
   * direction numbers give them (dimension 3: s = 2, a = 1, m = 1, 3, so V = 1/2, 3/4, 3/8), in
   * Gray-code order.
   */
  @Test
  void unscrambledSobolStartsWithTheKnownPoints() {
    double[][] p = SampleDesign.unscrambledSobol(8, 3);
    double[][] expected = {
      {0, 0, 0},
      {0.5, 0.5, 0.5},
      {0.75, 0.25, 0.25},
      {0.25, 0.75, 0.75},
      {0.375, 0.375, 0.625},
      {0.875, 0.875, 0.125},
      {0.625, 0.125, 0.875},
      {0.125, 0.625, 0.375}
    };
    for (int i = 0; i < 8; i++) {
      assertThat(p[i]).as("point %d", i).isEqualTo(expected[i]);
    }
  }

  /** The direction numbers read back give Hipparchus' own sequence, point for point. */
  @Test
  void unscrambledSobolMatchesHipparchusSequentialGenerator() {
    int dims = 40;
    int points = 5000;
    double[][] p = SampleDesign.unscrambledSobol(points, dims);
    SobolSequenceGenerator g = new SobolSequenceGenerator(dims);
    for (int i = 0; i < points; i++) {
      assertThat(p[i]).as("point %d", i).isEqualTo(g.nextVector());
    }
  }

  @Test
  void sobolPointsDoNotDependOnTheOrderTheyAreVisitedIn() {
    SampleDesign d = SampleDesign.of(SamplingMethod.SOBOL, 9, 10_000, 5);
    SampleDesign.Cursor inOrder = d.newCursor();
    double[] u = new double[5];
    double[][] seq = new double[10_000][];
    for (int i = 0; i < 10_000; i++) {
      d.uniforms(i, inOrder, u);
      seq[i] = u.clone();
    }
    SampleDesign.Cursor jumping = d.newCursor();
    for (int i : new int[] {9_999, 17, 18, 19, 4096, 0, 1, 8191, 8192, 5000, 5000}) {
      d.uniforms(i, jumping, u);
      assertThat(u).as("point %d", i).isEqualTo(seq[i]);
      assertThat(point(d, i)).isEqualTo(seq[i]);
    }
    // a cursor last used by another design starts afresh
    SampleDesign other = SampleDesign.of(SamplingMethod.SOBOL, 10, 10_000, 5);
    other.uniforms(18, jumping, u);
    d.uniforms(19, jumping, u);
    assertThat(u).isEqualTo(seq[19]);
  }

  @Test
  void everyMethodGivesOpenUniformsAndDependsOnTheSeed() {
    for (SamplingMethod m : SamplingMethod.values()) {
      SampleDesign a = SampleDesign.of(m, 1, 4096, 6);
      SampleDesign b = SampleDesign.of(m, 2, 4096, 6);
      double sum = 0;
      SampleDesign.Cursor c = a.newCursor();
      double[] u = new double[6];
      for (int i = 0; i < 4096; i++) {
        a.uniforms(i, c, u);
        for (double x : u) {
          assertThat(x).isGreaterThan(0).isLessThan(1);
          sum += x;
        }
      }
      assertThat(sum / (4096 * 6)).as("%s mean", m).isCloseTo(0.5, within(0.01));
      assertThat(point(a, 5)).as("%s", m).isNotEqualTo(point(b, 5));
    }
  }

  /**
   * A smooth integrand: Latin hypercube removes its additive part (about 73 % of its variance, so
   * the error should fall to about half), scrambled Sobol far more.
   */
  @Test
  void sobolAndLatinHypercubeIntegrateASmoothFunctionBetterThanRandom() {
    // E[u0 * u1 * u2] = 1/8 for independent uniforms; mean absolute error over 16 seeds
    double[] error = new double[SamplingMethod.values().length];
    for (SamplingMethod m : SamplingMethod.values()) {
      for (long seed = 1; seed <= 16; seed++) {
        SampleDesign d = SampleDesign.of(m, seed, 4096, 3);
        SampleDesign.Cursor c = d.newCursor();
        double[] u = new double[3];
        double sum = 0;
        for (int i = 0; i < 4096; i++) {
          d.uniforms(i, c, u);
          sum += u[0] * u[1] * u[2];
        }
        error[m.ordinal()] += Math.abs(sum / 4096 - 0.125) / 16;
      }
    }
    double random = error[SamplingMethod.RANDOM.ordinal()];
    assertThat(error[SamplingMethod.LATIN_HYPERCUBE.ordinal()]).isLessThan(0.75 * random);
    assertThat(error[SamplingMethod.SOBOL.ordinal()]).isLessThan(random / 10);
  }

  @Test
  void correlationIsHonouredWithEveryMethod() {
    CorrelatedSampler s =
        CorrelatedSampler.of(
            List.of(Distribution.pert(1, 2, 5), Distribution.lognormal(0, 1)),
            new double[][] {{1, 0.6}, {0.6, 1}});
    for (SamplingMethod m : SamplingMethod.values()) {
      int n = 16_384;
      SampleDesign d = SampleDesign.of(m, 3, n, 2);
      SampleDesign.Cursor c = d.newCursor();
      CorrelatedSampler.Scratch scratch = s.newScratch();
      double[] u = new double[2];
      double[] out = new double[2];
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        d.uniforms(i, c, u);
        s.fromUniforms(u, scratch, out);
        x[i] = out[0];
        y[i] = out[1];
      }
      assertThat(Spearman.of(x, y)).as("%s", m).isCloseTo(0.6, within(0.02));
      double mean = 0;
      for (double v : x) {
        mean += v / n;
      }
      assertThat(mean)
          .as("%s PERT mean", m)
          .isCloseTo(Distribution.pert(1, 2, 5).mean(), within(0.02));
    }
  }

  @Test
  void badValuesAreRefused() {
    assertThatThrownBy(() -> SampleDesign.of(SamplingMethod.RANDOM, 1, 0, 2))
        .isInstanceOf(ValidationException.class)
        .hasMessage("samples must be > 0 but was 0");
    assertThatThrownBy(() -> SampleDesign.of(SamplingMethod.LATIN_HYPERCUBE, 1, (1L << 40) + 1, 2))
        .hasMessage("samples must be <= 1099511627776 (2^40) but was 1099511627777");
    assertThatThrownBy(() -> SampleDesign.of(SamplingMethod.LATIN_HYPERCUBE, 1, 10, 0))
        .hasMessage("dimension must be > 0 but was 0");
    assertThatThrownBy(() -> SampleDesign.of(SamplingMethod.SOBOL, 1, 10, 21_202))
        .hasMessage(
            "sampling must be random or latin_hypercube for 21202 inputs (sobol has direction"
                + " numbers for at most 21201) but was sobol");
    assertThatThrownBy(() -> SampleDesign.of(SamplingMethod.SOBOL, 1, 1L << 31, 2))
        .hasMessage(
            "samples must be <= 2147483647 (2^31 - 1) for sobol sampling but was 2147483648");
    SampleDesign d = SampleDesign.of(SamplingMethod.LATIN_HYPERCUBE, 1, 1000, 3);
    assertThatThrownBy(() -> d.uniforms(1000, d.newCursor(), new double[3]))
        .hasMessage("sampleIndex must be in [0, 1000) but was 1000");
    assertThatThrownBy(() -> d.uniforms(-1, d.newCursor(), new double[3]))
        .hasMessage("sampleIndex must be in [0, 1000) but was -1");
    assertThatThrownBy(() -> d.uniforms(0, d.newCursor(), new double[2]))
        .hasMessage("out.length must be >= 3 but was 2");
    SampleDesign two = SampleDesign.of(SamplingMethod.SOBOL, 1, 1000, 2);
    assertThatThrownBy(() -> d.uniforms(0, two.newCursor(), new double[3]))
        .hasMessage("cursor.dimension must be 3 but was 2");
    CorrelatedSampler s = CorrelatedSampler.independent(List.of(Distribution.uniform(0, 1)));
    assertThatThrownBy(() -> s.fromUniforms(new double[] {1.0}, s.newScratch(), new double[1]))
        .hasMessage("uniforms[0] must be in (0, 1) but was 1");
    assertThatThrownBy(
            () -> s.fromUniforms(new double[] {Double.NaN}, s.newScratch(), new double[1]))
        .hasMessage("uniforms[0] must be in (0, 1) but was NaN");
    assertThatThrownBy(() -> s.fromUniforms(new double[0], s.newScratch(), new double[1]))
        .hasMessage("uniforms.length must be >= 1 but was 0");
  }

  @Test
  void methodsParseFromTheirKeysWithSuggestions() {
    assertThat(SamplingMethod.fromKey("Latin-Hypercube")).isEqualTo(SamplingMethod.LATIN_HYPERCUBE);
    assertThat(SamplingMethod.fromKey(" sobol ")).isEqualTo(SamplingMethod.SOBOL);
    assertThat(SamplingMethod.LATIN_HYPERCUBE.key()).isEqualTo("latin_hypercube");
    assertThatThrownBy(() -> SamplingMethod.fromKey("sobl"))
        .hasMessage(
            "sampling must be one of random, latin_hypercube, sobol; did you mean sobol? but was"
                + " 'sobl'");
    assertThat(QuantileMethod.fromKey("TABULATED")).isEqualTo(QuantileMethod.TABULATED);
    assertThatThrownBy(() -> QuantileMethod.fromKey("tabulate"))
        .hasMessage(
            "quantiles must be one of exact, tabulated; did you mean tabulated? but was"
                + " 'tabulate'");
  }
}
