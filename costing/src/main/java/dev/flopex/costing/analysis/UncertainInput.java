package dev.flopex.costing.analysis;

import dev.flopex.core.random.Distribution;
import dev.flopex.core.validation.Check;
import org.immutables.value.Value;
import dev.flopex.costing.CompiledFleet;

/**
 * An input of a Monte Carlo analysis: an input path (see {@link dev.flopex.costing.CompiledFleet}) and the
 * distribution its value is drawn from. Whole-number inputs ({@code servers}, {@code
 * terms.horizon_years}, {@code terms.debt_tenor_years}) are rounded to the nearest whole number
 * after drawing.
 *
 * @since 0.1
 */
@Value.Immutable
public interface UncertainInput {

  /** Returns the input path, e.g. {@code prices.hgx-h100}. */
  @Value.Parameter
  String path();

  /** Returns the distribution. */
  @Value.Parameter
  Distribution distribution();

  /** Checks the path. */
  @Value.Check
  default void check() {
    Check.notBlank(path(), "uncertainty.path");
  }

  /**
   * Returns an input.
   *
   * @param path the input path
   * @param distribution its distribution
   * @return the input
   */
  static UncertainInput of(String path, Distribution distribution) {
    return ImmutableUncertainInput.of(path, distribution);
  }
}
