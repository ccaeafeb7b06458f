package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.testing.DomainGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Phased builds of every system kind the catalog can cost (8-GPU HGX/DGX servers, AMD platforms,
 * rack-scale NVL72 and Trainium racks) at every priced site ({@link DomainGenerators}): the
 * tranches' parts add up to the build's and the costed fleet's totals, each tranche is the most
 * systems its own budget holds, bought on its own date, and a tranche too small for one system is
 * refused by name.
 *
 * <p>Budgets are drawn in units of the template's own smallest budget (one system's contracted
 * critical IT power, x PUE for a utility budget), so a 10 kW AMD server and a 130 kW NVL72 rack are
 * sized from one system up to half the systems {@link DomainGenerators#maxServers} allows (the
 * fabric connects them all).
 */
class PowerBuildProperties {
  private static final CostEngine ENGINE = CostEngine.create();
  private static final FinancialTerms PROBE = FinancialTerms.of(1, 1);

  /** A template cluster and the tranches to build it in. */
  record Plan(Cluster template, List<PowerTranche> tranches) {
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(DomainGenerators.describe(template)).append(" in");
      for (PowerTranche t : tranches) {
        s.append(' ')
            .append(t.energised())
            .append(':')
            .append(t.budget().megawatts())
            .append(" MW ")
            .append(t.budget().basis().key());
      }
      return s.toString();
    }
  }

  /** The least budget of {@code basis} that holds one system of {@code template}, in MW. */
  static double oneSystemMw(Cluster template, PowerBasis basis) {
    Cluster one = template.withServerCount(1);
    double mw = ENGINE.evaluate(one, PROBE).capacity().contractedItPower().in(PowerUnit.MEGAWATTS);
    return basis.used(mw, one.assumptionValues().get(AssumptionKey.PUE).value());
  }

  /**
   * Multiples of one system's budget from 1 to {@code max}, log-uniform (small and large builds
   * alike), a fifth of the time exactly 1 (one system fits exactly) or {@code max}.
   */
  static Gen<Double> multiples(double max) {
    return SourceDSL.doubles()
        .between(0, 1)
        .map(u -> Math.exp(u * Math.log(max)))
        .mix(Generate.pick(List.of(1.0, max)), 20);
  }

  /**
   * Plans over {@link DomainGenerators#clusters()}: 1 to 4 tranches of one basis, the first
   * energised on the template's purchase date (after its accelerator launched), each 1 to 400 days
   * after the one before, each budget a {@link #multiples multiple} of one system's.
   */
  static Gen<Plan> plans() {
    Gen<Plan> g =
        in -> {
          Cluster template = DomainGenerators.clusters().generate(in);
          PowerBasis basis = Generate.pick(List.of(PowerBasis.values())).generate(in);
          double unit = oneSystemMw(template, basis);
          double max = Math.max(1, DomainGenerators.maxServers(template.system()) / 2);
          int n = SourceDSL.integers().between(1, 4).generate(in);
          List<PowerTranche> ts = new ArrayList<>();
          LocalDate d = template.purchaseDate();
          for (int i = 0; i < n; i++) {
            if (i > 0) {
              d = d.plusDays(SourceDSL.integers().between(1, 400).generate(in));
            }
            ts.add(PowerTranche.of(d, PowerBudget.of(basis, unit * multiples(max).generate(in))));
          }
          return new Plan(template, List.copyOf(ts));
        };
    return g.describedAs(Plan::toString);
  }

  @Test
  void tranchePartsSumToTheTotals() {
    qt().withExamples(40)
        .forAll(plans(), DomainGenerators.terms())
        .checkAssert(
            (plan, terms) -> {
              Cluster template = plan.template();
              List<PowerTranche> ts = plan.tranches();
              PowerBuild b = ENGINE.phasedBuild(template, ts);
              FleetResult r = ENGINE.evaluate(b.fleet(), terms);
              assertThat(b.name()).isEqualTo(template.name());
              assertThat(b.tranches()).hasSize(ts.size());
              assertThat(r.clusters()).hasSize(ts.size());
              double pue = template.assumptionValues().get(AssumptionKey.PUE).value();
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
                // each tranche is the template, renamed, redated and resized
                Cluster tc = t.cluster();
                assertThat(tc.name()).isEqualTo(template.name() + "-t" + (i + 1));
                assertThat(tc.purchaseDate()).isEqualTo(ts.get(i).energised());
                assertThat(tc.system()).isEqualTo(template.system());
                assertThat(tc.site()).isEqualTo(template.site());
                assertThat(tc.networks()).isEqualTo(template.networks());
                assertThat(tc.assumptions()).isEqualTo(template.assumptions());
                assertThat(tc.priceOverrides()).isEqualTo(template.priceOverrides());
                assertThat(t.budget()).isEqualTo(ts.get(i).budget());
                assertThat(t.pue().value()).isEqualTo(pue);
                assertThat(t.servers()).isPositive();
                assertThat(c.capacity().contractedItPower().in(PowerUnit.MEGAWATTS))
                    .isEqualTo(t.contractedItMw());
                assertThat(t.usedMw()).isLessThanOrEqualTo(t.budget().megawatts());
                assertThat(t.headroomMw()).isNotNegative();
                // the most that fit: one more system would overrun this tranche's own budget
                double more =
                    ENGINE
                        .evaluate(tc.withServerCount(t.servers() + 1), PROBE)
                        .capacity()
                        .contractedItPower()
                        .in(PowerUnit.MEGAWATTS);
                assertThat(t.budget().basis().used(more, pue))
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
              assertThat(b.budgetMw()).isCloseTo(budget, within(1e-9 * budget));
              assertThat(b.contractedItMw())
                  .isCloseTo(contracted, within(1e-9 * contracted))
                  .isCloseTo(
                      r.contractedItPower().in(PowerUnit.MEGAWATTS), within(1e-9 * contracted));
              assertThat(b.usedMw()).isCloseTo(used, within(1e-9 * used));
              assertThat(b.headroomMw())
                  .isCloseTo(headroom, within(1e-9 * budget))
                  .isCloseTo(b.budgetMw() - b.usedMw(), within(1e-9 * budget));
              assertThat(r.economicCost().amount()).isCloseTo(economic, within(1e-6 * economic));
              assertThat(r.capexTotal().amount()).isCloseTo(capex, within(1e-6 * capex));
              assertThat(r.accountingTco().amount()).isCloseTo(book, within(1e-6 * book));
            });
  }

  /**
   * A tranche whose budget is short of one system (any fraction of it, after any number of tranches
   * that fit) is refused, naming the tranche, its budget key and the system, with a stated minimum
   * that would hold one.
   */
  @Test
  void trancheTooSmallForOneSystemIsRefusedByName() {
    qt().withExamples(30)
        .forAll(plans(), SourceDSL.doubles().between(0.001, 0.999))
        .checkAssert(
            (plan, fraction) -> {
              List<PowerTranche> ts = new ArrayList<>(plan.tranches());
              int i = ts.size() - 1;
              PowerTranche last = ts.get(i);
              PowerBasis basis = last.budget().basis();
              double one = oneSystemMw(plan.template(), basis);
              ts.set(i, PowerTranche.of(last.energised(), PowerBudget.of(basis, one * fraction)));
              assertThatThrownBy(() -> ENGINE.phasedBuild(plan.template(), ts))
                  .isInstanceOfSatisfying(
                      ValidationException.class,
                      e -> {
                        assertThat(e.field()).isEqualTo("tranches[" + i + "]." + basis.key());
                        assertThat(e.rule())
                            .contains(plan.template().system().id())
                            .contains("need >= ");
                        double need =
                            Double.parseDouble(
                                e.rule()
                                    .substring(e.rule().indexOf("need >= ") + 8)
                                    .replace(" MW", "")
                                    .trim());
                        assertThat(need).isGreaterThanOrEqualTo(one);
                        assertThat(need).isLessThanOrEqualTo(one * 1.1);
                      });
            });
  }
}
