package dev.flopex.cli;

import dev.flopex.core.random.Histogram;
import dev.flopex.core.random.SampleStatistics;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.CostBasis;
import dev.flopex.costing.ProgressListener;
import dev.flopex.costing.analysis.ImmutableMonteCarloSpec;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.analysis.UncertainInput;
import dev.flopex.costing.files.FleetSpec;
import dev.flopex.report.internal.Basis;
import dev.flopex.report.internal.Csv;
import dev.flopex.report.internal.Doc;
import dev.flopex.report.internal.Fmt;
import dev.flopex.report.internal.Table;
import dev.flopex.report.internal.Terms;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
          + "20-bin histogram. The same seed gives identical results whatever the number of threads. The basis lines say "
          + "what the output is on (economic or accounting).",
      "In a terminal a progress bar is drawn on standard error. JSON also has the histogram's edges and counts; CSV "
          + "has the statistics as statistic,value records, the basis as the records basis_headline and basis_accounting."
    },
    footer = {
      "",
      "Examples:",
      "  flopex montecarlo examples/fleets/h100-neocloud.yaml",
      "  flopex montecarlo examples/fleets/h100-neocloud.yaml --samples 100000 --seed 7 --output economic_cost --format json",
      "  flopex montecarlo examples/fleets/h100-neocloud.yaml --html mc.html"
    })
final class MonteCarloCommand implements Callable<Integer> {
  /** The most samples the CLI draws (each costs 8 bytes, kept twice to sort them). */
  static final long MAX_SAMPLES = 10_000_000;

  /** The most worker threads. */
  static final long MAX_THREADS = 1024;

