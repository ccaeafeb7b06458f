package dev.flopex.core.units;

/**
 * Units of energy. Base unit: the joule. One watt-hour is exactly 3,600 J.
 *
 * @since 0.1
 */
public enum EnergyUnit implements Unit<EnergyUnit> {
  /** Joule. */
  JOULES("J", 1),
  /** Watt-hour, 3.6 x 10^3 J. */
  WATT_HOURS("Wh", 3.6e3),
  /** Kilowatt-hour, 3.6 x 10^6 J. */
  KILOWATT_HOURS("kWh", 3.6e6),
  /** Megawatt-hour, 3.6 x 10^9 J. */
  MEGAWATT_HOURS("MWh", 3.6e9),
  /** Gigawatt-hour, 3.6 x 10^12 J. */
  GIGAWATT_HOURS("GWh", 3.6e12);

  private final String symbol;
  private final double factor;

  EnergyUnit(String symbol, double factor) {
    this.symbol = symbol;
    this.factor = factor;
  }

  @Override
  public String symbol() {
    return symbol;
  }

  @Override
  public double factor() {
    return factor;
  }

  @Override
  public String toString() {
    return symbol;
  }
}
