package dev.flopex.costing;

import dev.flopex.core.money.Money;
import dev.flopex.core.validation.Check;
import org.immutables.value.Value;

/**
 * A training run's cost by Epoch AI's amortised-hardware-plus-energy method ({@link
 * AmortisedHardware}, {@code docs/model.md} §12.3). The three parts add up to {@link #total()}.
 *
 * @since 0.2
 */
public interface AmortisedCost {

  /**
   * Returns the server hardware charged to the run: value at start x charge rate x GPU-hours / 8766
   * h.
   */
  Money hardware();

  /** Returns the cluster-level interconnect: hardware x f / (1 - f). */
  Money interconnect();

  /** Returns the energy: kWh x electricity price. */
  Money energy();

  /** Returns the energy drawn from the grid, kWh (after PUE). */
  double energyKwh();

  /** Returns hardware + interconnect + energy. */
  Money total();

  /** Returns the formula with its inputs, for the audit trail. */
  String formula();

  /**
   * Returns {@link #total()} in the inputs' constant dollars ({@link
   * dev.flopex.costing.AmortisedHardware#dollarBasis()}).
   *
   * @since 0.2
   */
  Money constantDollarTotal();

  /**
   * Returns which dollars {@link #constantDollarTotal()} is in.
   *
   * @since 0.2
   */
  String dollarBasis();

  /** Checks the figures are finite and non-negative. */
  @Value.Check
  default void check() {
    Check.nonNegative(energyKwh(), "energyKwh", "kWh");
  }
}
