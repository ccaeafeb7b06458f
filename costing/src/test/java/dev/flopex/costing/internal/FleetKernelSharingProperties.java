package dev.flopex.costing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.CompiledCluster;
import dev.flopex.costing.CompiledFleet;
import dev.flopex.costing.Fleet;
import dev.flopex.costing.testing.DomainGenerators;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * What the fleet kernel's speed-ups (docs/performance.md, "W2, fourth pass") must not change: a
 * fleet's clusters share equal tables ({@link SharedTables}) yet evaluate to the same bits as each
 * compiled alone, and a reused workspace, whose cached factors (the charged share of each
 * component, the hardware value kept) were computed for other inputs, gives the same bits as a
 * fresh one.
 */
class FleetKernelSharingProperties {

  /** Inputs the workspace caches are keyed on, with the range they are drawn from. */
  private static final Object[][] MOVED = {
    {AssumptionKey.RESALE_DECLINE_PER_YEAR, 0.0, 0.6},
    {AssumptionKey.FACILITY_LIFE_YEARS, 0.5, 30.0},
    {AssumptionKey.SERVER_USEFUL_LIFE_YEARS, 0.5, 9.0},
    {AssumptionKey.NETWORK_USEFUL_LIFE_YEARS, 0.5, 9.0},
    {AssumptionKey.ELECTRICITY_USD_PER_KWH, 0.0, 0.3},
  };

  @Test
  void aReusedWorkspaceGivesTheBitsOfAFreshOne() {
    qt().withExamples(300)
        .forAll(
            DomainGenerators.clusters(),
            DomainGenerators.terms(),
            SourceDSL.longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            (cluster, terms, seed) -> {
              ClusterKernel k = ClusterKernel.compile(cluster, terms);
              SplittableRandom random = new SplittableRandom(seed);
              ClusterKernel.Workspace reused = k.newWorkspace();
              for (int round = 0; round < 4; round++) {
                double[] p = moved(k.defaults(), random);
                k.evaluateTotals(p, reused);
                ClusterKernel.Workspace fresh = k.newWorkspace();
                k.evaluateTotals(p, fresh);
                sameBits(reused, fresh);
              }
            });
  }

  @Test
  void sharedTablesChangeNoBitOfAFleet() {
    qt().withExamples(200)
        .forAll(DomainGenerators.fleets(), DomainGenerators.terms())
        .checkAssert(
            (generated, terms) -> {
              // each cluster twice: the copy shares every table with the original
              var b = Fleet.builder().name("twice");
              for (Cluster c : generated.clusters()) {
                b.addClusters(c, c.withName(c.name() + "-copy"));
              }
              Fleet fleet = b.build();
              FleetKernel k = new FleetKernel(fleet, terms);
              CompiledFleet.Evaluation e = k.newEvaluation();
              k.evaluate(k.defaults(), e);
              for (int i = 0; i < fleet.clusters().size(); i++) {
                ClusterKernel alone = ClusterKernel.compile(fleet.clusters().get(i), terms);
                ClusterKernel.Workspace w = alone.newWorkspace();
                alone.evaluateTotals(alone.defaults(), w);
                sameBits((ClusterKernel.Workspace) e.cluster(i), w);
              }
            });
  }

  @Test
  void kernelsOfOneDesignShareTheirTables() {
    qt().withExamples(100)
        .forAll(DomainGenerators.clusters(), DomainGenerators.terms())
        .checkAssert(
            (cluster, terms) -> {
              SharedTables tables = new SharedTables();
              ClusterKernel a = ClusterKernel.compile(cluster, terms, tables);
              ClusterKernel b =
                  ClusterKernel.compile(cluster.withName(cluster.name() + "-b"), terms, tables);
              ClusterKernel alone = ClusterKernel.compile(cluster, terms);
              assertThat(b.slotKind).isSameAs(a.slotKind).isEqualTo(alone.slotKind);
              assertThat(b.slotNetwork).isSameAs(a.slotNetwork).isEqualTo(alone.slotNetwork);
              assertThat(b.slotTier).isSameAs(a.slotTier).isEqualTo(alone.slotTier);
              assertThat(b.slotPrice).isSameAs(a.slotPrice).isEqualTo(alone.slotPrice);
              assertThat(b.slotPortsPerModule)
                  .isSameAs(a.slotPortsPerModule)
                  .isEqualTo(alone.slotPortsPerModule);
              assertThat(b.slotPerSystem).isSameAs(a.slotPerSystem).isEqualTo(alone.slotPerSystem);
              assertThat(b.slotW).isSameAs(a.slotW).isEqualTo(alone.slotW);
              assertThat(b.slotComponent).isSameAs(a.slotComponent).isEqualTo(alone.slotComponent);
            });
  }

  @Test
  void tablesOfDifferentContentAreNotShared() {
    SharedTables tables = new SharedTables();
    int[] a = tables.of(new int[] {1, 2});
    assertThat(tables.of(new int[] {1, 2})).isSameAs(a);
    assertThat(tables.of(new int[] {2, 1})).isNotSameAs(a).containsExactly(2, 1);
    double[] zero = tables.of(new double[] {0.0});
    assertThat(tables.of(new double[] {-0.0})).isNotSameAs(zero); // different bits
    assertThat(tables.of(new long[] {1, 2})).isNotSameAs(a).containsExactly(1L, 2L);
  }

  /** The defaults with some of {@link #MOVED} and the horizon moved at random. */
  private static double[] moved(double[] p, SplittableRandom random) {
    KernelTotalsProperties.moveSome(p, random, MOVED);
    if (random.nextBoolean()) {
      p[ClusterKernel.HORIZON] = 1 + random.nextInt(12);
    }
    return p;
  }

  /** Every total an evaluation reports, equal bit for bit. */
  private static void sameBits(ClusterKernel.Workspace actual, ClusterKernel.Workspace expected) {
    CompiledCluster.Evaluation a = actual;
    CompiledCluster.Evaluation x = expected;
    assertThat(bits(a.npvOfCosts())).isEqualTo(bits(x.npvOfCosts()));
    assertThat(bits(a.economicCost())).isEqualTo(bits(x.economicCost()));
    assertThat(bits(a.costPerGpuHour())).isEqualTo(bits(x.costPerGpuHour()));
    assertThat(bits(a.costPerUsefulGpuHour())).isEqualTo(bits(x.costPerUsefulGpuHour()));
    assertThat(bits(a.accountingTco())).isEqualTo(bits(x.accountingTco()));
    assertThat(bits(a.capex())).isEqualTo(bits(x.capex()));
    assertThat(bits(a.opexYear1())).isEqualTo(bits(x.opexYear1()));
    assertThat(bits(actual.residualValue)).isEqualTo(bits(expected.residualValue));
    assertThat(bits(actual.bookValueAtHorizon)).isEqualTo(bits(expected.bookValueAtHorizon));
    assertThat(bits(actual.payment)).isEqualTo(bits(expected.payment));
    assertThat(a.gpus()).isEqualTo(x.gpus());
  }

  private static long bits(double v) {
    return Double.doubleToRawLongBits(v);
  }
}
