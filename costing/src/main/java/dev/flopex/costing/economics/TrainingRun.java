package dev.flopex.costing.economics;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.Precision;
import dev.flopex.core.money.Money;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.AmortisedHardware;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.internal.UnitEconomics;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A training run to cost ({@code docs/model.md} §12): its compute, the accelerator and precision it
 * ran at, how many GPUs, and how well it used them, plus up to three ways to price its GPU-hours.
 *
 * <p><b>Compute</b> is given one of two ways: {@link #totalFlops()}, or {@link #activeParameters()}
 * and {@link #tokens()}, from which the FLOPs are {@code 6 x N x D} (Kaplan et al. 2020, §2.1;
 * Hoffmann et al. 2022, eq. 1 and appendix F). For a mixture-of-experts model {@code N} is the
 * parameters active per token (DeepSeek-V3: 37B of 671B), because each token passes through only
 * those.
 *
 * <p><b>Time</b> is given one of two ways: a model FLOPs utilisation {@link #mfu()} (then GPU-hours
 * are computed), or {@link #reportedGpuHours()} (then the MFU is implied, when the FLOPs are
 * known).
 *
 * <p><b>Prices</b>, each optional: a rental price per GPU-hour; an own cluster, whose economic cost
 * per GPU-hour ({@link dev.flopex.costing.ClusterResult#costPerGpuHour()}) prices the run; Epoch
 * AI's amortised hardware plus energy ({@link dev.flopex.costing.AmortisedHardware}). With an MFU,
 * the GPU-hours computed from the FLOPs are useful hours; the hours paid for are those / {@link
 * #goodput()}.
 *
 * <pre>{@code
 * TrainingRun run = TrainingRun.builder()
 *     .name("deepseek-v3-pretraining")
 *     .accelerator(catalog.accelerator("h800-sxm5"))
 *     .precision(Precision.BF16)
 *     .gpus(2048)
 *     .activeParameters(37e9)
 *     .tokens(14.8e12)
 *     .reportedGpuHours(2.664e6)
 *     .rentalPricePerGpuHour(Money.usd(2))
 *     .build();
 * TrainingCost c = CostEngine.create().evaluate(run);
 * c.mfu();          // implied MFU at the BF16 dense peak
 * c.rentalCost();   // USD 5,328,000
 * }</pre>
 *
 * @since 0.2
 */
@Value.Immutable
public interface TrainingRun {

  /** Returns a name for the run. */
  String name();

  /** Returns the accelerator it ran on (from the catalog). */
  Accelerator accelerator();

  /** Returns the precision whose dense peak the MFU is measured against. */
  Precision precision();

  /** Returns the number of GPUs used at once. */
  long gpus();

  /** Returns the total training compute, FLOP, when given directly. */
  OptionalDouble totalFlops();

  /**
   * Returns the parameters active per token (all of them for a dense model), when the FLOPs are to
   * be approximated.
   */
  OptionalDouble activeParameters();

  /** Returns the training tokens, when the FLOPs are to be approximated. */
  OptionalDouble tokens();

  /** Returns the model FLOPs utilisation in (0, 1], when GPU-hours are to be computed. */
  OptionalDouble mfu();

  /** Returns reported GPU-hours, when the MFU is to be implied. */
  OptionalDouble reportedGpuHours();

  /** Returns a rental price per GPU-hour, for cost (a). */
  Optional<Money> rentalPricePerGpuHour();

  /** Returns an own cluster's result, whose cost per used GPU-hour prices cost (b). */
  Optional<ClusterResult> ownCluster();

  /**
   * Returns the run's goodput, the share of its GPU-hours that advance training (after checkpoints,
   * restarts and spares), in (0, 1]. When absent and {@link #ownCluster()} is given, the cluster's
   * goodput inputs are applied to a job on {@link #gpus()}; when both are absent, no interruption
   * is modelled (goodput 1, and the cost says so).
   *
   * @since 0.2
   */
  OptionalDouble goodput();

  /** Returns the inputs of Epoch AI's amortised hardware plus energy method, for cost (c). */
  Optional<AmortisedHardware> amortisedHardware();

  /**
   * Returns the training compute: {@link #totalFlops()}, or {@code 6 x activeParameters x tokens},
   * or empty when neither was given.
   */
  default OptionalDouble flops() {
    if (totalFlops().isPresent()) {
      return totalFlops();
    }
    if (activeParameters().isPresent() && tokens().isPresent()) {
      return OptionalDouble.of(
          approximateFlops(activeParameters().getAsDouble(), tokens().getAsDouble()));
    }
    return OptionalDouble.empty();
  }

  /**
   * Returns the training compute of a transformer by the {@code 6 x N x D} approximation: 2 FLOP
   * per parameter per token forward, 4 backward (Kaplan et al. 2020, "Scaling Laws for Neural
   * Language Models", arXiv:2001.08361, §2.1; it omits attention over the context, which is small
   * when the model width is much larger than the context length / 12).
   *
   * @param activeParameters parameters active per token, {@code > 0}
   * @param tokens training tokens, {@code > 0}
   * @return {@code 6 x activeParameters x tokens}, FLOP
   * @throws ValidationException for non-positive or non-finite inputs, or a product that overflows
   */
  static double approximateFlops(double activeParameters, double tokens) {
    Check.positive(activeParameters, "activeParameters", "");
    Check.positive(tokens, "tokens", "");
    return UnitEconomics.finiteResult(
        6 * activeParameters * tokens,
        "flops",
        "6 x activeParameters "
            + Check.format(activeParameters)
            + " x tokens "
            + Check.format(tokens));
  }

  /** Checks that compute and time are each given exactly one way, and ranges. */
  @Value.Check
  default void check() {
    Check.notBlank(name(), "trainingRun.name");
    Check.positive(gpus(), "gpus");
    totalFlops().ifPresent(f -> Check.positive(f, "totalFlops", "FLOP"));
    Check.that(
        activeParameters().isPresent() == tokens().isPresent(),
        activeParameters().isPresent() ? "tokens" : "activeParameters",
        null,
        "must be given together with "
            + (activeParameters().isPresent() ? "activeParameters" : "tokens")
            + " (FLOPs = 6 x N x D)");
    if (activeParameters().isPresent()) {
      Check.that(
          totalFlops().isEmpty(),
          "totalFlops",
          Check.format(totalFlops().orElse(0), "FLOP"),
          "must be absent when activeParameters and tokens are given (give the compute one way)");
    }
    // also checks the parameters and tokens, and that 6ND does not overflow
    OptionalDouble flops = flops();
    Check.that(
        mfu().isPresent() != reportedGpuHours().isPresent(),
        "mfu",
        mfu().isPresent() ? Check.format(mfu().getAsDouble()) : null,
        mfu().isPresent()
            ? "must be absent when reportedGpuHours is given (the MFU is then implied)"
            : "must be given (or reportedGpuHours)");
    mfu().ifPresent(m -> Check.fraction(m, "mfu"));
    goodput().ifPresent(g -> Check.fraction(g, "goodput"));
    reportedGpuHours().ifPresent(h -> Check.positive(h, "reportedGpuHours", "GPU-hours"));
    if (mfu().isPresent()) {
      Check.that(
          flops.isPresent(),
          "totalFlops",
          null,
          "must be given (or activeParameters and tokens) to compute GPU-hours from mfu");
    }
    if (flops.isPresent()) {
      UnitEconomics.densePeakFlops(accelerator(), precision());
    }
    rentalPricePerGpuHour()
        .ifPresent(
            p ->
                Check.nonNegative(
                    p.amount(),
                    "rentalPricePerGpuHour",
                    p.currency().getCurrencyCode() + "/GPU-hour"));
    ownCluster()
        .ifPresent(
            c -> {
              String id = c.cluster().system().accelerator().id();
              if (!id.equals(accelerator().id())) {
                throw new ValidationException(
                    "ownCluster.accelerator",
                    id,
                    "must be the run's accelerator "
                        + accelerator().id()
                        + " (GPU-hours of different GPUs are not interchangeable)");
              }
            });
  }

  /** Returns a new builder. */
  static ImmutableTrainingRun.Builder builder() {
    return ImmutableTrainingRun.builder();
  }

  /**
   * Returns a copy with {@code name} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  TrainingRun withName(String value);

  /**
   * Returns a copy with {@code accelerator} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  TrainingRun withAccelerator(Accelerator value);

  /**
   * Returns a copy with {@code precision} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  TrainingRun withPrecision(Precision value);

  /**
   * Returns a copy with {@code gpus} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  TrainingRun withGpus(long value);

  /**
   * Returns a copy with {@code totalFlops} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  TrainingRun withTotalFlops(double value);

  /**
   * Returns a copy with {@code totalFlops} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  TrainingRun withTotalFlops(OptionalDouble optional);

  /**
   * Returns a copy with {@code activeParameters} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  TrainingRun withActiveParameters(double value);

  /**
   * Returns a copy with {@code activeParameters} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  TrainingRun withActiveParameters(OptionalDouble optional);

  /**
   * Returns a copy with {@code tokens} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  TrainingRun withTokens(double value);

  /**
   * Returns a copy with {@code tokens} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  TrainingRun withTokens(OptionalDouble optional);

  /**
   * Returns a copy with {@code mfu} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  TrainingRun withMfu(double value);

  /**
   * Returns a copy with {@code mfu} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  TrainingRun withMfu(OptionalDouble optional);

  /**
   * Returns a copy with {@code reportedGpuHours} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  TrainingRun withReportedGpuHours(double value);

  /**
   * Returns a copy with {@code reportedGpuHours} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  TrainingRun withReportedGpuHours(OptionalDouble optional);

  /**
   * Returns a copy with {@code rentalPricePerGpuHour} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  TrainingRun withRentalPricePerGpuHour(Money value);

  /**
   * Returns a copy with {@code rentalPricePerGpuHour} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  TrainingRun withRentalPricePerGpuHour(Optional<? extends Money> optional);

  /**
   * Returns a copy with {@code ownCluster} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  TrainingRun withOwnCluster(ClusterResult value);

  /**
   * Returns a copy with {@code ownCluster} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  TrainingRun withOwnCluster(Optional<? extends ClusterResult> optional);

  /**
   * Returns a copy with {@code goodput} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  TrainingRun withGoodput(double value);

  /**
   * Returns a copy with {@code goodput} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  TrainingRun withGoodput(OptionalDouble optional);

  /**
   * Returns a copy with {@code amortisedHardware} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  TrainingRun withAmortisedHardware(AmortisedHardware value);

  /**
   * Returns a copy with {@code amortisedHardware} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  TrainingRun withAmortisedHardware(Optional<? extends AmortisedHardware> optional);
}
