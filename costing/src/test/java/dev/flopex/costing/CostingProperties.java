package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.core.finance.TimeValue;
import dev.flopex.core.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import dev.flopex.costing.internal.ClusterCalculator;

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
          AccountingCost a = r.accounting();
          double tco = a.tco().amount();
          assertThat(a.lines().stream().mapToDouble(l -> l.amount().amount()).sum()).isCloseTo(tco, within(rel(tco)));
          assertThat(a.tcoByYear().stream().mapToDouble(Money::amount).sum()).isCloseTo(tco, within(rel(tco)));
          for (CostLine l : a.lines()) {
            assertThat(l.byYear().stream().mapToDouble(Money::amount).sum()).isCloseTo(l.amount().amount(), within(rel(tco)));
          }
          double capex = r.capexTotal().amount();
          assertThat(r.billOfMaterials().stream().mapToDouble(b -> b.extended().amount()).sum()).isCloseTo(capex, within(rel(capex)));
          assertThat(r.capex().values().stream().mapToDouble(Money::amount).sum()).isCloseTo(capex, within(rel(capex)));
          double head = r.costPerGpuHour().amount();
          assertThat(r.economic().costPerGpuHourByComponent().values().stream().mapToDouble(Money::amount).sum())
              .isCloseTo(head, within(1e-9 * head));
          // book value kept + depreciation charged = CapEx
          double charged = a.lines().stream().filter(l -> l.component().isCapital()).mapToDouble(l -> l.amount().amount()).sum();
          assertThat(charged + a.bookValueAtHorizon().amount()).isCloseTo(capex, within(rel(capex)));
        });
  }

  @Test
  void perGpuHourReconcilesWithPresentValues() {
    qt().withExamples(100).forAll(CostingGenerators.servers(), CostingGenerators.terms())
        .checkAssert((n, t) -> {
          ClusterResult r = ENGINE.evaluate(Fixtures.h100Cluster(n), t);
          EconomicCost e = r.economic();
          double pvHours = r.capacity().gpus() * 8760.0 * t.utilisation() * TimeValue.annuityFactor(e.wacc(), t.horizonYears());
          double pv = e.presentValueOfCosts().amount();
          assertThat(r.costPerGpuHour().amount() * pvHours).isCloseTo(pv, within(1e-9 * pv));
          double hours = r.capacity().gpus() * 8760.0 * t.horizonYears() * t.utilisation();
          assertThat(r.accounting().costPerGpuHour().amount() * hours).isCloseTo(r.accounting().tco().amount(),
              within(1e-9 * r.accounting().tco().amount()));
          assertThat(e.costPerUsefulGpuHour().amount() * e.goodput().fraction()).isCloseTo(r.costPerGpuHour().amount(),
              within(1e-12 * r.costPerGpuHour().amount()));
        });
  }

  /** The headline is the unlevered project's: paying cash or borrowing at any rate gives the same number. */
  @Test
  void headlineIndependentOfFinancing() {
    qt().withExamples(80).forAll(CostingGenerators.servers(), CostingGenerators.terms(), SourceDSL.doubles().between(0.001, 0.5),
            SourceDSL.integers().between(1, 20))
        .checkAssert((n, t, rate, tenor) -> {
          Cluster c = Fixtures.h100Cluster(n);
          FinancialTerms debt = FinancialTerms.debt(t.horizonYears(), t.utilisation(), rate, tenor);
          ClusterResult cash = ENGINE.evaluate(c, t);
          ClusterResult loan = ENGINE.evaluate(c, debt);
          assertThat(loan.costPerGpuHour()).isEqualTo(cash.costPerGpuHour());
          assertThat(loan.economic()).isEqualTo(cash.economic());
          assertThat(loan.basis().headline()).isEqualTo(cash.basis().headline());
        });
  }

  @Test
  void headlineNonDecreasingInServerPrice() {
    qt().withExamples(100).forAll(CostingGenerators.servers(), CostingGenerators.serverPrices(), SourceDSL.doubles().between(0, 1))
        .checkAssert((n, p, up) -> {
          FinancialTerms t = FinancialTerms.of(5, 0.8);
          ClusterResult lo = ENGINE.evaluate(CostingGenerators.cluster(n, p), t);
          ClusterResult hi = ENGINE.evaluate(CostingGenerators.cluster(n, p * (1 + up)), t);
          assertThat(hi.costPerGpuHour().amount()).isGreaterThanOrEqualTo(lo.costPerGpuHour().amount() - 1e-12);
          assertThat(hi.accounting().tco().amount()).isGreaterThanOrEqualTo(lo.accounting().tco().amount() - rel(lo.accounting().tco().amount()));
        });
  }

  @Test
  void headlineNonDecreasingInPueAndElectricityPrice() {
    qt().withExamples(100).forAll(CostingGenerators.pues(), CostingGenerators.pues(), CostingGenerators.electricityPrices(),
            CostingGenerators.electricityPrices())
        .checkAssert((p1, p2, e1, e2) -> {
          Cluster base = Fixtures.h100Cluster(64);
          FinancialTerms t = FinancialTerms.of(5, 0.8);
          AssumptionSet a = base.assumptions();
          var user = ClusterCalculator.userInput("generated");
          double lo = ENGINE.evaluate(Fixtures.copy(base).withAssumptions(a.with(AssumptionKey.PUE, Math.min(p1, p2), user)
              .with(AssumptionKey.ELECTRICITY_USD_PER_KWH, Math.min(e1, e2), user)), t).economic().presentValueOfCosts().amount();
          double hi = ENGINE.evaluate(Fixtures.copy(base).withAssumptions(a.with(AssumptionKey.PUE, Math.max(p1, p2), user)
              .with(AssumptionKey.ELECTRICITY_USD_PER_KWH, Math.max(e1, e2), user)), t).economic().presentValueOfCosts().amount();
          assertThat(hi).isGreaterThanOrEqualTo(lo - rel(lo));
        });
  }

  /**
   * Hardware that loses value faster leaves less to credit at the horizon: without insurance (whose
   * premium falls with the insured value) the headline cannot fall.
   */
  @Test
  void headlineNonDecreasingInResaleDeclineWithoutInsurance() {
    qt().withExamples(80).forAll(SourceDSL.doubles().between(0, 0.9), SourceDSL.doubles().between(0, 0.9), CostingGenerators.terms())
        .checkAssert((d1, d2, t) -> {
          var user = ClusterCalculator.userInput("generated");
          Cluster c = Fixtures.h100Cluster(32);
          Cluster base = Fixtures.copy(c).withAssumptions(c.assumptions().with(AssumptionKey.INSURANCE_FRACTION_OF_VALUE_PER_YEAR, 0, user));
          double lo = ENGINE.evaluate(Fixtures.copy(base).withAssumptions(base.assumptions()
              .with(AssumptionKey.RESALE_DECLINE_PER_YEAR, Math.min(d1, d2), user)), t).costPerGpuHour().amount();
          double hi = ENGINE.evaluate(Fixtures.copy(base).withAssumptions(base.assumptions()
              .with(AssumptionKey.RESALE_DECLINE_PER_YEAR, Math.max(d1, d2), user)), t).costPerGpuHour().amount();
          assertThat(hi).isGreaterThanOrEqualTo(lo - 1e-12);
        });
  }

  @Test
  void economicCostNonDecreasingInServerCount() {
    qt().withExamples(100).forAll(CostingGenerators.servers(), SourceDSL.longs().between(0, 500))
        .checkAssert((n, more) -> {
          FinancialTerms t = FinancialTerms.of(5, 0.8);
          if (n + more <= 8_192) {
            double lo = ENGINE.evaluate(Fixtures.h100Cluster(n), t).economic().totalOverHorizon().amount();
            double hi = ENGINE.evaluate(Fixtures.h100Cluster(n + more), t).economic().totalOverHorizon().amount();
            assertThat(hi).isGreaterThanOrEqualTo(lo - rel(lo));
          }
        });
  }

  /** Interest is an accounting cost: a dearer loan raises the book TCO and leaves the headline alone. */
  @Test
  void accountingTcoNonDecreasingInDebtRate() {
    qt().withExamples(100).forAll(SourceDSL.doubles().between(0.001, 0.5), SourceDSL.doubles().between(0.001, 0.5))
        .checkAssert((r1, r2) -> {
          Cluster c = Fixtures.h100Cluster(64);
          ClusterResult lo = ENGINE.evaluate(c, FinancialTerms.debt(5, 0.8, Math.min(r1, r2), 5));
          ClusterResult hi = ENGINE.evaluate(c, FinancialTerms.debt(5, 0.8, Math.max(r1, r2), 5));
          double a = lo.accounting().tco().amount();
          assertThat(hi.accounting().tco().amount()).isGreaterThanOrEqualTo(a - rel(a));
          assertThat(hi.costPerGpuHour()).isEqualTo(lo.costPerGpuHour());
        });
  }

  @Test
  void twoIdenticalClustersCostTwiceOne() {
    qt().withExamples(60).forAll(CostingGenerators.servers(), CostingGenerators.terms())
        .checkAssert((n, t) -> {
          Cluster one = Fixtures.h100Cluster(n);
          Fleet two = Fleet.builder().name("two").addClusters(one, Fixtures.copy(one).withName(one.name() + "-b")).build();
          FleetResult r = ENGINE.evaluate(two, t);
          ClusterResult single = ENGINE.evaluate(one, t);
          double econ = single.economic().totalOverHorizon().amount();
          assertThat(r.economicCost().amount()).isCloseTo(2 * econ, within(rel(econ)));
          assertThat(r.accountingTco().amount()).isCloseTo(2 * single.accounting().tco().amount(), within(rel(econ)));
          assertThat(r.costPerGpuHour().amount()).isCloseTo(single.costPerGpuHour().amount(), within(1e-9));
          assertThat(r.economicCostByComponent().values().stream().mapToDouble(Money::amount).sum())
              .isCloseTo(r.economicCost().amount(), within(1e-9 * r.economicCost().amount()));
          assertThat(r.accountingTcoByComponent().values().stream().mapToDouble(Money::amount).sum())
              .isCloseTo(r.accountingTco().amount(), within(1e-9 * r.accountingTco().amount()));
          assertThat(r.costPerGpuHourByComponent().values().stream().mapToDouble(Money::amount).sum())
              .isCloseTo(r.costPerGpuHour().amount(), within(1e-9));
          assertThat(r.servers()).isEqualTo(2 * n);
          assertThat(r.basis()).isEqualTo(single.basis());
        });
  }

  @Test
  void deterministic() {
    qt().withExamples(40).forAll(CostingGenerators.servers(), CostingGenerators.terms())
        .checkAssert((n, t) -> assertThat(ENGINE.evaluate(Fixtures.h100Cluster(n), t))
            .isEqualTo(ENGINE.evaluate(Fixtures.h100Cluster(n), t)));
  }

  @Test
  void noNaNOrInfinityInOutputsAndValuesInRange() {
    qt().withExamples(100).forAll(CostingGenerators.servers(), CostingGenerators.serverPrices(), CostingGenerators.terms())
        .checkAssert((n, p, t) -> {
          ClusterResult r = ENGINE.evaluate(CostingGenerators.cluster(n, p), t);
          EconomicCost e = r.economic();
          for (double v : new double[] {e.totalOverHorizon().amount(), e.presentValueOfCosts().amount(), r.costPerGpuHour().amount(),
              e.costPerUsefulGpuHour().amount(), r.accounting().tco().amount(), r.opexYear1().amount(), r.capexTotal().amount()}) {
            assertThat(Double.isFinite(v)).isTrue();
            assertThat(v).isGreaterThanOrEqualTo(0);
          }
          assertThat(e.goodput().fraction()).isGreaterThan(0).isLessThanOrEqualTo(1);
          assertThat(e.residualValue().amount()).isLessThanOrEqualTo(r.capexTotal().amount());
        });
  }
}
