package dev.flopex.cli;

import dev.flopex.core.random.QuantileMethod;
import dev.flopex.core.random.SamplingMethod;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.CostBasis;
import dev.flopex.costing.ProgressListener;
import dev.flopex.costing.analysis.ImmutableMonteCarloSpec;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.files.FleetSpec;
import dev.flopex.report.MonteCarloReport;
import dev.flopex.report.internal.Doc;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flopex montecarlo FILE}: the distribution of a fleet's output over its uncertain inputs.
 */
@Command(
    name = "montecarlo",
    sortOptions = false,
    description = {
      "Monte Carlo analysis of a fleet file (its uncertainty: section, see docs/fleet-files.md): draws the uncertain "
          + "inputs (with their rank correlation) and costs the fleet for every sample. Prints the base output, mean, "
          + "standard deviation, standard error of the mean, min, the requested percentiles, max and, as a table, a "
          + "20-bin histogram, and says how the percentiles were computed: exactly up to 10,000,000 samples, else "
          + "from a KLL quantile sketch with its rank error. The same seed gives identical results whatever the number "
          + "of threads (above 10,000,000 samples: the moments; the percentiles within the rank error). The basis lines "
          + "say what the output is on (economic or accounting); the run line names the sampling and quantile methods.",
      "In a terminal a progress bar is drawn on standard error. JSON also has the histogram's edges and counts; CSV "
          + "has the statistics as statistic,value records, the basis as the records basis_headline and basis_accounting."
    },
    footer = {
      "",
      "Examples:",
      "  flopex montecarlo examples/fleets/h100-neocloud.yaml",
      "  flopex montecarlo examples/fleets/h100-neocloud.yaml --samples 100000 --seed 7 --output economic_cost --format json",
      "  flopex montecarlo examples/fleets/h100-neocloud.yaml --samples 65536 --sampling sobol --quantiles tabulated",
      "  flopex montecarlo examples/fleets/h100-neocloud.yaml --html mc.html"
    })
final class MonteCarloCommand implements Callable<Integer> {
  /**
   * The most samples, 2^40: up to {@link MonteCarloSpec#EXACT_PERCENTILES_MAX_SAMPLES} the
   * percentiles are exact, above it they come from a quantile sketch in bounded memory.
   */
  static final long MAX_SAMPLES = MonteCarloSpec.MAX_SAMPLES;

  /** The most worker threads. */
  static final long MAX_THREADS = 1024;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(
      paramLabel = "FILE",
      description = "The fleet file (YAML) with an uncertainty: section.")
  String file;

  @Option(
      names = "--samples",
      paramLabel = "N",
      description =
          "Number of samples, at most 2^40 (1,099,511,627,776); above 10,000,000 the percentiles "
              + "and histogram come from a KLL quantile sketch with a stated rank error, in bounded "
              + "memory (default: the file's uncertainty.samples).")
  String samples;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed, a whole number (default: the file's uncertainty.seed, else 1).")
  String seed;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description =
          "Worker threads; results do not depend on it (default: the file's "
              + "uncertainty.threads, else the number of processors).")
  String threads;

  @Option(
      names = "--output",
      paramLabel = "OUTPUT",
      description =
          "cost_per_gpu_hour (the economic headline), cost_per_useful_gpu_hour, "
              + "economic_cost, npv_of_costs, accounting_tco, capex or opex_year1 (default: the file's uncertainty.output, else cost_per_gpu_hour).")
  String output;

  @Option(
      names = "--sampling",
      paramLabel = "METHOD",
      description =
          "random (plain Monte Carlo), latin_hypercube or sobol (scrambled; best with a power of two samples), "
              + "see docs/uncertainty.md (default: the file's uncertainty.sampling, else random).")
  String sampling;

  @Option(
      names = "--quantiles",
      paramLabel = "METHOD",
      description =
          "exact, or tabulated (PERT quantiles from a table within a stated error, faster) "
              + "(default: the file's uncertainty.quantiles, else exact).")
  String quantiles;

  @Mixin AnyFormat format;

  @Mixin ReportOptions report;

  @Mixin StrictOption strict;

  @Override
  public Integer call() {
    Format f = format.get();
    report.check();
    Output o = output == null ? null : Outputs.parse("--output", output);
    Long n = samples == null ? null : Opts.count("--samples", samples, MAX_SAMPLES);
    Long s = seed == null ? null : seed(seed);
    Long t = threads == null ? null : Opts.count("--threads", threads, MAX_THREADS);
    SamplingMethod sm =
        sampling == null ? null : key("--sampling", sampling, SamplingMethod::fromKey);
    QuantileMethod qm =
        quantiles == null ? null : key("--quantiles", quantiles, QuantileMethod::fromKey);
    Context ctx = FlopexCommand.context(spec);
    FleetSpec fleet = Fleets.load(ctx, "FILE", file);
    if (fleet.uncertainty().isEmpty()) {
      throw new Problem(
          "FILE", file, file + " has no uncertainty section (see docs/fleet-files.md)");
    }
    // FleetFiles builds an ImmutableMonteCarloSpec; copyOf returns the instance itself then
    ImmutableMonteCarloSpec mc =
        (ImmutableMonteCarloSpec) ImmutableMonteCarloSpec.copyOf(fleet.uncertainty().get());
    if (n != null) {
      mc = mc.withSamples(n);
    }
    if (s != null) {
      mc = mc.withSeed(s);
    }
    if (t != null) {
      mc = mc.withThreads(t.intValue());
    }
    if (o != null) {
      mc = mc.withOutput(o);
    }
    if (sm != null) {
      mc = mc.withSampling(sm);
    }
    if (qm != null) {
      mc = mc.withQuantiles(qm);
    }
    MonteCarloSpec run = mc;
    ProgressListener progress = ProgressBar.forTerminal(ctx.err(), "samples");
    MonteCarloResult r;
    try {
      r =
          Opts.noOverflow(
              "fleet " + fleet.fleet().name(),
              () -> strict.engine().monteCarlo(fleet.fleet(), fleet.terms(), run, progress));
    } finally {
      ProgressBar.finish(progress);
    }
    CostBasis basis = Fleets.evaluate(fleet, strict.engine()).basis();
    MonteCarloReport mr = MonteCarloReport.of(r, fleet, file, basis);
    mr.render(f.report(), ctx.out());
    report.write(ctx, () -> new Doc.Html(mr.htmlBuilder()), d -> {}, mr::charts);
    return 0;
  }

  /** Parses a named choice, e.g. {@code --sampling sobol}, naming the option in the error. */
  static <T> T key(String option, String text, java.util.function.Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (ValidationException e) {
      throw new ValidationException(option, e.value().orElse(null), e.rule(), e);
    }
  }

  /** Parses {@code --seed}: any 64-bit whole number. */
  static long seed(String text) {
    try {
      return Long.parseLong(text.strip().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new ValidationException(
          "--seed",
          "'" + text + "'",
          "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE,
          e);
    }
  }
}
