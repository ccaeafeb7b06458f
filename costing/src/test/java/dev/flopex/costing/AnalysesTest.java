package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.core.money.Money;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.analysis.Scenario;
import dev.flopex.costing.analysis.ScenarioComparison;
import dev.flopex.costing.analysis.SensitivityInput;
import dev.flopex.costing.analysis.SensitivityResult;
import dev.flopex.costing.analysis.TornadoBar;
import dev.flopex.costing.internal.ClusterCalculator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class AnalysesTest {
  private static final CostEngine ENGINE = CostEngine.create();
  private static final FinancialTerms TERMS = FinancialTerms.of(5, 0.8);

  private static Fleet fleet(Cluster c) {
    return Fleet.builder().name("f").addClusters(c).build();
  }

  @Test
  void test_sensitivity_rankedAndBracketing() {
    SensitivityResult r =
        ENGINE.sensitivity(
            fleet(Fixtures.h100Cluster(256)),
            TERMS,
            List.of(
                SensitivityInput.of("assumptions.electricity_usd_per_kwh", 0.03, 0.15),
                SensitivityInput.of("assumptions.pue", 1.1, 1.6),
                SensitivityInput.of("prices.hgx-h100", 200_000, 400_000)),
            Output.ECONOMIC_COST);
    assertThat(r.bars()).extracting(TornadoBar::path).first().isEqualTo("prices.hgx-h100");
    for (int i = 1; i < r.bars().size(); i++) {
      assertThat(r.bars().get(i - 1).swing()).isGreaterThanOrEqualTo(r.bars().get(i).swing());
    }
    TornadoBar price = r.bars().get(0);
    // bought 2024-09-01: the 2024-08 street price of USD 317,000, a month on its hopper new-price
    // decline
    assertThat(price.baseInput())
        .isEqualTo(
            Fixtures.CATALOG
                .system("hgx-h100")
                .newPrice(java.time.LocalDate.of(2024, 9, 1))
                .orElseThrow()
                .price()
                .amount());
    assertThat(price.elasticity()).isPositive().isLessThan(1);
  }

  @Test
  void test_sensitivity_badInputs() {
    assertThatThrownBy(() -> SensitivityInput.of("assumptions.pue", 1.6, 1.1))
        .hasMessage("assumptions.pue.low must be <= high (1.1) but was 1.6");
    assertThatThrownBy(
            () ->
                ENGINE.sensitivity(
                    fleet(Fixtures.h100Cluster(8)),
                    TERMS,
                    List.of(SensitivityInput.of("assumptions.pue", 0.5, 1.1)),
                    Output.ECONOMIC_COST))
        .hasMessage("pue must be in [1, 10] but was 0.5");
    assertThatThrownBy(
            () ->
                ENGINE.sensitivity(
                    fleet(Fixtures.h100Cluster(8)),
                    TERMS,
                    List.of(SensitivityInput.of("assumptions.weather", 0, 1)),
                    Output.ECONOMIC_COST))
        .hasMessageStartingWith("input must name an input of the fleet");
  }

  @Test
  void tornadoBarsBracketTheBaseCase() {
    qt().withExamples(50)
        .forAll(
            dev.flopex.costing.testing.DomainGenerators.clusters(),
            SourceDSL.doubles().between(0.0, 0.2),
            SourceDSL.doubles().between(0.0, 0.2))
        .checkAssert(
            (g, a, b) -> {
              double lo = Math.min(0.08, Math.min(a, b));
              double hi = Math.max(0.08, Math.max(a, b));
              // the base electricity price lies in [lo, hi] by construction when it is 0.08
              Cluster c =
                  Fixtures.copy(g)
                      .withAssumptions(
                          g.assumptions()
                              .with(
                                  AssumptionKey.ELECTRICITY_USD_PER_KWH,
                                  0.08,
                                  ClusterCalculator.userInput("base")));
              SensitivityResult r =
                  ENGINE.sensitivity(
                      fleet(c),
                      TERMS,
                      List.of(SensitivityInput.of("assumptions.electricity_usd_per_kwh", lo, hi)),
                      Output.ECONOMIC_COST);
              TornadoBar bar = r.bars().get(0);
              assertThat(bar.outputAtLow()).isLessThanOrEqualTo(r.baseOutput() * (1 + 1e-12));
              assertThat(bar.outputAtHigh()).isGreaterThanOrEqualTo(r.baseOutput() * (1 - 1e-12));
            });
  }

  @Test
  void test_compare_deltasAddUp() {
    Fleet base = fleet(Fixtures.h100Cluster(256));
    Cluster cheap =
        Fixtures.copy(Fixtures.h100Cluster(256))
            .withAssumptions(
                Fixtures.h100Cluster(256)
                    .assumptions()
                    .with(
                        AssumptionKey.ELECTRICITY_USD_PER_KWH,
                        0.03,
                        ClusterCalculator.userInput("cheap power")));
    ScenarioComparison cmp =
        ENGINE.compare(
            List.of(
                Scenario.of("base", base, TERMS), Scenario.of("cheap power", fleet(cheap), TERMS)));
    assertThat(cmp.economicCostDeltas().get(0)).isEqualTo(Money.usd(0));
    assertThat(cmp.economicCostDeltas().get(1).amount()).isNegative();
    double sum = cmp.deltas().values().stream().mapToDouble(l -> l.get(1).amount()).sum();
    assertThat(sum).isCloseTo(cmp.economicCostDeltas().get(1).amount(), within(1e-6));
    assertThat(cmp.deltas().get(CostComponent.SERVERS).get(1)).isEqualTo(Money.usd(0));
    // each delta's share of the baseline's economic cost
    assertThat(cmp.economicCostDeltaShares()).hasSize(2);
    assertThat(cmp.economicCostDeltaShares().get(0)).isZero();
    assertThat(cmp.economicCostDeltaShares().get(1))
        .isCloseTo(
            cmp.economicCostDeltas().get(1).amount() / cmp.results().get(0).economicCost().amount(),
            within(1e-15))
        .isNegative();
    assertThatThrownBy(
            () ->
                ENGINE.compare(
                    List.of(Scenario.of("a", base, TERMS), Scenario.of("a", base, TERMS))))
        .hasMessage("scenarios must have unique names (duplicate) but was a");
  }
}
