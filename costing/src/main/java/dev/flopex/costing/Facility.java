package dev.flopex.costing;

import java.util.Locale;

/**
 * How a cluster's data-centre space is paid for. Every cluster pays for its building: a rented site
 * pays its region's colocation rent (wholesale or retail), an owned site its region's build cost,
 * depreciated over the facility's life. A site whose payment is unknown or zero is refused.
 *
 * @since 0.1
 */
public enum Facility {
  /**
   * Rented at a wholesale rate (a large suite, hundreds of kW to MW): the region's {@code
   * colocation_wholesale_usd_per_kw_month} as {@link AssumptionKey#COLOCATION_USD_PER_KW_MONTH}.
   *
   * @since 0.2
   */
  COLOCATION_WHOLESALE,
  /**
   * Rented at a retail rate (racks to a few hundred kW): the region's {@code
   * colocation_retail_usd_per_kw_month}.
   *
   * @since 0.2
   */
  COLOCATION_RETAIL,
  /**
   * Owned: built at {@link AssumptionKey#FACILITY_BUILD_USD_PER_MW} and depreciated over its life.
   */
  OWNED;

  /** Returns true for the two colocation kinds. */
  public boolean isRented() {
    return this != OWNED;
  }

  /** Returns the spelling in files and output, e.g. {@code colocation-wholesale}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
