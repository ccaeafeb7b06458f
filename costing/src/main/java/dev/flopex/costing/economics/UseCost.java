package dev.flopex.costing.economics;

import dev.flopex.core.money.Money;

/**
 * The cost one {@link WorkloadUse} carries ({@code docs/model.md} §15): its share of the total,
 * split into the hours it uses and the allocated hours it leaves idle.
 *
 * @since 0.2
 */
public interface UseCost {

  /** Returns the use. */
  WorkloadUse use();

  /** Returns the GPU-hours allocated to it: total GPU-hours x share. */
  double gpuHoursAllocated();

  /** Returns the GPU-hours it uses: allocated x utilisation. */
  double gpuHoursUsed();

  /** Returns the cost it carries: total cost x share (= used + idle). */
  Money carriedCost();

  /** Returns the cost of the hours it uses: total cost x share x utilisation. */
  Money usedCost();

  /** Returns the cost of its allocated but unused hours: total cost x share x (1 - utilisation). */
  Money idleCost();

  /**
   * Returns the carried cost per GPU-hour it uses: total cost / (total GPU-hours x utilisation).
   * The share cancels, so this is defined (and finite) even for a share of 0.
   */
  Money costPerUsedGpuHour();
}
