package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.Precision;
import dev.flopex.core.money.Money;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.costing.economics.ImmutableInferenceWorkload;
import dev.flopex.costing.economics.InferenceCost;
import dev.flopex.costing.economics.InferenceWorkload;
import org.junit.jupiter.api.Test;

/** Roofline inference model ({@code docs/model.md} §13). */
class InferenceCostTest {
  private final CostEngine engine = CostEngine.create();
  private static final Accelerator H100 = Fixtures.CATALOG.accelerator("h100-sxm5");

  /**
   * Llama-2/3-70B-like: 80 layers, 8 KV heads (grouped-query attention) of dimension 128, BF16
   * cache.
   */
  private static final double KV_70B = InferenceWorkload.kvCacheBytesPerToken(80, 8, 128, 2);

  /**
   * Returns a 70B BF16 workload on 4 H100s at batch 32, context 4096, at the peaks (efficiency 1),
   * USD 2/GPU-hour; tests vary it with withers.
   */
  private static ImmutableInferenceWorkload llama70b() {
    return copy(
        InferenceWorkload.builder()
            .name("llama-70b")
            .accelerator(H100)
            .precision(Precision.BF16)
            .activeParameters(70e9)
            .kvCacheBytesPerToken(KV_70B)
            .contextLength(4096)
            .batchSize(32)
            .tensorParallel(4)
            .computeEfficiency(1.0)
            .memoryEfficiency(1.0)
            .costPerGpuHour(Money.usd(2.0))
            .build());
  }

  private static ImmutableInferenceWorkload copy(InferenceWorkload w) {
    return (ImmutableInferenceWorkload) ImmutableInferenceWorkload.copyOf(w);
  }

  @Test
  void test_kvCacheBytesPerToken() {
    // 2 (K and V) x 80 layers x 8 heads x 128 dims x 2 bytes = 327,680 B = 320 KiB per token
    assertThat(KV_70B).isEqualTo(327_680.0);
    assertThatThrownBy(() -> InferenceWorkload.kvCacheBytesPerToken(0, 8, 128, 2))
        .hasMessage("layers must be > 0 but was 0");
  }

  /** By hand: TP 4, batch 32, context 4096, at the peaks (efficiency 1). Memory-bound. */
  @Test
  void test_evaluate_memoryBoundByHand() {
    InferenceCost c =
        engine.evaluate(llama70b().withContextLength(4096).withBatchSize(32).withTensorParallel(4));
    double peak = 989.5e12;
    double bandwidth = H100.memory().bandwidth().get().value().in(DataRateUnit.BYTES_PER_SECOND);
    assertThat(bandwidth).isEqualTo(3.35e12);
    double weights = 70e9 * 2;
    double kv = KV_70B * 4096 * 32;
    assertThat(c.flopsPerToken()).isEqualTo(140e9);
    assertThat(c.memoryNeededBytes()).isEqualTo(weights + kv).isEqualTo(182_949_672_960.0);
    assertThat(c.memoryAvailableBytes())
        .isEqualTo(4 * H100.memory().capacity().value().in(DataSizeUnit.BYTES));
    assertThat(c.computeSeconds()).isCloseTo(2 * 70e9 * 32 / (4 * peak), within(1e-15));
    assertThat(c.memorySeconds())
        .isCloseTo((weights + kv) / (4 * bandwidth), within(1e-15))
        .isCloseTo(0.0136530, within(1e-7));
    assertThat(c.bound()).isEqualTo(InferenceCost.Bound.MEMORY);
    assertThat(c.stepSeconds()).isEqualTo(c.memorySeconds());
    assertThat(c.tokensPerSecondPerGpu())
        .isCloseTo(32 / c.memorySeconds() / 4, within(1e-9))
        .isCloseTo(585.953, within(1e-3));
    assertThat(c.tokensPerGpuHour()).isCloseTo(c.tokensPerSecondPerGpu() * 3600, within(1e-6));
    assertThat(c.costPerMillionTokens().amount())
        .isCloseTo(2.0 / c.tokensPerGpuHour() * 1e6, within(1e-12))
        .isCloseTo(0.948122, within(1e-6));
  }

