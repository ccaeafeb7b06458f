package dev.flopex.costing;

import dev.flopex.core.money.Money;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A fleet's cost: each cluster's result and fleet totals, whose parts add up, plus GPU-weighted
 * averages.
 *
 * @since 0.1
 */
@Value.Immutable
public interface FleetResult {

  /** Returns the fleet. */
  Fleet fleet();

  /** Returns each cluster's result, in fleet order. */
  List<ClusterResult> clusters();

  /** Returns total GPUs. */
  long gpus();

  /** Returns total CapEx. */
  Money capexTotal();

  /** Returns total operating cost in year 1. */
  Money opexYear1();

  /** Returns total TCO over the horizon. */
  Money tco();

  /** Returns total NPV of costs. */
  Money npvOfCosts();

  /** Returns TCO by component, summed over clusters. */
  Map<CostComponent, Money> tcoByComponent();

  /** Returns the GPU-weighted average cost per GPU-hour (= fleet TCO / fleet GPU-hours used). */
  Money costPerGpuHour();

  /** Returns a new builder. */
  static ImmutableFleetResult.Builder builder() {
    return ImmutableFleetResult.builder();
  }
}
