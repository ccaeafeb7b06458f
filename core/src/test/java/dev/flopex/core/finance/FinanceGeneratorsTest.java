package dev.flopex.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Checks that the shared generators reach their edges in a run of the default size (1000 examples),
 * and how often: a generator that never produces rate 0 or a one-year life would let the properties
 * pass without testing the cases most likely to break.
 */
class FinanceGeneratorsTest {
  private static final long SEED = 20261128L;

  private static <T> List<T> sample(Gen<T> gen) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(1000).forAll(gen).checkAssert(values::add);
    return values;
  }

  private static <T> void assertEveryEdgeHit(List<T> values, List<T> edges) {
    Map<T, Integer> hits = new HashMap<>();
    for (T v : values) {
      if (edges.contains(v)) {
        hits.merge(v, 1, Integer::sum);
      }
    }
    assertThat(hits.keySet()).as("edges hit, with counts %s", hits).containsAll(edges);
    int total = hits.values().stream().mapToInt(Integer::intValue).sum();
    double share = (double) total / values.size();
    assertThat(share).as("share of edge cases").isBetween(0.10, 0.60);
  }

  @Test
  void ratesReachTheirEdges() {
    assertEveryEdgeHit(sample(FinanceGenerators.rates()), FinanceGenerators.RATE_EDGES);
  }

  @Test
  void yearsReachTheirEdges() {
    assertEveryEdgeHit(sample(FinanceGenerators.years()), FinanceGenerators.YEAR_EDGES);
  }

  @Test
  void costsResidualsAndLivesReachTheirEdges() {
    assertEveryEdgeHit(sample(FinanceGenerators.costs()), FinanceGenerators.COST_EDGES);
    assertEveryEdgeHit(
        sample(FinanceGenerators.residualFractions()), FinanceGenerators.RESIDUAL_FRACTION_EDGES);
    assertEveryEdgeHit(sample(FinanceGenerators.lives()), FinanceGenerators.LIFE_EDGES);
  }

  @Test
  void cashFlowsCoverConventionalUnconventionalAndShortSeries() {
    List<double[]> flows = sample(FinanceGenerators.cashFlows());
    long single = flows.stream().filter(f -> f.length == 1).count();
    long withZero =
        flows.stream().filter(f -> java.util.Arrays.stream(f).anyMatch(x -> x == 0)).count();
    long conventional =
        flows.stream()
            .filter(f -> f[0] < 0 && java.util.Arrays.stream(f, 1, f.length).allMatch(x -> x >= 0))
            .count();
    long unconventional = flows.size() - conventional;
    assertThat(single).isPositive();
    assertThat(withZero).isGreaterThan(100);
    assertThat(conventional).isGreaterThan(300);
    assertThat(unconventional).isGreaterThan(300);
  }

  @Test
  void methodsCoverAllThree() {
    Map<String, Integer> kinds = new HashMap<>();
    for (DepreciationMethod m : sample(FinanceGenerators.methods())) {
      kinds.merge(m.name().replaceAll("\\(.*", ""), 1, Integer::sum);
    }
    assertThat(kinds).containsOnlyKeys("straight-line", "sum-of-years-digits", "declining-balance");
    int total = kinds.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(kinds.values()).as("%s", kinds).allMatch(n -> n > total / 5);
  }
}
