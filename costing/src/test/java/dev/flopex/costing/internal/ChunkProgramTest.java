package dev.flopex.costing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.catalog.SystemSpec;
import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.CompiledFleet;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Fleet;
import dev.flopex.costing.Site;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.testing.DomainGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ChunkProgram} on one H100 cluster at every priced site (owned and rented), with cash and
 * debt, with <em>every</em> per-sample parameter moved at once (utilisation and the fifteen
 * per-sample assumptions in one run, every part price in another; zero capital fractions moved off
 * zero): every output of every sample is {@link FleetKernel#evaluateInBox}'s, bit for bit. A quick,
 * decisive check (well under a second) that a wrong operation anywhere in the program fails at
 * once, before the longer Monte Carlo tests and {@link ChunkProgramProperties} run.
 */
class ChunkProgramTest {

  @Test
  void everyPerSampleParameterMovedGivesTheKernelsBitsAtEverySite() {
    SystemSpec h100 = DomainGenerators.CATALOG.system("hgx-h100");
    int programs = 0;
    for (Site site : DomainGenerators.pricedSites()) {
      for (FinancialTerms terms :
          List.of(FinancialTerms.of(5, 0.8), FinancialTerms.debt(6, 0.7, 0.08, 4))) {
        Fleet fleet =
            Fleet.builder()
                .name("chunk")
                .addClusters(
                    DomainGenerators.cluster(
                        h100, 96, site, LocalDate.of(2025, 3, 1), "neocloud", 310_000))
                .build();
        FleetKernel k = new FleetKernel(fleet, terms);
        double[] base = k.defaults();
        List<Integer> assumptions = new ArrayList<>();
        assumptions.add(ClusterKernel.UTILISATION);
        for (AssumptionKey key : ChunkProgramProperties.PER_SAMPLE) {
          assumptions.add(ClusterKernel.ASSUMPTIONS + key.ordinal());
        }
        List<Integer> prices = new ArrayList<>();
        for (int s = ClusterKernel.PRICES; s < base.length; s++) {
          prices.add(s);
        }
        for (List<Integer> moved : List.of(assumptions, prices)) {
          String what =
              site.region().id()
                  + "/"
                  + site.facility()
                  + ", "
                  + terms.financing()
                  + ", "
                  + moved.size()
                  + " inputs";
          compare(k, base, moved, what);
          programs++;
        }
      }
    }
    assertThat(programs).isGreaterThanOrEqualTo(8);
  }

  private static void compare(FleetKernel k, double[] base, List<Integer> moved, String what) {
    int n = moved.size();
    int[][] slots = new int[n][];
    double[] lo = new double[n];
    double[] hi = new double[n];
    for (int i = 0; i < n; i++) {
      int s = moved.get(i);
      slots[i] = new int[] {s};
      double b = base[s];
      if (s == ClusterKernel.UTILISATION) {
        lo[i] = 0.5;
        hi[i] = 0.95;
      } else if (b == 0) {
        lo[i] = 0.01; // a fraction or rate of zero, moved off zero so its line counts
        hi[i] = 0.05;
      } else {
        lo[i] = b * 0.85;
        hi[i] = b * 1.15;
      }
    }
    assertThat(k.acceptsBox(base, slots, lo, hi)).as(what).isTrue();
    ChunkProgram program = ChunkProgram.compile(k, base, slots, new boolean[n], lo);
    assertThat(program).as(what).isNotNull();
    double[][] x = new double[n][MonteCarlo.CHUNK];
    SplittableRandom r = new SplittableRandom(what.hashCode());
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < MonteCarlo.CHUNK; j++) {
        x[i][j] = lo[i] + (hi[i] - lo[i]) * r.nextDouble();
      }
    }
    ChunkProgram.Run run = program.newRun(x);
    CompiledFleet.Evaluation e = k.newEvaluation();
    double[] p = base.clone();
    double[][] expected = new double[Output.values().length][MonteCarlo.CHUNK];
    for (int j = 0; j < MonteCarlo.CHUNK; j++) {
      for (int i = 0; i < n; i++) {
        p[slots[i][0]] = x[i][j];
      }
      k.evaluateInBox(p, e);
      for (Output out : Output.values()) {
        expected[out.ordinal()][j] = out.of(e);
      }
    }
    for (Output out : Output.values()) {
      double[] dst = new double[MonteCarlo.CHUNK];
      run.evaluate(MonteCarlo.CHUNK, out, dst, 0);
      for (int j = 0; j < MonteCarlo.CHUNK; j++) {
        assertThat(Double.doubleToRawLongBits(dst[j]))
            .as("%s: %s of sample %d: %s vs %s", what, out, j, dst[j], expected[out.ordinal()][j])
            .isEqualTo(Double.doubleToRawLongBits(expected[out.ordinal()][j]));
      }
    }
  }
}
