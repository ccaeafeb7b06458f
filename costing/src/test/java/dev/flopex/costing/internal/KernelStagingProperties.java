package dev.flopex.costing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.testing.DomainGenerators;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The kernel's staging (a phase computed again only when a parameter it reads changed: the BoM
 * quantities, the decline-free year factors, goodput; docs/performance.md, issue 13 fourth pass)
 * changes no number: on generated clusters, one workspace reused over a sequence of parameter
 * vectors, each moving a random few parameters (those the staged phases read and others, the system
 * count and horizon too, some refused), gives every output bit for bit as a fresh workspace per
 * vector, on both evaluation paths, and refuses the same vectors with the same message.
 */
class KernelStagingProperties {

  /** Parameters the staged phases read, moved more often than the rest. */
  private static final AssumptionKey[] STAGED = {
    AssumptionKey.STORAGE_TB_PER_GPU,
    AssumptionKey.RACK_POWER_DENSITY_KW,
    AssumptionKey.SERVER_OVERHEAD_FRACTION,
    AssumptionKey.OPEX_ESCALATION_PER_YEAR,
    AssumptionKey.WARRANTY_YEARS,
    AssumptionKey.FACILITY_LIFE_YEARS,
    AssumptionKey.RESALE_DECLINE_PER_YEAR,
    AssumptionKey.COST_OF_EQUITY,
    AssumptionKey.EQUITY_SHARE,
    AssumptionKey.HOT_SPARE_FRACTION,
    AssumptionKey.MAX_JOB_GPUS,
    AssumptionKey.INTERRUPTIONS_PER_MILLION_GPU_HOURS,
    AssumptionKey.CHECKPOINT_WRITE_MINUTES,
    AssumptionKey.RESTART_MINUTES,
  };

  @Test
  void aReusedWorkspaceGivesTheNumbersOfAFreshOne() {
    AtomicInteger evaluated = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    qt().withExamples(150)
        .forAll(
            DomainGenerators.clusters(),
            DomainGenerators.terms(),
            SourceDSL.longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            (cluster, terms, seed) -> {
              ClusterKernel k = ClusterKernel.compile(cluster, terms);
              double[] base = k.defaults();
              SplittableRandom r = new SplittableRandom(seed);
              ClusterKernel.Workspace totals = k.newWorkspace();
              ClusterKernel.Workspace schedules = k.newWorkspace();
              double[] p = base.clone();
              for (int step = 0; step < 24; step++) {
                move(p, base, r);
                boolean ok = compare(k, p, totals, false);
                compare(k, p, schedules, true);
                (ok ? evaluated : refused).incrementAndGet();
                if (r.nextInt(4) == 0) {
                  p = base.clone(); // back to the defaults: the caches must follow
                }
              }
            });
    // most vectors are evaluated, and some refused part-way (the caches must survive both)
    assertThat(evaluated.get()).isGreaterThan(refused.get());
    assertThat(refused.get()).isPositive();
  }

  /** Moves one to three parameters: a staged one, any one, or the system count or horizon. */
  private static void move(double[] p, double[] base, SplittableRandom r) {
    int moves = 1 + r.nextInt(3);
    for (int m = 0; m < moves; m++) {
      int slot;
      switch (r.nextInt(4)) {
        case 0:
        case 1:
          slot = ClusterKernel.ASSUMPTIONS + STAGED[r.nextInt(STAGED.length)].ordinal();
          break;
        case 2:
          slot = r.nextInt(base.length);
          break;
        default:
          slot = r.nextBoolean() ? ClusterKernel.SERVERS : ClusterKernel.HORIZON;
      }
      double b = base[slot];
      double v;
      if (slot == ClusterKernel.SERVERS) {
        v = Math.max(1, Math.rint(b * (0.25 + 2 * r.nextDouble())));
      } else if (slot == ClusterKernel.HORIZON || slot == ClusterKernel.DEBT_TENOR) {
        v = 1 + r.nextInt(12);
      } else if (r.nextInt(10) == 0) {
        v = r.nextBoolean() ? 0.0 : -0.0; // zeros of both signs (refused where out of range)
      } else {
        v = (b == 0 ? 0.05 : b) * (0.5 + r.nextDouble());
      }
      p[slot] = v;
    }
  }

  /**
   * Evaluates {@code p} on the reused workspace and a fresh one: the same bits or the same error.
   */
  private static boolean compare(
      ClusterKernel k, double[] p, ClusterKernel.Workspace reused, boolean schedules) {
    ClusterKernel.Workspace fresh = k.newWorkspace();
    String expectedError = null;
    try {
      run(k, p, fresh, schedules);
    } catch (RuntimeException e) {
      expectedError = e.getClass().getName() + ": " + e.getMessage();
    }
    String actualError = null;
    try {
      run(k, p, reused, schedules);
    } catch (RuntimeException e) {
      actualError = e.getClass().getName() + ": " + e.getMessage();
    }
    assertThat(actualError).isEqualTo(expectedError);
    if (expectedError != null) {
      return false;
    }
    double[] a = outputs(reused, schedules);
    double[] e = outputs(fresh, schedules);
    for (int i = 0; i < a.length; i++) {
      assertThat(Double.doubleToRawLongBits(a[i]))
          .as("output %d: %s vs %s", i, a[i], e[i])
          .isEqualTo(Double.doubleToRawLongBits(e[i]));
    }
    for (int s = 0; s < k.slots; s++) {
      assertThat(Double.doubleToRawLongBits(reused.qty[s]))
          .as("qty[%d]", s)
          .isEqualTo(Double.doubleToRawLongBits(fresh.qty[s]));
    }
    if (schedules) {
      for (int y = 0; y < fresh.horizon; y++) {
        assertThat(reused.total[y]).as("total[%d]", y).isEqualTo(fresh.total[y]);
      }
    }
    return true;
  }

  private static void run(
      ClusterKernel k, double[] p, ClusterKernel.Workspace w, boolean schedules) {
    if (schedules) {
      k.evaluate(p, w);
    } else {
      k.evaluateTotals(p, w);
    }
  }

  private static double[] outputs(ClusterKernel.Workspace w, boolean schedules) {
    return new double[] {
      w.gpus,
      w.capexTotal,
      w.hardware,
      w.networkKw,
      w.contractedKw,
      w.facilityKw,
      w.racks,
      w.perRack,
      w.wacc,
      w.annuity,
      w.residualValue,
      w.presentValueOfCosts,
      w.levelAnnualCost,
      w.economicCost,
      w.costPerGpuHour,
      w.goodput,
      w.jobGpus,
      w.jobInterruptionsPerHour,
      w.checkpointIntervalHours,
      w.costPerUsefulGpuHour,
      w.bookValueAtHorizon,
      w.opexYear1,
      w.payment,
      w.accountingTco,
      w.accountingCostPerGpuHour,
      w.hardwareCapex,
      w.buildingCapex,
      schedules ? 1 : 0,
    };
  }
}
