package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.core.units.PowerUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Phased builds over generated tranches (1 to 4, 0.05 to 12 MW each, 1 to 400 days apart, either
 * basis): the tranches' parts add up to the build's and the costed fleet's totals, and each tranche
 * is the most systems its own budget holds, bought on its own date.
 */
class PowerBuildProperties {
  private static final CostEngine ENGINE = CostEngine.create();
  private static final FinancialTerms PROBE = FinancialTerms.of(1, 1);

  /**
   * Tranches of HGX H100 power: the first on or after 2024-09-01, each a budget and a gap in days.
   */
  static Gen<List<PowerTranche>> tranches() {
    Gen<PowerBasis> basis = SourceDSL.integers().between(0, 1).map(i -> PowerBasis.values()[i]);
    Gen<double[]> mws =
        SourceDSL.lists()
            .of(SourceDSL.doubles().between(0.05, 12))
            .ofSizeBetween(1, 4)
            .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    Gen<int[]> gaps =
        SourceDSL.lists()
            .of(SourceDSL.integers().between(1, 400))
            .ofSize(4)
            .map(l -> l.stream().mapToInt(Integer::intValue).toArray());
    return basis.zip(
        mws,
        gaps,
        (b, m, g) -> {
          List<PowerTranche> t = new ArrayList<>();
          LocalDate d = LocalDate.of(2024, 9, 1);
          for (int i = 0; i < m.length; i++) {
            d = d.plusDays(i == 0 ? g[i] - 1 : g[i]);
            t.add(PowerTranche.of(d, PowerBudget.of(b, m[i])));
          }
          return t;
        });
  }

  @Test
  void tranchePartsSumToTheTotals() {
    Cluster template = Fixtures.h100Cluster(1);
    qt().withExamples(40)
        .forAll(tranches(), CostingGenerators.terms())
        .checkAssert(
            (ts, terms) -> {
              PowerBuild b = ENGINE.phasedBuild(template, ts);
              FleetResult r = ENGINE.evaluate(b.fleet(), terms);
              assertThat(b.tranches()).hasSize(ts.size());
              assertThat(r.clusters()).hasSize(ts.size());
              long servers = 0;
              long gpus = 0;
              double budget = 0;
              double contracted = 0;
              double used = 0;
              double headroom = 0;
              double economic = 0;
              double capex = 0;
              double book = 0;
              for (int i = 0; i < ts.size(); i++) {
                PowerSizing t = b.tranches().get(i);
                ClusterResult c = r.clusters().get(i);
                assertThat(t.cluster().purchaseDate()).isEqualTo(ts.get(i).energised());
                assertThat(t.budget()).isEqualTo(ts.get(i).budget());
                assertThat(c.capacity().contractedItPower().in(PowerUnit.MEGAWATTS))
                    .isEqualTo(t.contractedItMw());
                assertThat(t.usedMw()).isLessThanOrEqualTo(t.budget().megawatts());
                assertThat(t.headroomMw()).isNotNegative();
                // the most that fit: one more system would overrun this tranche's own budget
                double more =
                    ENGINE
                        .evaluate(t.cluster().withServerCount(t.servers() + 1), PROBE)
                        .capacity()
                        .contractedItPower()
                        .in(PowerUnit.MEGAWATTS);
                assertThat(t.budget().basis().used(more, t.pue().value()))
                    .isGreaterThan(t.budget().megawatts());
                servers += t.servers();
                gpus += t.gpus();
                budget += t.budget().megawatts();
                contracted += t.contractedItMw();
                used += t.usedMw();
                headroom += t.headroomMw();
                economic += c.economic().totalOverHorizon().amount();
                capex += c.capexTotal().amount();
                book += c.accounting().tco().amount();
              }
              assertThat(b.servers()).isEqualTo(servers).isEqualTo(r.servers());
              assertThat(b.gpus()).isEqualTo(gpus).isEqualTo(r.gpus());
              assertThat(b.budgetMw()).isCloseTo(budget, within(1e-9));
              assertThat(b.contractedItMw())
                  .isCloseTo(contracted, within(1e-9))
                  .isCloseTo(r.contractedItPower().in(PowerUnit.MEGAWATTS), within(1e-9));
              assertThat(b.usedMw()).isCloseTo(used, within(1e-9));
              assertThat(b.headroomMw())
                  .isCloseTo(headroom, within(1e-9))
                  .isCloseTo(b.budgetMw() - b.usedMw(), within(1e-9));
              assertThat(r.economicCost().amount()).isCloseTo(economic, within(1e-6 * economic));
              assertThat(r.capexTotal().amount()).isCloseTo(capex, within(1e-6 * capex));
              assertThat(r.accountingTco().amount()).isCloseTo(book, within(1e-6 * book));
            });
  }
}
