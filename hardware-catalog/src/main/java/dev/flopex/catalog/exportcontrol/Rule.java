package dev.flopex.catalog.exportcontrol;

import dev.flopex.core.provenance.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One US export-control regime for advanced computing chips, as in force between two dates. Each
 * rule is a complete snapshot: its classifications are tried in order and the first that matches
 * decides; none matching means not controlled under that rule.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Rule {

  /** Returns the id, e.g. {@code us-2023-10}. */
  String id();

  /** Returns the title. */
  String title();

  /** Returns the first day the rule applied. */
  LocalDate effectiveFrom();

  /** Returns the last day before it was superseded, if it was. */
  Optional<LocalDate> effectiveUntil();

  /** Returns the rule texts and summaries it was encoded from. */
  List<Source> sources();

  /** Returns the destinations (ISO codes) the licence requirement is encoded for. */
  List<String> destinations();

  /** Returns caveats and context. */
  String note();

  /** Returns the classifications, in evaluation order. */
  List<Classification> classifications();

  /**
   * Returns whether the rule was in force on {@code date}.
   *
   * @param date the date
   * @return true when {@code effectiveFrom <= date <= effectiveUntil}
   */
  default boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom())
        && effectiveUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  /** Returns a new builder. */
  static ImmutableRule.Builder builder() {
    return ImmutableRule.builder();
  }
}
