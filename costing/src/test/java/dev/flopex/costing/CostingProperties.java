package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.core.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Invariants of the cost model (docs/model.md), checked over generated clusters and terms. */
class CostingProperties {
  private static final CostEngine ENGINE = CostEngine.create();

  private static double rel(double total) {
    return 1e-9 * Math.max(1, Math.abs(total));
  }

  @Test
  void partsSumToTotal() {
    qt().withExamples(150).forAll(CostingGenerators.servers(), CostingGenerators.serverPrices(), CostingGenerators.terms())
        .checkAssert((n, p, t) -> {
          ClusterResult r = ENGINE.evaluate(CostingGenerators.cluster(n, p), t);
          double tco = r.tco().amount();
          assertThat(r.lines().stream().mapToDouble(l -> l.amount().amount()).sum()).isCloseTo(tco, within(rel(tco)));
          assertThat(r.tcoByYear().stream().mapToDouble(Money::amount).sum()).isCloseTo(tco, within(rel(tco)));
          for (CostLine l : r.lines()) {
            assertThat(l.byYear().stream().mapToDouble(Money::amount).sum()).isCloseTo(l.amount().amount(), within(rel(tco)));
          }
          double capex = r.capexTotal().amount();
          assertThat(r.billOfMaterials().stream().mapToDouble(b -> b.extended().amount()).sum()).isCloseTo(capex, within(rel(capex)));
          assertThat(r.capex().values().stream().mapToDouble(Money::amount).sum()).isCloseTo(capex, within(rel(capex)));
        });
  }

  @Test
  void perGpuHourReconcilesWithTotal() {
    qt().withExamples(100).forAll(CostingGenerators.servers(), CostingGenerators.terms())
        .checkAssert((n, t) -> {
          ClusterResult r = ENGINE.evaluate(Fixtures.h100Cluster(n), t);
          double hours = r.capacity().gpus() * 8760.0 * t.horizonYears() * t.utilisation();
          assertThat(r.costPerGpuHour().amount() * hours).isCloseTo(r.tco().amount(), within(1e-9 * r.tco().amount()));
        });
  }

  @Test
  void tcoNonDecreasingInServerPrice() {
    qt().withExamples(100).forAll(CostingGenerators.servers(), CostingGenerators.serverPrices(), SourceDSL.doubles().between(0, 1))
        .checkAssert((n, p, up) -> {
          FinancialTerms t = FinancialTerms.of(5, 0.8);
          double lo = ENGINE.evaluate(CostingGenerators.cluster(n, p), t).tco().amount();
          double hi = ENGINE.evaluate(CostingGenerators.cluster(n, p * (1 + up)), t).tco().amount();
          assertThat(hi).isGreaterThanOrEqualTo(lo - rel(lo));
        });
  }

  @Test
  void tcoNonDecreasingInPueAndElectricityPrice() {
    qt().withExamples(100).forAll(CostingGenerators.pues(), CostingGenerators.pues(), CostingGenerators.electricityPrices(),
            CostingGenerators.electricityPrices())
        .checkAssert((p1, p2, e1, e2) -> {
          Cluster base = Fixtures.h100Cluster(64);
          FinancialTerms t = FinancialTerms.of(5, 0.8);
          AssumptionSet a = base.assumptions();
          var user = ClusterCalculator.userInput("generated");
          double lo = ENGINE.evaluate(Fixtures.copy(base).withAssumptions(a.with(AssumptionKey.PUE, Math.min(p1, p2), user)
              .with(AssumptionKey.ELECTRICITY_USD_PER_KWH, Math.min(e1, e2), user)), t).tco().amount();
          double hi = ENGINE.evaluate(Fixtures.copy(base).withAssumptions(a.with(AssumptionKey.PUE, Math.max(p1, p2), user)
              .with(AssumptionKey.ELECTRICITY_USD_PER_KWH, Math.max(e1, e2), user)), t).tco().amount();
          assertThat(hi).isGreaterThanOrEqualTo(lo - rel(lo));
        });
  }

  @Test
  void tcoNonDecreasingInServerCount() {
    qt().withExamples(100).forAll(CostingGenerators.servers(), SourceDSL.longs().between(0, 500))
        .checkAssert((n, more) -> {
          FinancialTerms t = FinancialTerms.of(5, 0.8);
          if (n + more <= 8_192) {
            double lo = ENGINE.evaluate(Fixtures.h100Cluster(n), t).tco().amount();
            double hi = ENGINE.evaluate(Fixtures.h100Cluster(n + more), t).tco().amount();
            assertThat(hi).isGreaterThanOrEqualTo(lo - rel(lo));
          }
        });
  }

  @Test
  void tcoNonDecreasingInDebtRate() {
    qt().withExamples(100).forAll(SourceDSL.doubles().between(0, 0.5), SourceDSL.doubles().between(0, 0.5))
        .checkAssert((r1, r2) -> {
          Cluster c = Fixtures.h100Cluster(64);
          FinancialTerms lo = FinancialTerms.builder().horizonYears(5).utilisation(0.8).financing(Financing.DEBT)
              .debtRate(Math.min(r1, r2)).debtTenorYears(5).build();
          FinancialTerms hi = FinancialTerms.builder().horizonYears(5).utilisation(0.8).financing(Financing.DEBT)
              .debtRate(Math.max(r1, r2)).debtTenorYears(5).build();
          double a = ENGINE.evaluate(c, lo).tco().amount();
          assertThat(ENGINE.evaluate(c, hi).tco().amount()).isGreaterThanOrEqualTo(a - rel(a));
        });
  }

  @Test
  void twoIdenticalClustersCostTwiceOne() {
    qt().withExamples(60).forAll(CostingGenerators.servers(), CostingGenerators.terms())
        .checkAssert((n, t) -> {
          Cluster one = Fixtures.h100Cluster(n);
          Fleet two = Fleet.builder().name("two").addClusters(one, Fixtures.copy(one).withName(one.name() + "-b")).build();
          FleetResult r = ENGINE.evaluate(two, t);
          double single = ENGINE.evaluate(one, t).tco().amount();
          assertThat(r.tco().amount()).isCloseTo(2 * single, within(rel(single)));
          assertThat(r.costPerGpuHour().amount()).isCloseTo(ENGINE.evaluate(one, t).costPerGpuHour().amount(), within(1e-9));
          assertThat(r.tcoByComponent().values().stream().mapToDouble(Money::amount).sum()).isCloseTo(r.tco().amount(), within(rel(single)));
        });
  }

  @Test
  void deterministic() {
    qt().withExamples(40).forAll(CostingGenerators.servers(), CostingGenerators.terms())
        .checkAssert((n, t) -> assertThat(ENGINE.evaluate(Fixtures.h100Cluster(n), t))
            .isEqualTo(ENGINE.evaluate(Fixtures.h100Cluster(n), t)));
  }

  @Test
  void noNaNOrInfinityInOutputs() {
    qt().withExamples(100).forAll(CostingGenerators.servers(), CostingGenerators.serverPrices(), CostingGenerators.terms())
        .checkAssert((n, p, t) -> {
          ClusterResult r = ENGINE.evaluate(CostingGenerators.cluster(n, p), t);
          for (double v : new double[] {r.tco().amount(), r.npvOfCosts().amount(), r.costPerGpuHour().amount(),
              r.levelizedCostPerGpuHour().amount(), r.opexYear1().amount(), r.capexTotal().amount()}) {
            assertThat(Double.isFinite(v)).isTrue();
          }
        });
  }
}
