package dev.flopex.costing.economics;

import dev.flopex.core.money.Money;
import java.util.List;

/**
 * A {@link WorkloadAllocation}'s cost by use ({@code docs/model.md} §15). Two identities hold to
 * rounding (1e-9 relative): {@code sum of carried costs + unallocated cost = total} and {@code sum
 * of used costs + idle cost = total}, where the idle cost is the unallocated share plus every use's
 * unused hours.
 *
 * @since 0.2
 */
public interface AllocationResult {

  /** Returns the allocation. */
  WorkloadAllocation allocation();

  /** Returns each use's cost, in the allocation's order. */
  List<UseCost> uses();

  /** Returns the unallocated share of the GPUs: max(0, 1 - sum of shares). */
  double unallocatedShare();

  /** Returns the cost of the unallocated GPUs: total x unallocated share. */
  Money unallocatedCost();

  /** Returns the cost of allocated but unused hours, summed over uses. */
  Money unusedAllocatedCost();

  /** Returns the idle cost: unallocated + unused allocated. */
  Money idleCost();

  /** Returns the cost of the hours used, summed over uses. */
  Money usedCost();

  /**
   * Returns the share of all GPU-hours that is idle: unallocated share + sum of share x (1 -
   * utilisation).
   */
  double idleShareOfHours();

  /** Returns the total: the allocation's total cost. */
  Money total();
}
