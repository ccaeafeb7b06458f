package dev.flopex.report;

import dev.flopex.core.random.Histogram;
import dev.flopex.core.random.QuantileMethod;
import dev.flopex.core.random.SampleSummary;
import dev.flopex.core.random.SamplingMethod;
import dev.flopex.costing.CostBasis;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.analysis.UncertainInput;
import dev.flopex.costing.files.FleetSpec;
import dev.flopex.report.internal.Bars;
import dev.flopex.report.internal.Basis;
import dev.flopex.report.internal.Csv;
import dev.flopex.report.internal.Doc;
import dev.flopex.report.internal.Fmt;
import dev.flopex.report.internal.OutputFmt;
import dev.flopex.report.internal.Table;
import dev.flopex.report.internal.Terms;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A Monte Carlo analysis of a fleet file ({@link MonteCarloResult}: the distribution of an output
 * over the file's uncertain inputs) rendered as text, JSON, CSV or Markdown ({@link
 * #render(ReportFormat, Appendable)}), as an HTML report ({@link #html()}) and as a chart ({@link
 * #charts()}): what {@code flopex montecarlo} prints, so an embedder gets the same bytes.
 *
 * <p>Every format names the output and its basis (the fleet's basis lines, e.g. economic cost per
 * GPU-hour) and the run (samples, seed, inputs, correlation, the sampling method and the quantile
 * method: {@code 2,000 samples, seed 7, 8 uncertain inputs, rank-correlated; scrambled Sobol
 * sampling, exact quantiles}), and gives the base output, mean, standard deviation, standard error
 * of the mean, min, the requested percentiles and max; text and Markdown add a 20-bin histogram and
 * the uncertain inputs, JSON the histogram's edges and counts. Nothing here computes a cost: the
 * statistics, percentiles and histogram are {@link MonteCarloResult}'s ({@link
 * SampleSummary#histogram(int)}); a bin's share is its count over the samples. Every format says
 * how the percentiles were computed ({@link SampleSummary#percentileMethod()}): {@code exact, n =
 * 20,000}, or from a KLL sketch with its rank error above {@link
 * MonteCarloSpec#EXACT_PERCENTILES_MAX_SAMPLES} samples, where the histogram's counts are the
 * sketch's estimates.
 *
 * <pre>{@code
 * FleetSpec spec = FleetFiles.load(path, catalog);
 * CostEngine engine = CostEngine.create();
 * MonteCarloResult r = engine.monteCarlo(spec.fleet(), spec.terms(), spec.uncertainty().get());
 * CostBasis basis = engine.evaluate(spec.fleet(), spec.terms()).basis();
 * MonteCarloReport.of(r, spec, path.toString(), basis).render(ReportFormat.TABLE, System.out);
 * }</pre>
 *
 * <p>Instances are immutable.
 *
 * @since 0.3
 */
public final class MonteCarloReport extends FleetAnalysisReport {
  /** Bins of the histogram. */
  static final int BINS = 20;

  private final MonteCarloResult result;

  private MonteCarloReport(MonteCarloResult result, FleetSpec spec, String file, CostBasis basis) {
    super(spec, file, basis);
    this.result = Objects.requireNonNull(result, "result");
  }

  /**
   * Returns the report of a Monte Carlo analysis of a fleet file.
   *
   * @param result the analysis, e.g. {@code engine.monteCarlo(spec.fleet(), spec.terms(),
   *     spec.uncertainty().get())}
   * @param spec the fleet file as read ({@code FleetFiles.load}): its fleet name, description and
   *     terms are shown
   * @param file how the file is labelled in JSON (e.g. its path as given)
   * @param basis the basis of the fleet's base case, {@code engine.evaluate(spec.fleet(),
   *     spec.terms()).basis()}: what the output is on (economic or accounting)
   * @return the report
   */
  public static MonteCarloReport of(
      MonteCarloResult result, FleetSpec spec, String file, CostBasis basis) {
    return new MonteCarloReport(result, spec, file, basis);
  }

  /** Returns the Monte Carlo analysis this report shows. */
  public MonteCarloResult result() {
    return result;
  }

  /**
   * Returns the title, e.g. {@code Monte Carlo of fleet h100-neocloud: economic cost per GPU-hour
   * (USD/GPU-h)}.
   */
  public String title() {
    return title("Monte Carlo", "");
  }

  /**
   * Returns the charts: the histogram of the samples with the percentiles and the mean marked
   * ({@link Charts#histogram(MonteCarloResult)}).
   *
   * @return the charts
   */
  @Override
  public List<Chart> charts() {
    return List.of(Charts.histogram(result));
  }

  @Override
  Output output() {
    return result.spec().output();
  }

  /** The requested percentiles by level, ascending. */
  private TreeMap<Double, Double> percentiles() {
    return new TreeMap<>(result.percentiles());
  }

  /** Labels a percentile level, e.g. {@code P5} for 0.05, {@code P2.5} for 0.025. */
  static String percentileLabel(double level) {
    return "P" + Fmt.num(level * 100);
  }

  private String runLine() {
    MonteCarloSpec s = result.spec();
    int inputs = s.inputs().size();
    return Fmt.grouped(s.samples())
        + (s.samples() == 1 ? " sample" : " samples")
        + ", seed "
        + s.seed()
        + ", "
        + inputs
        + (inputs == 1 ? " uncertain input" : " uncertain inputs")
        + (s.correlation().isEmpty() ? ", independent" : ", rank-correlated")
        + "; "
        + samplingLabel(s.sampling())
        + ", "
        + quantilesLabel(s.quantiles());
  }

  /** Names a sampling method for people, e.g. {@code scrambled Sobol sampling}. */
  static String samplingLabel(SamplingMethod m) {
    if (m == SamplingMethod.LATIN_HYPERCUBE) {
      return "Latin hypercube sampling";
    }
    return m == SamplingMethod.SOBOL ? "scrambled Sobol sampling" : "random sampling";
  }

  /** Names a quantile method for people, e.g. {@code tabulated PERT quantiles}. */
  static String quantilesLabel(QuantileMethod m) {
    return m == QuantileMethod.TABULATED ? "tabulated PERT quantiles" : "exact quantiles";
  }

  /**
   * The note on the standard error: sd / sqrt(n) is the error of the mean for independent samples
   * only; a Latin hypercube or Sobol run is not one.
   */
  private String standardErrorNote() {
    return result.spec().sampling() == SamplingMethod.RANDOM
        ? "of the mean"
        : "of the mean, as if the samples were independent";
  }

  /** How the percentiles (and histogram) were computed, e.g. {@code exact, n = 20,000}. */
  private String methodLine() {
    return result.statistics().percentileMethod().describe();
  }

  /** The histogram's heading suffix: empty when exact, else that the counts are estimates. */
  private String histogramNote() {
    return result.statistics().percentileMethod().isExact()
        ? ""
        : "; counts estimated from the KLL sketch";
  }

  /** Rows {@code label, value, note} of the statistics, in display order. */
  private List<String[]> statisticRows() {
    Output o = output();
    SampleSummary st = result.statistics();
    boolean spread = st.count() >= 2;
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "base case",
          OutputFmt.text(o, result.baseOutput()),
          "every input at the fleet file's value"
        });
    rows.add(new String[] {"mean", OutputFmt.text(o, st.mean()), ""});
    rows.add(
        new String[] {
          "standard deviation", spread ? OutputFmt.text(o, st.standardDeviation()) : Fmt.NONE, ""
        });
    rows.add(
        new String[] {
          "standard error",
          spread ? OutputFmt.fine(o, st.standardError()) : Fmt.NONE,
          standardErrorNote()
        });
    rows.add(new String[] {"min", OutputFmt.text(o, st.min()), ""});
    for (Map.Entry<Double, Double> e : percentiles().entrySet()) {
      rows.add(new String[] {percentileLabel(e.getKey()), OutputFmt.text(o, e.getValue()), ""});
    }
    rows.add(new String[] {"max", OutputFmt.text(o, st.max()), ""});
    return rows;
  }

  private Table histogramTable(boolean bars) {
    Output o = output();
    Histogram h = result.statistics().histogram(BINS);
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
            OutputFmt.text(o, h.lowerEdge(i)),
            OutputFmt.text(o, h.upperEdge(i)),
            Fmt.grouped(h.count(i)),
            share,
            Bars.bar(h.count(i), max, Bars.WIDTH));
      } else {
        t.add(
            OutputFmt.text(o, h.lowerEdge(i)),
            OutputFmt.text(o, h.upperEdge(i)),
            Fmt.grouped(h.count(i)),
            share);
      }
    }
    return t;
  }

  private Table inputsTable() {
    Table t = new Table("INPUT", "DISTRIBUTION");
    for (UncertainInput in : result.spec().inputs()) {
      t.add(in.path(), in.distribution().describe());
    }
    return t;
  }

  @Override
  void printText(PrintStream out) {
    Output o = output();
    out.println(title());
    out.println(runLine());
    out.println("percentiles: " + methodLine());
    out.println("terms: " + Terms.text(spec.terms()));
    Basis.printText(out, basis);
    out.println();
    Table stats = new Table().right(1);
    for (String[] row : statisticRows()) {
      stats.add((Object[]) row);
    }
    stats.print(out, "  ");
    out.println();
    out.println(
        "histogram, "
            + BINS
            + " bins ("
            + OutputFmt.unit(o)
            + "; a bin holds FROM <= x < TO, the last also its TO"
            + histogramNote()
            + ")");
    histogramTable(true).print(out, "  ");
    out.println();
    out.println("uncertain inputs");
    inputsTable().print(out, "  ");
  }

  @Override
  void write(Doc d) {
    Output o = output();
    d.h2(title());
    d.para(
        runLine()
            + ". Percentiles: "
            + methodLine()
            + ". Terms: "
            + Terms.text(spec.terms())
            + ".");
    Basis.write(d, basis);
    Table stats = new Table("STATISTIC", OutputFmt.unit(o), "NOTE").right(1);
    for (String[] row : statisticRows()) {
      stats.add((Object[]) row);
    }
    d.table(stats);
    d.h3("Histogram, " + BINS + " bins (" + OutputFmt.unit(o) + histogramNote() + ")");
    d.table(histogramTable(false));
    d.h3("Uncertain inputs");
    d.table(inputsTable());
  }

  /** CSV: the statistics as {@code statistic,value} records, then the basis lines as records. */
  @Override
  void printCsv(PrintStream out) {
    Csv.row(out, List.of("statistic", "value"));
    for (Map.Entry<String, Object> e : statisticsJson().entrySet()) {
      Csv.row(out, Arrays.asList(e.getKey(), e.getValue()));
    }
    for (int i = 0; i < Basis.CSV_COLUMNS.size(); i++) {
      Csv.row(out, List.of(Basis.CSV_COLUMNS.get(i), Basis.csv(basis).get(i)));
    }
  }

  /**
   * The statistics for CSV: run, base, mean, spread, extremes and percentiles ({@code p5}, {@code
   * p50}, ...).
   */
  private Map<String, Object> statisticsJson() {
    Output o = output();
    SampleSummary st = result.statistics();
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("output", OutputFmt.name(o));
    j.put("unit", OutputFmt.unit(o));
    j.put("samples", result.spec().samples());
    j.put("seed", result.spec().seed());
    j.put("sampling", result.spec().sampling().key());
    j.put("quantiles", result.spec().quantiles().key());
    putMethod(j);
    putMoments(j);
    for (Map.Entry<Double, Double> e : percentiles().entrySet()) {
      j.put(percentileLabel(e.getKey()).toLowerCase(Locale.ROOT), OutputFmt.json(o, e.getValue()));
    }
    j.put("max", OutputFmt.json(o, st.max()));
    return j;
  }

  /**
   * Puts how the percentiles were computed: {@code percentile_method} (its description) and {@code
   * percentile_rank_error} (a fraction, 0 when exact).
   */
  private void putMethod(Map<String, Object> j) {
    j.put("percentile_method", methodLine());
    j.put("percentile_rank_error", Fmt.json(result.statistics().percentileMethod().rankError()));
  }

  /**
   * Puts the base output, mean, standard deviation and standard error (null with fewer than two
   * samples) and min, in that order.
   */
  private void putMoments(Map<String, Object> j) {
    Output o = output();
    SampleSummary st = result.statistics();
    boolean spread = st.count() >= 2;
    j.put("base_output", OutputFmt.json(o, result.baseOutput()));
    j.put("mean", OutputFmt.json(o, st.mean()));
    j.put("standard_deviation", spread ? OutputFmt.json(o, st.standardDeviation()) : null);
    j.put("standard_error", spread ? OutputFmt.json(o, st.standardError()) : null);
    j.put("min", OutputFmt.json(o, st.min()));
  }

  @Override
  Map<String, Object> json() {
    Output o = output();
    SampleSummary st = result.statistics();
    Map<String, Object> j = jsonHead();
    j.put("samples", result.spec().samples());
    j.put("seed", result.spec().seed());
    j.put("sampling", result.spec().sampling().key());
    j.put("quantiles", result.spec().quantiles().key());
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (UncertainInput in : result.spec().inputs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", in.path());
      m.put("distribution", in.distribution().describe());
      m.put("mean", Fmt.json(in.distribution().mean()));
      inputs.add(m);
    }
    j.put("inputs", inputs);
    List<List<Number>> corr = new ArrayList<>();
    for (List<Double> row : result.spec().correlation()) {
      List<Number> c = new ArrayList<>();
      row.forEach(x -> c.add(Fmt.json(x)));
      corr.add(c);
    }
    j.put("correlation", corr.isEmpty() ? null : corr);
    putMethod(j);
    putMoments(j);
    j.put("max", OutputFmt.json(o, st.max()));
    List<Map<String, Object>> ps = new ArrayList<>();
    for (Map.Entry<Double, Double> e : percentiles().entrySet()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("p", Fmt.json(e.getKey()));
      m.put("value", OutputFmt.json(o, e.getValue()));
      ps.add(m);
    }
    j.put("percentiles", ps);
    Histogram h = st.histogram(BINS);
    Map<String, Object> hist = new LinkedHashMap<>();
    List<Number> edges = new ArrayList<>();
    for (double e : h.edges()) {
      edges.add(OutputFmt.json(o, e));
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
