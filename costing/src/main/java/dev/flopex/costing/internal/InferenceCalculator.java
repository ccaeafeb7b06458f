package dev.flopex.costing.internal;

import dev.flopex.catalog.Accelerator;
import dev.flopex.core.money.Money;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.economics.InferenceCost;
import dev.flopex.costing.economics.InferenceWorkload;
import dev.flopex.costing.internal.results.ImmutableInferenceCost;
import java.util.OptionalDouble;

/**
 * Computes an {@link dev.flopex.costing.economics.InferenceCost} by the roofline model; formulas in
 * {@code docs/model.md} §13.
 */
public final class InferenceCalculator {
  private InferenceCalculator() {}

  public static InferenceCost evaluate(InferenceWorkload w) {
    Accelerator acc = w.accelerator();
    int n = w.tensorParallel();
    double peak = UnitEconomics.densePeakFlops(acc, w.precision()) * w.computeEfficiency();
    double bandwidth = UnitEconomics.memoryBandwidthBytesPerSecond(acc) * w.memoryEfficiency();

    // §13.2 memory fit
    double weights = w.weightBytes();
    double kv = w.kvCacheBytes();
    double needed = weights + kv;
    double perGpu = UnitEconomics.memoryCapacityBytes(acc);
    double available = n * perGpu;
    if (needed > available) {
      throw new ValidationException(
          "memoryNeeded",
          gb(needed) + " (weights " + gb(weights) + " + KV cache " + gb(kv) + ")",
          "must fit in the memory of tensorParallel "
              + n
              + " x "
              + acc.id()
              + " ("
              + n
              + " x "
              + gb(perGpu)
              + " = "
              + gb(available)
              + "); lower batchSize or contextLength, or raise tensorParallel");
    }

    // §13.1 roofline step time
    double flopsPerToken = 2 * w.activeParameters();
    double batch = w.batchSize();
    String inputs =
        "activeParameters "
            + Check.format(w.activeParameters())
            + ", batchSize "
            + w.batchSize()
            + ", tensorParallel "
            + n;
    double compute =
        UnitEconomics.finiteResult(flopsPerToken * batch / (n * peak), "computeSeconds", inputs);
    double memory = UnitEconomics.finiteResult(needed / (n * bandwidth), "memorySeconds", inputs);
    double step = Math.max(compute, memory);
    double tokensPerSecondPerGpu =
        UnitEconomics.finiteResult(batch / step / n, "tokensPerSecondPerGpu", inputs);
    double tokensPerGpuHour =
        UnitEconomics.finiteResult(
            tokensPerSecondPerGpu * UnitEconomics.SECONDS_PER_HOUR, "tokensPerGpuHour", inputs);
    double perMillion =
        UnitEconomics.finiteResult(
            w.costPerGpuHour().amount() / tokensPerGpuHour * 1e6,
            "costPerMillionTokens",
            "costPerGpuHour "
                + w.costPerGpuHour()
                + ", "
                + Check.format(tokensPerGpuHour)
                + " tokens per GPU-hour");

    // ridge: 2A B / (n F) = (W + k B) / (n M)  =>  B = (W / M) / (2A / F - k / M), when the bracket
    // is positive
    double k = w.kvCacheBytesPerToken() * w.contextLength();
    double slope = flopsPerToken / peak - k / bandwidth;
    double ridge = slope > 0 ? weights / bandwidth / slope : Double.NaN;
    OptionalDouble ridgeBatch =
        Double.isFinite(ridge) && ridge > 0 ? OptionalDouble.of(ridge) : OptionalDouble.empty();

    return ImmutableInferenceCost.builder()
        .workload(w)
        .flopsPerToken(flopsPerToken)
        .memoryNeededBytes(needed)
        .memoryAvailableBytes(available)
        .computeSeconds(compute)
        .memorySeconds(memory)
        .stepSeconds(step)
        .bound(compute >= memory ? InferenceCost.Bound.COMPUTE : InferenceCost.Bound.MEMORY)
        .ridgeBatchSize(ridgeBatch)
        .tokensPerSecondPerGpu(tokensPerSecondPerGpu)
        .tokensPerGpuHour(tokensPerGpuHour)
        .costPerMillionTokens(Money.of(w.costPerGpuHour().currency(), perMillion))
        .build();
  }

  private static String gb(double bytes) {
    return Check.format(Math.round(bytes / 1e8) / 10.0, "GB");
  }
}
