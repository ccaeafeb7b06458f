package dev.flopex.core.random;

/**
 * How a sampler turns a uniform number into a value of a distribution: the exact inverse
 * distribution function, or a table of it where the exact one is iterative.
 *
 * <p>A Monte Carlo result names the method it used, as every headline names its basis.
 *
 * @since 0.2
 */
public enum QuantileMethod {
  /** {@link Distribution#quantile} itself: Halley's method for PERT, closed forms elsewhere. */
  EXACT,

  /**
   * {@link Distribution#tabulated()}: PERT's quantile read from a cubic Hermite table of {@value
   * Distribution#TABLE_INTERVALS} equal intervals of probability, with the exact slope at every
   * node; the two tail intervals, and any interval whose midpoint misses the exact quantile by more
   * than {@value Distribution#TABLE_TOLERANCE} of the range, get a finer table of 32 sub-intervals
   * checked the same way, and a sub-interval that still misses uses the exact quantile (so the
   * table is within that error of the exact quantile, or within the rounding of the values where a
   * range is narrow beside its magnitude; {@code TabulatedQuantileTest} checks it on dense grids).
   * Other distributions, whose quantiles are closed forms, are unchanged.
   */
  TABULATED
}
