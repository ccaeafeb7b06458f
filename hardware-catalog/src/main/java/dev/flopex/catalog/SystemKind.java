package dev.flopex.catalog;

/**
 * Whether a system is one server or a whole rack.
 *
 * @since 0.1
 */
public enum SystemKind {
  /** One server chassis. */
  SERVER,
  /** A rack-scale system (e.g. GB200 NVL72). */
  RACK,
  /**
   * A scale-up system of several racks sold or deployed as one (e.g. Huawei CloudMatrix 384 in 16
   * racks, a TPU pod); {@link SystemSpec#racks()} gives its racks.
   *
   * @since 0.3
   */
  POD
}
