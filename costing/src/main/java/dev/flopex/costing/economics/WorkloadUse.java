package dev.flopex.costing.economics;

import dev.flopex.core.validation.Check;
import org.immutables.value.Value;

/**
 * One named use of a fleet's GPUs in a {@link WorkloadAllocation} ("training", "inference",
 * "research", or any name): the share of the GPUs given to it and how much of their time it uses.
 *
 * @since 0.2
 */
@Value.Immutable
public interface WorkloadUse {

  /** Returns the use's name, unique within an allocation. */
  @Value.Parameter
  String name();

  /** Returns the share of the GPUs (and so of their hours) allocated to it, in [0, 1]. */
  @Value.Parameter
  double share();

  /** Returns the fraction of its allocated GPU-hours it actually uses, in (0, 1]. */
  @Value.Parameter
  double utilisation();

  /** Checks ranges. */
  @Value.Check
  default void check() {
    Check.notBlank(name(), "use.name");
    Check.inClosedRange(share(), 0, 1, "uses." + name() + ".share", "");
    Check.fraction(utilisation(), "uses." + name() + ".utilisation");
  }

  /**
   * Returns a use.
   *
   * @param name the name
   * @param share the share of the GPUs, in [0, 1]
   * @param utilisation the fraction of its hours used, in (0, 1]
   * @return the use
   */
  static WorkloadUse of(String name, double share, double utilisation) {
    return ImmutableWorkloadUse.of(name, share, utilisation);
  }

  /**
   * Returns a copy with {@code name} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  WorkloadUse withName(String value);

  /**
   * Returns a copy with {@code share} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  WorkloadUse withShare(double value);

  /**
   * Returns a copy with {@code utilisation} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  WorkloadUse withUtilisation(double value);
}
