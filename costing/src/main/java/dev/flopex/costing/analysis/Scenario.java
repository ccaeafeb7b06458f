package dev.flopex.costing.analysis;

import dev.flopex.core.validation.Check;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Fleet;
import org.immutables.value.Value;

/**
 * A named variant: a fleet and the terms to cost it under (e.g. "base", "cheap power", "H20 ban").
 *
 * @since 0.1
 */
@Value.Immutable
public interface Scenario {

  /** Returns the scenario's name. */
  @Value.Parameter
  String name();

  /** Returns the fleet. */
  @Value.Parameter
  Fleet fleet();

  /** Returns the terms. */
  @Value.Parameter
  FinancialTerms terms();

  /** Checks the name. */
  @Value.Check
  default void check() {
    Check.notBlank(name(), "scenario.name");
  }

  /**
   * Returns a scenario.
   *
   * @param name the name
   * @param fleet the fleet
   * @param terms the terms
   * @return the scenario
   */
  static Scenario of(String name, Fleet fleet, FinancialTerms terms) {
    return ImmutableScenario.of(name, fleet, terms);
  }

  /**
   * Returns a copy with {@code name} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Scenario withName(String value);

  /**
   * Returns a copy with {@code fleet} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Scenario withFleet(Fleet value);

  /**
   * Returns a copy with {@code terms} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Scenario withTerms(FinancialTerms value);
}
