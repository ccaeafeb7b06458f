package dev.flopex.benchmarks;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.files.FleetFiles;
import dev.flopex.costing.files.FleetSpec;
import dev.flopex.report.Chart;
import dev.flopex.report.Charts;
import dev.flopex.report.HtmlReport;
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
 * What a report costs on top of the calculation: building a chart's data from a result, drawing it
 * as PNG and as SVG, and assembling the three-chart HTML report of a four-cluster fleet (the
 * DeepSeek fleet of {@code examples/fleets/deepseek-2025-01.yaml}, read from the classpath copy
 * below so the jar runs anywhere).
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar ReportBenchmark -prof gc -rf json}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportBenchmark {
  private FleetResult result;
  private Chart capex;

  /** Costs the fleet once. */
  @Setup
  public void setUp() throws java.io.IOException {
    String yaml;
    try (var in = ReportBenchmark.class.getResourceAsStream("/deepseek-2025-01.yaml")) {
      if (in == null) {
        throw new IllegalStateException("deepseek-2025-01.yaml is not on the classpath");
      }
      yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    FleetSpec spec = FleetFiles.read("deepseek-2025-01.yaml", yaml, HardwareCatalog.builtIn());
    result = CostEngine.create().evaluate(spec.fleet(), spec.terms());
    capex = Charts.capexBreakdown(result);
  }

  /** The chart's data from the result (no drawing). */
  @Benchmark
  public Chart chartData() {
    return Charts.costPerGpuHourWaterfall(result);
  }

  /** One 900 x 500 PNG. */
  @Benchmark
  public byte[] png() {
    return capex.png();
  }

  /** One 900 x 500 SVG. */
  @Benchmark
  public String svg() {
    return capex.svg();
  }

  /** The fleet's HTML report with its three charts, as a string. */
  @Benchmark
  public String htmlReport() {
    return HtmlReport.builder("DeepSeek fleet")
        .chart(Charts.capexBreakdown(result))
        .chart(Charts.opexByYear(result))
        .chart(Charts.costPerGpuHourWaterfall(result))
        .build()
        .html();
  }
}
