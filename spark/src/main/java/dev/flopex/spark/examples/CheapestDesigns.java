package dev.flopex.spark.examples;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring_index;

import dev.flopex.spark.FlopexSpark;
import dev.flopex.spark.SweepAxis;
import dev.flopex.spark.SweepBase;
import dev.flopex.spark.SweepGrid;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * Sweeps fleet variants on Spark and prints the cheapest designs per system. Each base fleet is one
 * system ({@link #SYSTEMS}) at one site ({@link #REGIONS}, wholesale colocation, the {@code
 * neocloud} assumption set, 8,064 GPUs, bought 2025-06-01, five years at 80 % utilisation, cash) on
 * the NDR InfiniBand fat tree of {@code examples/fleets/mixed-fleet.yaml} (Quantum-2 switches,
 * 400G/800G optics) for every system: for the A100s, whose NICs were 200G HDR, that fabric is a
 * simplification that keeps the systems comparable, not their reference network. the grid then
 * varies the electricity price (USD/kWh), the utilisation, the horizon (years) and the PUE. The
 * full size is 4 systems x 5 regions x 25 x 20 x 5 x 20 = 1,000,000 variants.
 *
 * <p>The ranges are illustrative, not sourced forecasts: electricity 0.03-0.15 USD/kWh, utilisation
 * 0.57-0.95, horizon 3-7 years, PUE 1.10-1.48. The ranking is by the economic cost per GPU-hour
 * used (the headline; docs/model.md), at each variant's own inputs.
 *
 * <pre>
 * spark/run-cheapest-designs local[2] full
 * </pre>
 *
 * @since 0.1
 */
public final class CheapestDesigns {

  /** The accelerator systems swept (catalog system ids). */
  public static final List<String> SYSTEMS =
      List.of("dgx-a100", "hgx-h100", "dgx-b200", "gb200-nvl72");

  /** The regions swept (costing region ids). */
  public static final List<String> REGIONS =
      List.of("us-virginia", "us-texas", "eu-germany", "uk", "singapore");

  /** The electricity price axis path. */
  public static final String ELECTRICITY = "assumptions.electricity_usd_per_kwh";

  /** The utilisation axis path. */
  public static final String UTILISATION = "terms.utilisation";

  /** The horizon axis path. */
  public static final String HORIZON = "terms.horizon_years";

  /** The PUE axis path. */
  public static final String PUE = "assumptions.pue";

  private CheapestDesigns() {}

  /** One design: a row of the sweep. */
  public record Design(
      long row,
      String system,
      String region,
      double electricityUsdPerKwh,
      double utilisation,
      double horizonYears,
      double pue,
      double costPerGpuHourUsd) {}

  /**
   * Returns the full grid (1,000,000 variants).
   *
   * @return the grid
   */
  public static SweepGrid fullGrid() {
    return grid(
        SYSTEMS,
        REGIONS,
        SweepAxis.range(ELECTRICITY, 0.03, 0.15, 0.005), // 25 values
        SweepAxis.range(UTILISATION, 0.57, 0.95, 0.02), // 20
        SweepAxis.range(HORIZON, 3, 7, 1), // 5
        SweepAxis.range(PUE, 1.10, 1.48, 0.02)); // 20
  }

  /**
   * Returns a grid over the given systems and regions and axes (electricity, utilisation, horizon,
   * PUE).
   *
   * @param systems system ids
   * @param regions region ids
   * @param electricity the electricity axis
   * @param utilisation the utilisation axis
   * @param horizon the horizon axis
   * @param pue the PUE axis
   * @return the grid
   */
  public static SweepGrid grid(
      List<String> systems,
      List<String> regions,
      SweepAxis electricity,
      SweepAxis utilisation,
      SweepAxis horizon,
      SweepAxis pue) {
    List<SweepBase> bases = new ArrayList<>();
    for (String s : systems) {
      for (String r : regions) {
        bases.add(SweepBase.of(s + "@" + r, fleetYaml(s, r)));
      }
    }
    return SweepGrid.builder()
        .addAllBases(bases)
        .addAxes(electricity, utilisation, horizon, pue)
        .build();
  }

  /**
   * Returns the fleet file text of one base: one cluster of {@code system} in {@code region}.
   *
   * @param system a catalog system id
   * @param region a region id
   * @return the YAML text
   */
  public static String fleetYaml(String system, String region) {
    return String.join(
        "\n",
        "schema: flopex-fleet/1",
        "name: " + system + "-" + region,
        "terms: {horizon_years: 5, utilisation: 0.8, depreciation: straight_line, financing: cash}",
        "clusters:",
        "  - name: " + system,
        "    system: " + system,
        "    gpus: 8064", // 1,008 servers of 8, or 112 racks of 72
        "    purchase_date: 2025-06-01",
        "    site: {region: " + region + ", facility: colocation-wholesale}",
        "    assumptions: neocloud",
        "    networks:",
        "      - {name: scale-out, role: scale_out, switch: quantum-2-qm9700,"
            + " server_link_nic_end: osfp-400g-sr4, server_link_switch_end: osfp-800g-2xsr4,"
            + " fabric_link: osfp-800g-2xsr4}",
        "");
  }

