package dev.flopex.costing;

import dev.flopex.core.validation.Check;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Many clusters of different systems, sites and purchase dates, costed together.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Fleet {

  /** Returns the fleet's name. */
  String name();

  /** Returns its clusters. */
  List<Cluster> clusters();

  /** Checks the fleet has clusters with unique names. */
  @Value.Check
  default void check() {
    Check.notBlank(name(), "fleet.name");
    Check.that(!clusters().isEmpty(), "fleet.clusters", "[]", "must contain at least one cluster");
    Set<String> names = new HashSet<>();
    for (Cluster c : clusters()) {
      Check.that(
          names.add(c.name()), "fleet.clusters", c.name(), "must have unique names (duplicate)");
    }
  }

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param name the fleet name
   * @return the copy
   * @since 0.4
   */
  Fleet withName(String name);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param clusters the clusters (replacing all)
   * @return the copy
   * @since 0.4
   */
  Fleet withClusters(Iterable<? extends Cluster> clusters);

  /** Returns a new builder. */
  static ImmutableFleet.Builder builder() {
    return ImmutableFleet.builder();
  }

  /**
   * Returns a copy whose {@code clusters} are the given elements, validated like a built value.
   *
   * @param elements the new elements, in order
   * @return the copy
   * @since 0.5
   */
  Fleet withClusters(Cluster... elements);
}
