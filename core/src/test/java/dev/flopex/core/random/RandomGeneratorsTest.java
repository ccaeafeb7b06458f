package dev.flopex.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Checks that the shared generators reach their edges and every kind of distribution in a run of
 * the default size (1000 examples).
 */
class RandomGeneratorsTest {
  private static final long SEED = 20261128L;

  private static <T> List<T> sample(Gen<T> gen) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(1000).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void probabilitiesReachTheirEdges() {
    List<Double> ps = sample(RandomGenerators.probabilities());
    Map<Double, Integer> hits = new HashMap<>();
    for (double p : ps) {
      if (RandomGenerators.PROBABILITY_EDGES.contains(p)) {
        hits.merge(p, 1, Integer::sum);
      }
    }
    assertThat(hits.keySet())
        .as("edges hit %s", hits)
        .containsAll(RandomGenerators.PROBABILITY_EDGES);
    double share = hits.values().stream().mapToInt(Integer::intValue).sum() / (double) ps.size();
    assertThat(share).isBetween(0.10, 0.60);
  }

  @Test
  void distributionsCoverEveryKindAndTheModeEdges() {
    List<Distribution> ds = sample(RandomGenerators.distributions());
    Map<String, Integer> kinds = new HashMap<>();
    int modeAtMin = 0;
    int modeAtMax = 0;
    for (Distribution d : ds) {
      String desc = d.describe();
      kinds.merge(desc.substring(0, desc.indexOf('(')), 1, Integer::sum);
      if (d instanceof Pert || d instanceof Triangular) {
        modeAtMin += desc.matches(".*min=([^,]+), mode=\\1,.*") ? 1 : 0;
        modeAtMax += desc.matches(".*mode=([^,]+), max=\\1\\).*") ? 1 : 0;
      }
    }
    assertThat(kinds.keySet())
        .as("kinds %s", kinds)
        .containsExactlyInAnyOrder(
            "uniform",
            "triangular",
            "pert",
            "normal",
            "lognormal",
            "truncated",
            "discrete",
            "empirical",
            "constant");
    assertThat(modeAtMin).as("mode at min").isPositive();
    assertThat(modeAtMax).as("mode at max").isPositive();
  }

  @Test
  void sampleArraysIncludeSingletonsTiesAndConstants() {
    List<double[]> arrays = sample(RandomGenerators.sampleArrays());
    assertThat(arrays).anyMatch(a -> a.length == 1);
    assertThat(arrays).anyMatch(a -> a.length > 2 && a[0] == 42.0 && a[a.length - 1] == 42.0);
    assertThat(arrays).anyMatch(a -> a.length > 2 && a[0] > 1e11);
  }
}