  /**
   * Runs the sweep and returns the {@code perSystem} cheapest designs of each system, by economic
   * cost per GPU-hour (ties by row index), systems in alphabetical order.
   *
   * @param spark the session
   * @param grid the grid (from {@link #fullGrid()} or {@link #grid})
   * @param partitions the sweep's partitions
   * @param perSystem how many designs per system
   * @return the designs
   */
  public static List<Design> cheapest(
      SparkSession spark, SweepGrid grid, int partitions, int perSystem) {
    Dataset<Row> rows = FlopexSpark.sweep(spark, grid, partitions);
    Dataset<Row> ranked =
        rows.withColumn("system", substring_index(col(FlopexSpark.BASE), "@", 1))
            .withColumn("region", substring_index(col(FlopexSpark.BASE), "@", -1))
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("system")
                            .orderBy(
                                col(FlopexSpark.COST_PER_GPU_HOUR_USD).asc(),
                                col(FlopexSpark.ROW).asc())))
            .where(col("rank").leq(perSystem))
            .orderBy(col("system"), col("rank"));
    List<Design> out = new ArrayList<>();
    for (Row r :
        ranked
            .select(
                col(FlopexSpark.ROW),
                col("system"),
                col("region"),
                col("`" + ELECTRICITY + "`"),
                col("`" + UTILISATION + "`"),
                col("`" + HORIZON + "`"),
                col("`" + PUE + "`"),
                col(FlopexSpark.COST_PER_GPU_HOUR_USD))
            .collectAsList()) {
      out.add(
          new Design(
              r.getLong(0),
              r.getString(1),
              r.getString(2),
              r.getDouble(3),
              r.getDouble(4),
              r.getDouble(5),
              r.getDouble(6),
              r.getDouble(7)));
    }
    return out;
  }

  /**
   * Runs the example: {@code CheapestDesigns [master] [full|small]} (defaults {@code local[2]} and
   * {@code full}; {@code cluster} takes the master from {@code spark-submit}). Prints the wall time
   * of the sweep alone (a count and a minimum) and of the sweep with the ranking, not counting
   * Spark's start-up, then the three cheapest designs per system.
   *
   * @param args the master URL and the size
   */
  public static void main(String[] args) {
    String master = args.length > 0 ? args[0] : "local[2]";
    boolean full = args.length < 2 || args[1].equals("full");
    SweepGrid grid =
        full
            ? fullGrid()
            : grid(
                SYSTEMS.subList(0, 2),
                REGIONS.subList(0, 2),
                SweepAxis.of(ELECTRICITY, 0.05, 0.1),
                SweepAxis.of(UTILISATION, 0.7, 0.9),
                SweepAxis.of(HORIZON, 4, 6),
                SweepAxis.of(PUE, 1.2, 1.4));
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("flopex-cheapest-designs")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8");
    if (!master.equals("cluster")) {
      builder.master(master); // "cluster": take the master from spark-submit
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    int partitions = Math.max(1, spark.sparkContext().defaultParallelism()) * 4;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    long start = System.nanoTime();
    // the sweep alone: every variant evaluated, only a count and a minimum come back
    Row all =
        FlopexSpark.sweep(spark, grid, partitions)
            .agg(
                org.apache.spark.sql.functions.count(col(FlopexSpark.ROW)),
                org.apache.spark.sql.functions.min(col(FlopexSpark.COST_PER_GPU_HOUR_USD)))
            .first();
    double sweepSeconds = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    List<Design> best = cheapest(spark, grid, partitions, 3);
    double rankSeconds = (System.nanoTime() - start) / 1e9;
    out.printf(
        Locale.ROOT,
        "%,d fleet variants on %s (%d partitions), not counting Spark's start-up:%n"
            + "  sweep alone (count and minimum): %.2f s, %,.0f variants/s%n"
            + "  sweep and ranking (top 3 per system): %.2f s%n",
        all.getLong(0),
        spark.sparkContext().master(),
        partitions,
        sweepSeconds,
        all.getLong(0) / sweepSeconds,
        rankSeconds);
    out.println(
        "cheapest designs per system, by economic cost per GPU-hour used"
            + " (present value of costs at the set's WACC over present GPU-hours):");
    out.printf(
        Locale.ROOT,
        "%-12s %-12s %9s %6s %7s %5s %12s%n",
        "system",
        "region",
        "USD/kWh",
        "util",
        "years",
        "PUE",
        "USD/GPU-h");
    for (Design d : best) {
      out.printf(
          Locale.ROOT,
          "%-12s %-12s %9.3f %6.2f %7.0f %5.2f %12.4f%n",
          d.system(),
          d.region(),
          d.electricityUsdPerKwh(),
          d.utilisation(),
          d.horizonYears(),
          d.pue(),
          d.costPerGpuHourUsd());
    }
    spark.stop();
  }
}
