package dev.flopex.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.core.random.PercentileMethod;
import dev.flopex.core.random.SampleStatistics;
import dev.flopex.core.random.SampleSummary;
import dev.flopex.core.random.StreamingAccumulator;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.ProgressListener;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.files.FleetFiles;
import dev.flopex.costing.files.FleetSpec;
import dev.flopex.costing.internal.FleetKernel;
import dev.flopex.costing.internal.MonteCarlo;
import java.util.Arrays;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * A Monte Carlo on local[2], split by sample index over partitions, gives one machine's streamed
 * moments bit for bit, the percentiles of the same ranges streamed and merged on one machine bit
 * for bit, and percentiles within the sketch's rank error of the exact ones.
 */
class MonteCarloSparkTest {
  private static final SparkSession SPARK = LocalSpark.get();
  private static final SweepBase H100 = SweepBase.load(LocalSpark.fleet("h100-neocloud.yaml"));

  /** Three groups, the last one partial: three partitions, each merging at a group boundary. */
  private static final long SAMPLES = 2L * StreamingAccumulator.GROUP + 3 * 4096 + 5;

  private static final long SEED = 77;

  @Test
  void momentsAreOneMachinesBitForBitAndPercentilesWithinTheRankError() {
    MonteCarloResult spark = FlopexSpark.monteCarlo(SPARK, H100, SAMPLES, SEED, 8);

    FleetSpec file = FleetFiles.read(H100.name(), H100.fleetYaml(), HardwareCatalog.builtIn());
    MonteCarloSpec spec =
        file.uncertainty().orElseThrow().withSamples(SAMPLES).withSeed(SEED).withThreads(2);
    FleetKernel kernel = (FleetKernel) CostEngine.create().compile(file.fleet(), file.terms());
    SampleSummary streamed = MonteCarlo.run(kernel, spec, ProgressListener.NONE, 0).statistics();
    SampleSummary s = spark.statistics();
    assertSameMoments(s, streamed, SAMPLES, "random");
    assertThat(spark.spec().samples()).isEqualTo(SAMPLES);
    assertThat(spark.spec().seed()).isEqualTo(SEED);
    assertThat(spark.baseOutput())
        .isEqualTo(MonteCarlo.run(kernel, spec.withSamples(1), ProgressListener.NONE).baseOutput());

    // the partitions' ranges streamed and merged in order on one machine: the same sketch, so the
    // same percentiles bit for bit (the sketch's coin flips are seeded from its history)
    long g = StreamingAccumulator.GROUP;
    StreamingAccumulator local = MonteCarlo.stream(kernel, spec, 0, g, ProgressListener.NONE);
    local.addAll(MonteCarlo.stream(kernel, spec, g, 2 * g, ProgressListener.NONE));
    local.addAll(MonteCarlo.stream(kernel, spec, 2 * g, SAMPLES, ProgressListener.NONE));
    SampleSummary merged = local.snapshot();
    assertSamePercentiles(spark, merged, "random");

    PercentileMethod m = s.percentileMethod();
    assertThat(m.isExact()).isFalse();
    SampleStatistics exact =
        (SampleStatistics) MonteCarlo.run(kernel, spec, ProgressListener.NONE).statistics();
    assertThat(exact.percentileMethod().isExact()).isTrue();
    double[] sorted = exact.sortedSamples();
    for (Map.Entry<Double, Double> e : spark.percentiles().entrySet()) {
      double q = e.getValue();
      long below = Arrays.stream(sorted).filter(v -> v < q).count();
      long atMost = Arrays.stream(sorted).filter(v -> v <= q).count();
      assertThat((double) atMost / SAMPLES).isGreaterThanOrEqualTo(e.getKey() - m.rankError());
      assertThat((double) below / SAMPLES).isLessThanOrEqualTo(e.getKey() + m.rankError());
    }
  }

