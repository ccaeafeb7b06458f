package dev.flopex.costing;

/**
 * The components a cluster's cost is broken into. Capital components are bought at the start: on
 * the economic basis each costs its price less the present value of what it is worth at the end of
 * the horizon; on the accounting basis its book depreciation within the horizon. Operating
 * components are paid year by year.
 *
 * @since 0.1
 */
public enum CostComponent {
  /** Servers or racks (GPUs, CPUs, memory, NICs as shipped). */
  SERVERS(true),
  /** Switches. */
  NETWORK(true),
  /** Transceivers and cables. */
  OPTICS_CABLES(true),
  /** Shared storage. */
  STORAGE(true),
  /**
   * Cooling plant bought beside liquid-cooled systems (coolant distribution units, secondary fluid
   * network): part of the facility, depreciated and valued over the facility's life.
   *
   * @since 0.3
   */
  COOLING(true),
  /** Installation and integration. */
  INSTALLATION(true),
  /** Spare parts and servers. */
  SPARES(true),
  /** Import duty and sales tax a business cannot recover, on hardware and spares. */
  DUTIES_TAXES(true),
  /** An owned facility's build cost. */
  FACILITY(true),
  /** Interest on debt. */
  FINANCING(false),
  /** Electricity for facility power (IT x PUE). */
  ELECTRICITY(false),
  /** Colocation rent. */
  COLOCATION(false),
  /** Hardware maintenance and support. */
  MAINTENANCE(false),
  /** Software licences. */
  SOFTWARE(false),
  /** Operations staff. */
  STAFF(false),
  /** Insurance. */
  INSURANCE(false);

  private final boolean capital;

  CostComponent(boolean capital) {
    this.capital = capital;
  }

  /** Returns true for capital (CapEx) components. */
  public boolean isCapital() {
    return capital;
  }
}
