package dev.flopex.spark;

import dev.flopex.catalog.HardwareCatalog;
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
import java.io.Serializable;
import org.apache.spark.api.java.function.Function;

/**
 * A Monte Carlo of one fleet file as it travels to the executors: the file's text, the sample count
 * and the seed (the parsed fleet and its distributions are re-read on each executor, so every
 * executor draws exactly what the driver checked).
 */
final class SparkMonteCarlo implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final String yaml;
  private final long samples;
  private final long seed;

  SparkMonteCarlo(String name, String yaml, long samples, long seed) {
    this.name = name;
    this.yaml = yaml;
    this.samples = samples;
    this.seed = seed;
  }

  /** Reads and compiles the fleet and its uncertainty spec at this sample count and seed. */
  Run compile() {
    FleetSpec file = FleetFiles.read(name, yaml, HardwareCatalog.builtIn());
    MonteCarloSpec spec =
        file.uncertainty()
            .orElseThrow(
                () ->
                    new ValidationException(
                        "base " + name,
                        "a fleet file without an uncertainty section",
                        "must have one (see docs/fleet-files.md)"))
            .withSamples(samples)
            .withSeed(seed);
    FleetKernel kernel = (FleetKernel) CostEngine.create().compile(file.fleet(), file.terms());
    return new Run(kernel, spec);
  }

  /** A compiled fleet and its spec. */
  static final class Run {
    final FleetKernel kernel;
    final MonteCarloSpec spec;

    Run(FleetKernel kernel, MonteCarloSpec spec) {
      this.kernel = kernel;
      this.spec = spec;
    }

    /** The result of the whole run from the merged accumulator. */
    MonteCarloResult result(StreamingAccumulator acc) {
      return MonteCarlo.result(kernel, spec, acc.snapshot());
    }
  }

  /**
   * One partition: slice {@code j} of {@code slices} covers groups {@code [j groups / slices, (j +
   * 1) groups / slices)}; it compiles the fleet once and returns its accumulator as bytes.
   */
  static final class Slice implements Function<Integer, byte[]> {
    private static final long serialVersionUID = 1L;
    private final SparkMonteCarlo job;
    private final int slices;
    private final long groups;

    Slice(SparkMonteCarlo job, int slices, long groups) {
      this.job = job;
      this.slices = slices;
      this.groups = groups;
    }

    @Override
    public byte[] call(Integer j) {
      long group = StreamingAccumulator.GROUP;
      long first = Math.min(job.samples, j * groups / slices * group);
      long end = Math.min(job.samples, (j + 1) * groups / slices * group);
      Run run = job.compile();
      return MonteCarlo.stream(run.kernel, run.spec, first, end, ProgressListener.NONE).toBytes();
    }
  }
}