  /** No KV cache and a huge batch: compute-bound, throughput = the compute roof. */
  @Test
  void test_evaluate_computeBoundReachesComputeRoof() {
    InferenceCost c =
        engine.evaluate(
            llama70b()
                .withKvCacheBytesPerToken(0)
                .withContextLength(1)
                .withBatchSize(10_000)
                .withTensorParallel(2)
                .withComputeEfficiency(0.5));
    assertThat(c.bound()).isEqualTo(InferenceCost.Bound.COMPUTE);
    // per GPU: peak x efficiency / (2 x active)
    assertThat(c.tokensPerSecondPerGpu()).isCloseTo(989.5e12 * 0.5 / 140e9, within(1e-9));
    assertThat(c.ridgeBatchSize()).isPresent();
    assertThat(c.ridgeBatchSize().getAsDouble()).isLessThan(10_000);
  }

  @Test
  void test_evaluate_ridgeBatchBalancesComputeAndMemory() {
    InferenceCost probe =
        engine.evaluate(
            llama70b()
                .withContextLength(128)
                .withBatchSize(1)
                .withComputeEfficiency(0.6)
                .withMemoryEfficiency(0.8));
    double ridge = probe.ridgeBatchSize().getAsDouble();
    // 2A / (F e_c) - k / (M e_m) = 140e9 / 593.7e12 - 327,680 x 128 / 2.68e12 = 2.2e-4 s > 0, so a
    // ridge
    // exists, at (W / (M e_m)) / 2.2e-4 = 0.0522 / 2.2e-4 = 237 sequences
    assertThat(ridge).isCloseTo(237.28, within(0.01));
    long b = Math.round(ridge);
    InferenceCost at = engine.evaluate(copy(probe.workload()).withBatchSize(b));
    assertThat(at.computeSeconds() / at.memorySeconds()).isCloseTo(1.0, within(0.01));
    // with a long context the KV cache's traffic outgrows compute: memory-bound at every batch
    InferenceCost longContext =
        engine.evaluate(
            llama70b().withContextLength(131_072).withBatchSize(1).withTensorParallel(8));
    assertThat(longContext.ridgeBatchSize()).isEmpty();
    assertThat(longContext.bound()).isEqualTo(InferenceCost.Bound.MEMORY);
  }

  /**
   * Memory-bound with no KV cache: tensor parallelism does not change throughput per GPU
   * (communication not modelled).
   */
  @Test
  void test_evaluate_tensorParallelNeutralPerGpuWhenWeightBound() {
    InferenceCost tp2 =
        engine.evaluate(
            llama70b()
                .withKvCacheBytesPerToken(0)
                .withContextLength(1)
                .withBatchSize(8)
                .withTensorParallel(2));
    InferenceCost tp8 =
        engine.evaluate(
            llama70b()
                .withKvCacheBytesPerToken(0)
                .withContextLength(1)
                .withBatchSize(8)
                .withTensorParallel(8));
    assertThat(tp2.bound()).isEqualTo(InferenceCost.Bound.MEMORY);
    assertThat(tp8.tokensPerSecondPerGpu())
        .isCloseTo(tp2.tokensPerSecondPerGpu(), within(1e-9 * tp2.tokensPerSecondPerGpu()));
    assertThat(tp8.stepSeconds()).isCloseTo(tp2.stepSeconds() / 4, within(1e-15));
  }

  @Test
  void test_evaluate_moeReadsAllWeightsComputesActive() {
    // DeepSeek-V3-like: 37B active of 671B, FP8 weights, on 8 H800s
    Accelerator h800 = Fixtures.CATALOG.accelerator("h800-sxm5");
    InferenceCost c =
        engine.evaluate(
            InferenceWorkload.builder()
                .name("moe")
                .accelerator(h800)
                .precision(Precision.FP8)
                .activeParameters(37e9)
                .totalParameters(671e9)
                .kvCacheBytesPerToken(70_272)
                .contextLength(4096)
                .batchSize(16)
                .tensorParallel(8)
                .computeEfficiency(0.5)
                .memoryEfficiency(0.8)
                .costPerGpuHour(Money.usd(2))
                .build());
    assertThat(c.workload().bytesPerParameter()).isEqualTo(1.0);
    assertThat(c.flopsPerToken()).isEqualTo(74e9);
    assertThat(c.memoryNeededBytes()).isEqualTo(671e9 + 70_272.0 * 4096 * 16);
  }

