package dev.flopex.costing;

import static dev.flopex.costing.UnitEconomicsGenerators.batchPair;
import static dev.flopex.costing.UnitEconomicsGenerators.fittingWorkload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.costing.economics.InferenceCost;
import dev.flopex.costing.economics.InferenceWorkload;
import dev.flopex.costing.internal.UnitEconomics;
import org.junit.jupiter.api.Test;

/**
 * Laws of the roofline inference model ({@code docs/model.md} §13).
 *
 * <p>The batch law, proved in §13.3: with {@code c = 2A / (n F)} and memory time {@code (W + kB) /
 * (n M)}, tokens per second per GPU are {@code min(1 / c, B M / (W + k B)) / n}. Both terms are
 * non-decreasing in {@code B} ({@code d/dB [B / (W + kB)] = W / (W + kB)^2 >= 0}), so throughput
 * never falls and cost per token never rises as the batch grows, for every batch that fits in
 * memory. It stops falling once the step is compute-bound, and approaches {@code M / k} when the KV
 * cache dominates.
 */
class InferenceCostProperties {
  private final CostEngine engine = CostEngine.create();
  private static final double ULPS = 1e-12;

  @Test
  void costPerTokenNonIncreasingInBatch() {
    qt().forAll(batchPair())
        .checkAssert(
            p -> {
              InferenceCost small = engine.evaluate(p.small());
              InferenceCost large = engine.evaluate(p.large());
              assertThat(large.tokensPerSecondPerGpu())
                  .isGreaterThanOrEqualTo(small.tokensPerSecondPerGpu() * (1 - ULPS));
              assertThat(large.costPerMillionTokens().amount())
                  .isLessThanOrEqualTo(small.costPerMillionTokens().amount() * (1 + ULPS));
            });
  }

  @Test
  void throughputBelowBothRoofs() {
    qt().forAll(fittingWorkload())
        .checkAssert(
            s -> {
              InferenceWorkload w = s.workload();
              InferenceCost c = engine.evaluate(w);
              double computeRoof =
                  UnitEconomics.densePeakFlops(w.accelerator(), w.precision())
                      * w.computeEfficiency()
                      / c.flopsPerToken();
              double memoryRoof =
                  w.batchSize()
                      * UnitEconomics.memoryBandwidthBytesPerSecond(w.accelerator())
                      * w.memoryEfficiency()
                      / c.memoryNeededBytes();
              assertThat(c.tokensPerSecondPerGpu())
                  .isLessThanOrEqualTo(Math.min(computeRoof, memoryRoof) * (1 + ULPS));
              assertThat(c.tokensPerSecondPerGpu())
                  .isGreaterThanOrEqualTo(Math.min(computeRoof, memoryRoof) * (1 - ULPS));
              assertThat(c.memoryNeededBytes()).isLessThanOrEqualTo(c.memoryAvailableBytes());
            });
  }

  @Test
  void outputsAreFiniteAndDeterministic() {
    qt().forAll(fittingWorkload())
        .checkAssert(
            s -> {
              InferenceCost a = engine.evaluate(s.workload());
              InferenceCost b = engine.evaluate(s.workload());
              assertThat(a).isEqualTo(b);
              for (double v :
                  new double[] {
                    a.stepSeconds(),
                    a.tokensPerSecondPerGpu(),
                    a.tokensPerGpuHour(),
                    a.costPerMillionTokens().amount()
                  }) {
                assertThat(Double.isFinite(v)).isTrue();
              }
            });
  }
}
