package dev.flopex.spark.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.costing.CompiledFleet;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.files.FleetFiles;
import dev.flopex.costing.files.FleetSpec;
import dev.flopex.spark.FlopexSpark;
import dev.flopex.spark.LocalSpark;
import dev.flopex.spark.SweepAxis;
import dev.flopex.spark.SweepGrid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The example at a CI size (64 variants), checked against a brute force over the kernel on one
 * machine; the full 1,000,000-variant grid is checked on the driver (every base compiles, every
 * value is accepted) without being run. docs/spark.md has the full run's numbers.
 */
class CheapestDesignsTest {
  private static final SparkSession SPARK = LocalSpark.get();

  private static final List<String> SYSTEMS = List.of("hgx-h100", "gb200-nvl72");
  private static final List<String> REGIONS = List.of("us-virginia", "singapore");
  private static final double[] ELECTRICITY = {0.05, 0.1};
  private static final double[] UTILISATION = {0.7, 0.9};
  private static final double[] HORIZON = {4, 6};
  private static final double[] PUE = {1.2, 1.4};

  @Test
  void theCheapestDesignsPerSystemAreTheBruteForceMinimum() {
    SweepGrid grid =
        CheapestDesigns.grid(
            SYSTEMS,
            REGIONS,
            SweepAxis.of(CheapestDesigns.ELECTRICITY, ELECTRICITY),
            SweepAxis.of(CheapestDesigns.UTILISATION, UTILISATION),
            SweepAxis.of(CheapestDesigns.HORIZON, HORIZON),
            SweepAxis.of(CheapestDesigns.PUE, PUE));
    assertThat(grid.rows()).isEqualTo(64);
    List<CheapestDesigns.Design> best = CheapestDesigns.cheapest(SPARK, grid, 3, 3);

    List<CheapestDesigns.Design> all = new ArrayList<>();
    long row = 0;
    for (String s : SYSTEMS) {
      for (String r : REGIONS) {
        FleetSpec spec =
            FleetFiles.read("x", CheapestDesigns.fleetYaml(s, r), HardwareCatalog.builtIn());
        CompiledFleet k = CostEngine.create().compile(spec.fleet(), spec.terms());
        CompiledFleet.Evaluation e = k.newEvaluation();
        for (double el : ELECTRICITY) {
          for (double u : UTILISATION) {
            for (double h : HORIZON) {
              for (double pue : PUE) {
                double[] p = k.defaults();
                p[k.slots(CheapestDesigns.ELECTRICITY)[0]] = el;
                p[k.slots(CheapestDesigns.UTILISATION)[0]] = u;
                p[k.slots(CheapestDesigns.HORIZON)[0]] = h;
                p[k.slots(CheapestDesigns.PUE)[0]] = pue;
                k.evaluate(p, e);
                all.add(new CheapestDesigns.Design(row++, s, r, el, u, h, pue, e.costPerGpuHour()));
              }
            }
          }
        }
      }
    }
    List<CheapestDesigns.Design> expected = new ArrayList<>();
    for (String s : SYSTEMS.stream().sorted().toList()) {
      all.stream()
          .filter(d -> d.system().equals(s))
          .sorted(
              Comparator.comparingDouble(CheapestDesigns.Design::costPerGpuHourUsd)
                  .thenComparingLong(CheapestDesigns.Design::row))
          .limit(3)
          .forEach(expected::add);
    }
    assertThat(best).isEqualTo(expected);
    assertThat(best).extracting(CheapestDesigns.Design::system).contains("gb200-nvl72", "hgx-h100");
  }

  @Test
  void theFullMillionVariantGridPassesTheDriverChecks() {
    SweepGrid full = CheapestDesigns.fullGrid();
    assertThat(full.rows()).isEqualTo(1_000_000);
    assertThat(full.bases()).hasSize(20);
    // checks all 20 bases and every axis value on the driver; lazy, so nothing is evaluated
    assertThat(FlopexSpark.sweep(SPARK, full, 8).schema().fieldNames()).hasSize(2 + 4 + 7);
  }
}
