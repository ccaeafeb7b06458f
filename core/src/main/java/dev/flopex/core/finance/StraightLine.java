package dev.flopex.core.finance;

/** Straight line: the same charge every year. See {@link DepreciationMethod#straightLine()}. */
final class StraightLine extends AbstractDepreciationMethod {
  static final StraightLine INSTANCE = new StraightLine();

  private StraightLine() {}

  @Override
  double plannedCharge(
      double depreciable, double residual, double lifeYears, int year, double bookValue) {
    return depreciable / lifeYears;
  }

  @Override
  public String name() {
    return "straight-line";
  }
}
