package dev.flopex.core.units;

/**
 * Which way a link bandwidth figure counts. Vendors quote NVLink, Infinity Fabric and switch
 * capacity as the sum of both directions ("900 GB/s" for H100 NVLink is 450 GB/s each way), and
 * network ports per direction ("400 Gb/s" ConnectX-7). flopex stores the direction with every link
 * figure, {@link #UNSTATED} where the source does not say.
 *
 * @since 0.1
 */
public enum Direction {
  /** The rate in one direction; a symmetric full-duplex link carries this much each way. */
  PER_DIRECTION,
  /** The sum of both directions of a symmetric full-duplex link. */
  BIDIRECTIONAL,
  /**
   * The source does not say which: the figure is kept as stated and never converted or used as
   * either of the others ({@link LinkBandwidth#bidirectional()} and {@link
   * LinkBandwidth#perDirection()} refuse it; check {@link LinkBandwidth#directionStated()} first).
   * A consumer that needs a direction treats the figure as unknown and says why (e.g. an
   * export-control interconnect metric is "unknown: direction unstated"), as a compute figure of
   * unstated sparsity is never used as dense.
   *
   * @since 0.3
   */
  UNSTATED
}
