package dev.flopex.costing;

import dev.flopex.core.validation.Check;
import org.immutables.value.Value;

/**
 * Where a cluster runs: a name and whether the facility is rented or owned. Electricity price,
 * PUE, rent, build cost and rack power density come from the cluster's {@link AssumptionSet};
 * override them there (each override carries its provenance).
 *
 * @since 0.1
 */
@Value.Immutable
public interface Site {

  /** Returns the site name. */
  String name();

  /** Returns whether the facility is rented or owned. */
  Facility facility();

  /** Checks the name. */
  @Value.Check
  default void check() {
    Check.notBlank(name(), "site.name");
  }

  /**
   * Returns a site.
   *
   * @param name the name
   * @param facility rented or owned
   * @return the site
   */
  static Site of(String name, Facility facility) {
    return ImmutableSite.builder().name(name).facility(facility).build();
  }
}
