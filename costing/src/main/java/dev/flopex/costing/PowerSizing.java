package dev.flopex.costing;

import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.validation.Check;
import org.immutables.value.Value;

/**
 * How a cluster was sized from a power budget: the budget and its basis, the PUE used, the MW
 * available and used, and the headroom left ({@code docs/model.md}, "Power-first sizing").
 *
 * <p>The systems are counted at their contracted critical IT power, {@link
 * #CONTRACTED_POWER_CONVENTION}: the peak the site must be able to deliver, not the average draw.
 * Against a {@link PowerBasis#UTILITY utility} budget that power is multiplied by the site's PUE.
 *
 * @since 0.3
 */
public interface PowerSizing {
  /** Which power counts against the budget. */
  String CONTRACTED_POWER_CONVENTION =
      "contracted critical IT power = systems at maximum power + network + storage";

  /** Returns the sized cluster: the most systems whose contracted power fits the budget. */
  Cluster cluster();

  /** Returns the budget. */
  PowerBudget budget();

  /**
   * Returns the site's PUE with its provenance (the cluster's resolved {@link
   * dev.flopex.costing.AssumptionKey#PUE}). It converts a utility budget to critical IT MW; a
   * critical IT budget reports it only.
   */
  Sourced<Double> pue();

  /** Returns the cluster's contracted critical IT power, MW. */
  double contractedItMw();

  /** Returns the systems (servers or racks). */
  @Value.Derived
  default long servers() {
    return cluster().servers();
  }

  /** Returns the GPUs. */
  @Value.Derived
  default long gpus() {
    return cluster().gpus();
  }

  /** Returns critical IT MW available: utility MW / PUE, or the critical IT budget itself. */
  @Value.Derived
  default double criticalItMwAvailable() {
    return budget().basis() == PowerBasis.UTILITY
        ? budget().megawatts() / pue().value()
        : budget().megawatts();
  }

  /** Returns utility MW the cluster needs at its contracted power: contracted IT MW x PUE. */
  @Value.Derived
  default double utilityMwUsed() {
    return PowerBasis.UTILITY.used(contractedItMw(), pue().value());
  }

  /** Returns MW used, in the budget's basis (utility MW used, or contracted IT MW). */
  @Value.Derived
  default double usedMw() {
    return budget().basis().used(contractedItMw(), pue().value());
  }

  /** Returns the budget left unused, MW of the budget's basis: budget - used, >= 0. */
  @Value.Derived
  default double headroomMw() {
    return budget().megawatts() - usedMw();
  }

  /** Checks that the cluster fits its budget. */
  @Value.Check
  default void check() {
    Check.nonNegative(contractedItMw(), "contracted_it_mw", "MW");
    Check.that(
        usedMw() <= budget().megawatts(),
        budget().basis().key(),
        Check.format(budget().megawatts(), "MW"),
        "must hold the cluster's "
            + Check.format(usedMw(), "MW")
            + " ("
            + CONTRACTED_POWER_CONVENTION
            + ")");
  }
}
