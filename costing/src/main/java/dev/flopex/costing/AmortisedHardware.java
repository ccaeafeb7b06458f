package dev.flopex.costing;

import dev.flopex.core.money.Money;
import dev.flopex.core.validation.Check;
import dev.flopex.costing.economics.EpochRun;
import dev.flopex.costing.internal.EpochMethod;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The inputs of Epoch AI's "amortised hardware CapEx plus energy" training-cost method (Cottier et
 * al. 2024, arXiv:2405.21015, and the code {@code epoch-research/training-cost-trends}), used by
 * {@link dev.flopex.costing.economics.TrainingRun#amortisedHardware()}. Formula in {@code
 * docs/model.md} §12.3:
 *
 * <pre>
 *   V        = pricePerGpu x 10^(-oomsPerYear x ageYears)          value when training starts
 *   hardware = V x oomsPerYear x ln(10) / 8766 h x GPU-hours        32.2 %/year of V at 0.14 OOM/year
 *   network  = hardware x interconnectFraction / (1 - interconnectFraction)
 *   energy   = GPU-hours x TDP x serverPowerRatio x loadFactor x PUE x electricity price
 * </pre>
 *
 * <p>Epoch charges hardware by how fast its value falls (price-performance progress, 0.14 orders of
 * magnitude a year), not by straight-line depreciation and not with a cost of capital. That rate is
 * the same as straight-line depreciation over an effective life of {@code 1 / (0.14 ln 10) = 3.10}
 * years at the value the hardware has when training starts. Epoch's year is 8,766 hours (365.25
 * days), not the 8,760 the cluster model uses. Money amounts are in {@link #pricePerGpu()}'s
 * currency, and the electricity price is per kWh in that currency.
 *
 * <pre>{@code
 * AmortisedHardware llama2 = AmortisedHardware.epoch(EpochRun.builder()
 *     .accelerator(catalog.accelerator("a100-sxm4-80gb")).organisation("Meta AI")
 *     .publicationDate(LocalDate.of(2023, 7, 18)).trainingHours(1728).build());
 * }</pre>
 *
 * @since 0.2
 */
@Value.Immutable
public interface AmortisedHardware {
  /**
   * Epoch's rate of decline of hardware value (ML GPU price-performance), orders of magnitude per
   * year.
   */
  double EPOCH_OOMS_PER_YEAR = 0.14;

  /**
   * Epoch's cluster-level interconnect share of total cluster cost ({@code
   * CLUSTER_INTERCONNECT_COST_FRACTION}).
   */
  double EPOCH_INTERCONNECT_FRACTION = 0.19;

  /** Epoch's hours per year (365.25 days). */
  double HOURS_PER_YEAR = 8766;

  /**
   * Returns the server hardware price per GPU when acquired: a server price divided by its GPUs
   * (Epoch uses DGX prices) or a GPU price times a server overhead (Epoch: 1.64 for most GPUs).
   */
  Money pricePerGpu();

  /**
   * Returns the years from acquisition to the start of training ({@code >= 0}). Required: the age
   * moves the cost by up to a factor of ten, so flopex has no default; {@link #epoch(EpochRun)}
   * dates it by Epoch's rules.
   */
  double ageYears();

  /**
   * Returns the factor that turns the nominal cost into {@link #dollarBasis()} dollars; 1 (nominal)
   * by default.
   *
   * @since 0.2
   */
  @Value.Default
  default double constantDollarFactor() {
    return 1;
  }

  /**
   * Returns which dollars {@link AmortisedCost#constantDollarTotal()} is in, e.g. "2024-12 USD (PPI
   * PCU518210518210 ...)"; "nominal" by default.
   *
   * @since 0.2
   */
  @Value.Default
  default String dollarBasis() {
    return "nominal";
  }

  /**
   * Returns how the inputs were dated, when they come from {@link #epoch(EpochRun)}.
   *
   * @since 0.2
   */
  java.util.Optional<String> dating();

  /**
   * Returns the decline of hardware value, orders of magnitude per year; Epoch's 0.14 by default.
   */
  @Value.Default
  default double oomsPerYear() {
    return EPOCH_OOMS_PER_YEAR;
  }

  /** Returns the interconnect share of total cluster cost, in [0, 1); Epoch's 0.19 by default. */
  @Value.Default
  default double interconnectFraction() {
    return EPOCH_INTERCONNECT_FRACTION;
  }

  /**
   * Returns server power at maximum / GPU TDP ({@code >= 1}): Epoch's {@code chip_to_server_power},
   * 1.821 for H100.
   */
  double serverPowerRatio();

  /**
   * Returns the average server power as a fraction of its maximum, in (0, 1] (Epoch: 0.75 for
   * GPUs).
   */
  double loadFactor();

  /** Returns the power usage effectiveness ({@code >= 1}). */
  double pue();

  /** Returns the electricity price per kWh ({@code >= 0}), in {@link #pricePerGpu()}'s currency. */
  double electricityPricePerKwh();

  /**
   * Returns the yearly rate at which value is charged, {@code oomsPerYear x ln 10} (0.322 for
   * 0.14).
   */
  default double chargeRatePerYear() {
    return oomsPerYear() * Math.log(10);
  }

  /**
   * Returns the straight-line life equivalent to {@link #chargeRatePerYear()}, in years (3.10 for
   * 0.14).
   */
  default double effectiveLifeYears() {
    return 1 / chargeRatePerYear();
  }

  /**
   * Returns the value per GPU when training starts, {@code pricePerGpu x 10^(-oomsPerYear x
   * ageYears)}.
   */
  default Money valueAtTrainingStart() {
    return pricePerGpu().times(Math.pow(10, -oomsPerYear() * ageYears()));
  }

  /** Checks ranges. */
  @Value.Check
  default void check() {
    Check.nonNegative(
        pricePerGpu().amount(), "pricePerGpu", pricePerGpu().currency().getCurrencyCode());
    Check.nonNegative(ageYears(), "ageYears", "years");
    Check.positive(oomsPerYear(), "oomsPerYear", "OOM/year");
    Check.nonNegative(interconnectFraction(), "interconnectFraction", "");
    Check.that(
        interconnectFraction() < 1,
        "interconnectFraction",
        Check.format(interconnectFraction()),
        "must be < 1 (it is a share of total cluster cost)");
    Check.atLeast(serverPowerRatio(), 1, "serverPowerRatio", "");
    Check.fraction(loadFactor(), "loadFactor");
    Check.atLeast(pue(), 1, "pue", "");
    Check.nonNegative(
        electricityPricePerKwh(),
        "electricityPricePerKwh",
        pricePerGpu().currency().getCurrencyCode() + "/kWh");
  }

  /**
   * Returns Epoch's method with the power figures of a cluster's resolved assumptions ({@link
   * Cluster#assumptionValues()}): {@code serverPowerRatio = 1 + server_overhead_fraction}, {@code
   * loadFactor = busy_power_fraction}, {@code pue} and {@code electricity_usd_per_kwh}; Epoch's
   * 0.14 OOM/year and 19 % interconnect share, at the given age.
   *
   * @param pricePerGpu the server hardware price per GPU, in USD
   * @param assumptions resolved values, e.g. {@code cluster.assumptionValues()}
   * @param ageYears years from acquisition to the start of training
   * @return the inputs
   */
  static AmortisedHardware epoch(
      Money pricePerGpu,
      java.util.Map<AssumptionKey, dev.flopex.core.provenance.Sourced<Double>> assumptions,
      double ageYears) {
    return builder()
        .pricePerGpu(pricePerGpu)
        .ageYears(ageYears)
        .serverPowerRatio(1 + value(assumptions, AssumptionKey.SERVER_OVERHEAD_FRACTION))
        .loadFactor(value(assumptions, AssumptionKey.BUSY_POWER_FRACTION))
        .pue(value(assumptions, AssumptionKey.PUE))
        .electricityPricePerKwh(value(assumptions, AssumptionKey.ELECTRICITY_USD_PER_KWH))
        .build();
  }

  private static double value(
      java.util.Map<AssumptionKey, dev.flopex.core.provenance.Sourced<Double>> m, AssumptionKey k) {
    dev.flopex.core.provenance.Sourced<Double> v = m.get(k);
    if (v == null) {
      throw new dev.flopex.core.validation.ValidationException(
          k.key(), null, "must be given (resolve a cluster's assumptions first)");
    }
    return v.value();
  }

  /**
   * Returns Epoch AI's inputs for a run as Epoch's code computes them: the earliest DGX price of
   * the GPU family, acquisition at release + 90 days (or the price date, if later), training start
   * at publication - training hours - 60 days (or Epoch's fixed date), the family's server-to-GPU
   * power ratio, 0.75 load, PUE 1.1 for hyperscalers (1.25 otherwise), the publication year's
   * electricity price, and the PPI factor to {@link
   * dev.flopex.costing.economics.EpochRun#dollarMonth()} dollars.
   *
   * @param run the run
   * @return the inputs
   * @throws dev.flopex.core.validation.ValidationException when the family, year or month is not in
   *     flopex's copy of Epoch's tables
   * @since 0.2
   */
  static AmortisedHardware epoch(EpochRun run) {
    return EpochMethod.amortised(run);
  }

  /**
   * Returns a system's price per GPU, the input {@link #pricePerGpu()} of Epoch AI's method: the
   * system's price divided by its accelerator count (e.g. an 8-GPU server at USD 250,000 gives USD
   * 31,250).
   *
   * @param systemPrice the price of one system (a server, or a rack for a rack-scale system)
   * @param system the system, for its accelerator count
   * @return the price per GPU, in {@code systemPrice}'s currency
   * @since 0.3
   */
  static Money perGpuPrice(Money systemPrice, dev.flopex.catalog.SystemSpec system) {
    return systemPrice.dividedBy(system.acceleratorCount().value());
  }

  /** Returns a new builder. */
  static ImmutableAmortisedHardware.Builder builder() {
    return ImmutableAmortisedHardware.builder();
  }

  /**
   * Returns a copy with {@code pricePerGpu} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  AmortisedHardware withPricePerGpu(Money value);

  /**
   * Returns a copy with {@code ageYears} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  AmortisedHardware withAgeYears(double value);

  /**
   * Returns a copy with {@code constantDollarFactor} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  AmortisedHardware withConstantDollarFactor(double value);

  /**
   * Returns a copy with {@code dollarBasis} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  AmortisedHardware withDollarBasis(String value);

  /**
   * Returns a copy with {@code dating} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  AmortisedHardware withDating(String value);

  /**
   * Returns a copy with {@code dating} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  AmortisedHardware withDating(Optional<String> optional);

  /**
   * Returns a copy with {@code oomsPerYear} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  AmortisedHardware withOomsPerYear(double value);

  /**
   * Returns a copy with {@code interconnectFraction} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  AmortisedHardware withInterconnectFraction(double value);

  /**
   * Returns a copy with {@code serverPowerRatio} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  AmortisedHardware withServerPowerRatio(double value);

  /**
   * Returns a copy with {@code loadFactor} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  AmortisedHardware withLoadFactor(double value);

  /**
   * Returns a copy with {@code pue} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  AmortisedHardware withPue(double value);

  /**
   * Returns a copy with {@code electricityPricePerKwh} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  AmortisedHardware withElectricityPricePerKwh(double value);
}
