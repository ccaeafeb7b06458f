package dev.flopex.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** PERT's tabulated quantile stays within its stated error of the exact one, everywhere. */
class TabulatedQuantileTest {

  /**
   * The stated bound, in units of the value, for a distribution of range {@code width} whose values
   * are at most {@code magnitude}: the table's tolerance, or the rounding of the values themselves
   * where that is coarser (a range of 0.001 around a million).
   */
  private static double bound(double width, double magnitude) {
    return Distribution.TABLE_TOLERANCE * width + 4 * Math.ulp(magnitude);
  }

  @Test
  void test_withinToleranceOnADenseGrid() {
    double[][] shapes = {
      {0, 0.5, 1}, // symmetric
      {0, 0, 1}, // mode at min (alpha = 1: closed form)
      {0, 1, 1}, // mode at max
      {250_000, 317_000, 380_000}, // W3's server price
      {0.6, 0.76, 0.95},
      {0, 0.01, 1}, // strongly skewed
      {-3, 2.9, 3},
    };
    for (double[] s : shapes) {
      Distribution exact = Distribution.pert(s[0], s[1], s[2]);
      Distribution table = exact.tabulated();
      double worst = 0;
      for (int i = 1; i < 200_000; i++) {
        double p = i / 200_000.0;
        worst = Math.max(worst, Math.abs(table.quantile(p) - exact.quantile(p)));
      }
      assertThat(worst)
          .as(exact.describe())
          .isLessThanOrEqualTo(bound(s[2] - s[0], Math.max(Math.abs(s[0]), Math.abs(s[2]))));
    }
  }

  @Test
  void test_tailsWithinToleranceAndRarelyExact() {
    double[][] shapes = {
      {0.04, 0.0892, 0.12}, // W3's four PERT inputs
      {1.15, 1.3, 1.5},
      {0.6, 0.8, 0.95},
      {0.6, 0.76, 0.95},
      {0, 0.01, 1}, // strongly skewed: more of the first-level table misses
    };
    double[] share = {2e-5, 2e-5, 2e-5, 2e-5, 2e-4};
    for (int c = 0; c < shapes.length; c++) {
      double[] s = shapes[c];
      Distribution exact = Distribution.pert(s[0], s[1], s[2]);
      TabulatedQuantile table = (TabulatedQuantile) exact.tabulated();
      // the first-level intervals that miss are ~2 % of the probability; the sub-tables and the
      // stretched end tables leave at most 2e-5 of the draws to the exact quantile
      assertThat(table.exactShare()).as(exact.describe()).isLessThan(share[c]);
      double worst = 0;
      for (int i = 1; i < 100_000; i++) {
        double p = i * 2e-7; // the lower 2 % and the upper 2 %, densely
        double deep = Math.pow(2, -10 - i % 40); // and the last 2^-10 to 2^-50 of each end
        worst = Math.max(worst, Math.abs(table.quantile(p) - exact.quantile(p)));
        worst = Math.max(worst, Math.abs(table.quantile(1 - p) - exact.quantile(1 - p)));
        if (i % 100 == 0) {
          worst = Math.max(worst, Math.abs(table.quantile(deep) - exact.quantile(deep)));
          worst = Math.max(worst, Math.abs(table.quantile(1 - deep) - exact.quantile(1 - deep)));
        }
      }
      assertThat(worst)
          .as(exact.describe())
          .isLessThanOrEqualTo(bound(s[2] - s[0], Math.max(Math.abs(s[0]), Math.abs(s[2]))));
    }
  }

  @Test
  void test_randomShapesAndProbabilities() {
    qt().withExamples(60)
        .forAll(
            SourceDSL.doubles().between(-1e6, 1e6),
            SourceDSL.doubles().between(1e-3, 1e6),
            SourceDSL.doubles().between(0, 1),
            SourceDSL.longs().all())
        .checkAssert(
            (min, width, modeAt, seed) -> {
              Distribution exact = Distribution.pert(min, min + modeAt * width, min + width);
              Distribution table = exact.tabulated();
              SplittableRandom r = new SplittableRandom(seed);
              for (int i = 0; i < 2_000; i++) {
                double p = r.nextDouble();
                if (p == 0) {
                  continue;
                }
                assertThat(Math.abs(table.quantile(p) - exact.quantile(p)))
                    .isLessThanOrEqualTo(bound(width, Math.abs(min) + width));
              }
            });
  }

  @Test
  void test_sameDistributionOtherwise() {
    Distribution exact = Distribution.pert(1, 2, 4);
    Distribution table = exact.tabulated();
    assertThat(exact.tabulated()).isSameAs(table); // built once
    assertThat(table.tabulated()).isSameAs(table);
    assertThat(table.cdf(2.5)).isEqualTo(exact.cdf(2.5));
    assertThat(table.mean()).isEqualTo(exact.mean());
    assertThat(table.variance()).isEqualTo(exact.variance());
    assertThat(table.describe()).isEqualTo(exact.describe());
    assertThat(table.quantile(0)).isEqualTo(1);
    assertThat(table.quantile(1)).isEqualTo(4);
    assertThatThrownBy(() -> table.quantile(1.5)).hasMessage("p must be in [0, 1] but was 1.5");
    assertThatThrownBy(() -> table.quantile(Double.NaN)).hasMessageStartingWith("p must be");
  }

  @Test
  void test_closedFormsAreNotTabulated() {
    for (Distribution d :
        new Distribution[] {
          Distribution.uniform(0, 1),
          Distribution.triangular(0, 1, 2),
          Distribution.normal(0, 1),
          Distribution.lognormal(0, 1)
        }) {
      assertThat(d.tabulated()).isSameAs(d);
    }
  }

  @Test
  void test_nonDecreasing() {
    Distribution table = Distribution.pert(0, 0.2, 1).tabulated();
    double previous = table.quantile(1e-9);
    for (int i = 1; i < 100_000; i++) {
      double q = table.quantile(i / 100_000.0);
      assertThat(q).isGreaterThanOrEqualTo(previous - 1e-15);
      previous = q;
    }
  }
}
