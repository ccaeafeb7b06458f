package dev.flopex.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link DepreciationMethodContract} for each built-in method, plus laws that relate the
 * methods to one another. A failing run prints its seed; pin it with {@code -DQT_SEED=<seed>}.
 */
class DepreciationMethodProperties {

  @Nested
  class StraightLine implements DepreciationMethodContract {
    @Override
    public DepreciationMethod method() {
      return DepreciationMethod.straightLine();
    }
  }

  @Nested
  class SumOfYearsDigits implements DepreciationMethodContract {
    @Override
    public DepreciationMethod method() {
      return DepreciationMethod.sumOfYearsDigits();
    }
  }

  @Nested
  class DoubleDecliningBalance implements DepreciationMethodContract {
    @Override
    public DepreciationMethod method() {
      return DepreciationMethod.decliningBalance(2);
    }
  }

  @Nested
  class OneAndAHalfDecliningBalance implements DepreciationMethodContract {
    @Override
    public DepreciationMethod method() {
      return DepreciationMethod.decliningBalance(1.5);
    }
  }

  /** Factor 1: the smallest allowed; with no residual it is straight line. */
  @Nested
  class UnitFactorDecliningBalance implements DepreciationMethodContract {
    @Override
    public DepreciationMethod method() {
      return DepreciationMethod.decliningBalance(1);
    }
  }

  /** A steep factor: short lives are written off in the first year. */
  @Nested
  class SteepDecliningBalance implements DepreciationMethodContract {
    @Override
    public DepreciationMethod method() {
      return DepreciationMethod.decliningBalance(50);
    }
  }

  @Test
  void chargesNonIncreasingForBuiltInMethods() {
    qt().forAll(
            FinanceGenerators.methods(),
            FinanceGenerators.costs(),
            FinanceGenerators.residualFractions(),
            FinanceGenerators.lives())
        .checkAssert(
            (m, cost, fraction, life) -> {
              double[] c = m.charges(cost, cost * fraction, life);
              int firstRise = -1;
              for (int i = 1; i < life && firstRise < 0; i++) {
                // the last year absorbs rounding, so allow a few ulps of the depreciable amount
                if (c[i] > c[i - 1] + 1e-12 * cost) {
                  firstRise = i;
                }
              }
              assertThat(firstRise)
                  .as("%s: first rising year in %s", m, Arrays.toString(c))
                  .isEqualTo(-1);
            });
  }

  @Test
  void acceleratedBookValueNeverAboveStraightLine() {
    DepreciationMethod straight = DepreciationMethod.straightLine();
    qt().forAll(
            FinanceGenerators.methods(),
            FinanceGenerators.costs(),
            FinanceGenerators.residualFractions(),
            FinanceGenerators.lives())
        .checkAssert(
            (m, cost, fraction, life) -> {
              double residual = cost * fraction;
              for (int k = 0; k <= life; k++) {
                assertThat(m.bookValue(cost, residual, life, k))
                    .as("%s after %s of %s years", m, k, life)
                    .isLessThanOrEqualTo(
                        straight.bookValue(cost, residual, life, k) + 1e-12 * cost);
              }
            });
  }

  @Test
  void unitFactorDecliningBalanceIsStraightLineWithoutResidual() {
    qt().forAll(FinanceGenerators.costs(), FinanceGenerators.lives())
        .checkAssert(
            (cost, life) -> {
              double[] db = DepreciationMethod.decliningBalance(1).charges(cost, 0, life);
              double[] sl = DepreciationMethod.straightLine().charges(cost, 0, life);
              for (int i = 0; i < life; i++) {
                assertThat(db[i]).isCloseTo(sl[i], offset(1e-9 * cost));
              }
            });
  }
}
