package dev.flopex.costing.analysis;

import dev.flopex.core.money.Money;
import dev.flopex.costing.CostComponent;
import dev.flopex.costing.FleetResult;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Scenarios side by side: each scenario's fleet result, its economic cost by component, and the
 * deltas of every component and of the total against the first (baseline) scenario.
 *
 * @since 0.1
 */
public interface ScenarioComparison {

  /** Returns the scenarios, baseline first. */
  List<Scenario> scenarios();

  /** Returns each scenario's result, in order. */
  List<FleetResult> results();

  /**
   * Returns the economic cost over the horizon by component for every scenario (zero where a
   * scenario lacks the component).
   */
  Map<CostComponent, List<Money>> byComponent();

  /** Returns each component's delta against the baseline, per scenario (the baseline's is zero). */
  Map<CostComponent, List<Money>> deltas();

  /** Returns each scenario's economic cost over the horizon minus the baseline's. */
  List<Money> economicCostDeltas();

  /**
   * Returns each scenario's {@link #economicCostDeltas() delta} as a fraction of the baseline's
   * economic cost (0 for every scenario when the baseline's is 0).
   *
   * @since 0.3
   */
  @Value.Derived
  default List<Double> economicCostDeltaShares() {
    double base = results().get(0).economicCost().amount();
    List<Double> out = new java.util.ArrayList<>();
    for (Money d : economicCostDeltas()) {
      out.add(base == 0 ? 0 : d.amount() / base);
    }
    return out;
  }
}
