package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.core.finance.TimeValue;
import dev.flopex.core.money.Money;
import dev.flopex.costing.internal.ClusterCalculator;
import dev.flopex.costing.testing.DomainGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Invariants of the cost model (docs/model.md), checked over generated clusters of every system
 * kind the catalog can cost, in rented and owned sites of every priced region, under cash and debt
 * ({@link DomainGenerators}).
 */
class CostingProperties {
  private static final CostEngine ENGINE = CostEngine.create();

  /** Returns {@code c} with its system priced at {@code usd} per system. */
  private static Cluster withSystemPrice(Cluster c, double usd) {
    return Fixtures.copy(c)
        .withPriceOverrides(java.util.Map.of(c.system().id(), DomainGenerators.systemPrice(usd)));
  }

  private static double rel(double total) {
    return 1e-9 * Math.max(1, Math.abs(total));
  }

  @Test
  void partsSumToTotal() {
    qt().withExamples(150)
        .forAll(DomainGenerators.clusters(), DomainGenerators.terms())
        .checkAssert(
            (c, t) -> {
              ClusterResult r = ENGINE.evaluate(c, t);
              AccountingCost a = r.accounting();
              double tco = a.tco().amount();
              assertThat(a.lines().stream().mapToDouble(l -> l.amount().amount()).sum())
                  .isCloseTo(tco, within(rel(tco)));
              assertThat(a.tcoByYear().stream().mapToDouble(Money::amount).sum())
                  .isCloseTo(tco, within(rel(tco)));
              for (CostLine l : a.lines()) {
                assertThat(l.byYear().stream().mapToDouble(Money::amount).sum())
                    .isCloseTo(l.amount().amount(), within(rel(tco)));
              }
              double capex = r.capexTotal().amount();
              assertThat(r.billOfMaterials().stream().mapToDouble(b -> b.extended().amount()).sum())
                  .isCloseTo(capex, within(rel(capex)));
              assertThat(r.capex().values().stream().mapToDouble(Money::amount).sum())
                  .isCloseTo(capex, within(rel(capex)));
              double head = r.costPerGpuHour().amount();
              assertThat(
                      r.economic().costPerGpuHourByComponent().values().stream()
                          .mapToDouble(Money::amount)
                          .sum())
                  .isCloseTo(head, within(1e-9 * head));
              // book value kept + depreciation charged = CapEx
              double charged =
                  a.lines().stream()
                      .filter(l -> l.component().isCapital())
                      .mapToDouble(l -> l.amount().amount())
                      .sum();
              assertThat(charged + a.bookValueAtHorizon().amount())
                  .isCloseTo(capex, within(rel(capex)));
            });
  }

  @Test
  void perGpuHourReconcilesWithPresentValues() {
    qt().withExamples(100)
        .forAll(DomainGenerators.clusters(), DomainGenerators.terms())
        .checkAssert(
            (c, t) -> {
              ClusterResult r = ENGINE.evaluate(c, t);
              EconomicCost e = r.economic();
              double pvHours =
                  r.capacity().gpus()
                      * 8760.0
                      * t.utilisation()
                      * TimeValue.annuityFactor(e.wacc(), t.horizonYears());
              double pv = e.presentValueOfCosts().amount();
              assertThat(r.costPerGpuHour().amount() * pvHours).isCloseTo(pv, within(1e-9 * pv));
              double hours = r.capacity().gpus() * 8760.0 * t.horizonYears() * t.utilisation();
              assertThat(r.accounting().costPerGpuHour().amount() * hours)
                  .isCloseTo(
                      r.accounting().tco().amount(), within(1e-9 * r.accounting().tco().amount()));
              assertThat(e.costPerUsefulGpuHour().amount() * e.goodput().fraction())
                  .isCloseTo(
                      r.costPerGpuHour().amount(), within(1e-12 * r.costPerGpuHour().amount()));
            });
  }

  /**
   * The headline is the unlevered project's: paying cash or borrowing at any rate gives the same
   * number.
   */
  @Test
  void headlineIndependentOfFinancing() {
    qt().withExamples(80)
        .forAll(
            DomainGenerators.clusters(),
            DomainGenerators.cashTerms(),
            SourceDSL.doubles().between(0.001, 0.5),
            SourceDSL.integers().between(1, 20))
        .checkAssert(
            (c, t, rate, tenor) -> {
              FinancialTerms debt =
                  FinancialTerms.debt(t.horizonYears(), t.utilisation(), rate, tenor);
              ClusterResult cash = ENGINE.evaluate(c, t);
              ClusterResult loan = ENGINE.evaluate(c, debt);
              assertThat(loan.costPerGpuHour()).isEqualTo(cash.costPerGpuHour());
              assertThat(loan.economic()).isEqualTo(cash.economic());
              assertThat(loan.basis().headline()).isEqualTo(cash.basis().headline());
            });
  }

