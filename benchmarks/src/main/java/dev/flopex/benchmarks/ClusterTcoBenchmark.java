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
  private int[] phaseSlots;
  private double[] phaseBase;
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
    phaseSlots =
        new int[] {
          compiled.slot("assumptions.storage_tb_per_gpu"),
          compiled.slot("assumptions.rack_power_density_kw"),
          compiled.slot("assumptions.opex_escalation_per_year"),
          compiled.slot("assumptions.restart_minutes")
        };
    phaseBase = new double[phaseSlots.length];
    for (int i = 0; i < phaseSlots.length; i++) {
      phaseBase[i] = parameters[phaseSlots[i]];
    }
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

  /**
   * The compiled kernel with nothing reused between calls. The kernel recomputes a phase only when
   * an input it reads changed (fabric sizing, bill-of-materials quantities, racks, the year
   * factors, goodput), so {@link #kernel}, which moves only electricity, skips those phases. Here
   * each call also moves one input of each such phase (storage per GPU, rack power density, opex
   * escalation, restart minutes; the system count, and so the fabric, stays), which is the cost of
   * evaluating a parameter vector unlike the last one.
   */
  @Benchmark
  public double kernelEveryPhase() {
    int s = (int) (step++ & 63);
    parameters[electricitySlot] = 0.05 + s * 1e-3;
    parameters[phaseSlots[0]] = phaseBase[0] + s * 1e-3;
    parameters[phaseSlots[1]] = phaseBase[1] + s * 1e-2;
    parameters[phaseSlots[2]] = phaseBase[2] + s * 1e-4;
    parameters[phaseSlots[3]] = phaseBase[3] + s * 1e-2;
    compiled.evaluate(parameters, evaluation);
    return evaluation.costPerGpuHour();
  }

  /** The object model: the full immutable result from the cluster description. */
  @Benchmark
  public ClusterResult objectModel() {
    return CostEngine.create().evaluate(cluster, terms);
  }
}
