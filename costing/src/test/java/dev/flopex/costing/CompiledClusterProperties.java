package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.costing.internal.ClusterCalculator;
import dev.flopex.costing.testing.DomainGenerators;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The compiled kernel agrees with the object model and allocates nothing per evaluation. */
class CompiledClusterProperties {
  private static final CostEngine ENGINE = CostEngine.create();

  /**
   * On generated clusters of every costable system, site and financing: kernel and object model
   * agree.
   */
  @Test
  void kernelEqualsObjectModel() {
    qt().withExamples(100)
        .forAll(
            DomainGenerators.clusters(),
            DomainGenerators.terms(),
            CostingGenerators.pues(),
            CostingGenerators.electricityPrices())
        .checkAssert(
            (base, terms, pue, elec) -> {
              CompiledCluster k = ENGINE.compile(base, terms);
              CompiledCluster.Evaluation e = k.newEvaluation();
              double price = base.priceOverrides().get(base.system().id()).price().amount() * 1.5;
              long n = Math.max(1, base.servers() / 2);
              double[] p = k.defaults();
              p[k.slot("servers")] = n;
              p[k.slot("assumptions.pue")] = pue;
              p[k.slot("assumptions.electricity_usd_per_kwh")] = elec;
              p[k.slot("prices." + base.system().id())] = price;
              k.evaluate(p, e);
              var user = ClusterCalculator.userInput("test");
              Cluster c =
                  Fixtures.copy(base)
                      .withServers(n)
                      .withAssumptions(
                          base.assumptions()
                              .with(AssumptionKey.PUE, pue, user)
                              .with(AssumptionKey.ELECTRICITY_USD_PER_KWH, elec, user))
                      .withPriceOverrides(
                          Map.of(base.system().id(), DomainGenerators.systemPrice(price)));
              ClusterResult r = ENGINE.evaluate(c, terms);
              assertThat(e.economicCost())
                  .isCloseTo(
                      r.economic().totalOverHorizon().amount(),
                      within(1e-12 * Math.abs(r.economic().totalOverHorizon().amount())));
              assertThat(e.npvOfCosts())
                  .isCloseTo(
                      r.economic().presentValueOfCosts().amount(),
                      within(1e-12 * Math.abs(r.economic().presentValueOfCosts().amount())));
              assertThat(e.costPerGpuHour())
                  .isCloseTo(
                      r.costPerGpuHour().amount(), within(1e-12 * r.costPerGpuHour().amount()));
              // the kernel's totals come from year-factor sums, the object model's from per-line
              // schedules: the same numbers to rounding, on both bases
              assertThat(e.accountingTco())
                  .isCloseTo(
                      r.accounting().tco().amount(),
                      within(1e-12 * Math.abs(r.accounting().tco().amount())));
              assertThat(e.capex())
                  .isCloseTo(
                      r.capexTotal().amount(), within(1e-12 * Math.abs(r.capexTotal().amount())));
              assertThat(e.opexYear1())
                  .isCloseTo(
                      r.opexYear1().amount(), within(1e-12 * Math.abs(r.opexYear1().amount())));
              assertThat(e.costPerUsefulGpuHour())
                  .isCloseTo(
                      r.economic().costPerUsefulGpuHour().amount(),
                      within(1e-12 * r.economic().costPerUsefulGpuHour().amount()));
              double economic = e.economicCost();
              assertThat(k.result(p, e).economic().totalOverHorizon().amount())
                  .isCloseTo(economic, within(1e-12 * Math.abs(economic)));
            });
  }

  @Test
  void test_evaluate_badParameter() {
    CompiledCluster k = ENGINE.compile(Fixtures.h100Cluster(10), FinancialTerms.of(5, 0.8));
    double[] p = k.defaults();
    p[k.slot("assumptions.pue")] = 0.5;
    assertThatThrownBy(() -> k.evaluate(p, k.newEvaluation()))
        .hasMessage("pue must be in [1, 10] but was 0.5");
    assertThatThrownBy(() -> k.slot("assumptions.colour"))
        .hasMessageStartingWith("input must be one of servers, terms.utilisation");
    double[] q = k.defaults();
    q[k.slot("servers")] = 2.5;
    assertThatThrownBy(() -> k.evaluate(q, k.newEvaluation()))
        .hasMessage("servers must be a whole number in [1, 1000000000000] but was 2.5");
  }

  @Test
  void evaluateAllocatesNothing() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean b = (com.sun.management.ThreadMXBean) bean;
    Assumptions.assumeTrue(
        b.isThreadAllocatedMemorySupported() && b.isThreadAllocatedMemoryEnabled());
    CompiledCluster k = ENGINE.compile(Fixtures.h100Cluster(2560), FinancialTerms.of(5, 0.8));
    CompiledCluster.Evaluation e = k.newEvaluation();
    double[] p = k.defaults();
    int slot = k.slot("assumptions.electricity_usd_per_kwh");
    for (int i = 0; i < 20_000; i++) {
      p[slot] = 0.05 + (i % 100) * 1e-3;
      k.evaluate(p, e);
    }
    long tid = Thread.currentThread().getId();
    long before = b.getThreadAllocatedBytes(tid);
    for (int i = 0; i < 100_000; i++) {
      p[slot] = 0.05 + (i % 100) * 1e-3;
      k.evaluate(p, e);
    }
    long allocated = b.getThreadAllocatedBytes(tid) - before;
    // a functional guard, not a speed measurement: well under one byte per evaluation
    assertThat(allocated).isLessThan(100_000);
  }

  @Test
  void varyingServersCrossesTierBoundaries() {
    CompiledCluster k = ENGINE.compile(Fixtures.h100Cluster(1), FinancialTerms.of(5, 0.8));
    CompiledCluster.Evaluation e = k.newEvaluation();
    qt().withExamples(200)
        .forAll(SourceDSL.longs().between(1, 8_192))
        .checkAssert(
            n -> {
              double[] p = k.defaults();
              p[k.slot("servers")] = n;
              k.evaluate(p, e);
              assertThat(k.result(p, e).capacity().networks().get(0))
                  .isEqualTo(FatTree.design(n * 8, 64, 1.0));
            });
  }
}
