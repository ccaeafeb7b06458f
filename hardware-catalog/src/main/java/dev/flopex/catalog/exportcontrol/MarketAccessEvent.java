package dev.flopex.catalog.exportcontrol;

import dev.flopex.core.provenance.Confidence;
import dev.flopex.core.provenance.PartialDate;
import dev.flopex.core.provenance.Source;
import dev.flopex.core.validation.Check;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An import-side or purchase-side measure of the destination country (e.g. China's Cyberspace
 * Administration telling firms to stop ordering a chip, or customs refusing it): the market-access
 * layer, kept apart from the US {@link Rule}s. It never changes a US {@link Decision}; it says
 * whether a chip the US side would license can in practice be bought.
 *
 * @since 0.3
 */
@Value.Immutable
public interface MarketAccessEvent {

  /** Returns the id, e.g. {@code cn-2026-01-13-h200-customs-block}. */
  String id();

  /** Returns the jurisdiction that took the measure (ISO code, e.g. {@code CN}). */
  String jurisdiction();

  /** Returns a one-line description. */
  String title();

  /** Returns the kind of instrument as reported, e.g. "directive" or "reported-policy". */
  String instrument();

  /** Returns the products named, as the sources name them (not necessarily catalog ids). */
  List<String> products();

  /** Returns the effect on purchases in words, e.g. "de facto import ban 'for now'". */
  String effect();

  /** Returns the first day (or month) the measure was reported in force. */
  PartialDate effectiveFrom();

  /** Returns when it ended or was superseded, if known. */
  Optional<PartialDate> effectiveUntil();

  /** Returns the sources, primary first. */
  List<Source> sources();

  /** Returns the confidence that the measure existed as described. */
  Confidence confidence();

  /** Returns caveats. */
  String note();

  /**
   * Returns whether the measure was in force on {@code date}: on or after the start of {@link
   * #effectiveFrom()} and, if it ended, on or before the end of {@link #effectiveUntil()}.
   *
   * @param date the date
   * @return whether it applied
   */
  default boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom().start())
        && effectiveUntil().map(u -> !date.isAfter(u.end())).orElse(true);
  }

  /** Checks the id, the text fields, the dates and that there is a source. */
  @Value.Check
  default void check() {
    Check.identifier(id(), "market_access.id");
    Check.notBlank(jurisdiction(), "market_access.jurisdiction");
    Check.notBlank(title(), "market_access.title");
    Check.that(
        !sources().isEmpty(), "market_access.sources", "[]", "must name at least one source");
    effectiveUntil()
        .ifPresent(
            u ->
                Check.that(
                    !u.end().isBefore(effectiveFrom().start()),
                    "market_access.effective_until",
                    u.toString(),
                    "must not be before effective_from (" + effectiveFrom() + ")"));
  }

  /** Returns a new builder. */
  static ImmutableMarketAccessEvent.Builder builder() {
    return ImmutableMarketAccessEvent.builder();
  }
}
