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
  ACC,
  /**
   * A passive fibre cable assembly (an MPO patch cord or trunk) between two transceivers; it draws
   * no power. It is not a link end: a transceiver names it as its {@link LinkPart#fibre()}, and a
   * network costs one per link whose ends are transceivers.
   *
   * @since 0.5
   */
  FIBRE
}
