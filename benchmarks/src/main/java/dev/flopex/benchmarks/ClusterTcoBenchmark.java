package dev.flopex.benchmarks;

import dev.flopex.costing.Cluster;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CompiledCluster;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.FinancialTerms;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W1: one full cluster cost — 20,480 H100 SXM GPUs on a 3-tier NDR fat tree in Northern Virginia
 * wholesale colocation, every OpEx term, debt financing, both the economic headline and the
 * accounting figures — from inputs to the result, two ways: the compiled kernel ({@code kernel}: a
 * parameter vector in, totals out, nothing allocated) and the rich object model ({@code
 * objectModel}: the immutable ClusterResult with BoM, cost lines, formulas and provenance).
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar ClusterTcoBenchmark -prof gc -rf json}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClusterTcoBenchmark {
  private Cluster cluster;
  private FinancialTerms terms;
  private CompiledCluster compiled;
  private CompiledCluster.Evaluation evaluation;
  private double[] parameters;
  private int electricitySlot;
  private long step;

  /** Builds the W1 cluster and compiles it. */
  @Setup
  public void setUp() {
    cluster = Workloads.w1Cluster();
    terms = Workloads.w1Terms();
    compiled = CostEngine.create().compile(cluster, terms);
    evaluation = compiled.newEvaluation();
    parameters = compiled.defaults();
    electricitySlot = compiled.slot("assumptions.electricity_usd_per_kwh");
  }

  /**
   * The compiled kernel: one evaluation at a slightly different electricity price each call,
   * returning the economic cost per GPU-hour (the headline, which needs every cost term).
   */
  @Benchmark
  public double kernel() {
    parameters[electricitySlot] = 0.05 + (step++ & 63) * 1e-3;
    compiled.evaluate(parameters, evaluation);
    return evaluation.costPerGpuHour();
  }

  /** The object model: the full immutable result from the cluster description. */
  @Benchmark
  public ClusterResult objectModel() {
    return CostEngine.create().evaluate(cluster, terms);
  }
}
