package dev.flopex.costing.analysis;

import dev.flopex.core.validation.Check;
import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.internal.InputPaths;
import org.immutables.value.Value;

/**
 * One input of a one-at-a-time sensitivity analysis: an input path (see {@link
 * dev.flopex.costing.CompiledFleet}) and the low and high values it is set to, all others held at
 * the base case.
 *
 * <pre>{@code
 * SensitivityInput.of(AssumptionKey.ELECTRICITY_USD_PER_KWH, 0.05, 0.12);  // assumptions.electricity_usd_per_kwh
 * SensitivityInput.price("hgx-h100", 200_000, 320_000);                    // prices.hgx-h100
 * SensitivityInput.utilisation(0.6, 0.9);                                  // terms.utilisation
 * }</pre>
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
    Check.that(
        low() <= high(),
        path() + ".low",
        Check.format(low()),
        "must be <= high (" + Check.format(high()) + ")");
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

  /**
   * Returns an assumption's input: path {@code assumptions.<key>}.
   *
   * @param key the assumption
   * @param low the low value, in the key's unit ({@link dev.flopex.costing.AssumptionKey#unit()})
   * @param high the high value
   * @return the input
   * @since 0.4
   */
  static SensitivityInput of(AssumptionKey key, double low, double high) {
    return of(InputPaths.assumption(key), low, high);
  }

  /**
   * Returns a catalog price's input: path {@code prices.<part id>}.
   *
   * @param partId the id of a priced part of the cluster, e.g. {@code hgx-h100}
   * @param low the low price, USD per unit of the part
   * @param high the high price
   * @return the input
   * @since 0.4
   */
  static SensitivityInput price(String partId, double low, double high) {
    return of(InputPaths.price(partId), low, high);
  }

  /**
   * Returns the utilisation's input: path {@code terms.utilisation}.
   *
   * @param low the low utilisation, a fraction in (0, 1]
   * @param high the high utilisation
   * @return the input
   * @since 0.4
   */
  static SensitivityInput utilisation(double low, double high) {
    return of(InputPaths.UTILISATION, low, high);
  }

  /**
   * Returns this input for one cluster of a fleet only: path {@code clusters.<name>.<path>}
   * (unchanged when the path already names a cluster).
   *
   * @param cluster the cluster's name
   * @return the input
   * @since 0.4
   */
  default SensitivityInput inCluster(String cluster) {
    return of(InputPaths.inCluster(cluster, path()), low(), high());
  }

  /**
   * Returns a copy with {@code path} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  SensitivityInput withPath(String value);

  /**
   * Returns a copy with {@code low} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  SensitivityInput withLow(double value);

  /**
   * Returns a copy with {@code high} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  SensitivityInput withHigh(double value);
}
