package dev.flopex.spark.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.core.random.StreamingAccumulator;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.spark.FlopexSpark;
import dev.flopex.spark.LocalSpark;
import dev.flopex.spark.SweepBase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The Monte Carlo example end to end on local[2], at a size CI can afford. */
class MonteCarloOnSparkTest {
  private static final SparkSession SPARK = LocalSpark.get();

  @Test
  void printsBothRunsAndTheResultOfTheLibrary() {
    SweepBase base = SweepBase.load(LocalSpark.fleet("h100-neocloud.yaml"));
    long samples = StreamingAccumulator.GROUP + 4096L;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MonteCarloResult r =
        MonteCarloOnSpark.run(
            SPARK, "local[2]", base, samples, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("h100-neocloud on local[2], 1,052,672 samples in at most 8 ranges, run 1: ")
        .contains(", run 2: ")
        .contains("runs 1 and 2 agree bit for bit: yes")
        .contains("KLL sketch k = 4,096");
    // the numbers printed are the library's: the same run again gives them bit for bit
    MonteCarloResult again =
        FlopexSpark.monteCarlo(SPARK, base, samples, 2025, MonteCarloOnSpark.PARTITIONS);
    assertThat(again.statistics().mean()).isEqualTo(r.statistics().mean());
    assertThat(again.percentiles()).isEqualTo(r.percentiles());
    assertThat(out)
        .contains(String.format(java.util.Locale.ROOT, "mean %.9f", r.statistics().mean()))
        .contains(String.format(java.util.Locale.ROOT, "P50 %.9f", r.percentiles().get(0.5)));
  }
}
