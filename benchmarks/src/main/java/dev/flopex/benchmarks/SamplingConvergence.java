package dev.flopex.benchmarks;

import dev.flopex.core.random.QuantileMethod;
import dev.flopex.core.random.SamplingMethod;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Fleet;
import dev.flopex.costing.ProgressListener;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.MonteCarloSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures how fast P5, P50 and P95 of W3 (the W1 cluster's cost per GPU-hour over its eight
 * uncertain inputs, {@link MonteCarloBenchmark}) converge with plain random, Latin hypercube and
 * scrambled Sobol sampling: for each sample count and method, the root mean square over {@code
 * seeds} seeds of each percentile's error against a reference, relative to the reference, and the
 * median wall time of one run. Prints a Markdown table (docs/uncertainty.md quotes it).
 *
 * <p>The reference is the mean of {@code refRuns} scrambled Sobol runs of {@code refSamples}
 * samples each, with seeds outside the measured ones; their standard error (spread over {@code
 * sqrt(refRuns)}) is printed too, as the floor below which an error is not resolved. A plain random
 * run of the same size is printed beside it as a check that the reference does not favour Sobol.
 * Quantiles are tabulated (each PERT draw within 1e-10 of its range of the exact one, far below any
 * error measured here).
 *
 * <p>Run: {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar
 * dev.flopex.benchmarks.SamplingConvergence [seeds] [refSamples] [refRuns] [counts...]}; defaults
 * 20, 4,194,304, 4 and 1,024 4,096 16,384 65,536 262,144.
 */
public final class SamplingConvergence {
  private SamplingConvergence() {}

  private static final double[] LEVELS = {0.05, 0.5, 0.95};

  /**
   * Runs the measurement.
   *
   * @param args {@code [seeds] [refSamples] [refRuns] [counts...]}
   */
  public static void main(String[] args) {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int refSamples = args.length > 1 ? Integer.parseInt(args[1]) : 1 << 22;
    int refRuns = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    List<Integer> counts = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      counts.add(Integer.parseInt(args[i]));
    }
    if (counts.isEmpty()) {
      counts = List.of(1 << 10, 1 << 12, 1 << 14, 1 << 16, 1 << 18);
    }
    MonteCarloBenchmark b = new MonteCarloBenchmark();
    b.samples = 1;
    b.quantiles = "TABULATED";
    b.setUp();
    MonteCarloSpec base = b.spec();
    Fleet fleet = Fleet.builder().name("w3").addClusters(Workloads.w1Cluster()).build();
    FinancialTerms terms = Workloads.w1Terms();
    CostEngine engine = CostEngine.create();
    int threads = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        Locale.ROOT,
        "W3 cost per GPU-hour, %d inputs, %s quantiles, %d threads, Java %s, %s %s%n",
        base.inputs().size(),
        QuantileMethod.TABULATED.key(),
        threads,
        System.getProperty("java.version"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"));

    // the reference: mean of refRuns Sobol runs (seeds 1,000,001...)
    double[][] ref = new double[refRuns][];
    for (int r = 0; r < refRuns; r++) {
      ref[r] =
          percentiles(
              engine,
              fleet,
              terms,
              base.withSamples(refSamples)
                  .withSeed(1_000_001L + r)
                  .withSampling(SamplingMethod.SOBOL)
                  .withThreads(threads));
    }
    double[] reference = new double[LEVELS.length];
    double[] refError = new double[LEVELS.length];
    for (int q = 0; q < LEVELS.length; q++) {
      double m = 0;
      for (double[] r : ref) {
        m += r[q] / refRuns;
      }
      double ss = 0;
      for (double[] r : ref) {
        ss += (r[q] - m) * (r[q] - m);
      }
      reference[q] = m;
      refError[q] = refRuns > 1 ? Math.sqrt(ss / (refRuns - 1) / refRuns) / m : Double.NaN;
    }
    double[] randomRef =
        percentiles(
            engine,
            fleet,
            terms,
            base.withSamples(refSamples)
                .withSeed(2_000_001L)
                .withSampling(SamplingMethod.RANDOM)
                .withThreads(threads));
    System.out.printf(
        Locale.ROOT,
        "reference (mean of %d Sobol runs of %,d): P5 %.6f, P50 %.6f, P95 %.6f USD/GPU-h;"
            + " its standard error %.4f%%, %.4f%%, %.4f%%%n",
        refRuns,
        refSamples,
        reference[0],
        reference[1],
        reference[2],
        100 * refError[0],
        100 * refError[1],
        100 * refError[2]);
    System.out.printf(
        Locale.ROOT,
        "check (one random run of %,d): P5 %.6f, P50 %.6f, P95 %.6f (%+.4f%%, %+.4f%%, %+.4f%%)%n%n",
        refSamples,
        randomRef[0],
        randomRef[1],
        randomRef[2],
        100 * (randomRef[0] / reference[0] - 1),
        100 * (randomRef[1] / reference[1] - 1),
        100 * (randomRef[2] / reference[2] - 1));

    System.out.println(
        "| samples | method | RMS error P5 | RMS error P50 | RMS error P95 | median time per run |");
    System.out.println("|---:|---|---:|---:|---:|---:|");
    for (int n : counts) {
      for (SamplingMethod m : SamplingMethod.values()) {
        double[] sq = new double[LEVELS.length];
        long[] times = new long[seeds];
        for (int s = 0; s < seeds; s++) {
          MonteCarloSpec spec =
              base.withSamples(n).withSeed(1 + s).withSampling(m).withThreads(threads);
          long t0 = System.nanoTime();
          double[] p = percentiles(engine, fleet, terms, spec);
          times[s] = System.nanoTime() - t0;
          for (int q = 0; q < LEVELS.length; q++) {
            double e = p[q] / reference[q] - 1;
            sq[q] += e * e / seeds;
          }
        }
        java.util.Arrays.sort(times);
        System.out.printf(
            Locale.ROOT,
            "| %,d | %s | %.4f %% | %.4f %% | %.4f %% | %.1f ms |%n",
            n,
            m.key(),
            100 * Math.sqrt(sq[0]),
            100 * Math.sqrt(sq[1]),
            100 * Math.sqrt(sq[2]),
            times[seeds / 2] / 1e6);
      }
    }
  }

  private static double[] percentiles(
      CostEngine engine, Fleet fleet, FinancialTerms terms, MonteCarloSpec spec) {
    MonteCarloResult r = engine.monteCarlo(fleet, terms, spec, ProgressListener.NONE);
    double[] out = new double[LEVELS.length];
    for (int q = 0; q < LEVELS.length; q++) {
      out[q] = r.percentiles().get(LEVELS[q]);
    }
    return out;
  }
}
