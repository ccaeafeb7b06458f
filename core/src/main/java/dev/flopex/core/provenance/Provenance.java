package dev.flopex.core.provenance;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where one figure came from and how far to trust it: a {@link Source}, a {@link Confidence} and an
 * optional note (how the figure was derived, caveats, why it was preferred to another).
 *
 * @since 0.1
 */
@Value.Immutable
public interface Provenance {

  /** Returns the document. */
  @Value.Parameter
  Source source();

  /** Returns the confidence in the figure. */
  @Value.Parameter
  Confidence confidence();

  /** Returns a note on the figure, if any. */
  Optional<String> note();

  /**
   * Returns a provenance without a note.
   *
   * @param source the document
   * @param confidence the confidence
   * @return the provenance
   */
  static Provenance of(Source source, Confidence confidence) {
    return ImmutableProvenance.of(source, confidence);
  }

  /**
   * Returns a provenance with a note.
   *
   * @param source the document
   * @param confidence the confidence
   * @param note the note
   * @return the provenance
   */
  static Provenance of(Source source, Confidence confidence, String note) {
    return ImmutableProvenance.builder().source(source).confidence(confidence).note(note).build();
  }
}
