package dev.flopex.costing;

import dev.flopex.core.money.Money;
import java.util.Map;

/**
 * A cluster's cost on the economic basis, the headline ({@code docs/model.md} §10): everything it
 * costs over the horizon in present value at the WACC, net of the market value its hardware still
 * has at the end, spread evenly over the present value of the GPU-hours it is used. Financing does
 * not enter: paying cash or borrowing at the same WACC gives the same figures.
 *
 * @since 0.2
 */
public interface EconomicCost {

  /** Returns the weighted average cost of capital the costs are discounted at, per year. */
  double wacc();

  /** Returns the yearly market-value decline of the hardware (the generation's resale curve). */
  double resaleDeclinePerYear();

  /**
   * Returns the economic cost per GPU-hour used: present value of costs / present value of
   * GPU-hours used. The headline number.
   */
  Money costPerGpuHour();

  /**
   * Returns the cost per useful GPU-hour: {@link #costPerGpuHour()} / {@link Goodput#fraction()}.
   */
  Money costPerUsefulGpuHour();

  /** Returns the goodput the useful-hour cost is based on. */
  Goodput goodput();

  /**
   * Returns the present value at the WACC of CapEx and operating costs, less the present value of
   * the market value kept.
   */
  Money presentValueOfCosts();

  /**
   * Returns the level yearly cost with that present value (present value x capital recovery
   * factor).
   */
  Money levelAnnualCost();

  /** Returns the level yearly cost x the horizon: the economic cost over the horizon. */
  Money totalOverHorizon();

  /**
   * Returns what the hardware (and an owned building) is worth at the end of the horizon,
   * undiscounted.
   */
  Money residualValue();

  /** Returns each component's share of {@link #costPerGpuHour()}; they add up to it. */
  Map<CostComponent, Money> costPerGpuHourByComponent();
}
