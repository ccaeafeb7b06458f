package dev.flopex.spark;

import dev.flopex.core.random.StreamingAccumulator;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.analysis.MonteCarloResult;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Distributes flopex evaluations over Apache Spark executors ({@code docs/spark.md}).
 *
 * <p>{@link #sweep(SparkSession, SweepGrid, int)} checks the sweep on the driver (every base reads
 * and compiles, every path names an input, every value is accepted; an error names the path, the
 * value and, for a scenario file, the line) and only then returns a lazy {@link Dataset}: one row
 * per variant, generated from its index on the executors, where each partition compiles each base
 * it meets once and evaluates its rows through {@link dev.flopex.costing.CompiledFleet} with no
 * allocation per row beyond Spark's row. The numbers are exactly those of the kernel on one machine
 * at the same inputs, whatever the number of partitions.
 *
 * <p>Columns, in order: {@value #ROW} (long, the row index), {@value #BASE} (string, the base
 * fleet's name), one double column per input path named by the path itself (quote it in Spark SQL:
 * {@code col("`terms.utilisation`")}), then the outputs {@link #OUTPUTS}: {@value
 * #COST_PER_GPU_HOUR_USD} (the economic headline, USD per GPU-hour used, at the fleet's WACC),
 * {@value #NPV_OF_COSTS_USD}, {@value #CAPEX_USD}, {@value #OPEX_YEAR1_USD}, {@value
 * #ACCOUNTING_TCO_USD} (the book TCO, named as such), {@value #GPUS} (long) and {@value
 * #CONTRACTED_IT_KW} (the sites' contracted critical IT power, kW).
 *
 * <pre>{@code
 * Dataset<Row> rows = FlopexSpark.sweep(spark, grid, 8);
 * rows.write().parquet("sweep.parquet");
 * }</pre>
 *
 * @since 0.1
 */
public final class FlopexSpark {
  /** Column: the row's index in the sweep (long). */
  public static final String ROW = "row";

  /** Column: the base fleet's name (string). */
  public static final String BASE = "base";

  /** Column: the economic cost per GPU-hour used, USD (the headline). */
  public static final String COST_PER_GPU_HOUR_USD = "cost_per_gpu_hour_usd";

  /** Column: the present value of costs at the WACC, net of the market value kept, USD. */
  public static final String NPV_OF_COSTS_USD = "npv_of_costs_usd";

  /** Column: total CapEx, USD. */
  public static final String CAPEX_USD = "capex_usd";

  /** Column: year-1 operating cost, USD. */
  public static final String OPEX_YEAR1_USD = "opex_year1_usd";

  /** Column: the accounting TCO over the horizon, USD. */
  public static final String ACCOUNTING_TCO_USD = "accounting_tco_usd";

  /** Column: the GPU count (long). */
  public static final String GPUS = "gpus";

  /** Column: the contracted critical IT power, kW (the clusters' sum). */
  public static final String CONTRACTED_IT_KW = "contracted_it_kw";

  /** The output columns, in order. */
  public static final List<String> OUTPUTS =
      List.of(
          COST_PER_GPU_HOUR_USD,
          NPV_OF_COSTS_USD,
          CAPEX_USD,
          OPEX_YEAR1_USD,
          ACCOUNTING_TCO_USD,
          GPUS,
          CONTRACTED_IT_KW);

  private FlopexSpark() {}

  /**
   * Sweeps a grid with {@code spark.sparkContext().defaultParallelism()} partitions.
   *
   * @param spark the session
   * @param grid the grid
   * @return the lazy result, one row per variant
   * @throws ValidationException on the driver, before any job, for a bad base, path or value
   */
  public static Dataset<Row> sweep(SparkSession spark, SweepGrid grid) {
    return sweep(spark, grid, spark.sparkContext().defaultParallelism());
  }

  /**
   * Sweeps a grid.
   *
   * @param spark the session
   * @param grid the grid
   * @param partitions the number of partitions (tasks), at least 1; row {@code i} is in partition
   *     {@code i * partitions / rows}
   * @return the lazy result, one row per variant
   * @throws ValidationException on the driver, before any job, for a bad base, path or value
   */
  public static Dataset<Row> sweep(SparkSession spark, SweepGrid grid, int partitions) {
    return run(spark, SweepPlan.of(grid), partitions);
  }

  /**
   * Sweeps a scenario file with {@code spark.sparkContext().defaultParallelism()} partitions.
   *
   * @param spark the session
   * @param scenarios the scenarios
   * @return the lazy result, one row per scenario (and base, without a {@code base} column)
   * @throws dev.flopex.core.validation.DataFileException on the driver, before any job, naming the
   *     line and the path of a bad value
   */
  public static Dataset<Row> sweep(SparkSession spark, SweepScenarios scenarios) {
    return sweep(spark, scenarios, spark.sparkContext().defaultParallelism());
  }

  /**
   * Sweeps a scenario file.
   *
   * @param spark the session
   * @param scenarios the scenarios
   * @param partitions the number of partitions, at least 1
   * @return the lazy result, one row per scenario (and base, without a {@code base} column)
   * @throws dev.flopex.core.validation.DataFileException on the driver, before any job, naming the
   *     line and the path of a bad value
   */
  public static Dataset<Row> sweep(SparkSession spark, SweepScenarios scenarios, int partitions) {
    return run(spark, SweepPlan.of(scenarios), partitions);
  }

  /**
   * Returns the result schema for the given input paths (see the class comment).
   *
   * @param paths the input paths, in column order
   * @return the schema
   */
  public static StructType schema(List<String> paths) {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField(ROW, DataTypes.LongType, false));
    f.add(DataTypes.createStructField(BASE, DataTypes.StringType, false));
    for (String p : paths) {
      f.add(DataTypes.createStructField(p, DataTypes.DoubleType, false));
    }
    for (String o : OUTPUTS) {
      f.add(
          DataTypes.createStructField(
              o, o.equals(GPUS) ? DataTypes.LongType : DataTypes.DoubleType, false));
    }
    return DataTypes.createStructType(f);
  }

  /**
   * Runs the Monte Carlo of a fleet file's {@code uncertainty:} section across executors with
   * {@code spark.sparkContext().defaultParallelism()} partitions; see {@link
   * #monteCarlo(SparkSession, SweepBase, long, long, int)}.
   *
   * @param spark the session
   * @param base the fleet file, with an {@code uncertainty:} section
   * @param samples the number of samples, 1 to 2^40
   * @param seed the seed
   * @return the result, streamed
   * @throws ValidationException on the driver, before any job, for a bad file or sample count
   */
  public static MonteCarloResult monteCarlo(
      SparkSession spark, SweepBase base, long samples, long seed) {
    return monteCarlo(spark, base, samples, seed, spark.sparkContext().defaultParallelism());
  }

  /**
   * Runs the Monte Carlo of a fleet file's {@code uncertainty:} section across executors, with the
   * given sample count and seed. The samples are split by index into ranges of whole groups of
   * {@link StreamingAccumulator#GROUP} samples (1,048,576), at most one range per partition; each
   * partition reads and compiles the fleet once, draws samples {@code i} of its range exactly as
   * one machine draws them (from {@code (seed, i)} only), and summarises them in a {@link
   * StreamingAccumulator}; the driver merges the partitions' accumulators in sample order.
   *
   * <p>So the count, min, max, mean and standard deviation are bit-identical to one machine's
   * streamed run of the same file, samples and seed ({@code CostEngine.monteCarlo} above {@link
   * dev.flopex.costing.analysis.MonteCarloSpec#EXACT_PERCENTILES_MAX_SAMPLES} samples), whatever
   * the number of partitions or executors; the percentiles and histogram come from the merged KLL
   * sketch, within its stated rank error ({@code result.statistics().percentileMethod()}). A run
   * always streams, even below that limit.
   *
   * @param spark the session
   * @param base the fleet file, with an {@code uncertainty:} section
   * @param samples the number of samples, 1 to 2^40
   * @param seed the seed
   * @param partitions the most partitions (tasks), at least 1; a run of n samples uses at most
   *     ceil(n / 1,048,576)
   * @return the result, with the file's uncertainty spec at this sample count and seed
   * @throws ValidationException on the driver, before any job, for a bad file, a file without an
   *     uncertainty section, a bad sample count or partition count
   */
  public static MonteCarloResult monteCarlo(
      SparkSession spark, SweepBase base, long samples, long seed, int partitions) {
    if (partitions < 1) {
      throw new ValidationException("partitions", Integer.toString(partitions), "must be >= 1");
    }
    SparkMonteCarlo job = new SparkMonteCarlo(base.name(), base.fleetYaml(), samples, seed);
    SparkMonteCarlo.Run driver = job.compile(); // checks the file and the spec before any job
    long groups = (samples + StreamingAccumulator.GROUP - 1) / StreamingAccumulator.GROUP;
    int slices = (int) Math.min(partitions, groups);
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < slices; i++) {
      indices.add(i);
    }
    List<byte[]> parts =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(indices, slices)
            .map(new SparkMonteCarlo.Slice(job, slices, groups))
            .collect();
    StreamingAccumulator acc = StreamingAccumulator.fromBytes(parts.get(0));
    for (int i = 1; i < parts.size(); i++) {
      acc.addAll(StreamingAccumulator.fromBytes(parts.get(i)));
    }
    return driver.result(acc);
  }

  private static Dataset<Row> run(SparkSession spark, SweepPlan plan, int partitions) {
    if (partitions < 1) {
      throw new ValidationException("partitions", Integer.toString(partitions), "must be >= 1");
    }
    plan.check();
    Broadcast<SweepPlan> shipped =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(plan);
    return spark
        .range(0, plan.rows, 1, partitions)
        .mapPartitions(
            new SweepEvaluator.Partition(shipped), Encoders.row(schema(List.of(plan.paths))));
  }
}
