package dev.flopex.costing;

/**
 * How CapEx is paid.
 *
 * @since 0.1
 */
public enum Financing {
  /** Paid in cash at purchase. */
  CASH,
  /**
   * Borrowed at {@link FinancialTerms#debtRate()} and repaid in equal yearly instalments over
   * {@link FinancialTerms#debtTenorYears()}.
   */
  DEBT
}
