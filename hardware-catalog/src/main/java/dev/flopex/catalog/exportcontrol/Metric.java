package dev.flopex.catalog.exportcontrol;

import dev.flopex.core.validation.ValidationException;
import java.util.Locale;

/**
 * A quantity an export-control threshold tests, computed from catalog figures by {@link
 * ExportMetrics}.
 *
 * @since 0.1
 */
public enum Metric {
  /**
   * Total processing performance: 2 x MacTOPS x bit length, the maximum over precisions (dense).
   */
  TPP("tpp", ""),
  /** TPP divided by the applicable die area in mm². */
  PERFORMANCE_DENSITY("performance_density", "TPP/mm2"),
  /**
   * Aggregate bidirectional chip-to-chip transfer rate in GB/s: the scale-up fabric plus the host
   * link (the October 2022 rule counts all I/O except to volatile memory).
   */
  INTERCONNECT_BIDIRECTIONAL_GB_S("interconnect_bidirectional_gb_s", "GB/s"),
  /** Total DRAM (HBM/GDDR) bandwidth in GB/s. */
  MEMORY_BANDWIDTH_GB_S("memory_bandwidth_gb_s", "GB/s"),
  /** Whether the chip is designed or marketed for data centres (1 or 0). */
  DATACENTER("datacenter", ""),
  /** The catalog id, for measures that name products. */
  SKU("sku", "");

  private final String key;
  private final String unit;

  Metric(String key, String unit) {
    this.key = key;
    this.unit = unit;
  }

  /**
   * Returns the unit of the metric's values: {@code GB/s} for the bandwidths, {@code TPP/mm2} for
   * performance density; empty for TPP (a score without unit: bit length x TOPS), for the yes/no
   * datacenter test (1 or 0) and for the product id.
   *
   * @return the unit symbol, or empty
   * @since 0.4
   */
  public String unit() {
    return unit;
  }

  /** Returns the key used in the rules file. */
  public String key() {
    return key;
  }

  /**
   * Finds a metric by key.
   *
   * @param key e.g. {@code tpp}
   * @return the metric
   * @throws ValidationException naming the known keys
   */
  public static Metric fromKey(String key) {
    for (Metric m : values()) {
      if (m.key.equals(key.strip().toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new ValidationException(
        "metric",
        "'" + key + "'",
        "must be one of tpp, performance_density, interconnect_bidirectional_gb_s, memory_bandwidth_gb_s, datacenter, sku");
  }
}
