package dev.flopex.core.units;

/**
 * Units of area. Base unit: the square millimetre (die areas are quoted in mm²).
 *
 * @since 0.1
 */
public enum AreaUnit implements Unit<AreaUnit> {
  /** Square millimetre. */
  SQUARE_MILLIMETRES("mm2", 1),
  /** Square centimetre, 100 mm². */
  SQUARE_CENTIMETRES("cm2", 100),
  /** Square metre, 10^6 mm². */
  SQUARE_METRES("m2", 1e6);

  private final String symbol;
  private final double factor;

  AreaUnit(String symbol, double factor) {
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
