package dev.flopex.benchmarks;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.exportcontrol.Decision;
import dev.flopex.catalog.exportcontrol.ExportControls;
import dev.flopex.catalog.exportcontrol.ExportMetrics;
import java.time.LocalDate;
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
 * Catalog lookups and export-control classification: the per-call cost of the operations an
 * application embedding the catalog makes most often. (The calculation-core workloads W1-W3 come
 * with the costing engine.)
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar CatalogBenchmark -prof gc -rf json}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CatalogBenchmark {

  /** Names as users type them: an alias, an id, and a name needing normalisation. */
  @Param({"H100", "h200-sxm", "mi300x"})
  public String name;

  // non-final on purpose: JMH must not constant-fold the inputs
  private HardwareCatalog catalog;
  private Accelerator accelerator;
  private ExportControls exportControls;
  private LocalDate asOf;

  /** Loads the catalog once. */
  @Setup
  public void setUp() {
    catalog = HardwareCatalog.builtIn();
    accelerator = catalog.accelerator(name);
    exportControls = catalog.exportControls();
    asOf = LocalDate.of(2024, 6, 1);
  }

  /** Alias lookup. */
  @Benchmark
  public Accelerator lookup() {
    return catalog.accelerator(name);
  }

  /** TPP and performance density from catalog figures. */
  @Benchmark
  public ExportMetrics exportMetrics() {
    return ExportMetrics.of(accelerator);
  }

  /** Full classification under the rule in force on a date, with reasons. */
  @Benchmark
  public Decision classify() {
    return exportControls.classify(accelerator, asOf);
  }
}
