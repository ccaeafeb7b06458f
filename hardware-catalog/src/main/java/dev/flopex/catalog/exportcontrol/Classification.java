package dev.flopex.catalog.exportcontrol;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One outcome a rule can give: an ECCN (or none, for measures that name products), whether a
 * licence is required for the rule's destinations, the licence policy, and the condition.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Classification {

  /** Returns the ECCN, e.g. {@code 3A090.a}; empty for product-specific measures. */
  Optional<String> eccn();

  /** Returns whether a licence is required to export to the rule's destinations. */
  boolean licenseRequired();

  /** Returns the licence review policy, as the rule text or summaries state it. */
  String licensePolicy();

  /**
   * Returns the payment to the US government that exports under this classification carry, if
   * any (e.g. the reported 15% H20 revenue share). It is in force throughout the rule's window:
   * the reader refuses a fee that starts after, or ends before, the snapshot it is attached to.
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
