package dev.flopex.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Triangular#quantile} picks its side of the mode without a branch; these tests hold it to
 * the branching form it replaced, bit for bit.
 */
class TriangularTest {

  /**
   * The quantile as it was written with a branch (the definition the branch-free form must keep).
   */
  private static double branching(Triangular t, double p) {
    double x;
    if (p < t.modeProbability()) {
      x = t.min + Math.sqrt(p * t.width * (t.mode - t.min));
    } else {
      x = t.max - Math.sqrt((1 - p) * t.width * (t.max - t.mode));
    }
    return Math.max(t.min, Math.min(t.max, x));
  }

  private static void assertSameBits(Triangular t, double p) {
    assertThat(Double.doubleToRawLongBits(t.quantile(p)))
        .as("%s at p = %s", t, p)
        .isEqualTo(Double.doubleToRawLongBits(branching(t, p)));
  }

  @Test
  void everyQuantileIsTheBranchingFormsAtAndAroundTheModeAndTheEnds() {
    Triangular[] shapes = {
      new Triangular(250_000, 317_000, 380_000), // W3's server price
      new Triangular(0.076, 0.319, 0.319), // mode at the maximum
      new Triangular(1, 1, 2), // mode at the minimum
      new Triangular(-3, -1, 5),
      new Triangular(0, 1e-300, 1),
    };
    SplittableRandom random = new SplittableRandom(20261203);
    for (Triangular t : shapes) {
      double m = t.modeProbability();
      for (double p :
          new double[] {
            0, 1, m, Math.nextUp(m), Math.nextDown(m), Double.MIN_VALUE, 0x1p-53, 1 - 0x1p-53, 0.5
          }) {
        if (p >= 0 && p <= 1) {
          assertSameBits(t, p);
        }
      }
      for (int i = 0; i < 200_000; i++) {
        assertSameBits(t, random.nextDouble());
      }
    }
  }

  @Test
  void property_everyQuantileIsTheBranchingForms() {
    qt().forAll(RandomGenerators.triangulars(), RandomGenerators.probabilities())
        .checkAssert(
            (d, p) -> {
              Triangular t = (Triangular) d;
              assertSameBits(t, p);
              assertSameBits(t, t.modeProbability());
              if (t.modeProbability() > 0) {
                assertSameBits(t, Math.nextDown(t.modeProbability()));
              }
            });
  }
}
