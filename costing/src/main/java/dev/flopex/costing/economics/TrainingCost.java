package dev.flopex.costing.economics;

import dev.flopex.core.money.Money;
import dev.flopex.core.validation.Check;
import dev.flopex.costing.AmortisedCost;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The time and cost of a {@link TrainingRun} ({@code docs/model.md} §12): GPU-hours, wall-clock
 * days, the MFU (given or implied) and the cost each way the run was priced.
 *
 * <p>No figure is NaN or infinite: a computation that would overflow is refused with a {@link
 * dev.flopex.core.validation.ValidationException} naming its inputs.
 *
 * @since 0.2
 */
public interface TrainingCost {

  /** Returns the run. */
  TrainingRun run();

  /** Returns the training compute, FLOP, when known. */
  OptionalDouble flops();

  /** Returns the dense peak per GPU at the run's precision, FLOP/s, when it was needed. */
  OptionalDouble peakFlopsPerGpu();

  /**
   * Returns the GPU-hours paid for: the useful hours FLOPs / (peak x MFU) / 3600 divided by the
   * goodput, or the reported figure (which already includes what interruptions cost).
   */
  double gpuHours();

  /**
   * Returns the useful GPU-hours: FLOPs / (peak x MFU) / 3600, or the reported hours x goodput.
   *
   * @since 0.2
   */
  double usefulGpuHours();

  /**
   * Returns the goodput applied: the run's, or its cluster's for a job on the run's GPUs, or 1 when
   * neither is given ({@link #goodputBasis()} says which).
   *
   * @since 0.2
   */
  double goodput();

  /**
   * Returns where {@link #goodput()} came from, in words.
   *
   * @since 0.2
   */
  String goodputBasis();

  /** Returns the wall-clock days: GPU-hours / GPUs / 24. */
  double wallClockDays();

  /**
   * Returns the MFU: the run's, or implied by FLOPs / (GPU-hours x 3600 x peak); empty when FLOPs
   * are unknown.
   */
  OptionalDouble mfu();

  /** Returns true when {@link #mfu()} was implied from reported GPU-hours. */
  boolean mfuImplied();

  /** Returns cost (a): GPU-hours x rental price per GPU-hour. */
  Optional<Money> rentalCost();

  /** Returns cost (b): GPU-hours paid x the own cluster's economic cost per GPU-hour used. */
  Optional<Money> ownClusterCost();

  /** Returns cost (c): Epoch AI's amortised hardware plus energy. */
  Optional<AmortisedCost> amortisedCost();

  /** Checks the figures are finite and in range. */
  @Value.Check
  default void check() {
    Check.positive(gpuHours(), "gpuHours", "GPU-hours");
    Check.positive(wallClockDays(), "wallClockDays", "days");
    mfu().ifPresent(m -> Check.fraction(m, "mfu"));
  }
}
