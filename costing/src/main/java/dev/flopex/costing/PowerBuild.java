package dev.flopex.costing;

import dev.flopex.core.validation.Check;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A build sized by power: one cluster per tranche, each sized from its own budget and bought on its
 * own date, as one {@link Fleet} whose totals are the tranches' sums. A build of one tranche is
 * what {@link CostEngine#sizeForPower} gives; several are a phased build ({@link
 * CostEngine#phasedBuild}).
 *
 * <pre>{@code
 * PowerBuild b = engine.phasedBuild(template, List.of(
 *     PowerTranche.of(LocalDate.of(2026, 6, 1), PowerBudget.utility(40)),
 *     PowerTranche.of(LocalDate.of(2027, 1, 1), PowerBudget.utility(30))));
 * FleetResult r = engine.evaluate(b.fleet(), terms);   // one cluster per tranche
 * }</pre>
 *
 * @since 0.3
 */
@Value.Immutable
public interface PowerBuild {

  /** Returns the build's name (the fleet's). */
  String name();

  /** Returns the tranches in date order, each a sized cluster. */
  List<PowerSizing> tranches();

  /** Returns the basis every tranche's budget is given in. */
  @Value.Derived
  default PowerBasis basis() {
    return tranches().get(0).budget().basis();
  }

  /** Returns the clusters as a fleet, one per tranche. */
  @Value.Derived
  default Fleet fleet() {
    ImmutableFleet.Builder f = Fleet.builder().name(name());
    tranches().forEach(t -> f.addClusters(t.cluster()));
    return f.build();
  }

  /** Returns the budgets' sum, MW of {@link #basis()}. */
  @Value.Derived
  default double budgetMw() {
    return sum(t -> t.budget().megawatts());
  }

  /** Returns the critical IT MW available, summed. */
  @Value.Derived
  default double criticalItMwAvailable() {
    return sum(PowerSizing::criticalItMwAvailable);
  }

  /** Returns the contracted critical IT MW, summed. */
  @Value.Derived
  default double contractedItMw() {
    return sum(PowerSizing::contractedItMw);
  }

  /** Returns the utility MW used at contracted power, summed. */
  @Value.Derived
  default double utilityMwUsed() {
    return sum(PowerSizing::utilityMwUsed);
  }

  /** Returns the MW used in {@link #basis()}, summed. */
  @Value.Derived
  default double usedMw() {
    return sum(PowerSizing::usedMw);
  }

  /** Returns the headroom, summed (MW of {@link #basis()}). */
  @Value.Derived
  default double headroomMw() {
    return sum(PowerSizing::headroomMw);
  }

  /** Returns the systems, summed. */
  @Value.Derived
  default long servers() {
    long n = 0;
    for (PowerSizing t : tranches()) {
      n = Math.addExact(n, t.servers());
    }
    return n;
  }

  /** Returns the GPUs, summed. */
  @Value.Derived
  default long gpus() {
    long n = 0;
    for (PowerSizing t : tranches()) {
      n = Math.addExact(n, t.gpus());
    }
    return n;
  }

  private double sum(java.util.function.ToDoubleFunction<PowerSizing> f) {
    double s = 0;
    for (PowerSizing t : tranches()) {
      s += f.applyAsDouble(t);
    }
    return s;
  }

  /**
   * Checks there is a tranche, every tranche has the first one's basis, dates strictly increase
   * (tranches neither overlap nor come out of order) and cluster names are unique.
   */
  @Value.Check
  default void check() {
    Check.notBlank(name(), "name");
    Check.that(!tranches().isEmpty(), "tranches", "[]", "must contain at least one tranche");
    PowerSizing first = tranches().get(0);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < tranches().size(); i++) {
      PowerSizing t = tranches().get(i);
      Check.that(
          t.budget().basis() == first.budget().basis(),
          "tranches[" + i + "]." + t.budget().basis().key(),
          Check.format(t.budget().megawatts(), "MW"),
          "must be given as "
              + first.budget().basis().key()
              + " like tranches[0] (one basis per build)");
      if (i > 0) {
        java.time.LocalDate prev = tranches().get(i - 1).cluster().purchaseDate();
        Check.that(
            t.cluster().purchaseDate().isAfter(prev),
            "tranches[" + i + "].energised",
            t.cluster().purchaseDate().toString(),
            "must be after tranches["
                + (i - 1)
                + "].energised ("
                + prev
                + "): tranches are listed in date order, one per date");
      }
      Check.that(
          names.add(t.cluster().name()),
          "tranches[" + i + "].name",
          t.cluster().name(),
          "must be unique");
    }
  }

  /** Returns a new builder. */
  static ImmutablePowerBuild.Builder builder() {
    return ImmutablePowerBuild.builder();
  }

  /**
   * Returns a copy with {@code name} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  PowerBuild withName(String value);

  /**
   * Returns a copy whose {@code tranches} are the given elements, validated like a built value.
   *
   * @param elements the new elements, in order
   * @return the copy
   * @since 0.5
   */
  PowerBuild withTranches(PowerSizing... elements);

  /**
   * Returns a copy whose {@code tranches} are the given ones, validated like a built value.
   *
   * @param elements the new elements, in order
   * @return the copy
   * @since 0.5
   */
  PowerBuild withTranches(Iterable<? extends PowerSizing> elements);
}
