package dev.flopex.costing;

/**
 * How a cluster's data-centre space is paid for.
 *
 * @since 0.1
 */
public enum Facility {
  /** Rented: colocation rent per contracted kW per month ({@link AssumptionKey#COLOCATION_USD_PER_KW_MONTH}). */
  COLOCATION,
  /** Owned: built at {@link AssumptionKey#FACILITY_BUILD_USD_PER_MW} and depreciated over its life. */
  OWNED
}
