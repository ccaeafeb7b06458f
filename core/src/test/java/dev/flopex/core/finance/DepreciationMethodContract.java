package dev.flopex.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.core.validation.ValidationException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link DepreciationMethod} keeps, as default test methods: a test class for an
 * implementation implements this interface and supplies {@link #method()}. Inputs come from {@link
 * FinanceGenerators}; residuals are drawn as a fraction of cost so that {@code 0 <= residual <=
 * cost} always holds and both ends are reached.
 */
interface DepreciationMethodContract {

  /** The method under test. */
  DepreciationMethod method();

  private static double residual(double cost, double fraction) {
    return fraction == 1.0 ? cost : cost * fraction;
  }

  @Test
  default void chargesSumToDepreciableAmount() {
    DepreciationMethod m = method();
    qt().forAll(
            FinanceGenerators.costs(),
            FinanceGenerators.residualFractions(),
            FinanceGenerators.lives())
        .checkAssert(
            (cost, fraction, life) -> {
              double residual = residual(cost, fraction);
              double[] charges = m.charges(cost, residual, life);
              double sum = 0;
              for (double c : charges) {
                sum += c;
              }
              double depreciable = cost - residual;
              assertThat(charges).hasSize(life);
              assertThat(sum)
                  .as(
                      "%s: sum of %s for cost %s residual %s",
                      m, Arrays.toString(charges), cost, residual)
                  .isCloseTo(depreciable, offset(1e-9 * depreciable));
            });
  }

  @Test
  default void chargesAreNonNegativeAndFinite() {
    DepreciationMethod m = method();
    qt().forAll(
            FinanceGenerators.costs(),
            FinanceGenerators.residualFractions(),
            FinanceGenerators.lives())
        .checkAssert(
            (cost, fraction, life) -> {
              double[] charges = m.charges(cost, residual(cost, fraction), life);
              for (double c : charges) {
                assertThat(c).isFinite().isGreaterThanOrEqualTo(0.0);
                assertThat(Double.doubleToRawLongBits(c))
                    .as("no -0.0")
                    .isNotEqualTo(Long.MIN_VALUE);
              }
            });
  }

  @Test
  default void bookValueNonIncreasingAndNeverBelowResidual() {
    DepreciationMethod m = method();
    qt().forAll(
            FinanceGenerators.costs(),
            FinanceGenerators.residualFractions(),
            FinanceGenerators.lives())
        .checkAssert(
            (cost, fraction, life) -> {
              double residual = residual(cost, fraction);
              assertThat(m.bookValue(cost, residual, life, 0)).isEqualTo(cost);
              double previous = cost;
              for (int k = 1; k <= life + 2; k++) {
                double bv = m.bookValue(cost, residual, life, k);
                assertThat(bv)
                    .as("%s book value after %s of %s years", m, k, life)
                    .isLessThanOrEqualTo(previous)
                    .isGreaterThanOrEqualTo(residual);
                previous = bv;
              }
              assertThat(m.bookValue(cost, residual, life, life)).isEqualTo(residual);
              assertThat(m.bookValue(cost, residual, life, Integer.MAX_VALUE)).isEqualTo(residual);
            });
  }

  @Test
  default void bookValueIsCostMinusChargesSoFar() {
    DepreciationMethod m = method();
    qt().forAll(
            FinanceGenerators.costs(),
            FinanceGenerators.residualFractions(),
            FinanceGenerators.lives())
        .checkAssert(
            (cost, fraction, life) -> {
              double residual = residual(cost, fraction);
              double[] charges = m.charges(cost, residual, life);
              double accumulated = 0;
              for (int k = 0; k < life; k++) {
                assertThat(m.bookValue(cost, residual, life, k))
                    .isEqualTo(Math.max(residual, cost - accumulated));
                accumulated += charges[k];
              }
            });
  }

  @Test
  default void oneYearLifeChargesEverythingAtOnce() {
    DepreciationMethod m = method();
    qt().forAll(FinanceGenerators.costs(), FinanceGenerators.residualFractions())
        .checkAssert(
            (cost, fraction) -> {
              double residual = residual(cost, fraction);
              assertThat(m.charges(cost, residual, 1)).containsExactly(cost - residual);
            });
  }

  @Test
  default void nothingToDepreciateChargesZero() {
    DepreciationMethod m = method();
    qt().forAll(FinanceGenerators.costs(), FinanceGenerators.lives())
        .checkAssert(
            (cost, life) -> {
              double[] zeros = new double[life];
              assertThat(m.charges(cost, cost, life)).containsExactly(zeros);
              assertThat(m.charges(0, 0, life)).containsExactly(zeros);
            });
  }

  @Test
  default void deterministic() {
    DepreciationMethod m = method();
    qt().forAll(
            FinanceGenerators.costs(),
            FinanceGenerators.residualFractions(),
            FinanceGenerators.lives())
        .checkAssert(
            (cost, fraction, life) -> {
              double residual = residual(cost, fraction);
              double[] first = m.charges(cost, residual, life);
              // a reused, dirty buffer longer than needed gives the same charges and keeps its tail
              double[] buffer = new double[life + 3];
              Arrays.fill(buffer, -7.0);
              m.charges(cost, residual, life, buffer);
              assertThat(Arrays.copyOf(buffer, life)).containsExactly(first);
              assertThat(Arrays.copyOfRange(buffer, life, life + 3))
                  .containsExactly(-7.0, -7.0, -7.0);
              assertThat(m.charges(cost, residual, life)).containsExactly(first);
              int k = life / 2;
              assertThat(m.bookValue(cost, residual, life, k))
                  .isEqualTo(m.bookValue(cost, residual, life, k));
            });
  }

  @Test
  default void resultsAreFiniteOrRejected() {
    DepreciationMethod m = method();
    qt().forAll(
            FinanceGenerators.anyDoubles(),
            FinanceGenerators.anyDoubles(),
            FinanceGenerators.lives())
        .checkAssert(
            (cost, residual, life) -> {
              try {
                double[] charges = m.charges(cost, residual, life);
                assertThat(Arrays.stream(charges).allMatch(Double::isFinite)).isTrue();
                assertThat(m.bookValue(cost, residual, life, life / 2)).isFinite();
              } catch (ValidationException expected) {
                assertThat(cost >= 0 && residual >= 0 && residual <= cost && Double.isFinite(cost))
                    .as(
                        "rejected valid input cost %s residual %s: %s",
                        cost, residual, expected.getMessage())
                    .isFalse();
              }
            });
  }

  @Test
  default void fractionalLifeChargesSumToDepreciableAmountOverCeilYears() {
    DepreciationMethod m = method();
    qt().forAll(
            FinanceGenerators.costs(),
            FinanceGenerators.residualFractions(),
            FinanceGenerators.fractionalLives())
        .checkAssert(
            (cost, fraction, life) -> {
              double residual = residual(cost, fraction);
              double[] charges = m.charges(cost, residual, life);
              assertThat(charges).hasSize((int) Math.ceil(life));
              double sum = 0;
              for (double c : charges) {
                assertThat(c).isFinite().isGreaterThanOrEqualTo(0);
                sum += c;
              }
              double depreciable = cost - residual;
              assertThat(sum)
                  .as("%s over %s years: %s", m, life, Arrays.toString(charges))
                  .isCloseTo(depreciable, offset(1e-9 * depreciable));
              assertThat(m.bookValue(cost, residual, life, (int) Math.ceil(life)))
                  .isEqualTo(residual + 0.0);
            });
  }
}
