package dev.flopex.core.random;

import dev.flopex.core.validation.Check;
import org.jspecify.annotations.Nullable;

/**
 * A distribution on [min, max] shaped by a mode (triangular, PERT): the three points, their checks,
 * and the description, equality and hash shared by such distributions. Two are equal when they are
 * the same kind with the same three points.
 */
abstract class ThreePointDistribution extends AbstractDistribution {
  private final String kind;
  final double min;
  final double mode;
  final double max;

  /** {@code max - min}, checked finite and positive. */
  final double width;

  /**
   * @param kind the name used by {@link #describe()}, e.g. {@code pert}
   */
  ThreePointDistribution(String kind, double min, double mode, double max) {
    this.kind = kind;
    this.width = checkRange(min, max);
    checkMode(min, mode, max);
    // + 0.0 turns -0.0 into 0.0, so equal-looking distributions are equal
    this.min = min + 0.0;
    this.mode = mode + 0.0;
    this.max = max + 0.0;
  }

  @Override
  public final String describe() {
    return kind
        + "(min="
        + Check.format(min)
        + ", mode="
        + Check.format(mode)
        + ", max="
        + Check.format(max)
        + ")";
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    ThreePointDistribution t = (ThreePointDistribution) o;
    return Double.compare(t.min, min) == 0
        && Double.compare(t.mode, mode) == 0
        && Double.compare(t.max, max) == 0;
  }

  @Override
  public final int hashCode() {
    return ((31 * Double.hashCode(min) + Double.hashCode(mode)) * 31 + Double.hashCode(max)) * 31
        + kind.hashCode();
  }
}
