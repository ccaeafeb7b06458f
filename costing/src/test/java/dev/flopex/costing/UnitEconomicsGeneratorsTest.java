package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.costing.economics.InferenceCost;
import dev.flopex.costing.economics.InferenceWorkload;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Checks that {@link UnitEconomicsGenerators} reach their edges, and how often. */
class UnitEconomicsGeneratorsTest {
  private static final int EXAMPLES = 1_000;

  /** Runs {@code gen} EXAMPLES times, counting the cases each probe accepts. */
  private static <T> Map<String, Integer> hits(
      Gen<T> gen, Map<String, java.util.function.Predicate<T>> probes) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    probes.keySet().forEach(k -> counts.put(k, 0));
    Consumer<T> record =
        v ->
            probes.forEach(
                (k, p) -> {
                  if (p.test(v)) {
                    counts.merge(k, 1, Integer::sum);
                  }
                });
    qt().withExamples(EXAMPLES).forAll(gen).checkAssert(record);
    return counts;
  }

  private static void assertEachReached(String what, Map<String, Integer> counts) {
    counts.forEach(
        (edge, n) ->
            assertThat(n)
                .as(
                    "%s edge '%s' reached in %d of %d cases (%.1f%%)",
                    what, edge, n, EXAMPLES, 100.0 * n / EXAMPLES)
                .isGreaterThan(0));
  }

  @Test
  void test_fraction_reachesEdges() {
    assertEachReached(
        "fraction",
        hits(
            UnitEconomicsGenerators.fraction(),
            Map.of(
                "1", v -> v == 1.0, "1e-6", v -> v == 1e-6, "interior", v -> v > 1e-6 && v < 1)));
  }

  @Test
  void test_price_reachesEdges() {
    assertEachReached(
        "price",
        hits(
            UnitEconomicsGenerators.price(),
            Map.of("0", v -> v == 0.0, "1e-9", v -> v == 1e-9, "1000", v -> v == 1_000.0)));
  }

  @Test
  void test_trainingRun_reachesEdges() {
    assertEachReached(
        "trainingRun",
        hits(
            UnitEconomicsGenerators.trainingRun(),
            Map.of(
                "one GPU",
                r -> r.gpus() == 1,
                "a million GPUs",
                r -> r.gpus() == 1_000_000,
                "mfu 1",
                r -> r.mfu().getAsDouble() == 1.0,
                "mfu 1e-6",
                r -> r.mfu().getAsDouble() == 1e-6,
                "free GPU-hours",
                r -> r.rentalPricePerGpuHour().get().isZero())));
  }

  @Test
  void test_batchPair_reachesEdges() {
    assertEachReached(
        "batchPair",
        hits(
            UnitEconomicsGenerators.batchPair(),
            Map.of(
                "no KV cache", p -> p.small().kvCacheBytesPerToken() == 0,
                "batch fills memory",
                    p -> p.small().kvCacheBytesPerToken() > 0 && engineFits(p.large()) > 0.99,
                "batch of one", p -> p.small().batchSize() == 1,
                "compute-bound",
                    p ->
                        CostEngine.create().evaluate(p.large()).bound()
                            == InferenceCost.Bound.COMPUTE,
                "memory-bound",
                    p ->
                        CostEngine.create().evaluate(p.small()).bound()
                            == InferenceCost.Bound.MEMORY,
                "tensor parallel", p -> p.small().tensorParallel() > 1,
                "MoE", p -> p.small().totalParameters() > p.small().activeParameters())));
  }

  private static double engineFits(InferenceWorkload w) {
    InferenceCost c = CostEngine.create().evaluate(w);
    return c.memoryNeededBytes() / c.memoryAvailableBytes();
  }

  @Test
  void test_allocation_reachesEdges() {
    assertEachReached(
        "allocation",
        hits(
            UnitEconomicsGenerators.allocation(),
            Map.of(
                "no uses", a -> a.uses().isEmpty(),
                "shares sum to 1", a -> !a.uses().isEmpty() && Math.abs(a.shareSum() - 1) < 1e-12,
                "shares sum to 0", a -> !a.uses().isEmpty() && a.shareSum() == 0,
                "zero TCO", a -> a.totalCost().isZero(),
                "one GPU", a -> a.gpus() == 1,
                "utilisation 1", a -> a.uses().stream().anyMatch(u -> u.utilisation() == 1.0))));
  }
}
