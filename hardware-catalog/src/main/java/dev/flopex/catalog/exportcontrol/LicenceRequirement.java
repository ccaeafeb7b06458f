package dev.flopex.catalog.exportcontrol;

/**
 * Whether exporting a part to a destination needs a licence under a rule: yes, no, or unknown
 * because a metric the rule tests is unknown and the answer depends on it.
 *
 * @since 0.4
 */
public enum LicenceRequirement {
  /** A licence is required (every classification that can apply requires one). */
  REQUIRED,
  /** No licence is required (nothing matched, or what matched requires none). */
  NOT_REQUIRED,
  /** It depends on a metric the catalog does not know. */
  UNKNOWN
}
