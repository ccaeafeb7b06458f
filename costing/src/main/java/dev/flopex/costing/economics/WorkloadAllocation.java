package dev.flopex.costing.economics;

import dev.flopex.core.money.Money;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.internal.ClusterCalculator;
import dev.flopex.costing.internal.UnitEconomics;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A fleet's (or cluster's) GPUs split across named uses ({@code docs/model.md} §15): the total cost
 * to share out, the GPUs and horizon whose hours it pays for, and the uses. Shares sum to at most
 * 1; the rest of the GPUs are unallocated (idle).
 *
 * <pre>{@code
 * WorkloadAllocation a = WorkloadAllocation.of(clusterResult, List.of(
 *     WorkloadUse.of("training", 0.6, 0.9),
 *     WorkloadUse.of("inference", 0.3, 0.5)));
 * AllocationResult r = engine.evaluate(a);   // 10% unallocated
 * }</pre>
 *
 * @since 0.2
 */
@Value.Immutable
public interface WorkloadAllocation {
  /**
   * Slack allowed when shares are summed: a sum up to {@code 1 + 1e-12} counts as 1, so that
   * decimal shares such as 0.1 + 0.2 + 0.7 are not refused for a rounding error.
   */
  double SHARE_SUM_TOLERANCE = 1e-12;

  /** Returns the total cost to allocate (a TCO over the horizon, {@code >= 0}). */
  Money totalCost();

  /** Returns the number of GPUs. */
  long gpus();

  /** Returns the horizon in years over which {@link #totalCost()} is incurred. */
  int horizonYears();

  /** Returns the uses, in order; names are unique. */
  List<WorkloadUse> uses();

  /** Returns the GPU-hours the cost pays for: GPUs x 8760 x horizon (every hour, used or not). */
  default double gpuHours() {
    return gpus() * ClusterCalculator.HOURS_PER_YEAR * horizonYears();
  }

  /** Returns the compensated sum of the shares. */
  default double shareSum() {
    double[] s = new double[uses().size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = uses().get(i).share();
    }
    return UnitEconomics.sum(s);
  }

  /** Checks ranges, unique names and that shares sum to at most 1. */
  @Value.Check
  default void check() {
    Check.nonNegative(totalCost().amount(), "totalCost", totalCost().currency().getCurrencyCode());
    Check.positive(gpus(), "gpus");
    Check.positive(horizonYears(), "horizonYears");
    Set<String> names = new HashSet<>();
    for (WorkloadUse u : uses()) {
      Check.that(
          names.add(u.name()), "uses.name", "'" + u.name() + "'", "must be unique (duplicate use)");
    }
    double sum = shareSum();
    if (sum > 1 + SHARE_SUM_TOLERANCE) {
      StringBuilder parts = new StringBuilder();
      for (WorkloadUse u : uses()) {
        parts
            .append(parts.length() == 0 ? "" : " + ")
            .append(u.name())
            .append(' ')
            .append(Check.format(u.share()));
      }
      throw new ValidationException(
          "uses.share (sum)", Check.format(sum) + " (" + parts + ")", "must be <= 1");
    }
  }

  /**
   * Returns an allocation of a cluster's economic cost over its horizon (the headline basis).
   *
   * @param cluster the costed cluster
   * @param uses the uses
   * @return the allocation
   */
  static WorkloadAllocation of(ClusterResult cluster, List<WorkloadUse> uses) {
    return builder()
        .totalCost(cluster.economic().totalOverHorizon())
        .gpus(cluster.capacity().gpus())
        .horizonYears(cluster.terms().horizonYears())
        .addAllUses(uses)
        .build();
  }

  /**
   * Returns an allocation of a fleet's economic cost over its horizon (every cluster is costed
   * under the same terms).
   *
   * @param fleet the costed fleet
   * @param uses the uses
   * @return the allocation
   */
  static WorkloadAllocation of(FleetResult fleet, List<WorkloadUse> uses) {
    return builder()
        .totalCost(fleet.economicCost())
        .gpus(fleet.gpus())
        .horizonYears(fleet.clusters().get(0).terms().horizonYears())
        .addAllUses(uses)
        .build();
  }

  /** Returns a new builder. */
  static ImmutableWorkloadAllocation.Builder builder() {
    return ImmutableWorkloadAllocation.builder();
  }

  /**
   * Returns a copy with {@code totalCost} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  WorkloadAllocation withTotalCost(Money value);

  /**
   * Returns a copy with {@code gpus} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  WorkloadAllocation withGpus(long value);

  /**
   * Returns a copy with {@code horizonYears} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  WorkloadAllocation withHorizonYears(int value);

  /**
   * Returns a copy whose {@code uses} are the given elements, validated like a built value.
   *
   * @param elements the new elements, in order
   * @return the copy
   * @since 0.5
   */
  WorkloadAllocation withUses(WorkloadUse... elements);

  /**
   * Returns a copy whose {@code uses} are the given ones, validated like a built value.
   *
   * @param elements the new elements, in order
   * @return the copy
   * @since 0.5
   */
  WorkloadAllocation withUses(Iterable<? extends WorkloadUse> elements);
}
