package dev.flopex.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Laws of {@link SampleDesign}: stratification, net structure and independence of order. */
class SampleDesignProperties {

  /**
   * Latin hypercube: for every input, the n samples fall one in each stratum [k/n, (k+1)/n), by
   * exact double arithmetic, for any n (powers of two and their neighbours included) and seed.
   */
  @Test
  void latinHypercubePutsExactlyOneSampleInEachStratumOfEveryInput() {
    qt().withExamples(60)
        .forAll(
            SourceDSL.integers()
                .between(1, 3000)
                .mix(Generate.pick(java.util.List.of(1, 2, 3, 4, 5, 1023, 1024, 1025, 4096)), 30),
            SourceDSL.longs().all(),
            SourceDSL.integers().between(1, 6))
        .checkAssert(
            (n, seed, dims) -> {
              SampleDesign d = SampleDesign.of(SamplingMethod.LATIN_HYPERCUBE, seed, n, dims);
              SampleDesign.Cursor c = d.newCursor();
              boolean[][] seen = new boolean[dims][n];
              double[] u = new double[dims];
              for (int i = 0; i < n; i++) {
                d.uniforms(i, c, u);
                for (int j = 0; j < dims; j++) {
                  assertThat(u[j]).isGreaterThan(0).isLessThan(1);
                  int k = (int) Math.floor(u[j] * n);
                  assertThat(seen[j][k]).as("input %d stratum %d twice", j, k).isFalse();
                  seen[j][k] = true;
                }
              }
            });
  }

  /** The stratum permutation is a bijection of 0..n-1 for large n too (checked on a sample). */
  @Test
  void latinHypercubeStrataStayInsideTheirStratumForLargeCounts() {
    qt().withExamples(40)
        .forAll(
            SourceDSL.longs().between(1L << 20, 1L << 40),
            SourceDSL.longs().all(),
            SourceDSL.longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            (n, seed, r) -> {
              SampleDesign d = SampleDesign.of(SamplingMethod.LATIN_HYPERCUBE, seed, n, 2);
              long i = r % n;
              double[] u = new double[2];
              d.uniforms(i, d.newCursor(), u);
              for (int j = 0; j < 2; j++) {
                long k = d.permute(i, j);
                assertThat(k).isBetween(0L, n - 1);
                assertThat((long) Math.floor(u[j] * n)).isEqualTo(k);
                assertThat(u[j]).isLessThan(1);
              }
            });
  }

  /**
   * Scrambled Sobol keeps the net structure: the first 2^m points put exactly one point in each of
   * the 2^m intervals [k/2^m, (k+1)/2^m) of every input, and in each of the 2^m boxes of every
   * shape 2^a x 2^(m-a) of the first two inputs (a (0, m, 2)-net), for any seed.
   */
  @Test
  void scrambledSobolIsANetInEveryInputAndInTheFirstTwo() {
    qt().withExamples(30)
        .forAll(SourceDSL.integers().between(0, 12), SourceDSL.longs().all())
        .checkAssert(
            (m, seed) -> {
              int n = 1 << m;
              int dims = 8;
              SampleDesign d = SampleDesign.of(SamplingMethod.SOBOL, seed, n, dims);
              SampleDesign.Cursor c = d.newCursor();
              double[][] p = new double[n][dims];
              for (int i = 0; i < n; i++) {
                d.uniforms(i, c, p[i]);
              }
              for (int j = 0; j < dims; j++) {
                boolean[] seen = new boolean[n];
                for (int i = 0; i < n; i++) {
                  int k = (int) (p[i][j] * n);
                  assertThat(seen[k]).as("input %d interval %d twice", j, k).isFalse();
                  seen[k] = true;
                }
              }
              for (int a = 0; a <= m; a++) {
                boolean[] seen = new boolean[n];
                for (int i = 0; i < n; i++) {
                  int kx = (int) (p[i][0] * (1 << a));
                  int ky = (int) (p[i][1] * (1 << (m - a)));
                  int box = (kx << (m - a)) | ky;
                  assertThat(seen[box])
                      .as("box %d of shape 2^%d x 2^%d twice", box, a, m - a)
                      .isFalse();
                  seen[box] = true;
                }
              }
            });
  }

  /** Any visiting order gives every method the same points: what makes threads irrelevant. */
  @Test
  void pointsDoNotDependOnTheCursorsHistory() {
    qt().withExamples(40)
        .forAll(
            Generate.enumValues(SamplingMethod.class),
            SourceDSL.longs().all(),
            SourceDSL.integers().between(0, 4999),
            SourceDSL.integers().between(0, 4999))
        .checkAssert(
            (m, seed, before, i) -> {
              SampleDesign d = SampleDesign.of(m, seed, 5000, 4);
              double[] fresh = new double[4];
              d.uniforms(i, d.newCursor(), fresh);
              SampleDesign.Cursor used = d.newCursor();
              double[] u = new double[4];
              for (int k = before; k < Math.min(5000, before + 3); k++) {
                d.uniforms(k, used, u);
              }
              d.uniforms(i, used, u);
              assertThat(u).isEqualTo(fresh);
            });
  }
}
