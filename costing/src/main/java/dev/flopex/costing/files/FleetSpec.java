package dev.flopex.costing.files;

import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Fleet;
import dev.flopex.costing.PowerBuild;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.analysis.SensitivityInput;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fleet and the terms to cost it under, as read from a fleet file.
 *
 * @since 0.1
 */
@Value.Immutable
public interface FleetSpec {

  /** Returns the fleet. */
  Fleet fleet();

  /** Returns the terms. */
  FinancialTerms terms();

  /** Returns the file's description. */
  Optional<String> description();

  /** Returns the sensitivity inputs declared in the file, if any. */
  java.util.List<SensitivityInput> sensitivity();

  /** Returns the output the sensitivity analysis reports on. */
  @Value.Default
  default Output sensitivityOutput() {
    return Output.COST_PER_GPU_HOUR;
  }

  /**
   * Returns how each cluster entry sized by power ({@code utility_mw}, {@code it_mw} or {@code
   * tranches}) was sized, in file order; its tranches' clusters are in {@link #fleet()}.
   *
   * @since 0.3
   */
  java.util.List<PowerBuild> powerBuilds();

  /** Returns the Monte Carlo analysis declared in the file, if any. */
  Optional<MonteCarloSpec> uncertainty();

  /** Returns a new builder. */
  static ImmutableFleetSpec.Builder builder() {
    return ImmutableFleetSpec.builder();
  }

  /**
   * Returns a copy with {@code fleet} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  FleetSpec withFleet(Fleet value);

  /**
   * Returns a copy with {@code terms} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  FleetSpec withTerms(FinancialTerms value);

  /**
   * Returns a copy with {@code description} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  FleetSpec withDescription(String value);

  /**
   * Returns a copy with {@code description} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  FleetSpec withDescription(Optional<String> optional);

  /**
   * Returns a copy whose {@code sensitivity} are the given elements, validated like a built value.
   *
   * @param elements the new elements, in order
   * @return the copy
   * @since 0.5
   */
  FleetSpec withSensitivity(SensitivityInput... elements);

  /**
   * Returns a copy whose {@code sensitivity} are the given ones, validated like a built value.
   *
   * @param elements the new elements, in order
   * @return the copy
   * @since 0.5
   */
  FleetSpec withSensitivity(Iterable<? extends SensitivityInput> elements);

  /**
   * Returns a copy with {@code sensitivityOutput} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  FleetSpec withSensitivityOutput(Output value);

  /**
   * Returns a copy whose {@code powerBuilds} are the given elements, validated like a built value.
   *
   * @param elements the new elements, in order
   * @return the copy
   * @since 0.5
   */
  FleetSpec withPowerBuilds(PowerBuild... elements);

  /**
   * Returns a copy whose {@code powerBuilds} are the given ones, validated like a built value.
   *
   * @param elements the new elements, in order
   * @return the copy
   * @since 0.5
   */
  FleetSpec withPowerBuilds(Iterable<? extends PowerBuild> elements);

  /**
   * Returns a copy with {@code uncertainty} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  FleetSpec withUncertainty(MonteCarloSpec value);

  /**
   * Returns a copy with {@code uncertainty} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  FleetSpec withUncertainty(Optional<? extends MonteCarloSpec> optional);
}
