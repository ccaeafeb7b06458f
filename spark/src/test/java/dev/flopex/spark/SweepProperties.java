package dev.flopex.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Invariants of the axes and of the row-index decoding, without Spark. */
class SweepProperties {
  private static final SweepBase H100 = SweepBase.load(LocalSpark.fleet("h100-neocloud.yaml"));

  @Test
  void linspaceHasCountIncreasingValuesFromFirstToLast() {
    qt().withExamples(300)
        .forAll(
            SourceDSL.doubles().between(-1000, 1000),
            SourceDSL.doubles().between(1e-3, 1000),
            SourceDSL.integers().between(1, 60))
        .checkAssert(
            (first, span, count) -> {
              List<Double> v = SweepAxis.linspace("x", first, first + span, count).values();
              assertThat(v).hasSize(count);
              assertThat(v.get(0)).isCloseTo(first, within(1e-12 * Math.max(1, Math.abs(first))));
              for (int i = 1; i < v.size(); i++) {
                assertThat(v.get(i)).isGreaterThan(v.get(i - 1));
              }
              assertThat(v.get(count - 1))
                  .isCloseTo(count == 1 ? first : first + span, within(1e-9 * (1 + span)));
            });
  }

  @Test
  void gridRowsEnumerateTheCartesianProductOnceInNestedLoopOrder() {
    SweepPlan.Compiled base = SweepPlan.compile(H100.name(), H100.fleetYaml());
    assertThat(base.clusters).hasSize(1);
    qt().withExamples(40)
        .forAll(
            SourceDSL.integers().between(1, 5),
            SourceDSL.integers().between(1, 5),
            SourceDSL.integers().between(1, 5))
        .checkAssert(
            (nu, np, ne) -> {
              SweepGrid g =
                  SweepGrid.builder()
                      .addBases(H100)
                      .addAxes(SweepAxis.linspace("terms.utilisation", 0.5, 0.95, nu))
                      .addAxes(SweepAxis.linspace("assumptions.pue", 1.1, 1.5, np))
                      .addAxes(
                          SweepAxis.linspace("assumptions.electricity_usd_per_kwh", 0.03, 0.15, ne))
                      .build();
              SweepPlan plan = SweepPlan.of(g);
              SweepEvaluator ev = new SweepEvaluator(plan);
              List<List<Double>> expected = new ArrayList<>();
              for (double u : g.axes().get(0).values()) {
                for (double p : g.axes().get(1).values()) {
                  for (double e : g.axes().get(2).values()) {
                    expected.add(List.of(u, p, e));
                  }
                }
              }
              assertThat(g.rows()).isEqualTo(expected.size());
              dev.flopex.costing.CompiledFleet k = base.kernel;
              dev.flopex.costing.CompiledFleet.Evaluation e = k.newEvaluation();
              for (long i = 0; i < g.rows(); i++) {
                Row r = ev.row(i);
                assertThat(r.getLong(0)).isEqualTo(i);
                assertThat(List.of(r.getDouble(2), r.getDouble(3), r.getDouble(4)))
                    .isEqualTo(expected.get((int) i));
                // each row is evaluated at its own inputs (distinct inputs need not give distinct
                // costs: electricity enters as PUE x price, so 1.1 x 0.15 and 1.5 x 0.11 tie)
                double[] p = k.defaults();
                p[k.slots("terms.utilisation")[0]] = r.getDouble(2);
                p[k.slots("assumptions.pue")[0]] = r.getDouble(3);
                p[k.slots("assumptions.electricity_usd_per_kwh")[0]] = r.getDouble(4);
                k.evaluate(p, e);
                assertThat(r.getDouble(5)).isEqualTo(e.costPerGpuHour());
                assertThat(r.getDouble(9)).isEqualTo(e.accountingTco());
              }
            });
  }
}
