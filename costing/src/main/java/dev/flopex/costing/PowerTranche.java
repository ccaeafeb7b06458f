package dev.flopex.costing;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One tranche of a phased build: power energised on a date. The tranche's systems are bought on
 * that date (catalog prices as of it) and sized from its own budget.
 *
 * @since 0.3
 */
@Value.Immutable
public interface PowerTranche {

  /** Returns the day the tranche's power is energised; its hardware is priced as of this day. */
  LocalDate energised();

  /** Returns the tranche's own budget (not the running total). */
  PowerBudget budget();

  /**
   * Returns a tranche.
   *
   * @param energised the day its power is energised (and its hardware bought)
   * @param budget its own budget
   * @return the tranche
   */
  static PowerTranche of(LocalDate energised, PowerBudget budget) {
    return ImmutablePowerTranche.builder().energised(energised).budget(budget).build();
  }

  /**
   * Returns a copy with {@code energised} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  PowerTranche withEnergised(LocalDate value);

  /**
   * Returns a copy with {@code budget} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  PowerTranche withBudget(PowerBudget value);
}
