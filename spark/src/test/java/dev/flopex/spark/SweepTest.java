package dev.flopex.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.costing.CompiledFleet;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.files.FleetFiles;
import dev.flopex.costing.files.FleetSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep on local[2] gives exactly what the kernel gives on one machine, in any partitioning. */
class SweepTest {
  private static final SparkSession SPARK = LocalSpark.get();
  private static final SweepBase H100 = SweepBase.load(LocalSpark.fleet("h100-neocloud.yaml"));
  private static final SweepBase MIXED = SweepBase.load(LocalSpark.fleet("mixed-fleet.yaml"));
  private static final double[] ELECTRICITY = {0.04, 0.0892, 0.15};
  private static final double[] UTILISATION = {0.6, 0.8, 0.95};
  private static final double[] SWITCH_PRICE = {25_000, 60_000};

  private static SweepGrid grid() {
    return SweepGrid.builder()
        .addBases(H100, MIXED)
        .addAxes(SweepAxis.of("assumptions.electricity_usd_per_kwh", ELECTRICITY))
        .addAxes(SweepAxis.of("terms.utilisation", UTILISATION))
        .addAxes(SweepAxis.of("prices.quantum-2-qm9700", SWITCH_PRICE))
        .build();
  }

  private static List<Row> collect(Dataset<Row> rows) {
    return rows.orderBy(FlopexSpark.ROW).collectAsList();
  }

  /** The kernel on this machine, one row at a time, for the comparison. */
  private static final class OneMachine {
    final CompiledFleet kernel;
    final int clusters;
    final CompiledFleet.Evaluation e;

    OneMachine(Path file) {
      FleetSpec spec = FleetFiles.load(file, HardwareCatalog.builtIn());
      kernel = CostEngine.create().compile(spec.fleet(), spec.terms());
      clusters = spec.fleet().clusters().size();
      e = kernel.newEvaluation();
    }

    List<Object> evaluate(List<String> paths, double... values) {
      double[] p = kernel.defaults();
      for (int j = 0; j < paths.size(); j++) {
        for (int s : kernel.slots(paths.get(j))) {
          p[s] = values[j];
        }
      }
      kernel.evaluate(p, e);
      double kw = 0;
      for (int c = 0; c < clusters; c++) {
        kw += e.cluster(c).contractedItKw();
      }
      return List.of(
          e.costPerGpuHour(),
          e.npvOfCosts(),
          e.capex(),
          e.opexYear1(),
          e.accountingTco(),
          e.gpus(),
          kw);
    }
  }

  @Test
  void gridRowsEqualTheKernelOnOneMachineExactly() {
    List<Row> rows = collect(FlopexSpark.sweep(SPARK, grid(), 3));
    List<String> paths =
        List.of(
            "assumptions.electricity_usd_per_kwh", "terms.utilisation", "prices.quantum-2-qm9700");
    assertThat(rows).hasSize(2 * 3 * 3 * 2);
    long i = 0;
    for (Path file :
        List.of(LocalSpark.fleet("h100-neocloud.yaml"), LocalSpark.fleet("mixed-fleet.yaml"))) {
      OneMachine k = new OneMachine(file);
      String base = file.getFileName().toString().replace(".yaml", "");
      // nested loops: the base is the most significant digit, the last axis varies fastest
      for (double el : ELECTRICITY) {
        for (double u : UTILISATION) {
          for (double sw : SWITCH_PRICE) {
            Row r = rows.get((int) i);
            List<Object> expected = new ArrayList<>(List.of(i, base, el, u, sw));
            expected.addAll(k.evaluate(paths, el, u, sw));
            List<Object> actual = new ArrayList<>();
            for (int c = 0; c < r.size(); c++) {
              actual.add(r.get(c));
            }
            assertThat(actual).as("row %d", i).isEqualTo(expected); // Double.equals: bit-exact
            i++;
          }
        }
      }
    }
    // the variants differ: the sweep really moved the inputs
    assertThat(rows.stream().map(r -> r.getDouble(5)).distinct().count()).isEqualTo(rows.size());
  }

