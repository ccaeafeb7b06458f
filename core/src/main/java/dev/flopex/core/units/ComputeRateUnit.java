package dev.flopex.core.units;

/**
 * Units of compute rate. Base unit: one operation per second. FLOP/s and OP/s are the same
 * dimension (a floating-point operation is an operation); the FLOP-named units are used for
 * floating-point precisions and the OP-named ones for integer precisions. A multiply-accumulate
 * counts as two operations, as vendors count it. Whether a figure is dense or uses 2:4 sparsity is
 * not a unit: it is recorded beside the figure.
 *
 * @since 0.1
 */
public enum ComputeRateUnit implements Unit<ComputeRateUnit> {
  /** Floating-point operation per second. */
  FLOP_PER_SECOND("FLOP/s", 1),
  /** 10^9 FLOP/s. */
  GIGAFLOP_PER_SECOND("GFLOP/s", 1e9),
  /** 10^12 FLOP/s. */
  TERAFLOP_PER_SECOND("TFLOP/s", 1e12),
  /** 10^15 FLOP/s. */
  PETAFLOP_PER_SECOND("PFLOP/s", 1e15),
  /** 10^18 FLOP/s. */
  EXAFLOP_PER_SECOND("EFLOP/s", 1e18),
  /** Integer operation per second. */
  OP_PER_SECOND("OP/s", 1),
  /** 10^12 integer operations per second. */
  TERAOP_PER_SECOND("TOP/s", 1e12),
  /** 10^15 integer operations per second. */
  PETAOP_PER_SECOND("POP/s", 1e15);

  private final String symbol;
  private final double factor;

  ComputeRateUnit(String symbol, double factor) {
    this.symbol = symbol;
    this.factor = factor;
  }

  @Override
  public String symbol() {
    return symbol;
  }

  @Override
  public double factor() {
    return factor;
  }

  @Override
  public String toString() {
    return symbol;
  }
}
