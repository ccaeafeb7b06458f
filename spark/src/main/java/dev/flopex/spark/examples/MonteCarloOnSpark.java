package dev.flopex.spark.examples;

import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.spark.FlopexSpark;
import dev.flopex.spark.SweepBase;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a fleet file's Monte Carlo on Spark and prints the time and the result: how a Monte Carlo
 * scales from {@code local[1]} to {@code local[2]} (docs/spark.md). The samples are split into the
 * same {@value #PARTITIONS} ranges whatever the master, so every master prints the same numbers,
 * bit for bit; only the time differs.
 *
 * <pre>
 * spark/run-monte-carlo                                    # local[1] then local[2], 16,777,216 samples
 * spark/run-monte-carlo 'local[2]' examples/fleets/h100-neocloud.yaml 4194304
 * </pre>
 *
 * @since 0.1
 */
public final class MonteCarloOnSpark {
  /** The number of sample ranges (partitions), the same on every master. */
  public static final int PARTITIONS = 8;

  private MonteCarloOnSpark() {}

  /**
   * Runs the Monte Carlo twice (the first run includes the executors' JIT warm-up) and prints both
   * times, the samples per second and the result.
   *
   * @param args the master ({@code local[2]} by default, {@code cluster} to take spark-submit's),
   *     the fleet file ({@code examples/fleets/h100-neocloud.yaml}) and the sample count
   *     (16,777,216)
   */
  public static void main(String[] args) {
    String master = args.length > 0 ? args[0] : "local[2]";
    Path file = Path.of(args.length > 1 ? args[1] : "examples/fleets/h100-neocloud.yaml");
    long samples = args.length > 2 ? Long.parseLong(args[2]) : 16L << 20;
    SweepBase base = SweepBase.load(file);
    SparkSession.Builder builder =
        SparkSession.builder().appName("flopex-monte-carlo").config("spark.ui.enabled", "false");
    if (!master.equals("cluster")) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    run(spark, master, base, samples, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    spark.stop();
  }

  /**
   * Runs the Monte Carlo twice on a session and prints both times and the result.
   *
   * @param spark the session
   * @param master the master's name, for the output
   * @param base the fleet file, with an {@code uncertainty:} section
   * @param samples the sample count
   * @param out where to print
   * @return the second run's result
   */
  public static MonteCarloResult run(
      SparkSession spark, String master, SweepBase base, long samples, PrintStream out) {
    long seed = 2025;
    MonteCarloResult first = timed(spark, master, base, samples, seed, 1, out);
    MonteCarloResult r = timed(spark, master, base, samples, seed, 2, out);
    boolean same =
        first.statistics().mean() == r.statistics().mean()
            && first.statistics().standardDeviation() == r.statistics().standardDeviation()
            && first.percentiles().equals(r.percentiles());
    out.printf("  runs 1 and 2 agree bit for bit: %s%n", same ? "yes" : "no");
    out.printf(
        Locale.ROOT,
        "  %s: mean %.9f, standard deviation %.9f (%s)%n",
        r.spec().output().key(),
        r.statistics().mean(),
        r.statistics().standardDeviation(),
        r.statistics().percentileMethod().describe());
    for (Map.Entry<Double, Double> p : r.percentiles().entrySet()) {
      out.printf(Locale.ROOT, "  P%s %.9f%n", fmt(100 * p.getKey()), p.getValue());
    }
    return r;
  }

  private static MonteCarloResult timed(
      SparkSession spark,
      String master,
      SweepBase base,
      long samples,
      long seed,
      int run,
      PrintStream out) {
    long start = System.nanoTime();
    MonteCarloResult r = FlopexSpark.monteCarlo(spark, base, samples, seed, PARTITIONS);
    double s = (System.nanoTime() - start) / 1e9;
    out.printf(
        Locale.ROOT,
        "%s on %s, %,d samples in at most %d ranges, run %d: %.2f s, %,.0f samples/s%n",
        base.name(),
        master,
        samples,
        PARTITIONS,
        run,
        s,
        samples / s);
    return r;
  }

  private static String fmt(double percent) {
    return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
  }
}