  @Test
  void headlineNonDecreasingInServerPrice() {
    qt().withExamples(100)
        .forAll(
            DomainGenerators.clusters(),
            SourceDSL.doubles().between(0, 1),
            DomainGenerators.terms())
        .checkAssert(
            (c, up, t) -> {
              double p = c.priceOverrides().get(c.system().id()).price().amount();
              ClusterResult lo = ENGINE.evaluate(c, t);
              ClusterResult hi = ENGINE.evaluate(withSystemPrice(c, p * (1 + up)), t);
              assertThat(hi.costPerGpuHour().amount())
                  .isGreaterThanOrEqualTo(lo.costPerGpuHour().amount() - 1e-12);
              assertThat(hi.accounting().tco().amount())
                  .isGreaterThanOrEqualTo(
                      lo.accounting().tco().amount() - rel(lo.accounting().tco().amount()));
            });
  }

  @Test
  void headlineNonDecreasingInPueAndElectricityPrice() {
    qt().withExamples(100)
        .forAll(
            DomainGenerators.clusters(),
            CostingGenerators.pues(),
            CostingGenerators.pues(),
            CostingGenerators.electricityPrices()
                .zip(CostingGenerators.electricityPrices(), (x, y) -> new double[] {x, y}))
        .checkAssert(
            (base, p1, p2, elec) -> {
              double e1 = elec[0];
              double e2 = elec[1];
              FinancialTerms t = FinancialTerms.of(5, 0.8);
              AssumptionSet a = base.assumptions();
              var user = ClusterCalculator.userInput("generated");
              double lo =
                  ENGINE
                      .evaluate(
                          Fixtures.copy(base)
                              .withAssumptions(
                                  a.with(AssumptionKey.PUE, Math.min(p1, p2), user)
                                      .with(
                                          AssumptionKey.ELECTRICITY_USD_PER_KWH,
                                          Math.min(e1, e2),
                                          user)),
                          t)
                      .economic()
                      .presentValueOfCosts()
                      .amount();
              double hi =
                  ENGINE
                      .evaluate(
                          Fixtures.copy(base)
                              .withAssumptions(
                                  a.with(AssumptionKey.PUE, Math.max(p1, p2), user)
                                      .with(
                                          AssumptionKey.ELECTRICITY_USD_PER_KWH,
                                          Math.max(e1, e2),
                                          user)),
                          t)
                      .economic()
                      .presentValueOfCosts()
                      .amount();
              assertThat(hi).isGreaterThanOrEqualTo(lo - rel(lo));
            });
  }

  /**
   * Hardware that loses value faster leaves less to credit at the horizon: without insurance (whose
   * premium falls with the insured value) the headline cannot fall.
   */
  @Test
  void headlineNonDecreasingInResaleDeclineWithoutInsurance() {
    qt().withExamples(80)
        .forAll(
            DomainGenerators.clusters(),
            SourceDSL.doubles().between(0, 0.9),
            SourceDSL.doubles().between(0, 0.9),
            DomainGenerators.terms())
        .checkAssert(
            (c, d1, d2, t) -> {
              var user = ClusterCalculator.userInput("generated");
              Cluster base =
                  Fixtures.copy(c)
                      .withAssumptions(
                          c.assumptions()
                              .with(AssumptionKey.INSURANCE_FRACTION_OF_VALUE_PER_YEAR, 0, user));
              double lo =
                  ENGINE
                      .evaluate(
                          Fixtures.copy(base)
                              .withAssumptions(
                                  base.assumptions()
                                      .with(
                                          AssumptionKey.RESALE_DECLINE_PER_YEAR,
                                          Math.min(d1, d2),
                                          user)),
                          t)
                      .costPerGpuHour()
                      .amount();
              double hi =
                  ENGINE
                      .evaluate(
                          Fixtures.copy(base)
                              .withAssumptions(
                                  base.assumptions()
                                      .with(
                                          AssumptionKey.RESALE_DECLINE_PER_YEAR,
                                          Math.max(d1, d2),
                                          user)),
                          t)
                      .costPerGpuHour()
                      .amount();
              assertThat(hi).isGreaterThanOrEqualTo(lo - 1e-12);
            });
  }

  @Test
  void economicCostNonDecreasingInServerCount() {
    qt().withExamples(100)
        .forAll(
            DomainGenerators.clusters(),
            SourceDSL.longs().between(0, 500),
            DomainGenerators.terms())
        .checkAssert(
            (c, more, t) -> {
              long n = c.servers();
              if (n + more <= DomainGenerators.maxServers(c.system())) {
                double lo = ENGINE.evaluate(c, t).economic().totalOverHorizon().amount();
                double hi =
                    ENGINE
                        .evaluate(Fixtures.copy(c).withServers(n + more), t)
                        .economic()
                        .totalOverHorizon()
                        .amount();
                assertThat(hi).isGreaterThanOrEqualTo(lo - rel(lo));
              }
            });
  }

