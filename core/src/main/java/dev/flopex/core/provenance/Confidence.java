package dev.flopex.core.provenance;

/**
 * How far a figure can be trusted.
 *
 * @since 0.1
 */
public enum Confidence {
  /**
   * From a primary source: a vendor datasheet, official documentation, a rule text, a measurement.
   */
  HIGH,
  /**
   * From a reputable secondary source: a vendor blog or keynote, a well-known analyst or database.
   */
  MEDIUM,
  /** An estimate: a reported street price, a rumour, a figure derived from uncertain inputs. */
  LOW
}
