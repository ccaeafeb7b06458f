package dev.flopex.core.finance;

import dev.flopex.core.validation.Check;
import org.jspecify.annotations.Nullable;

/**
 * Declining balance at {@code factor / life} a year, switching to straight line over the remaining
 * life when that gives at least as much. See {@link DepreciationMethod#decliningBalance(double)}.
 */
final class DecliningBalance extends AbstractDepreciationMethod {
  private final double factor;
  private final String name;

  DecliningBalance(double factor) {
    this.factor = Check.atLeast(factor, 1, "factor", "") + 0.0;
    this.name = "declining-balance(" + this.factor + ")";
  }

  @Override
  double plannedCharge(
      double depreciable, double residual, double lifeYears, int year, double bookValue) {
    double decliningBalance = bookValue * (factor / lifeYears);
    double straightLineOnRemaining = (bookValue - residual) / (lifeYears - year);
    return Math.max(decliningBalance, straightLineOnRemaining);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DecliningBalance
        && Double.compare(((DecliningBalance) o).factor, factor) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(factor);
  }
}
