package dev.flopex.costing.economics;

import dev.flopex.core.money.Money;
import dev.flopex.core.validation.Check;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The roofline throughput and cost per token of an {@link InferenceWorkload} ({@code docs/model.md}
 * §13). Times are per decoding step of the whole tensor-parallel group; throughput and cost are per
 * GPU.
 *
 * @since 0.2
 */
public interface InferenceCost {

  /** What limits the step. */
  enum Bound {
    /** Compute time >= memory time. */
    COMPUTE,
    /** Memory time > compute time. */
    MEMORY
  }

  /** Returns the workload. */
  InferenceWorkload workload();

  /** Returns FLOP per generated token, 2 x active parameters. */
  double flopsPerToken();

  /** Returns bytes needed: weights + KV cache of the batch. */
  double memoryNeededBytes();

  /** Returns bytes available: tensorParallel x the accelerator's memory capacity. */
  double memoryAvailableBytes();

  /** Returns the step's compute time, s: 2 x active x batch / (n x peak x computeEfficiency). */
  double computeSeconds();

  /**
   * Returns the step's memory time, s: (weights + KV cache) / (n x bandwidth x memoryEfficiency).
   */
  double memorySeconds();

  /** Returns the step time, s: max(compute, memory). */
  double stepSeconds();

  /** Returns what limits the step. */
  Bound bound();

  /**
   * Returns the batch size at which compute time equals memory time (the roofline's ridge for this
   * model), or empty when the KV cache's traffic grows faster with the batch than compute does, so
   * that the step stays memory-bound at any batch.
   */
  OptionalDouble ridgeBatchSize();

  /** Returns tokens per second per GPU: batch / step / n. */
  double tokensPerSecondPerGpu();

  /** Returns tokens per GPU-hour: tokens per second per GPU x 3600. */
  double tokensPerGpuHour();

  /** Returns the cost per million tokens: cost per GPU-hour / tokens per GPU-hour x 1e6. */
  Money costPerMillionTokens();

  /** Checks the figures are finite and positive. */
  @Value.Check
  default void check() {
    Check.positive(stepSeconds(), "stepSeconds", "s");
    Check.positive(tokensPerSecondPerGpu(), "tokensPerSecondPerGpu", "tokens/s");
    Check.positive(tokensPerGpuHour(), "tokensPerGpuHour", "tokens");
    ridgeBatchSize().ifPresent(b -> Check.positive(b, "ridgeBatchSize", "sequences"));
  }
}
