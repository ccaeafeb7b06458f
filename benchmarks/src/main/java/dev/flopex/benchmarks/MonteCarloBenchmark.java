package dev.flopex.benchmarks;

import dev.flopex.core.random.Distribution;
import dev.flopex.core.random.QuantileMethod;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Fleet;
import dev.flopex.costing.ProgressListener;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.analysis.UncertainInput;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W3: Monte Carlo of the W1 cluster (20,480 H100, 3-tier fat tree, debt) with eight uncertain
 * inputs, {@code samples} samples on all cores, percentiles included. One operation is one whole
 * analysis.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MonteCarloBenchmark -prof gc -rf json}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class MonteCarloBenchmark {
  /** Samples per analysis. */
  @Param({"1000000"})
  public int samples;

  /** How inputs are drawn: the exact quantile, or PERT's tabulated one (QuantileMethod). */
  @Param({"EXACT", "TABULATED"})
  public String quantiles;

  private Fleet fleet;
  private FinancialTerms terms;
  private MonteCarloSpec spec;

  /** Builds the cluster and the eight-input analysis. */
  @Setup
  public void setUp() {
    fleet = Fleet.builder().name("w3").addClusters(Workloads.w1Cluster()).build();
    terms = Workloads.w1Terms();
    spec =
        MonteCarloSpec.builder()
            .addInputs(
                UncertainInput.of(
                    "prices.hgx-h100", Distribution.triangular(250_000, 317_000, 380_000)))
            .addInputs(
                UncertainInput.of(
                    "assumptions.electricity_usd_per_kwh", Distribution.pert(0.04, 0.0892, 0.12)))
            .addInputs(UncertainInput.of("assumptions.pue", Distribution.pert(1.15, 1.3, 1.5)))
            .addInputs(
                UncertainInput.of(
                    "assumptions.colocation_usd_per_kw_month", Distribution.uniform(120, 184.06)))
            .addInputs(
                UncertainInput.of(
                    "assumptions.resale_decline_per_year",
                    Distribution.triangular(0.076, 0.319, 0.319)))
            .addInputs(UncertainInput.of("terms.utilisation", Distribution.pert(0.6, 0.8, 0.95)))
            .addInputs(
                UncertainInput.of("prices.quantum-2-qm9700", Distribution.uniform(25_000, 60_000)))
            .addInputs(
                UncertainInput.of(
                    "assumptions.busy_power_fraction", Distribution.pert(0.6, 0.76, 0.95)))
            .samples(samples)
            .quantiles(QuantileMethod.valueOf(quantiles))
            .seed(2025)
            .build();
  }

  /** The analysis, after {@link #setUp}. */
  MonteCarloSpec spec() {
    return spec;
  }

  /** One whole analysis. */
  @Benchmark
  public MonteCarloResult monteCarlo() {
    return CostEngine.create().monteCarlo(fleet, terms, spec, ProgressListener.NONE);
  }
}
