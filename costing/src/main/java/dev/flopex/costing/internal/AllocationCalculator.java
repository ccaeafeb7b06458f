package dev.flopex.costing.internal;

import dev.flopex.core.money.Money;
import dev.flopex.costing.economics.AllocationResult;
import dev.flopex.costing.economics.UseCost;
import dev.flopex.costing.economics.WorkloadAllocation;
import dev.flopex.costing.economics.WorkloadUse;
import dev.flopex.costing.internal.results.ImmutableAllocationResult;
import dev.flopex.costing.internal.results.ImmutableUseCost;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Computes an {@link dev.flopex.costing.economics.AllocationResult}; formulas in {@code
 * docs/model.md} §15.
 */
public final class AllocationCalculator {
  private AllocationCalculator() {}

  public static AllocationResult evaluate(WorkloadAllocation a) {
    Currency cur = a.totalCost().currency();
    double tco = a.totalCost().amount();
    double hours = a.gpuHours();
    int n = a.uses().size();
    List<UseCost> uses = new ArrayList<>();
    double[] used = new double[n];
    double[] unused = new double[n];
    for (int i = 0; i < n; i++) {
      WorkloadUse u = a.uses().get(i);
      double carried = tco * u.share();
      used[i] = carried * u.utilisation();
      // carried - used, computed directly so that it is never negative
      unused[i] = carried * (1 - u.utilisation());
      uses.add(
          ImmutableUseCost.builder()
              .use(u)
              .gpuHoursAllocated(hours * u.share())
              .gpuHoursUsed(hours * u.share() * u.utilisation())
              .carriedCost(Money.of(cur, carried))
              .usedCost(Money.of(cur, used[i]))
              .idleCost(Money.of(cur, unused[i]))
              .costPerUsedGpuHour(Money.of(cur, tco / (hours * u.utilisation())))
              .build());
    }
    double unallocatedShare = Math.max(0, 1 - a.shareSum());
    double unallocated = tco * unallocatedShare;
    double unusedAllocated = UnitEconomics.sum(unused);
    double idle = UnitEconomics.sum(unallocated, unusedAllocated);
    return ImmutableAllocationResult.builder()
        .allocation(a)
        .addAllUses(uses)
        .unallocatedShare(unallocatedShare)
        .unallocatedCost(Money.of(cur, unallocated))
        .unusedAllocatedCost(Money.of(cur, unusedAllocated))
        .idleCost(Money.of(cur, idle))
        .usedCost(Money.of(cur, UnitEconomics.sum(used)))
        .idleShareOfHours(UnitEconomics.sum(unallocatedShare, idleHoursShare(a)))
        .total(a.totalCost())
        .build();
  }

  private static double idleHoursShare(WorkloadAllocation a) {
    double[] s = new double[a.uses().size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = a.uses().get(i).share() * (1 - a.uses().get(i).utilisation());
    }
    return UnitEconomics.sum(s);
  }
}
