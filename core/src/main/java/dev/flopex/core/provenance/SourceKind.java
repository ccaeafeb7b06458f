package dev.flopex.core.provenance;

/**
 * What kind of document a {@link Source} is.
 *
 * @since 0.1
 */
public enum SourceKind {
  /** A vendor datasheet or product brief. */
  DATASHEET,
  /** Official documentation (vendor or cloud docs, product pages). */
  OFFICIAL_DOC,
  /** A vendor whitepaper or technical paper. */
  WHITEPAPER,
  /** A press release or vendor announcement. */
  PRESS,
  /** An analyst report or database. */
  ANALYST,
  /** A news report. */
  NEWS,
  /** A legal or regulatory text. */
  RULE,
  /** A measurement. */
  MEASUREMENT,
  /** A figure supplied by the user of flopex (for example a negotiated price). */
  USER,
  /** Anything else. */
  OTHER
}
