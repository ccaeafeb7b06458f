package dev.flopex.costing;

import dev.flopex.core.money.Money;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.units.Quantity;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A fleet's cost: each cluster's result and the fleet totals, whose parts add up, on both bases
 * ({@link ClusterResult}), with the basis of each named in {@link #basis()}.
 *
 * @since 0.1
 */
public interface FleetResult {

  /** Returns the fleet. */
  Fleet fleet();

  /** Returns each cluster's result, in fleet order. */
  List<ClusterResult> clusters();

  /** Returns total GPUs. */
  long gpus();

  /**
   * Returns total systems (servers, or racks for rack-scale systems).
   *
   * @since 0.2
   */
  long servers();

  /**
   * Returns total racks.
   *
   * @since 0.2
   */
  long racks();

  /**
   * Returns total switches, all networks and tiers.
   *
   * @since 0.2
   */
  long switches();

  /**
   * Returns total contracted critical IT power.
   *
   * @since 0.2
   */
  Quantity<PowerUnit> contractedItPower();

  /** Returns total CapEx. */
  Money capexTotal();

  /** Returns total operating cost in year 1. */
  Money opexYear1();

  /**
   * Returns the headline: the fleet's economic cost per GPU-hour used, the clusters' present values
   * of costs over their present values of GPU-hours.
   */
  Money costPerGpuHour();

  /**
   * Returns the economic cost per useful GPU-hour (after each cluster's goodput).
   *
   * @since 0.2
   */
  Money costPerUsefulGpuHour();

  /** Returns total present value of costs (economic basis). */
  Money npvOfCosts();

  /**
   * Returns the economic cost over the horizon, the clusters' sum.
   *
   * @since 0.2
   */
  Money economicCost();

  /**
   * Returns each component's part of {@link #economicCost()}; they add up to it.
   *
   * @since 0.2
   */
  Map<CostComponent, Money> economicCostByComponent();

  /**
   * Returns each component's share of {@link #costPerGpuHour()}; they add up to it.
   *
   * @since 0.2
   */
  Map<CostComponent, Money> costPerGpuHourByComponent();

  /**
   * Returns each component's share of {@link #economicCost()}, a fraction from 0 to 1 (the shares
   * add up to 1); every share is 0 when the economic cost is 0.
   *
   * @since 0.3
   */
  @Value.Derived
  default Map<CostComponent, Double> economicCostShareByComponent() {
    Map<CostComponent, Double> m = new java.util.EnumMap<>(CostComponent.class);
    double total = economicCost().amount();
    economicCostByComponent().forEach((k, v) -> m.put(k, total == 0 ? 0 : v.amount() / total));
    return m;
  }

  /**
   * Returns the fleet's level annual cost (economic basis): the clusters' level annual costs at
   * their WACC, summed; {@link #economicCost()} is this times the horizon.
   *
   * @since 0.3
   */
  @Value.Derived
  default Money levelAnnualCost() {
    double s = 0;
    for (ClusterResult r : clusters()) {
      s += r.economic().levelAnnualCost().amount();
    }
    return Money.usd(s);
  }

  /**
   * Returns the components with a cost on either basis ({@link #economicCostByComponent()} or
   * {@link #accountingTcoByComponent()}), in {@link CostComponent} order: the rows of a
   * cost-by-component table.
   *
   * @since 0.3
   */
  @Value.Derived
  default List<CostComponent> components() {
    List<CostComponent> m = new java.util.ArrayList<>();
    for (CostComponent c : CostComponent.values()) {
      if (economicCostByComponent().containsKey(c) || accountingTcoByComponent().containsKey(c)) {
        m.add(c);
      }
    }
    return m;
  }

  /**
   * Returns total accounting (book) TCO over the horizon.
   *
   * @since 0.2
   */
  Money accountingTco();

  /**
   * Returns accounting TCO by component, summed over clusters.
   *
   * @since 0.2
   */
  Map<CostComponent, Money> accountingTcoByComponent();

  /**
   * Returns what the numbers mean: one line per basis, naming every WACC, region, facility and
   * price basis the clusters use.
   *
   * @since 0.2
   */
  CostBasis basis();

  /**
   * Returns the clusters' warnings, each once: a part priced far from its dated price in several
   * clusters is one {@link Warning.Kind#PRICE_DATE_FALLBACK} warning naming the clusters.
   *
   * @since 0.2 (structured {@link Warning}s since 0.4)
   */
  List<Warning> warnings();
}
