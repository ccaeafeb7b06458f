package dev.flopex.costing;

import dev.flopex.core.validation.Check;
import org.immutables.value.Value;

/**
 * The share of a cluster's GPU-hours that advance the work, after hot spares, checkpoints and the
 * time lost to interruptions ({@code docs/model.md} §10.3). The largest job runs on {@link
 * #jobGpus()} GPUs (the cluster's working GPUs, at most {@code max_job_gpus}); it is interrupted
 * {@link #jobInterruptionsPerHour()} times an hour and checkpoints at Young's optimal interval (J.
 * W. Young, "A first order approximation to the optimum checkpoint interval", CACM 17(9), 1974):
 * {@code goodput = (1 - spare) (1 - sqrt(2 C λ) - λ R)}.
 *
 * @since 0.2
 */
@Value.Immutable
public interface Goodput {

  /** Returns the goodput, in (0, 1]. */
  double fraction();

  /** Returns the share of GPUs held as hot spares. */
  double hotSpareFraction();

  /** Returns the GPUs the job the goodput is computed for runs on. */
  double jobGpus();

  /** Returns the interruptions per hour of that job. */
  double jobInterruptionsPerHour();

  /**
   * Returns Young's optimal checkpoint interval, hours (0 when nothing interrupts or checkpoints
   * cost nothing).
   */
  double checkpointIntervalHours();

  /** Checks the fraction. */
  @Value.Check
  default void check() {
    Check.fraction(fraction(), "goodput");
  }

  /** Returns a new builder. */
  static ImmutableGoodput.Builder builder() {
    return ImmutableGoodput.builder();
  }

  /**
   * Returns a copy with {@code fraction} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Goodput withFraction(double value);

  /**
   * Returns a copy with {@code hotSpareFraction} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Goodput withHotSpareFraction(double value);

  /**
   * Returns a copy with {@code jobGpus} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Goodput withJobGpus(double value);

  /**
   * Returns a copy with {@code jobInterruptionsPerHour} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Goodput withJobInterruptionsPerHour(double value);

  /**
   * Returns a copy with {@code checkpointIntervalHours} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Goodput withCheckpointIntervalHours(double value);
}
