package dev.flopex.costing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.costing.Fleet;
import dev.flopex.costing.testing.DomainGenerators;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Monte Carlo checks its inputs' supports once ({@link FleetKernel#acceptsBox}) instead of every
 * parameter of every sample: a box it accepts holds only parameter vectors the per-sample check
 * accepts (MonteCarloTest checks the run's numbers and refusals are unchanged).
 */
class SupportBoxProperties {

  @Test
  void anAcceptedBoxHoldsOnlyAcceptedParameters() {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    qt().withExamples(300)
        .forAll(
            DomainGenerators.clusters(),
            DomainGenerators.terms(),
            SourceDSL.longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            (cluster, terms, seed) -> {
              FleetKernel k =
                  new FleetKernel(Fleet.builder().name("f").addClusters(cluster).build(), terms);
              double[] base = k.defaults();
              SplittableRandom r = new SplittableRandom(seed);
              int n = 1 + r.nextInt(4);
              int[][] slots = new int[n][];
              double[] lo = new double[n];
              double[] hi = new double[n];
              for (int i = 0; i < n; i++) {
                // any parameter but the whole-number ones (servers, horizon, tenor)
                int slot = ClusterKernel.UTILISATION + r.nextInt(base.length - 1);
                if (slot == ClusterKernel.HORIZON || slot == ClusterKernel.DEBT_TENOR) {
                  slot = ClusterKernel.UTILISATION;
                }
                slots[i] = new int[] {slot};
                double d = base[slot] == 0 ? 0.1 : base[slot];
                lo[i] = d * (r.nextDouble() * 1.6 - 0.1); // sometimes below 0
                hi[i] = lo[i] + Math.abs(d) * r.nextDouble() * (r.nextBoolean() ? 0.2 : 3);
              }
              if (!k.acceptsBox(base, slots, lo, hi)) {
                refused.incrementAndGet();
                return;
              }
              accepted.incrementAndGet();
              ClusterKernel one = ClusterKernel.compile(cluster, terms); // offset 0 in the fleet
              double[] p = base.clone();
              for (int s = 0; s < 50; s++) {
                for (int i = 0; i < n; i++) {
                  p[slots[i][0]] = lo[i] + (hi[i] - lo[i]) * r.nextDouble();
                }
                // the rules the box stands in for (sizing limits such as rack power are checked on
                // every sample either way)
                assertThatCode(() -> one.check(p, 0)).doesNotThrowAnyException();
              }
            });
    assertThat(accepted.get()).as("boxes accepted").isGreaterThan(20);
    assertThat(refused.get()).as("boxes refused").isGreaterThan(20);
  }
}
