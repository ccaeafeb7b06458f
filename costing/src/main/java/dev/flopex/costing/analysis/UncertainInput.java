package dev.flopex.costing.analysis;

import dev.flopex.core.random.Distribution;
import dev.flopex.core.validation.Check;
import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.internal.InputPaths;
import org.immutables.value.Value;

/**
 * An input of a Monte Carlo analysis: an input path (see {@link dev.flopex.costing.CompiledFleet})
 * and the distribution its value is drawn from. Whole-number inputs ({@code servers}, {@code
 * terms.horizon_years}, {@code terms.debt_tenor_years}) are rounded to the nearest whole number
 * after drawing.
 *
 * <p>Typed factories spell the path for you; an unknown path is refused when the analysis runs,
 * with the nearest known path suggested:
 *
 * <pre>{@code
 * UncertainInput.price("hgx-h100", Distribution.triangular(200_000, 250_000, 320_000)); // prices.hgx-h100
 * UncertainInput.assumption(AssumptionKey.PUE, Distribution.uniform(1.1, 1.4));       // assumptions.pue
 * UncertainInput.utilisation(Distribution.uniform(0.6, 0.9));                         // terms.utilisation
 * UncertainInput.assumption(AssumptionKey.PUE, d).inCluster("h100-20k");              // one cluster of a fleet
 * }</pre>
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

  /**
   * Returns an uncertain catalog price: path {@code prices.<part id>}.
   *
   * @param partId the id of a priced part of the cluster (system, switch, transceiver, cable or
   *     component), e.g. {@code hgx-h100}
   * @param distribution the price's distribution, USD per unit of the part
   * @return the input
   * @since 0.4
   */
  static UncertainInput price(String partId, Distribution distribution) {
    return of(InputPaths.price(partId), distribution);
  }

  /**
   * Returns an uncertain catalog price: path {@code prices.<part id>}.
   *
   * @param part a priced part of the cluster
   * @param distribution the price's distribution, USD per unit of the part
   * @return the input
   * @since 0.4
   */
  static UncertainInput price(dev.flopex.catalog.Part part, Distribution distribution) {
    return price(part.id(), distribution);
  }

  /**
   * Returns an uncertain assumption: path {@code assumptions.<key>}.
   *
   * @param key the assumption
   * @param distribution its distribution, in the key's unit ({@link
   *     dev.flopex.costing.AssumptionKey#unit()})
   * @return the input
   * @since 0.4
   */
  static UncertainInput assumption(AssumptionKey key, Distribution distribution) {
    return of(InputPaths.assumption(key), distribution);
  }

  /**
   * Returns an uncertain number of systems: path {@code servers}, rounded to whole systems.
   *
   * @param distribution the distribution of the number of systems
   * @return the input
   * @since 0.4
   */
  static UncertainInput servers(Distribution distribution) {
    return of(InputPaths.SERVERS, distribution);
  }

  /**
   * Returns an uncertain utilisation: path {@code terms.utilisation}.
   *
   * @param distribution its distribution, a fraction in (0, 1]
   * @return the input
   * @since 0.4
   */
  static UncertainInput utilisation(Distribution distribution) {
    return of(InputPaths.UTILISATION, distribution);
  }

  /**
   * Returns an uncertain debt rate: path {@code terms.debt_rate}.
   *
   * @param distribution its distribution, a fraction per year
   * @return the input
   * @since 0.4
   */
  static UncertainInput debtRate(Distribution distribution) {
    return of(InputPaths.DEBT_RATE, distribution);
  }

  /**
   * Returns this input for one cluster of a fleet only: path {@code clusters.<name>.<path>}
   * (unchanged when the path already names a cluster).
   *
   * @param cluster the cluster's name
   * @return the input
   * @since 0.4
   */
  default UncertainInput inCluster(String cluster) {
    return of(InputPaths.inCluster(cluster, path()), distribution());
  }

  /**
   * Returns a copy with {@code path} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  UncertainInput withPath(String value);

  /**
   * Returns a copy with {@code distribution} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  UncertainInput withDistribution(Distribution value);
}
