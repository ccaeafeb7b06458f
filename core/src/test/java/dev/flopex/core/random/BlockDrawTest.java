package dev.flopex.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The block forms a Monte Carlo draws its inputs with ({@link SampleDesign#uniforms(long, int,
 * SampleDesign.Cursor, double[][])}, {@link CorrelatedSampler#fromUniforms(double[][], int,
 * CorrelatedSampler.Scratch, double[][])}) give the values of the per-sample forms bit for bit, for
 * every sampling method, every distribution the specialised loops cover and the others, and
 * correlated inputs; and they refuse bad buffers naming them.
 */
class BlockDrawTest {

  private static final List<Distribution> MIXED =
      List.of(
          Distribution.triangular(250_000, 317_000, 380_000),
          Distribution.pert(0.04, 0.0892, 0.12).tabulated(),
          Distribution.pert(1.15, 1.3, 1.5),
          Distribution.uniform(120, 184.06),
          Distribution.lognormalFromMeanAndSd(0.09, 0.02),
          Distribution.truncated(Distribution.normal(3, 1), 0, 10));

  @Test
  void blocksEqualSampleBySampleForEveryMethod() {
    int n = MIXED.size();
    double[][] correlation = new double[n][n];
    for (int i = 0; i < n; i++) {
      correlation[i][i] = 1;
    }
    correlation[0][3] = correlation[3][0] = 0.6;
    for (CorrelatedSampler sampler :
        List.of(CorrelatedSampler.independent(MIXED), CorrelatedSampler.of(MIXED, correlation))) {
      for (SamplingMethod method : SamplingMethod.values()) {
        SampleDesign design = SampleDesign.of(method, 2025, 5000, n);
        SampleDesign.Cursor one = design.newCursor();
        SampleDesign.Cursor block = design.newCursor();
        CorrelatedSampler.Scratch scratch = sampler.newScratch();
        double[] u = new double[n];
        double[] x = new double[n];
        double[][] ub = new double[n][300];
        double[][] xb = new double[n][300];
        // blocks of uneven sizes, the last one short, visited out of order
        int[][] blocks = {{4700, 300}, {0, 1}, {1, 255}, {256, 256}, {3000, 7}, {4999, 1}};
        for (int[] b : blocks) {
          design.uniforms(b[0], b[1], block, ub);
          sampler.fromUniforms(ub, b[1], scratch, xb);
          for (int k = 0; k < b[1]; k++) {
            design.uniforms(b[0] + k, one, u);
            sampler.fromUniforms(u, scratch, x);
            for (int j = 0; j < n; j++) {
              assertThat(Double.doubleToRawLongBits(ub[j][k]))
                  .as("%s u[%d] of sample %d", method, j, b[0] + k)
                  .isEqualTo(Double.doubleToRawLongBits(u[j]));
              assertThat(Double.doubleToRawLongBits(xb[j][k]))
                  .as("%s x[%d] of sample %d", method, j, b[0] + k)
                  .isEqualTo(Double.doubleToRawLongBits(x[j]));
            }
          }
        }
      }
    }
  }

  @Test
  void anEmptyBlockDrawsNothing() {
    SampleDesign design = SampleDesign.of(SamplingMethod.RANDOM, 1, 10, 1);
    double[][] out = {{7}};
    design.uniforms(10, 0, design.newCursor(), out);
    CorrelatedSampler s = CorrelatedSampler.independent(List.of(Distribution.uniform(0, 1)));
    s.fromUniforms(new double[][] {{}}, 0, s.newScratch(), out);
    assertThat(out[0][0]).isEqualTo(7);
  }

  @Test
  void badBlocksAreRefused() {
    SampleDesign design = SampleDesign.of(SamplingMethod.RANDOM, 1, 1000, 2);
    SampleDesign.Cursor cursor = design.newCursor();
    assertThatThrownBy(() -> design.uniforms(990, 11, cursor, new double[2][11]))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("sampleIndex must be in [0, 1000) but was 1000");
    assertThatThrownBy(() -> design.uniforms(-1, 1, cursor, new double[2][1]))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("sampleIndex must be in [0, 1000) but was -1");
    assertThatThrownBy(() -> design.uniforms(0, -1, cursor, new double[2][1]))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("count must be >= 0 but was -1");
    assertThatThrownBy(() -> design.uniforms(0, 5, cursor, new double[1][5]))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("out.length must be >= 2 but was 1");
    assertThatThrownBy(() -> design.uniforms(0, 5, cursor, new double[][] {new double[5], {}}))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("out[1].length must be >= 5 but was 0");

    CorrelatedSampler s =
        CorrelatedSampler.independent(
            List.of(Distribution.uniform(0, 1), Distribution.triangular(0, 1, 2)));
    CorrelatedSampler.Scratch scratch = s.newScratch();
    assertThatThrownBy(
            () ->
                s.fromUniforms(new double[][] {{0.5, 0.5}, {0.5, 1}}, 2, scratch, new double[2][2]))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("uniforms[1][1] must be in (0, 1) but was 1");
    assertThatThrownBy(() -> s.fromUniforms(new double[2][2], 3, scratch, new double[2][3]))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("uniforms[0].length must be >= 3 but was 2");
    assertThatThrownBy(() -> s.fromUniforms(new double[2][3], 3, scratch, new double[1][3]))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("out.length must be >= 2 but was 1");
    assertThatThrownBy(
            () ->
                s.fromUniforms(
                    new double[2][1],
                    1,
                    CorrelatedSampler.independent(List.of(Distribution.uniform(0, 1))).newScratch(),
                    new double[2][1]))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("scratch.dimension must be 2 but was 1");
  }
}