  /**
   * Interest is an accounting cost: a dearer loan raises the book TCO and leaves the headline
   * alone.
   */
  @Test
  void accountingTcoNonDecreasingInDebtRate() {
    qt().withExamples(100)
        .forAll(
            DomainGenerators.clusters(),
            DomainGenerators.cashTerms(),
            SourceDSL.doubles().between(0.001, 0.5),
            SourceDSL.doubles().between(0.001, 0.5))
        .checkAssert(
            (c, t, r1, r2) -> {
              int h = t.horizonYears();
              ClusterResult lo =
                  ENGINE.evaluate(
                      c,
                      FinancialTerms.debt(h, t.utilisation(), Math.min(r1, r2), Math.min(h, 20)));
              ClusterResult hi =
                  ENGINE.evaluate(
                      c,
                      FinancialTerms.debt(h, t.utilisation(), Math.max(r1, r2), Math.min(h, 20)));
              double a = lo.accounting().tco().amount();
              assertThat(hi.accounting().tco().amount()).isGreaterThanOrEqualTo(a - rel(a));
              assertThat(hi.costPerGpuHour()).isEqualTo(lo.costPerGpuHour());
            });
  }

  @Test
  void twoIdenticalClustersCostTwiceOne() {
    qt().withExamples(60)
        .forAll(DomainGenerators.clusters(), DomainGenerators.terms())
        .checkAssert(
            (one, t) -> {
              long n = one.servers();
              Fleet two =
                  Fleet.builder()
                      .name("two")
                      .addClusters(one, Fixtures.copy(one).withName(one.name() + "-b"))
                      .build();
              FleetResult r = ENGINE.evaluate(two, t);
              ClusterResult single = ENGINE.evaluate(one, t);
              double econ = single.economic().totalOverHorizon().amount();
              assertThat(r.economicCost().amount()).isCloseTo(2 * econ, within(rel(econ)));
              assertThat(r.accountingTco().amount())
                  .isCloseTo(2 * single.accounting().tco().amount(), within(rel(econ)));
              assertThat(r.costPerGpuHour().amount())
                  .isCloseTo(single.costPerGpuHour().amount(), within(1e-9));
              assertThat(
                      r.economicCostByComponent().values().stream()
                          .mapToDouble(Money::amount)
                          .sum())
                  .isCloseTo(r.economicCost().amount(), within(1e-9 * r.economicCost().amount()));
              assertThat(
                      r.accountingTcoByComponent().values().stream()
                          .mapToDouble(Money::amount)
                          .sum())
                  .isCloseTo(r.accountingTco().amount(), within(1e-9 * r.accountingTco().amount()));
              assertThat(
                      r.costPerGpuHourByComponent().values().stream()
                          .mapToDouble(Money::amount)
                          .sum())
                  .isCloseTo(r.costPerGpuHour().amount(), within(1e-9));
              assertThat(r.servers()).isEqualTo(2 * n);
              assertThat(r.basis()).isEqualTo(single.basis());
            });
  }

  @Test
  void deterministic() {
    qt().withExamples(40)
        .forAll(DomainGenerators.clusters(), DomainGenerators.terms())
        .checkAssert(
            (c, t) ->
                assertThat(ENGINE.evaluate(c, t)).isEqualTo(ENGINE.evaluate(Fixtures.copy(c), t)));
  }

  @Test
  void noNaNOrInfinityInOutputsAndValuesInRange() {
    qt().withExamples(100)
        .forAll(DomainGenerators.clusters(), DomainGenerators.terms())
        .checkAssert(
            (c, t) -> {
              ClusterResult r = ENGINE.evaluate(c, t);
              EconomicCost e = r.economic();
              for (double v :
                  new double[] {
                    e.totalOverHorizon().amount(),
                    e.presentValueOfCosts().amount(),
                    r.costPerGpuHour().amount(),
                    e.costPerUsefulGpuHour().amount(),
                    r.accounting().tco().amount(),
                    r.opexYear1().amount(),
                    r.capexTotal().amount()
                  }) {
                assertThat(Double.isFinite(v)).isTrue();
                assertThat(v).isGreaterThanOrEqualTo(0);
              }
              assertThat(e.goodput().fraction()).isGreaterThan(0).isLessThanOrEqualTo(1);
              assertThat(e.residualValue().amount()).isLessThanOrEqualTo(r.capexTotal().amount());
            });
  }
}
