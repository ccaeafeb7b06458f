package dev.flopex.costing.analysis;

import dev.flopex.core.validation.Check;
import org.immutables.value.Value;
import dev.flopex.costing.CompiledFleet;

/**
 * One input of a one-at-a-time sensitivity analysis: an input path (see {@link dev.flopex.costing.CompiledFleet})
 * and the low and high values it is set to, all others held at the base case.
 *
 * @since 0.1
 */
@Value.Immutable
public interface SensitivityInput {

  /** Returns the input path, e.g. {@code assumptions.electricity_usd_per_kwh}. */
  @Value.Parameter
  String path();

  /** Returns the low value. */
  @Value.Parameter
  double low();

  /** Returns the high value. */
  @Value.Parameter
  double high();

  /** Checks the values are finite and {@code low <= high}. */
  @Value.Check
  default void check() {
    Check.notBlank(path(), "sensitivity.path");
    Check.finite(low(), path() + ".low", "");
    Check.finite(high(), path() + ".high", "");
    Check.that(low() <= high(), path() + ".low", Check.format(low()), "must be <= high (" + Check.format(high()) + ")");
  }

  /**
   * Returns an input.
   *
   * @param path the input path
   * @param low the low value
   * @param high the high value
   * @return the input
   */
  static SensitivityInput of(String path, double low, double high) {
    return ImmutableSensitivityInput.of(path, low, high);
  }
}