  /**
   * Latin hypercube and Sobol designs depend on the whole run's sample count; a Spark run of two
   * partitions gives one machine's streamed run's moments bit for bit, and its percentiles equal
   * those of the same two ranges streamed and merged on one machine.
   */
  @Test
  void latinHypercubeAndSobolRunsSplitOverPartitionsAsOnOneMachine() throws Exception {
    String yaml = java.nio.file.Files.readString(LocalSpark.fleet("h100-neocloud.yaml"));
    long g = StreamingAccumulator.GROUP;
    long samples = g + 2 * 4096 + 3;
    for (String method : new String[] {"latin-hypercube", "sobol"}) {
      String withMethod =
          yaml.replace("uncertainty:\n", "uncertainty:\n  sampling: " + method + "\n");
      assertThat(withMethod).isNotEqualTo(yaml);
      SweepBase base = SweepBase.of("h100-" + method, withMethod);
      MonteCarloResult spark = FlopexSpark.monteCarlo(SPARK, base, samples, SEED, 2);

      FleetSpec file = FleetFiles.read(base.name(), withMethod, HardwareCatalog.builtIn());
      MonteCarloSpec spec =
          file.uncertainty().orElseThrow().withSamples(samples).withSeed(SEED).withThreads(2);
      assertThat(spark.spec().sampling()).isEqualTo(spec.sampling());
      assertThat(spec.sampling().toString()).isNotEqualTo("RANDOM");
      FleetKernel kernel = (FleetKernel) CostEngine.create().compile(file.fleet(), file.terms());
      SampleSummary streamed = MonteCarlo.run(kernel, spec, ProgressListener.NONE, 0).statistics();
      StreamingAccumulator local = MonteCarlo.stream(kernel, spec, 0, g, ProgressListener.NONE);
      local.addAll(MonteCarlo.stream(kernel, spec, g, samples, ProgressListener.NONE));
      SampleSummary merged = local.snapshot();
      SampleSummary s = spark.statistics();
      assertSameMoments(s, streamed, samples, method);
      assertSamePercentiles(spark, merged, method);
    }
  }

  @Test
  void badRunsFailOnTheDriverBeforeAnyJob() {
    int jobs = LocalSpark.jobsStarted();
    assertThatThrownBy(() -> FlopexSpark.monteCarlo(SPARK, H100, 0, 1, 2))
        .isInstanceOf(ValidationException.class)
        .hasMessage("samples must be > 0 but was 0");
    assertThatThrownBy(() -> FlopexSpark.monteCarlo(SPARK, H100, (1L << 40) + 1, 1, 2))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("samples must be <= 2^40");
    assertThatThrownBy(() -> FlopexSpark.monteCarlo(SPARK, H100, 1000, 1, 0))
        .isInstanceOf(ValidationException.class)
        .hasMessage("partitions must be >= 1 but was 0");
    SweepBase plain = SweepBase.load(LocalSpark.fleet("mixed-fleet.yaml"));
    assertThatThrownBy(() -> FlopexSpark.monteCarlo(SPARK, plain, 1000, 1, 2))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("uncertainty section");
    assertThat(LocalSpark.jobsStarted()).isEqualTo(jobs);
  }

  /** The Spark run's count and moments equal one machine's streamed run's, bit for bit. */
  private static void assertSameMoments(
      SampleSummary s, SampleSummary streamed, long samples, String what) {
    assertThat(s.count()).as(what).isEqualTo(samples);
    assertThat(s.mean()).as(what).isEqualTo(streamed.mean());
    assertThat(s.standardDeviation()).as(what).isEqualTo(streamed.standardDeviation());
    assertThat(s.min()).as(what).isEqualTo(streamed.min());
    assertThat(s.max()).as(what).isEqualTo(streamed.max());
  }

  /** Each requested percentile of the Spark run equals {@code merged}'s, bit for bit. */
  private static void assertSamePercentiles(
      MonteCarloResult spark, SampleSummary merged, String what) {
    for (double q : spark.percentiles().keySet()) {
      assertThat(spark.statistics().percentile(q))
          .as("%s P%s", what, q * 100)
          .isEqualTo(merged.percentile(q));
    }
  }
}