  /** Bins of the histogram. */
  static final int BINS = 20;

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
          "Number of samples, at most 10,000,000 (default: the file's uncertainty.samples).")
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
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json, csv or markdown (default: ${DEFAULT-VALUE}).")
  String format;

  @Mixin ReportOptions report;

  @Mixin StrictOption strict;

  @Override
  public Integer call() {
    Format f = Format.parse(format, Format.TABLE, Format.JSON, Format.CSV, Format.MARKDOWN);
    report.check();
    Output o = output == null ? null : Outputs.parse("--output", output);
    Long n = samples == null ? null : Opts.count("--samples", samples, MAX_SAMPLES);
    Long s = seed == null ? null : seed(seed);
    Long t = threads == null ? null : Opts.count("--threads", threads, MAX_THREADS);
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
      mc = mc.withSamples(n.intValue());
    } else if (mc.samples() > MAX_SAMPLES) {
      throw new ValidationException(
          file + ": uncertainty.samples",
          Fmt.grouped(mc.samples()),
          "must be <= " + Fmt.grouped(MAX_SAMPLES) + " (or pass --samples)");
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
    PrintStream out = ctx.out();
    switch (f) {
      case JSON:
        ctx.printJson(json(fleet, r, basis));
        break;
      case CSV:
        Csv.row(out, List.of("statistic", "value"));
        for (Map.Entry<String, Object> e : statisticsJson(r).entrySet()) {
          Csv.row(out, java.util.Arrays.asList(e.getKey(), e.getValue()));
        }
        for (int i = 0; i < Basis.CSV_COLUMNS.size(); i++) {
          Csv.row(out, List.of(Basis.CSV_COLUMNS.get(i), Basis.csv(basis).get(i)));
        }
        break;
      case MARKDOWN:
        write(new Doc.Markdown(out), fleet, r, basis);
        break;
      default:
        printText(out, fleet, r, basis);
        break;
    }
    out.flush();
    report.write(
        ctx, d -> write(d, fleet, r, basis), () -> List.of(dev.flopex.report.Charts.histogram(r)));
    return 0;
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

  /** The requested percentiles by level, ascending. */
  private static TreeMap<Double, Double> percentiles(MonteCarloResult r) {
    return new TreeMap<>(r.percentiles());
  }

  /** Labels a percentile level, e.g. {@code P5} for 0.05, {@code P2.5} for 0.025. */
  static String percentileLabel(double level) {
    return "P" + Fmt.num(level * 100);
  }

  private static String title(FleetSpec fleet, Output o) {
    return "Monte Carlo of fleet "
        + fleet.fleet().name()
        + ": "
        + Outputs.label(o)
        + " ("
        + Outputs.unit(o)
        + ")";
  }

  private static String runLine(MonteCarloResult r) {
    MonteCarloSpec s = r.spec();
    int inputs = s.inputs().size();
    return Fmt.grouped(s.samples())
        + (s.samples() == 1 ? " sample" : " samples")
        + ", seed "
        + s.seed()
        + ", "
        + inputs
        + (inputs == 1 ? " uncertain input" : " uncertain inputs")
        + (s.correlation().isEmpty() ? ", independent" : ", rank-correlated");
  }

  /** Rows {@code label, value, note} of the statistics, in display order. */
  private static List<String[]> statisticRows(MonteCarloResult r) {
    Output o = r.spec().output();
    SampleStatistics st = r.statistics();
    boolean spread = st.count() >= 2;
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "base case", Outputs.text(o, r.baseOutput()), "every input at the fleet file's value"
        });
    rows.add(new String[] {"mean", Outputs.text(o, st.mean()), ""});
    rows.add(
        new String[] {
          "standard deviation", spread ? Outputs.text(o, st.standardDeviation()) : Fmt.NONE, ""
        });
    rows.add(
        new String[] {
          "standard error", spread ? Outputs.fine(o, st.standardError()) : Fmt.NONE, "of the mean"
        });
    rows.add(new String[] {"min", Outputs.text(o, st.min()), ""});
    for (Map.Entry<Double, Double> e : percentiles(r).entrySet()) {
      rows.add(new String[] {percentileLabel(e.getKey()), Outputs.text(o, e.getValue()), ""});
    }
    rows.add(new String[] {"max", Outputs.text(o, st.max()), ""});
    return rows;
  }

  private static Table histogramTable(MonteCarloResult r, boolean bars) {
    Output o = r.spec().output();
    Histogram h = r.statistics().histogram(BINS);
    long max = 0;
    for (long c : h.counts()) {
      max = Math.max(max, c);
    }
    Table t =
        bars
            ? new Table("FROM", "TO", "SAMPLES", "SHARE", "").right(0, 1, 2, 3)
            : new Table("FROM", "TO", "SAMPLES", "SHARE").right(0, 1, 2, 3);
    long total = h.total();
    for (int i = 0; i < h.binCount(); i++) {
      String share = Fmt.percent((double) h.count(i) / total);
      if (bars) {
        t.add(
            Outputs.text(o, h.lowerEdge(i)),
            Outputs.text(o, h.upperEdge(i)),
            Fmt.grouped(h.count(i)),
            share,
            Bars.bar(h.count(i), max, Bars.WIDTH));
      } else {
        t.add(
            Outputs.text(o, h.lowerEdge(i)),
            Outputs.text(o, h.upperEdge(i)),
            Fmt.grouped(h.count(i)),
            share);
      }
    }
    return t;
  }

  private static Table inputsTable(MonteCarloSpec s) {
    Table t = new Table("INPUT", "DISTRIBUTION");
    for (UncertainInput in : s.inputs()) {
      t.add(in.path(), in.distribution().describe());
    }
    return t;
  }

  private static void printText(
      PrintStream out, FleetSpec fleet, MonteCarloResult r, CostBasis basis) {
    Output o = r.spec().output();
    out.println(title(fleet, o));
    out.println(runLine(r));
    out.println("terms: " + Terms.text(fleet.terms()));
    Basis.printText(out, basis);
    out.println();
    Table stats = new Table().right(1);
    for (String[] row : statisticRows(r)) {
      stats.add((Object[]) row);
    }
    stats.print(out, "  ");
    out.println();
    out.println(
        "histogram, "
            + BINS
            + " bins ("
            + Outputs.unit(o)
            + "; a bin holds FROM <= x < TO, the last also its TO)");
    histogramTable(r, true).print(out, "  ");
    out.println();
    out.println("uncertain inputs");
    inputsTable(r.spec()).print(out, "  ");
  }

  private static void write(Doc d, FleetSpec fleet, MonteCarloResult r, CostBasis basis) {
    Output o = r.spec().output();
    d.h2(title(fleet, o));
    d.para(runLine(r) + ". Terms: " + Terms.text(fleet.terms()) + ".");
    Basis.write(d, basis);
    Table stats = new Table("STATISTIC", Outputs.unit(o), "NOTE").right(1);
    for (String[] row : statisticRows(r)) {
      stats.add((Object[]) row);
    }
    d.table(stats);
    d.h3("Histogram, " + BINS + " bins (" + Outputs.unit(o) + ")");
    d.table(histogramTable(r, false));
    d.h3("Uncertain inputs");
    d.table(inputsTable(r.spec()));
  }

  /**
   * The statistics for JSON and CSV: run, base, mean, spread, extremes and percentiles ({@code p5},
   * {@code p50}, ...).
   */
  private static Map<String, Object> statisticsJson(MonteCarloResult r) {
    Output o = r.spec().output();
    SampleStatistics st = r.statistics();
    boolean spread = st.count() >= 2;
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("output", Outputs.name(o));
    j.put("unit", Outputs.unit(o));
    j.put("samples", r.spec().samples());
    j.put("seed", r.spec().seed());
    j.put("base_output", Outputs.json(o, r.baseOutput()));
    j.put("mean", Outputs.json(o, st.mean()));
    j.put("standard_deviation", spread ? Outputs.json(o, st.standardDeviation()) : null);
    j.put("standard_error", spread ? Outputs.json(o, st.standardError()) : null);
    j.put("min", Outputs.json(o, st.min()));
    for (Map.Entry<Double, Double> e : percentiles(r).entrySet()) {
      j.put(
          percentileLabel(e.getKey()).toLowerCase(java.util.Locale.ROOT),
          Outputs.json(o, e.getValue()));
    }
    j.put("max", Outputs.json(o, st.max()));
    return j;
  }

  private Map<String, Object> json(FleetSpec fleet, MonteCarloResult r, CostBasis basis) {
    Output o = r.spec().output();
    SampleStatistics st = r.statistics();
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("fleet", fleet.fleet().name());
    j.put("file", file);
    j.put("description", fleet.description().orElse(null));
    j.put("terms", Terms.json(fleet.terms()));
    j.put("basis", Basis.json(basis));
    j.put("output", Outputs.name(o));
    j.put("unit", Outputs.unit(o));
    j.put("samples", r.spec().samples());
    j.put("seed", r.spec().seed());
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (UncertainInput in : r.spec().inputs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", in.path());
      m.put("distribution", in.distribution().describe());
      m.put("mean", Fmt.json(in.distribution().mean()));
      inputs.add(m);
    }
    j.put("inputs", inputs);
    List<List<Number>> corr = new ArrayList<>();
    for (List<Double> row : r.spec().correlation()) {
      List<Number> c = new ArrayList<>();
      row.forEach(x -> c.add(Fmt.json(x)));
      corr.add(c);
    }
    j.put("correlation", corr.isEmpty() ? null : corr);
    boolean spread = st.count() >= 2;
    j.put("base_output", Outputs.json(o, r.baseOutput()));
    j.put("mean", Outputs.json(o, st.mean()));
    j.put("standard_deviation", spread ? Outputs.json(o, st.standardDeviation()) : null);
    j.put("standard_error", spread ? Outputs.json(o, st.standardError()) : null);
    j.put("min", Outputs.json(o, st.min()));
    j.put("max", Outputs.json(o, st.max()));
    List<Map<String, Object>> ps = new ArrayList<>();
    for (Map.Entry<Double, Double> e : percentiles(r).entrySet()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("p", Fmt.json(e.getKey()));
      m.put("value", Outputs.json(o, e.getValue()));
      ps.add(m);
    }
    j.put("percentiles", ps);
    Histogram h = st.histogram(BINS);
    Map<String, Object> hist = new LinkedHashMap<>();
    List<Number> edges = new ArrayList<>();
    for (double e : h.edges()) {
      edges.add(Outputs.json(o, e));
    }
    List<Long> counts = new ArrayList<>();
    for (long c : h.counts()) {
      counts.add(c);
    }
    hist.put("edges", edges);
    hist.put("counts", counts);
    j.put("histogram", hist);
    return j;
  }
}
