package dev.flopex.core.units;

/**
 * Which way a link bandwidth figure counts. Vendors quote NVLink, Infinity Fabric and switch
 * capacity as the sum of both directions ("900 GB/s" for H100 NVLink is 450 GB/s each way), and
 * network ports per direction ("400 Gb/s" ConnectX-7). flopex stores the direction with every link
 * figure.
 *
 * @since 0.1
 */
public enum Direction {
  /** The rate in one direction; a symmetric full-duplex link carries this much each way. */
  PER_DIRECTION,
  /** The sum of both directions of a symmetric full-duplex link. */
  BIDIRECTIONAL
}
