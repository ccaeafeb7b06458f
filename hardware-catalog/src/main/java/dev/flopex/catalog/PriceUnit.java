package dev.flopex.catalog;

import java.util.Locale;

/**
 * What one unit of a price buys, so that prices are compared like for like: a GPU, a system (an
 * 8-GPU server), a rack (a rack-scale system such as an NVL72), one network part, or one GPU-hour
 * of rental.
 *
 * @since 0.2
 */
public enum PriceUnit {
  /** One accelerator (GPU, TPU or other chip package). */
  PER_GPU,
  /** One server-type system, e.g. an 8-GPU HGX server. */
  PER_SYSTEM,
  /** One rack-scale system, e.g. a GB200 NVL72 rack. */
  PER_RACK,
  /** One network part: a switch, a NIC, a transceiver or a cable. */
  PER_PART,
  /** One GPU-hour of rental. */
  PER_GPU_HOUR,
  /**
   * One hour of a whole cloud instance (all its accelerators).
   *
   * @since 0.3
   */
  PER_INSTANCE_HOUR;

  /** Returns the spelling in data files, e.g. {@code per-gpu}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