  @Test
  void test_evaluate_doesNotFit() {
    // Llama 3.1 405B in BF16 (810 GB of weights) on one 80 GiB H100
    assertThatThrownBy(
            () ->
                engine.evaluate(
                    llama70b()
                        .withTotalParameters(405e9)
                        .withActiveParameters(405e9)
                        .withContextLength(8192)
                        .withBatchSize(4)
                        .withTensorParallel(1)))
        .hasMessage(
            "memoryNeeded must fit in the memory of tensorParallel 1 x h100-sxm5 (1 x 85.9 GB = 85.9 GB); lower batchSize or "
                + "contextLength, or raise tensorParallel but was 820.7 GB (weights 810 GB + KV cache 10.7 GB)");
    // the KV cache alone can overflow: 70B on 4 GPUs at batch 256 x 8K context
    assertThatThrownBy(
            () ->
                engine.evaluate(
                    llama70b().withContextLength(8192).withBatchSize(256).withTensorParallel(4)))
        .hasMessageStartingWith(
            "memoryNeeded must fit in the memory of tensorParallel 4 x h100-sxm5 (4 x 85.9 GB = 343.6 GB)")
        .hasMessageEndingWith("but was 827.2 GB (weights 140 GB + KV cache 687.2 GB)");
  }

  @Test
  void test_build_badInput() {
    assertThatThrownBy(
            () -> llama70b().withContextLength(1).withBatchSize(1).withComputeEfficiency(0))
        .hasMessage("computeEfficiency must be in (0, 1] but was 0");
    assertThatThrownBy(
            () -> llama70b().withContextLength(1).withBatchSize(1).withMemoryEfficiency(1.5))
        .hasMessage("memoryEfficiency must be in (0, 1] but was 1.5");
    assertThatThrownBy(() -> llama70b().withContextLength(1).withBatchSize(0))
        .hasMessage("batchSize must be > 0 but was 0");
    assertThatThrownBy(() -> llama70b().withContextLength(0).withBatchSize(1))
        .hasMessage("contextLength must be > 0 but was 0");
    assertThatThrownBy(() -> llama70b().withContextLength(1).withBatchSize(1).withTensorParallel(0))
        .hasMessage("tensorParallel must be > 0 but was 0");
    assertThatThrownBy(
            () -> llama70b().withContextLength(1).withBatchSize(1).withTotalParameters(7e9))
        .hasMessage("totalParameters must be >= activeParameters (70000000000) but was 7000000000");
    assertThatThrownBy(
            () ->
                llama70b()
                    .withContextLength(1)
                    .withBatchSize(1)
                    .withKvCacheBytesPerToken(Double.NaN))
        .hasMessage("kvCacheBytesPerToken must be finite but was NaN B");
    assertThatThrownBy(
            () ->
                llama70b()
                    .withContextLength(1)
                    .withBatchSize(1)
                    .withActiveParameters(Double.POSITIVE_INFINITY))
        .hasMessage("activeParameters must be finite but was Infinity");
    assertThatThrownBy(() -> llama70b().withPrecision(Precision.FP4))
        .hasMessage("precision must have a dense figure for h100-sxm5 but was fp4");
    assertThatThrownBy(() -> llama70b().withCostPerGpuHour(Money.usd(-2)))
        .hasMessage("costPerGpuHour must be >= 0 USD/GPU-hour but was -2 USD/GPU-hour");
    assertThatThrownBy(() -> llama70b().withBytesPerParameter(0))
        .hasMessage("bytesPerParameter must be > 0 B but was 0 B");
  }

  @Test
  void test_evaluate_freeGpuHoursCostNothing() {
    InferenceCost c =
        engine.evaluate(
            llama70b()
                .withContextLength(128)
                .withBatchSize(1)
                .withCostPerGpuHour(Money.usd(0))
                .withTensorParallel(2));
    assertThat(c.costPerMillionTokens()).isEqualTo(Money.usd(0));
  }
}
