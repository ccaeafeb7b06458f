package dev.flopex.costing;

import dev.flopex.catalog.Precision;
import dev.flopex.core.money.Money;
import dev.flopex.core.validation.Check;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The cost of one cluster over a horizon: capacity, bill of materials, CapEx, cost lines by
 * component (which add up to the total exactly), per-year totals, NPV and unit costs.
 *
 * @since 0.1
 */
@Value.Immutable
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

  /** Returns the cost lines, one per component with a non-zero cost. */
  List<CostLine> lines();

  /** Returns total cost of ownership over the horizon (undiscounted): the sum of the lines. */
  Money tco();

  /** Returns the total cost in each year 1..horizon (capital charges + operating costs). */
  List<Money> tcoByYear();

  /** Returns the present value of all cash outflows less the residual value, at the cost of capital. */
  Money npvOfCosts();

  /** Returns TCO / (GPUs x 8760 h x horizon x utilisation). */
  Money costPerGpuHour();

  /** Returns NPV of costs / present value of GPU-hours used (a levelised cost). */
  Money levelizedCostPerGpuHour();

  /** Returns operating cost in year 1. */
  Money opexYear1();

  /**
   * Returns the cost per effective PFLOP-hour at {@code precision} and model FLOPs utilisation.
   *
   * @param precision the precision
   * @param mfu model FLOPs utilisation in (0, 1]
   * @return cost per GPU-hour / (dense PFLOP/s per GPU x MFU)
   * @throws dev.flopex.core.validation.ValidationException if the GPU has no figure at that precision
   */
  default Money costPerEffectivePflopHour(Precision precision, double mfu) {
    Check.fraction(mfu, "mfu");
    double pflops = cluster().system().accelerator().dense(precision)
        .orElseThrow(() -> new dev.flopex.core.validation.ValidationException("precision", precision.key(),
            "must have a dense figure for " + cluster().system().accelerator().id()))
        .in(dev.flopex.core.units.ComputeRateUnit.PETAFLOP_PER_SECOND);
    return costPerGpuHour().dividedBy(pflops * mfu);
  }

  /** Returns a new builder. */
  static ImmutableClusterResult.Builder builder() {
    return ImmutableClusterResult.builder();
  }
}
