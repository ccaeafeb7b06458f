package dev.flopex.costing;

import dev.flopex.core.validation.Check;
import org.immutables.value.Value;

/**
 * Where a cluster runs: a name, its {@link Region} (which sets electricity, rent, build cost, PUE,
 * duty and tax unless the cluster's assumptions override them) and whether the building is rented
 * wholesale, rented retail or owned.
 *
 * <pre>{@code
 * Site s = Site.of(Regions.get("us-virginia"), Facility.COLOCATION_WHOLESALE);
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public interface Site {

  /** Returns the site name (the region's name unless given). */
  String name();

  /**
   * Returns the region.
   *
   * @since 0.2
   */
  Region region();

  /** Returns how the building is paid for. */
  Facility facility();

  /** Checks the name. */
  @Value.Check
  default void check() {
    Check.notBlank(name(), "site.name");
  }

  /**
   * Returns a site named after its region.
   *
   * @param region the region
   * @param facility rented (wholesale or retail) or owned
   * @return the site
   * @since 0.2
   */
  static Site of(Region region, Facility facility) {
    return ImmutableSite.builder().name(region.name()).region(region).facility(facility).build();
  }

  /**
   * Returns a named site.
   *
   * @param name the name
   * @param region the region
   * @param facility rented or owned
   * @return the site
   * @since 0.2
   */
  static Site of(String name, Region region, Facility facility) {
    return ImmutableSite.builder().name(name).region(region).facility(facility).build();
  }

  /**
   * Returns a copy with {@code name} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Site withName(String value);

  /**
   * Returns a copy with {@code region} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Site withRegion(Region value);

  /**
   * Returns a copy with {@code facility} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Site withFacility(Facility value);
}
