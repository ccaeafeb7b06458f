package dev.flopex.costing;

import dev.flopex.core.finance.DepreciationMethod;

/**
 * Depreciation schedules for capital items.
 *
 * @since 0.1
 */
public enum Depreciation {
  /** Equal charges over the useful life. */
  STRAIGHT_LINE,
  /** Double-declining balance, switching to straight line when that is larger. */
  DOUBLE_DECLINING_BALANCE;

  /**
   * Returns the core implementation of this convention.
   *
   * @return the depreciation method
   */
  public DepreciationMethod method() {
    return this == STRAIGHT_LINE
        ? DepreciationMethod.straightLine()
        : DepreciationMethod.decliningBalance(2.0);
  }
}
