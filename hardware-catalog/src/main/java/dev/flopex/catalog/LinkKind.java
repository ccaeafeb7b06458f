package dev.flopex.catalog;

/**
 * What carries a network link.
 *
 * @since 0.1
 */
public enum LinkKind {
  /** A pluggable optical transceiver (one end of a fibre link). */
  TRANSCEIVER,
  /** A direct-attach copper cable. */
  DAC,
  /** An active optical cable. */
  AOC,
  /** An active copper cable. */
  ACC
}
