package dev.flopex.costing;

import dev.flopex.core.validation.Check;
import org.immutables.value.Value;

/**
 * A power budget that sizes a cluster: so many MW, said explicitly to be utility (facility) MW or
 * critical IT MW.
 *
 * <pre>{@code
 * PowerSizing s = CostEngine.create().sizeForPower(template, PowerBudget.utility(100));
 * s.cluster();      // the most systems whose contracted IT power x PUE fits in 100 MW
 * s.headroomMw();   // utility MW left over
 * }</pre>
 *
 * @since 0.3
 */
@Value.Immutable
public interface PowerBudget {
  /** The largest budget accepted, MW (far beyond any one site; keeps the arithmetic in range). */
  double MAX_MW = 100_000;

  /** Returns what the budget measures. */
  PowerBasis basis();

  /** Returns the budget in MW of {@link #basis()}. */
  double megawatts();

  /** Checks the budget is in (0, {@link #MAX_MW}] MW; the message names the basis's key. */
  @Value.Check
  default void check() {
    Check.positive(megawatts(), basis().key(), "MW");
    Check.that(
        megawatts() <= MAX_MW,
        basis().key(),
        Check.format(megawatts(), "MW"),
        "must be <= " + Check.format(MAX_MW, "MW"));
  }

  /**
   * Returns a budget of utility (facility) MW, PUE included.
   *
   * @param megawatts MW at the meter, in (0, 100,000]
   * @return the budget
   */
  static PowerBudget utility(double megawatts) {
    return of(PowerBasis.UTILITY, megawatts);
  }

  /**
   * Returns a budget of critical IT MW.
   *
   * @param megawatts critical IT MW, in (0, 100,000]
   * @return the budget
   */
  static PowerBudget criticalIt(double megawatts) {
    return of(PowerBasis.CRITICAL_IT, megawatts);
  }

  /**
   * Returns a budget.
   *
   * @param basis what it measures
   * @param megawatts MW of that basis
   * @return the budget
   */
  static PowerBudget of(PowerBasis basis, double megawatts) {
    return ImmutablePowerBudget.builder().basis(basis).megawatts(megawatts).build();
  }

  /**
   * Returns a copy with {@code basis} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  PowerBudget withBasis(PowerBasis value);

  /**
   * Returns a copy with {@code megawatts} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  PowerBudget withMegawatts(double value);
}
