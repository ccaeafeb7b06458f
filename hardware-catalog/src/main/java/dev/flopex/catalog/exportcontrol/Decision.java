package dev.flopex.catalog.exportcontrol;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The classification of one accelerator under one rule, with its reasons: which thresholds were
 * tested with which values, and which triggered.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Decision {

  /** The outcome. */
  enum Outcome {
    /** A classification matched: the chip is controlled (see {@link Decision#licenseRequired()}). */
    CONTROLLED,
    /** No classification matched. */
    NOT_CONTROLLED,
    /** A classification could neither match nor be ruled out because a metric is unknown. */
    INDETERMINATE
  }

  /** Returns the rule. */
  Rule rule();

  /** Returns the metrics the decision used. */
  ExportMetrics metrics();

  /** Returns the outcome. */
  Outcome outcome();

  /** Returns the classification that matched, if any. */
  Optional<Classification> classification();

  /** Returns the ECCN that applies, or empty when none. */
  default Optional<String> eccn() {
    return classification().flatMap(Classification::eccn);
  }

  /** Returns true when a licence is required for the rule's destinations. */
  default boolean licenseRequired() {
    return classification().map(Classification::licenseRequired).orElse(false);
  }

  /** Returns one line per threshold tested, in order, ending with the verdict. */
  List<String> reasons();

  /** Returns a new builder. */
  static ImmutableDecision.Builder builder() {
    return ImmutableDecision.builder();
  }
}
