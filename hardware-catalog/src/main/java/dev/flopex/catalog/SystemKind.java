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
  RACK
}
