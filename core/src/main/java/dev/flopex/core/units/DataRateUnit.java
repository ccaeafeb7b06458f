package dev.flopex.core.units;

/**
 * Units of data rate. Base unit: the bit per second. Lower-case b is bits, upper-case B bytes: 400
 * Gb/s = 50 GB/s. Network line rates are quoted in bits, memory and NVLink bandwidth in bytes. A
 * data rate says nothing about direction; see {@link LinkBandwidth}.
 *
 * @since 0.1
 */
public enum DataRateUnit implements Unit<DataRateUnit> {
  /** Bit per second. */
  BITS_PER_SECOND("b/s", 1),
  /** Megabit per second, 10^6 b/s. */
  MEGABITS_PER_SECOND("Mb/s", 1e6),
  /** Gigabit per second, 10^9 b/s. */
  GIGABITS_PER_SECOND("Gb/s", 1e9),
  /** Terabit per second, 10^12 b/s. */
  TERABITS_PER_SECOND("Tb/s", 1e12),
  /** Byte per second, 8 b/s. */
  BYTES_PER_SECOND("B/s", 8),
  /** Megabyte per second, 8 x 10^6 b/s. */
  MEGABYTES_PER_SECOND("MB/s", 8e6),
  /** Gigabyte per second, 8 x 10^9 b/s. */
  GIGABYTES_PER_SECOND("GB/s", 8e9),
  /** Terabyte per second, 8 x 10^12 b/s. */
  TERABYTES_PER_SECOND("TB/s", 8e12);

  private final String symbol;
  private final double factor;

  DataRateUnit(String symbol, double factor) {
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
