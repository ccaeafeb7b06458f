package dev.flopex.costing.analysis;

import org.immutables.value.Value;

/**
 * One bar of a tornado chart: the output with one input at its low and at its high value, the swing
 * between them and the elasticity at the base case.
 *
 * @since 0.1
 */
public interface TornadoBar {

  /** Returns the input path. */
  String path();

  /** Returns the input's base value (the mean over the slots the path addresses). */
  double baseInput();

  /** Returns the low input value. */
  double lowInput();

  /** Returns the high input value. */
  double highInput();

  /** Returns the output at the base case. */
  double baseOutput();

  /** Returns the output with the input at its low value. */
  double outputAtLow();

  /** Returns the output with the input at its high value. */
  double outputAtHigh();

  /** Returns |outputAtHigh − outputAtLow|. */
  @Value.Derived
  default double swing() {
    return Math.abs(outputAtHigh() - outputAtLow());
  }

  /**
   * Returns the arc elasticity ((high − low output) / base output) / ((high − low input) / base
   * input), or 0 when the input range or a base value is zero.
   */
  @Value.Derived
  default double elasticity() {
    double dx = highInput() - lowInput();
    if (dx == 0 || baseInput() == 0 || baseOutput() == 0) {
      return 0;
    }
    return ((outputAtHigh() - outputAtLow()) / baseOutput()) / (dx / baseInput());
  }
}
