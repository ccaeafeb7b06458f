package dev.flopex.costing.economics;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.Precision;
import dev.flopex.core.money.Money;
import dev.flopex.core.validation.Check;
import dev.flopex.costing.internal.UnitEconomics;
import org.immutables.value.Value;

/**
 * An LLM decoding workload to cost by the roofline model ({@code docs/model.md} §13): a model
 * (active and total parameters, bytes per parameter, KV cache per token) served on {@link
 * #tensorParallel()} GPUs of one accelerator, at a batch size and context length, with efficiencies
 * against the compute and memory-bandwidth peaks and a cost per GPU-hour.
 *
 * <p>One decoding step produces one token for each of the {@link #batchSize()} sequences. It needs
 * {@code 2 x activeParameters} FLOP per token and reads every weight once (shared by the batch)
 * plus each sequence's KV cache.
 *
 * <pre>{@code
 * InferenceWorkload w = InferenceWorkload.builder()
 *     .name("llama-70b-bf16")
 *     .accelerator(catalog.accelerator("h100-sxm5"))
 *     .precision(Precision.BF16)
 *     .activeParameters(70e9)
 *     .kvCacheBytesPerToken(InferenceWorkload.kvCacheBytesPerToken(80, 8, 128, 2))
 *     .contextLength(4096)
 *     .batchSize(32)
 *     .tensorParallel(4)
 *     .computeEfficiency(0.5)
 *     .memoryEfficiency(0.8)
 *     .costPerGpuHour(Money.usd(2.5))
 *     .build();
 * }</pre>
 *
 * @since 0.2
 */
@Value.Immutable
public interface InferenceWorkload {

  /** Returns a name for the workload. */
  String name();

  /** Returns the accelerator (from the catalog). */
  Accelerator accelerator();

  /** Returns the precision the matrix multiplications run at (its dense peak is used). */
  Precision precision();

  /** Returns the parameters active per token ({@code > 0}); all of them for a dense model. */
  double activeParameters();

  /**
   * Returns all parameters held in memory and read each step ({@code >= activeParameters}); by
   * default the active ones (a dense model). For a mixture-of-experts model give the total: at a
   * useful batch size nearly every expert is used in each step, so all weights are read.
   */
  @Value.Default
  default double totalParameters() {
    return activeParameters();
  }

  /**
   * Returns bytes per stored parameter ({@code > 0}); by default the precision's width (2 for
   * BF16).
   */
  @Value.Default
  default double bytesPerParameter() {
    return precision().bitLength() / 8.0;
  }

  /**
   * Returns the KV cache per token of context, bytes, all layers ({@code >= 0}); see {@link
   * #kvCacheBytesPerToken(int, int, int, double)}.
   */
  double kvCacheBytesPerToken();

  /** Returns the context held in the KV cache per sequence, tokens ({@code > 0}). */
  long contextLength();

  /** Returns the number of sequences decoded together ({@code > 0}). */
  long batchSize();

  /** Returns the number of GPUs the model is sharded across by tensor parallelism; 1 by default. */
  @Value.Default
  default int tensorParallel() {
    return 1;
  }

  /** Returns the achieved fraction of the dense compute peak, in (0, 1]. */
  double computeEfficiency();

  /** Returns the achieved fraction of the peak memory bandwidth, in (0, 1]. */
  double memoryEfficiency();

  /**
   * Returns the cost of one GPU-hour (rental price, or a cluster's {@link
   * dev.flopex.costing.ClusterResult#costPerGpuHour()}), {@code >= 0}.
   */
  Money costPerGpuHour();

  /** Returns the weights' bytes: totalParameters x bytesPerParameter. */
  default double weightBytes() {
    return totalParameters() * bytesPerParameter();
  }

  /**
   * Returns the KV cache of the whole batch, bytes: kvCacheBytesPerToken x contextLength x
   * batchSize.
   */
  default double kvCacheBytes() {
    return kvCacheBytesPerToken() * contextLength() * (double) batchSize();
  }

