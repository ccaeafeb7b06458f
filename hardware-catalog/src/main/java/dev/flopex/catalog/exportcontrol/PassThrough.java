package dev.flopex.catalog.exportcontrol;

import dev.flopex.core.provenance.Confidence;
import dev.flopex.core.validation.Check;
import org.immutables.value.Value;

/**
 * How much of an {@link ExportFee} the buyer bears in its price: an assumption, never a fact. No
 * source read reports how NVIDIA or AMD price the US share into Chinese contracts, so {@link
 * #full()} (the buyer bears all of it) is an upper-bound assumption of low confidence and says so
 * in every basis it produces.
 *
 * <pre>{@code
 * PassThrough.full();                                              // 1.0, low confidence
 * PassThrough.of(0.5, "assumed split evenly between vendor and buyer", Confidence.LOW);
 * }</pre>
 *
 * @since 0.3
 */
@Value.Immutable
public interface PassThrough {

  /**
   * Returns the share of the fee the buyer bears, from 0 (the vendor absorbs it) to 1 (in full).
   */
  @Value.Parameter
  double fraction();

  /** Returns the assumption in words, e.g. "assumed passed through in full to the buyer". */
  @Value.Parameter
  String basis();

  /** Returns the confidence in the assumption. */
  @Value.Parameter
  Confidence confidence();

  /** Checks the fraction is in [0, 1] and the basis is given. */
  @Value.Check
  default void check() {
    Check.inClosedRange(fraction(), 0, 1, "passThrough.fraction", "");
    Check.notBlank(basis(), "passThrough.basis");
  }

  /**
   * Returns a pass-through assumption.
   *
   * @param fraction the share of the fee the buyer bears, in [0, 1]
   * @param basis the assumption in words
   * @param confidence the confidence in it
   * @return the assumption
   * @throws dev.flopex.core.validation.ValidationException if the fraction is outside [0, 1] or the
   *     basis blank
   */
  static PassThrough of(double fraction, String basis, Confidence confidence) {
    return ImmutablePassThrough.of(fraction, basis, confidence);
  }

  /**
   * Returns the assumption that the buyer bears the whole fee (low confidence: no source reports
   * it).
   */
  static PassThrough full() {
    return of(1, "assumed passed through in full to the buyer", Confidence.LOW);
  }
}
