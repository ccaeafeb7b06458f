package dev.flopex.core.units;

/**
 * Units of power. Base unit: the watt.
 *
 * @since 0.1
 */
public enum PowerUnit implements Unit<PowerUnit> {
  /** Watt. */
  WATTS("W", 1),
  /** Kilowatt, 10^3 W. */
  KILOWATTS("kW", 1e3),
  /** Megawatt, 10^6 W. */
  MEGAWATTS("MW", 1e6),
  /** Gigawatt, 10^9 W. */
  GIGAWATTS("GW", 1e9);

  private final String symbol;
  private final double factor;

  PowerUnit(String symbol, double factor) {
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