  @Test
  void thePartitionCountDoesNotChangeTheResults() {
    List<Row> one = collect(FlopexSpark.sweep(SPARK, grid(), 1));
    List<Row> five = collect(FlopexSpark.sweep(SPARK, grid(), 5));
    List<Row> more =
        collect(FlopexSpark.sweep(SPARK, grid(), 40)); // more partitions than rows (36)
    assertThat(five).isEqualTo(one);
    assertThat(more).isEqualTo(one);
  }

  @Test
  void parquetRoundTripKeepsEveryColumnAndValue(@TempDir Path dir) {
    Dataset<Row> rows = FlopexSpark.sweep(SPARK, grid(), 2);
    String out = dir.resolve("sweep.parquet").toString();
    rows.write().parquet(out);
    Dataset<Row> back = SPARK.read().parquet(out);
    assertThat(back.schema().fieldNames()).containsExactly(rows.schema().fieldNames());
    assertThat(back.schema().fieldNames())
        .startsWith(FlopexSpark.ROW, FlopexSpark.BASE, "assumptions.electricity_usd_per_kwh")
        .endsWith(FlopexSpark.OUTPUTS.toArray(String[]::new));
    assertThat(collect(back)).isEqualTo(collect(rows));
  }

  @Test
  void scenarioFileRowsEqualTheKernelOnOneMachine() {
    String csv =
        "# two scenarios per base\n"
            + "base,terms.utilisation,assumptions.pue\n"
            + "h100-neocloud,0.7,1.2\n"
            + "\n"
            + "mixed-fleet,0.9,1.4\n"
            + "h100-neocloud,\"0.85\",1.35\n";
    SweepScenarios s = SweepScenarios.of(List.of(H100, MIXED), "scenarios.csv", csv);
    List<Row> rows = collect(FlopexSpark.sweep(SPARK, s, 2));
    assertThat(rows).hasSize(3);
    OneMachine h100 = new OneMachine(LocalSpark.fleet("h100-neocloud.yaml"));
    OneMachine mixed = new OneMachine(LocalSpark.fleet("mixed-fleet.yaml"));
    List<String> paths = List.of("terms.utilisation", "assumptions.pue");
    assertThat(tail(rows.get(0))).isEqualTo(h100.evaluate(paths, 0.7, 1.2));
    assertThat(tail(rows.get(1))).isEqualTo(mixed.evaluate(paths, 0.9, 1.4));
    assertThat(tail(rows.get(2))).isEqualTo(h100.evaluate(paths, 0.85, 1.35));
    assertThat(rows.get(1).getString(1)).isEqualTo("mixed-fleet");
  }

  @Test
  void withoutABaseColumnEveryScenarioRunsOnEveryBase() {
    String csv = "terms.utilisation\n0.7\n0.9\n";
    SweepScenarios s = SweepScenarios.of(List.of(H100, MIXED), "u.csv", csv);
    List<Row> rows = collect(FlopexSpark.sweep(SPARK, s, 3));
    assertThat(rows)
        .extracting(r -> r.getString(1) + "@" + r.getDouble(2))
        .containsExactly(
            "h100-neocloud@0.7", "h100-neocloud@0.9", "mixed-fleet@0.7", "mixed-fleet@0.9");
    OneMachine mixed = new OneMachine(LocalSpark.fleet("mixed-fleet.yaml"));
    assertThat(tail(rows.get(3))).isEqualTo(mixed.evaluate(List.of("terms.utilisation"), 0.9));
  }

  private static List<Object> tail(Row r) {
    List<Object> out = new ArrayList<>();
    for (int c = r.size() - FlopexSpark.OUTPUTS.size(); c < r.size(); c++) {
      out.add(r.get(c));
    }
    return out;
  }
}
