package dev.flopex.costing;

import dev.flopex.catalog.Precision;
import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.util.List;
import java.util.Map;

/**
 * The cost of one cluster over a horizon: capacity, bill of materials, CapEx, and the cost on two
 * bases, each labelled by {@link #basis()}:
 *
 * <ul>
 *   <li>{@link #economic()}, the headline: present value of costs at the WACC, net of the market
 *       value the hardware keeps, per GPU-hour ({@link #costPerGpuHour()});
 *   <li>{@link #accounting()}: book depreciation, operating costs and interest within the horizon,
 *       with cost lines by component (which add up to the total exactly) and per-year totals.
 * </ul>
 *
 * @since 0.1
 */
public interface ClusterResult {

  /** Returns the cluster. */
  Cluster cluster();

  /** Returns the terms. */
  FinancialTerms terms();

  /** Returns the capacity plan. */
  CapacityPlan capacity();

  /** Returns the bill of materials. */
  List<BomLine> billOfMaterials();

  /** Returns CapEx by capital component (sum of BoM lines). */
  Map<CostComponent, Money> capex();

  /** Returns total CapEx. */
  Money capexTotal();

  /** Returns operating cost in year 1. */
  Money opexYear1();

  /**
   * Returns every assumption the cluster was costed with, resolved (set, region, catalog) and with
   * its provenance; a value changed in a scenario carries a user-input provenance.
   *
   * @since 0.2
   */
  Map<AssumptionKey, Sourced<Double>> assumptions();

  /**
   * Returns the value of one assumption the cluster was costed with.
   *
   * @param key the key
   * @return its value
   * @since 0.2
   */
  default double assumption(AssumptionKey key) {
    Sourced<Double> v = assumptions().get(key);
    if (v == null) {
      throw new IllegalStateException(
          "no " + key.key() + " in a cluster result"); // the engine sets every key
    }
    return v.value();
  }

  /**
   * Returns the cost on the economic basis, the headline.
   *
   * @since 0.2
   */
  EconomicCost economic();

  /**
   * Returns the cost on the accounting (book) basis.
   *
   * @since 0.2
   */
  AccountingCost accounting();

  /**
   * Returns what the numbers mean, one line per basis.
   *
   * @since 0.2
   */
  CostBasis basis();

  /**
   * Returns the headline: the economic cost per GPU-hour used ({@link
   * EconomicCost#costPerGpuHour()}).
   *
   * @return the cost per GPU-hour
   */
  default Money costPerGpuHour() {
    return economic().costPerGpuHour();
  }

  /**
   * Returns warnings about the inputs (prices far from their date, unpriced parts, parts without a
   * power figure), each with its {@link Warning.Kind kind} and subject; {@link CostEngine#strict()}
   * refuses a result that has any.
   *
   * @since 0.2 (structured {@link Warning}s since 0.4)
   */
  default List<Warning> warnings() {
    return capacity().warnings();
  }

  /**
   * Returns the economic cost per effective PFLOP-hour at {@code precision} and model FLOPs
   * utilisation.
   *
   * @param precision the precision
   * @param mfu model FLOPs utilisation in (0, 1]
   * @return cost per GPU-hour / (dense PFLOP/s per GPU x MFU)
   * @throws ValidationException if the GPU has no figure at that precision
   */
  default Money costPerEffectivePflopHour(Precision precision, double mfu) {
    Check.fraction(mfu, "mfu");
    double pflops =
        cluster()
            .system()
            .accelerator()
            .dense(precision)
            .orElseThrow(
                () ->
                    new ValidationException(
                        "precision",
                        precision.key(),
                        "must have a dense figure for " + cluster().system().accelerator().id()))
            .in(ComputeRateUnit.PETAFLOP_PER_SECOND);
    return costPerGpuHour().dividedBy(pflops * mfu);
  }
}
