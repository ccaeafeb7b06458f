package dev.flopex.costing.analysis;

import dev.flopex.costing.Warning;
import java.util.List;

/**
 * A tornado: the output's base value and one bar per input, largest swing first.
 *
 * @since 0.1
 */
public interface SensitivityResult {

  /** Returns the output analysed. */
  Output output();

  /** Returns the output at the base case. */
  double baseOutput();

  /** Returns the bars, ranked by swing, largest first. */
  List<TornadoBar> bars();

  /**
   * Returns the warnings of the base case (the fleet or cluster at its own inputs), each once, as
   * {@link dev.flopex.costing.FleetResult#warnings()} lists them.
   *
   * @since 0.4
   */
  List<Warning> warnings();
}