  /**
   * Returns the KV cache per token of a transformer: a key and a value vector per KV head per
   * layer, {@code 2 x layers x kvHeads x headDim x bytesPerValue} (kipply, "Transformer Inference
   * Arithmetic", 2022; with grouped-query attention {@code kvHeads} is the number of KV groups).
   *
   * @param layers transformer layers, {@code > 0}
   * @param kvHeads key/value heads per layer, {@code > 0}
   * @param headDim dimension per head, {@code > 0}
   * @param bytesPerValue bytes per cached element ({@code 2} for BF16), {@code > 0}
   * @return bytes per token
   */
  static double kvCacheBytesPerToken(int layers, int kvHeads, int headDim, double bytesPerValue) {
    Check.positive(layers, "layers");
    Check.positive(kvHeads, "kvHeads");
    Check.positive(headDim, "headDim");
    Check.positive(bytesPerValue, "bytesPerValue", "B");
    return 2.0 * layers * kvHeads * headDim * bytesPerValue;
  }

  /** Checks ranges. */
  @Value.Check
  default void check() {
    Check.notBlank(name(), "inferenceWorkload.name");
    Check.positive(activeParameters(), "activeParameters", "");
    Check.positive(totalParameters(), "totalParameters", "");
    Check.that(
        totalParameters() >= activeParameters(),
        "totalParameters",
        Check.format(totalParameters()),
        "must be >= activeParameters (" + Check.format(activeParameters()) + ")");
    Check.positive(bytesPerParameter(), "bytesPerParameter", "B");
    Check.nonNegative(kvCacheBytesPerToken(), "kvCacheBytesPerToken", "B");
    Check.positive(contextLength(), "contextLength");
    Check.positive(batchSize(), "batchSize");
    Check.positive(tensorParallel(), "tensorParallel");
    Check.fraction(computeEfficiency(), "computeEfficiency");
    Check.fraction(memoryEfficiency(), "memoryEfficiency");
    Check.nonNegative(
        costPerGpuHour().amount(),
        "costPerGpuHour",
        costPerGpuHour().currency().getCurrencyCode() + "/GPU-hour");
    UnitEconomics.densePeakFlops(accelerator(), precision());
    UnitEconomics.memoryBandwidthBytesPerSecond(accelerator());
    UnitEconomics.finiteResult(
        weightBytes() + kvCacheBytes(), "memoryNeeded", "weights and KV cache");
  }

  /** Returns a new builder. */
  static ImmutableInferenceWorkload.Builder builder() {
    return ImmutableInferenceWorkload.builder();
  }

  /**
   * Returns a copy with {@code name} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  InferenceWorkload withName(String value);

  /**
   * Returns a copy with {@code accelerator} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  InferenceWorkload withAccelerator(Accelerator value);

  /**
   * Returns a copy with {@code precision} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  InferenceWorkload withPrecision(Precision value);

  /**
   * Returns a copy with {@code activeParameters} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  InferenceWorkload withActiveParameters(double value);

  /**
   * Returns a copy with {@code totalParameters} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  InferenceWorkload withTotalParameters(double value);

  /**
   * Returns a copy with {@code bytesPerParameter} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  InferenceWorkload withBytesPerParameter(double value);

  /**
   * Returns a copy with {@code kvCacheBytesPerToken} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  InferenceWorkload withKvCacheBytesPerToken(double value);

  /**
   * Returns a copy with {@code contextLength} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  InferenceWorkload withContextLength(long value);

  /**
   * Returns a copy with {@code batchSize} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  InferenceWorkload withBatchSize(long value);

  /**
   * Returns a copy with {@code tensorParallel} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  InferenceWorkload withTensorParallel(int value);

  /**
   * Returns a copy with {@code computeEfficiency} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  InferenceWorkload withComputeEfficiency(double value);

  /**
   * Returns a copy with {@code memoryEfficiency} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  InferenceWorkload withMemoryEfficiency(double value);

  /**
   * Returns a copy with {@code costPerGpuHour} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  InferenceWorkload withCostPerGpuHour(Money value);
}
