package dev.flopex.costing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.testing.DomainGenerators;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The kernel's two evaluation paths agree: {@code evaluateTotals} (sums of year factors, what
 * {@code CompiledCluster.evaluate} and the fleet kernel use) and {@code evaluate} (a schedule per
 * cost line, what the object model reads), on generated clusters of every system kind with every
 * assumption that shapes a schedule moved at random inside its accepted range.
 */
class KernelTotalsProperties {

  /** Assumptions that enter the year-by-year schedules, with the range they are drawn from. */
  private static final Object[][] MOVED = {
    {AssumptionKey.OPEX_ESCALATION_PER_YEAR, -0.05, 0.1},
    {AssumptionKey.WARRANTY_YEARS, 0.0, 7.0},
    {AssumptionKey.RESALE_DECLINE_PER_YEAR, 0.0, 0.6},
    {AssumptionKey.FACILITY_LIFE_YEARS, 0.5, 30.0},
    {AssumptionKey.SERVER_USEFUL_LIFE_YEARS, 0.5, 9.0},
    {AssumptionKey.NETWORK_USEFUL_LIFE_YEARS, 0.5, 9.0},
    {AssumptionKey.INSURANCE_FRACTION_OF_VALUE_PER_YEAR, 0.0, 0.02},
    {AssumptionKey.MAINTENANCE_FRACTION_OF_CAPEX_PER_YEAR, 0.0, 0.1},
    {AssumptionKey.ELECTRICITY_USD_PER_KWH, 0.0, 0.3},
  };

  @Test
  void totalsEqualSchedules() {
    qt().withExamples(300)
        .forAll(
            DomainGenerators.clusters(),
            DomainGenerators.terms(),
            SourceDSL.longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            (cluster, terms, seed) -> {
              ClusterKernel k = ClusterKernel.compile(cluster, terms);
              double[] p = k.defaults();
              SplittableRandom random = new SplittableRandom(seed);
              moveSome(p, random, MOVED);
              ClusterKernel.Workspace fast = k.newWorkspace();
              ClusterKernel.Workspace full = k.newWorkspace();
              k.evaluateTotals(p, fast);
              k.evaluate(p, full);
              close(fast.presentValueOfCosts, full.presentValueOfCosts);
              close(fast.costPerGpuHour, full.costPerGpuHour);
              close(fast.costPerUsefulGpuHour, full.costPerUsefulGpuHour);
              close(fast.economicCost, full.economicCost);
              close(fast.accountingTco, full.accountingTco);
              close(fast.accountingCostPerGpuHour, full.accountingCostPerGpuHour);
              close(fast.opexYear1, full.opexYear1);
              close(fast.residualValue, full.residualValue);
              close(fast.bookValueAtHorizon, full.bookValueAtHorizon, full.capexTotal);
              close(fast.payment, full.payment);
              assertThat(fast.capexTotal).isEqualTo(full.capexTotal);
              assertThat(fast.gpus).isEqualTo(full.gpus);
            });
  }

  private static void close(double actual, double expected) {
    close(actual, expected, expected);
  }

  /** Equal to 1e-12 relative to {@code scale} (a book value of 0 is compared against the cost). */
  private static void close(double actual, double expected, double scale) {
    assertThat(actual).isCloseTo(expected, within(1e-12 * Math.abs(scale) + 1e-300));
  }

  /**
   * Moves each assumption of {@code moved} ({@code {key, lo, hi}} rows), on a coin flip, to a
   * uniform value in {@code [lo, hi)}; shared with {@link FleetKernelSharingProperties}.
   */
  static void moveSome(double[] p, SplittableRandom random, Object[][] moved) {
    for (Object[] m : moved) {
      if (random.nextBoolean()) {
        double lo = (Double) m[1];
        double hi = (Double) m[2];
        p[ClusterKernel.ASSUMPTIONS + ((AssumptionKey) m[0]).ordinal()] =
            lo + (hi - lo) * random.nextDouble();
      }
    }
  }
}
