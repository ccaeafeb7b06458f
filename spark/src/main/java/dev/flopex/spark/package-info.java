/**
 * Sweeps of the flopex cost kernel distributed over Apache Spark executors ({@code docs/spark.md}).
 *
 * <p>A sweep is a grid ({@link dev.flopex.spark.SweepGrid}: the cartesian product of named input
 * paths and their values over one or more base fleets) or a file of scenarios ({@link
 * dev.flopex.spark.SweepScenarios}: one CSV row per scenario, columns are input paths). {@link
 * dev.flopex.spark.FlopexSpark#sweep} checks it on the driver, then each executor compiles the
 * kernel once per partition and evaluates its rows, which are generated from their index.
 *
 * <pre>{@code
 * SweepGrid grid =
 *     SweepGrid.builder()
 *         .addBases(SweepBase.load(Path.of("examples/fleets/h100-neocloud.yaml")))
 *         .addAxes(SweepAxis.linspace("assumptions.electricity_usd_per_kwh", 0.04, 0.12, 9))
 *         .addAxes(SweepAxis.of("terms.utilisation", 0.6, 0.7, 0.8, 0.9))
 *         .build();
 * Dataset<Row> rows = FlopexSpark.sweep(spark, grid, 8);
 * rows.write().parquet("sweep.parquet");
 * }</pre>
 */
@NullMarked
@FlopexStyle
package dev.flopex.spark;

import dev.flopex.core.FlopexStyle;
import org.jspecify.annotations.NullMarked;
