package dev.flopex.costing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link ClusterKernel#keptAfter}, the hardware's value kept after whole years, against the exact
 * power of the double {@code 1 - decline} (BigDecimal, rounded once to the nearest double).
 */
class KeptAfterTest {

  /** (1 - decline)^years exactly, rounded once (BigDecimal's doubleValue rounds correctly). */
  private static double exact(double decline, int years) {
    return new BigDecimal(1 - decline).pow(years).doubleValue();
  }

  @Test
  void isTheCorrectlyRoundedPowerForCatalogDeclinesAndEveryHorizon() {
    // the catalog's declines (Hopper 31.9 %, Ampere 28.2 %, Epoch AI's 27.6 %), the ends of a
    // decline's range, and an appreciation
    double[] declines = {0.319, 0.282, 0.276, 0, 0.999, 1e-12, 0.5, -0.05, 0.076};
    for (double d : declines) {
      for (int years = 0; years <= ClusterKernel.MAX_HORIZON; years++) {
        assertThat(ClusterKernel.keptAfter(d, years))
            .as("decline %s, %d years", d, years)
            .isEqualTo(exact(d, years));
      }
    }
    assertThat(ClusterKernel.keptAfter(1, 5)).isEqualTo(0.0);
    assertThat(ClusterKernel.keptAfter(0.3, 0)).isEqualTo(1.0);
  }

  @Test
  void isTheCorrectlyRoundedPowerForRandomDeclines() {
    SplittableRandom random = new SplittableRandom(20261203);
    for (int i = 0; i < 20_000; i++) {
      double d = random.nextDouble() * 0.6;
      int years = 1 + random.nextInt(ClusterKernel.MAX_HORIZON);
      assertThat(ClusterKernel.keptAfter(d, years))
          .as("decline %s, %d years", d, years)
          .isEqualTo(exact(d, years));
    }
  }

  @Test
  void property_isWithinOneUlpOfMathPowAndFallsWithTheYears() {
    qt().forAll(
            SourceDSL.doubles().between(0, 0.99),
            SourceDSL.integers().between(1, ClusterKernel.MAX_HORIZON))
        .checkAssert(
            (d, years) -> {
              double kept = ClusterKernel.keptAfter(d, years);
              double pow = Math.pow(1 - d, years);
              assertThat(Math.abs(kept - pow)).isLessThanOrEqualTo(Math.ulp(pow));
              assertThat(kept).isLessThanOrEqualTo(ClusterKernel.keptAfter(d, years - 1));
            });
  }

  @Test
  void valueFractionUsesItForWholeYears() {
    assertThat(ClusterKernel.valueFraction(dev.flopex.costing.CostComponent.SERVERS, 5, 0.319, 30))
        .isEqualTo(ClusterKernel.keptAfter(0.319, 5));
    assertThat(
            ClusterKernel.valueFraction(dev.flopex.costing.CostComponent.SERVERS, 2.5, 0.319, 30))
        .isEqualTo(Math.pow(1 - 0.319, 2.5));
  }
}
