package dev.flopex.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.ImmutableCluster;
import dev.flopex.costing.ImmutableFleet;
import dev.flopex.costing.files.FleetSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Invariants of charts: parts add up to totals, and the value checks cannot be bypassed. */
class ChartProperties {
  private static final FleetSpec H100 = Results.spec("h100-neocloud.yaml");

  private static Gen<List<Double>> steps() {
    return SourceDSL.lists().of(SourceDSL.doubles().between(-1e6, 1e9)).ofSizeBetween(1, 12);
  }

  @Test
  void waterfallIsAcceptedExactlyWhenItsTotalIsTheSumOfItsSteps() {
    qt().withExamples(300)
        .forAll(steps(), SourceDSL.doubles().between(1e-6, 0.5))
        .checkAssert(
            (steps, off) -> {
              List<ChartRow> rows = new ArrayList<>();
              double sum = 0;
              for (int i = 0; i < steps.size(); i++) {
                rows.add(ChartRow.of("s" + i, List.of(steps.get(i))));
                sum += steps.get(i);
              }
              List<ChartRow> good = new ArrayList<>(rows);
              good.add(ChartRow.of("Total", List.of(sum)));
              assertThat(waterfall(good).rows()).hasSize(steps.size() + 1);
              List<ChartRow> bad = new ArrayList<>(rows);
              double wrong = sum + Math.max(1, Math.abs(sum)) * off;
              bad.add(ChartRow.of("Total", List.of(wrong)));
              assertThatThrownBy(() -> waterfall(bad))
                  .isInstanceOf(ValidationException.class)
                  .hasMessageContaining("must equal the sum of the steps");
            });
  }

  @Test
  void nonFiniteValuesAreRefusedWithTheRowAndColumnNamed() {
    qt().withExamples(50)
        .forAll(SourceDSL.integers().between(0, 2))
        .checkAssert(
            k -> {
              double bad =
                  new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}[k];
              assertThatThrownBy(
                      () ->
                          Chart.builder()
                              .id("x")
                              .title("x")
                              .kind(ChartKind.STACKED_BARS)
                              .categoryAxisLabel("c")
                              .valueAxisLabel("USD")
                              .addColumns("a")
                              .addRows(ChartRow.of("row", List.of(bad)))
                              .build())
                  .isInstanceOf(ValidationException.class)
                  .hasMessageContaining("chart 'x' row 'row' a");
            });
  }

  @Test
  void fleetChartsAddUpToTheFleetTotalsForAnySize() {
    qt().withExamples(40)
        .forAll(SourceDSL.integers().between(1, 5_000))
        .checkAssert(
            servers -> {
              ImmutableCluster c =
                  (ImmutableCluster) ImmutableCluster.copyOf(H100.fleet().clusters().get(0));
              FleetResult r =
                  Results.ENGINE.evaluate(
                      ((ImmutableFleet) ImmutableFleet.copyOf(H100.fleet()))
                          .withClusters(c.withServers(servers)),
                      H100.terms());
              double capex =
                  Charts.capexBreakdown(r).rows().stream()
                      .mapToDouble(row -> row.values().get(0))
                      .sum();
              assertThat(capex)
                  .isCloseTo(
                      r.capexTotal().amount(),
                      org.assertj.core.api.Assertions.within(1e-6 * r.capexTotal().amount()));
              List<ChartRow> w = Charts.costPerGpuHourWaterfall(r).rows();
              double total = w.get(w.size() - 1).values().get(0);
              assertThat(total)
                  .isCloseTo(
                      r.costPerGpuHour().amount(),
                      org.assertj.core.api.Assertions.within(1e-9 * r.costPerGpuHour().amount()));
            });
  }

  private static Chart waterfall(List<ChartRow> rows) {
    return Chart.builder()
        .id("w")
        .title("w")
        .kind(ChartKind.WATERFALL)
        .categoryAxisLabel("step")
        .valueAxisLabel("USD")
        .addColumns("v")
        .addAllRows(rows)
        .build();
  }
}
