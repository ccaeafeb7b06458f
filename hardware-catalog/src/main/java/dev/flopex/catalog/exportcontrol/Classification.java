package dev.flopex.catalog.exportcontrol;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One outcome a rule can give: an ECCN (or none, for measures that name products), whether a
 * licence is required for the rule's destinations, the licence policy ({@link LicencePolicy}, with
 * the rule's detail as a note), and the condition.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Classification {

  /** Returns the ECCN, e.g. {@code 3A090.a}; empty for product-specific measures. */
  Optional<String> eccn();

  /**
   * Returns whether a licence is required to export to the rule's destinations.
   *
   * @since 0.4
   */
  boolean licenceRequired();

  /**
   * Returns how licence applications are reviewed.
   *
   * @since 0.4
   */
  LicencePolicy licencePolicy();

  /**
   * Returns what the rule text or summaries add to {@link #licencePolicy()} (destinations,
   * conditions, caveats), if anything.
   *
   * @since 0.4
   */
  Optional<String> licencePolicyNote();

  /**
   * Returns the policy in words: its description, then the note, e.g. "presumption of denial:
   * China, Macau and other D:5".
   *
   * @since 0.4
   */
  default String licencePolicyText() {
    return licencePolicy().description() + licencePolicyNote().map(n -> ": " + n).orElse("");
  }

  /** Returns the ECCN, or "licence requirement" for a measure that names products without one. */
  default String label() {
    return eccn().orElse("licence requirement");
  }

  /**
   * Returns the payment to the US government that exports under this classification carry, if any
   * (e.g. the reported 15% H20 revenue share). It is in force throughout the rule's window: the
   * reader refuses a fee that starts after, or ends before, the snapshot it is attached to.
   *
   * @since 0.3
   */
  Optional<ExportFee> fee();

  /** Returns the condition in words, e.g. "TPP >= 4800 and I/O >= 600 GB/s". */
  String explanation();

  /** Returns the condition. */
  @Value.Auxiliary
  Condition condition();

  /** Returns a new builder. */
  static ImmutableClassification.Builder builder() {
    return ImmutableClassification.builder();
  }
}
