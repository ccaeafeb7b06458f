package dev.flopex.benchmarks;

import dev.flopex.core.random.SampleSummary;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Fleet;
import dev.flopex.costing.ProgressListener;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.MonteCarloSpec;
import java.util.Locale;

/**
 * The bounded-memory run of issue 13: W3's model and inputs at 100,000,000 samples (or the count
 * given), streamed, with its time and statistics printed. Measure its peak memory from outside:
 *
 * <pre>
 * /usr/bin/time -v java -Xmx256m -cp benchmarks/target/benchmarks.jar \
 *     dev.flopex.benchmarks.StreamingRun 100000000 TABULATED
 * </pre>
 */
public final class StreamingRun {
  private StreamingRun() {}

  /**
   * Runs it.
   *
   * @param args the number of samples (default 100,000,000) and the quantile method (EXACT or
   *     TABULATED, default TABULATED)
   */
  public static void main(String[] args) {
    long samples = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 100_000_000L;
    MonteCarloBenchmark w3 = new MonteCarloBenchmark();
    w3.samples = 1;
    w3.quantiles = args.length > 1 ? args[1] : "TABULATED";
    w3.setUp();
    MonteCarloSpec spec = w3.spec().withSamples(samples);
    Fleet fleet = Fleet.builder().name("w3").addClusters(Workloads.w1Cluster()).build();
    FinancialTerms terms = Workloads.w1Terms();
    long start = System.nanoTime();
    MonteCarloResult r = CostEngine.create().monteCarlo(fleet, terms, spec, ProgressListener.NONE);
    double seconds = (System.nanoTime() - start) / 1e9;
    SampleSummary s = r.statistics();
    System.out.printf(
        Locale.ROOT,
        "samples %,d, quantiles %s, threads %d, max heap %,d MB%n",
        samples,
        spec.quantiles(),
        spec.threads(),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "wall %.1f s%n", seconds);
    System.out.printf(
        Locale.ROOT,
        "mean %.9f, sd %.9f, min %.9f, max %.9f USD/GPU-h%n",
        s.mean(),
        s.standardDeviation(),
        s.min(),
        s.max());
    System.out.printf(Locale.ROOT, "P5 %.9f, P50 %.9f, P95 %.9f%n", s.p5(), s.p50(), s.p95());
    System.out.println("percentiles: " + s.percentileMethod().describe());
  }
}
