package dev.flopex.core.units;

/**
 * Units of data size. Base unit: the byte. Decimal (SI) prefixes are powers of 10 (1 GB = 10^9
 * bytes), binary (IEC) prefixes powers of 2 (1 GiB = 2^30 bytes). Vendors' "80GB" of HBM or GDDR is
 * JEDEC binary, i.e. 80 GiB = 85.9 GB.
 *
 * @since 0.1
 */
public enum DataSizeUnit implements Unit<DataSizeUnit> {
  /** Byte. */
  BYTES("B", 1),
  /** Kilobyte, 10^3 bytes. */
  KILOBYTES("kB", 1e3),
  /** Megabyte, 10^6 bytes. */
  MEGABYTES("MB", 1e6),
  /** Gigabyte, 10^9 bytes. */
  GIGABYTES("GB", 1e9),
  /** Terabyte, 10^12 bytes. */
  TERABYTES("TB", 1e12),
  /** Petabyte, 10^15 bytes. */
  PETABYTES("PB", 1e15),
  /** Kibibyte, 2^10 bytes. */
  KIBIBYTES("KiB", 0x1p10),
  /** Mebibyte, 2^20 bytes. */
  MEBIBYTES("MiB", 0x1p20),
  /** Gibibyte, 2^30 bytes. */
  GIBIBYTES("GiB", 0x1p30),
  /** Tebibyte, 2^40 bytes. */
  TEBIBYTES("TiB", 0x1p40),
  /** Pebibyte, 2^50 bytes. */
  PEBIBYTES("PiB", 0x1p50);

  private final String symbol;
  private final double factor;

  DataSizeUnit(String symbol, double factor) {
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
