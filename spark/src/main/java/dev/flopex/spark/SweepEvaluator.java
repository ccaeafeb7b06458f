package dev.flopex.spark;

import dev.flopex.costing.CompiledFleet;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Evaluates one partition's rows: each base the partition meets is read and compiled once (lazily,
 * at its first row), then every row reuses that base's parameter vector and evaluation buffer, so
 * the kernel allocates nothing per row; the only per-row objects are Spark's row and its boxed
 * values.
 */
final class SweepEvaluator {
  private final SweepPlan plan;
  private final long perBase;
  private final CompiledFleet[] kernels;
  private final double[][] params;
  private final CompiledFleet.Evaluation[] evaluations;
  private final int[][][] slots;
  private final int[] clusters;

  SweepEvaluator(SweepPlan plan) {
    this.plan = plan;
    this.perBase = plan.grid ? plan.perBase() : plan.scenarios.length;
    int n = plan.baseNames.length;
    this.kernels = new CompiledFleet[n];
    this.params = new double[n][];
    this.evaluations = new CompiledFleet.Evaluation[n];
    this.slots = new int[n][][];
    this.clusters = new int[n];
  }

  /** The partition function Spark runs: one evaluator per partition. */
  static final class Partition implements MapPartitionsFunction<Long, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<SweepPlan> plan;

    Partition(Broadcast<SweepPlan> plan) {
      this.plan = plan;
    }

    @Override
    public Iterator<Row> call(Iterator<Long> rows) {
      SweepEvaluator ev = new SweepEvaluator(plan.value());
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          return ev.row(rows.next());
        }
      };
    }
  }

  private void compile(int b) {
    SweepPlan.Compiled c = SweepPlan.compile(plan.baseNames[b], plan.baseYaml[b]);
    kernels[b] = c.kernel;
    params[b] = c.kernel.defaults();
    evaluations[b] = c.kernel.newEvaluation();
    slots[b] = new int[plan.paths.length][];
    for (int j = 0; j < plan.paths.length; j++) {
      slots[b][j] = c.kernel.slots(plan.paths[j]);
    }
    clusters[b] = c.clusters.size();
  }

  /** Returns row {@code i}: its index, base, inputs and outputs ({@link FlopexSpark#schema}). */
  Row row(long i) {
    int b;
    int scenario = -1;
    if (plan.grid || plan.scenarioBase.length == 0) {
      b = (int) (i / perBase);
      scenario = plan.grid ? -1 : (int) (i % perBase);
    } else {
      scenario = (int) i;
      b = plan.scenarioBase[scenario];
    }
    if (kernels[b] == null) {
      compile(b);
    }
    double[] p = params[b];
    int[][] s = slots[b];
    int m = plan.paths.length;
    Object[] out = new Object[2 + m + FlopexSpark.OUTPUTS.size()];
    out[0] = i;
    out[1] = plan.baseNames[b];
    if (plan.grid) {
      long r = i % perBase;
      for (int j = m - 1; j >= 0; j--) {
        double[] axis = plan.axes[j];
        double v = axis[(int) (r % axis.length)];
        r /= axis.length;
        set(p, s[j], v);
        out[2 + j] = v;
      }
    } else {
      double[] values = plan.scenarios[scenario];
      for (int j = 0; j < m; j++) {
        set(p, s[j], values[j]);
        out[2 + j] = values[j];
      }
    }
    CompiledFleet.Evaluation e = evaluations[b];
    try {
      kernels[b].evaluate(p, e);
    } catch (RuntimeException ex) {
      throw new IllegalArgumentException(
          describe(i, b, scenario, out) + ": " + ex.getMessage(), ex);
    }
    double itKw = 0;
    for (int c = 0; c < clusters[b]; c++) {
      itKw += e.cluster(c).contractedItKw();
    }
    int o = 2 + m;
    out[o] = e.costPerGpuHour();
    out[o + 1] = e.npvOfCosts();
    out[o + 2] = e.capex();
    out[o + 3] = e.opexYear1();
    out[o + 4] = e.accountingTco();
    out[o + 5] = e.gpus();
    out[o + 6] = itKw;
    return RowFactory.create(out);
  }

  private static void set(double[] p, int[] slots, double v) {
    for (int s : slots) {
      p[s] = v;
    }
  }

  private String describe(long i, int b, int scenario, Object[] out) {
    StringBuilder sb = new StringBuilder("sweep row ").append(i);
    if (!plan.grid) {
      sb.append(" (")
          .append(plan.fileName)
          .append(':')
          .append(plan.scenarioLine[scenario])
          .append(')');
    }
    sb.append(", base ").append(plan.baseNames[b]);
    for (int j = 0; j < plan.paths.length; j++) {
      sb.append(", ").append(plan.paths[j]).append('=').append(out[2 + j]);
    }
    return sb.toString();
  }
}
