package dev.flopex.report;

import dev.flopex.costing.CostBasis;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.analysis.SensitivityResult;
import dev.flopex.costing.analysis.TornadoBar;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A one-at-a-time sensitivity analysis of a fleet file ({@link SensitivityResult}, a tornado)
 * rendered as text, JSON, CSV or Markdown ({@link #render(ReportFormat, Appendable)}), as an HTML
 * report ({@link #html()}) and as a chart ({@link #charts()}): what {@code flopex sensitivity}
 * prints, so an embedder gets the same bytes.
 *
 * <p>Every format names the output and its basis (the fleet's basis lines, e.g. economic cost per
 * GPU-hour), gives the base output and the inputs in rank order (largest swing first) with their
 * base, low and high values, the output at the low and the high value, the swing and the elasticity
 * at the base case; the text table also draws a text tornado. Nothing here computes a cost: every
 * output, swing and elasticity is {@link SensitivityResult}'s, and the rank is the order of its
 * bars.
 *
 * <pre>{@code
 * FleetSpec spec = FleetFiles.load(path, catalog);
 * CostEngine engine = CostEngine.create();
 * SensitivityResult r = engine.sensitivity(spec.fleet(), spec.terms(), spec.sensitivity(),
 *     spec.sensitivityOutput());
 * CostBasis basis = engine.evaluate(spec.fleet(), spec.terms()).basis();
 * SensitivityReport.of(r, spec, path.toString(), basis).render(ReportFormat.MARKDOWN, System.out);
 * }</pre>
 *
 * <p>Instances are immutable.
 *
 * @since 0.3
 */
public final class SensitivityReport extends FleetAnalysisReport {
  /** The CSV columns, one record per input in rank order; the basis lines are the last two. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "fleet",
          "output",
          "rank",
          "path",
          "base_input",
          "low_input",
          "high_input",
          "base_output",
          "output_at_low",
          "output_at_high",
          "swing",
          "elasticity",
          "basis_headline",
          "basis_accounting");

  private final SensitivityResult result;

  private SensitivityReport(
      SensitivityResult result, FleetSpec spec, String file, CostBasis basis) {
    super(spec, file, basis);
    this.result = Objects.requireNonNull(result, "result");
  }

  /**
   * Returns the report of a sensitivity analysis of a fleet file.
   *
   * @param result the analysis, e.g. {@code engine.sensitivity(spec.fleet(), spec.terms(),
   *     spec.sensitivity(), spec.sensitivityOutput())}
   * @param spec the fleet file as read ({@code FleetFiles.load}): its fleet name, description and
   *     terms are shown
   * @param file how the file is labelled in JSON (e.g. its path as given)
   * @param basis the basis of the fleet's base case, {@code engine.evaluate(spec.fleet(),
   *     spec.terms()).basis()}: what the output is on (economic or accounting)
   * @return the report
   */
  public static SensitivityReport of(
      SensitivityResult result, FleetSpec spec, String file, CostBasis basis) {
    return new SensitivityReport(result, spec, file, basis);
  }

  @Override
  Output output() {
    return result.output();
  }

  /** Returns the sensitivity analysis this report shows. */
  public SensitivityResult result() {
    return result;
  }

  /**
   * Returns the title, e.g. {@code sensitivity of fleet h100-neocloud: economic cost per GPU-hour
   * (USD/GPU-h), one input at a time}.
   */
  public String title() {
    return title("sensitivity", ", one input at a time");
  }

  /**
   * Adds this report's text (the Markdown output's section) to a report begun elsewhere, e.g. a
   * fleet's {@link FleetReport#htmlBuilder()}, as {@code flopex fleet --html} shows how its answer
   * moves; add {@link #charts()} to it as well for the tornado.
   *
   * @param builder the report to continue
   * @return {@code builder}
   */
  public HtmlReport.Builder appendTo(HtmlReport.Builder builder) {
    write(new Doc.Html(Objects.requireNonNull(builder, "builder")));
    return builder;
  }

  /**
   * Returns the charts: the tornado of every input ({@link Charts#tornado(SensitivityResult)}).
   *
   * @return the charts
   */
  @Override
  public List<Chart> charts() {
    return List.of(Charts.tornado(result));
  }

  /** Writes the sensitivity as a document (Markdown output; also a section of an HTML report). */
  @Override
  void write(Doc d) {
    Output o = result.output();
    d.h2(title());
    d.para("Terms: " + Terms.text(spec.terms()) + ".");
    Basis.write(d, basis);
    d.para("Base " + OutputFmt.label(o) + ": " + OutputFmt.withUnit(o, result.baseOutput()) + ".");
    d.table(table());
  }

  /**
   * Formats an input value for the text table: whole numbers grouped ({@code 317,000}), values of
   * 1,000 or more to the unit ({@code 272,949} for a price read off a timeline), others plain
   * ({@code 0.08}). CSV and JSON carry the exact value.
   */
  static String input(double v) {
    if (Math.abs(v) < 1e15 && (v == Math.rint(v) || Math.abs(v) >= 1000)) {
      return Fmt.grouped(Math.round(v));
    }
    return Fmt.num(v);
  }

  private Table table() {
    Output o = result.output();
    Table t =
        new Table(
                "RANK",
                "INPUT",
                "BASE INPUT",
                "LOW → HIGH INPUT",
                "OUTPUT AT LOW",
                "OUTPUT AT HIGH",
                "SWING",
                "ELASTICITY")
            .right(0, 2, 4, 5, 6, 7);
    int rank = 1;
    for (TornadoBar b : result.bars()) {
      t.add(
          Integer.toString(rank++),
          b.path(),
          input(b.baseInput()),
          input(b.lowInput()) + " → " + input(b.highInput()),
          OutputFmt.text(o, b.outputAtLow()),
          OutputFmt.text(o, b.outputAtHigh()),
          OutputFmt.text(o, b.swing()),
          Fmt.grouped(b.elasticity(), 3));
    }
    return t;
  }

  @Override
  void printText(PrintStream out) {
    Output o = result.output();
    out.println(title());
    out.println("terms: " + Terms.text(spec.terms()));
    Basis.printText(out, basis);
    out.println("base " + OutputFmt.label(o) + ": " + OutputFmt.withUnit(o, result.baseOutput()));
    out.println();
    table().print(out, "");
    out.println();
    out.println(
        "tornado ("
            + OutputFmt.unit(o)
            + "): "
            + Bars.LOW
            + " input at low, "
            + Bars.HIGH
            + " input at high, "
            + Bars.BASE
            + " base "
            + OutputFmt.text(o, result.baseOutput()));
    tornado().print(out, "  ");
  }

  /**
   * The text tornado: one line per input, the smaller output left of the bar, the larger right, all
   * bars on one axis from the smallest to the largest output.
   */
  private Table tornado() {
    Output o = result.output();
    double lo = result.baseOutput();
    double hi = result.baseOutput();
    for (TornadoBar b : result.bars()) {
      lo = Math.min(lo, Math.min(b.outputAtLow(), b.outputAtHigh()));
      hi = Math.max(hi, Math.max(b.outputAtLow(), b.outputAtHigh()));
    }
    Table t = new Table().right(1);
    for (TornadoBar b : result.bars()) {
      double left = Math.min(b.outputAtLow(), b.outputAtHigh());
      double right = Math.max(b.outputAtLow(), b.outputAtHigh());
      t.add(
          b.path(),
          OutputFmt.text(o, left),
          Bars.tornado(lo, hi, result.baseOutput(), b.outputAtLow(), b.outputAtHigh(), Bars.WIDTH),
          OutputFmt.text(o, right));
    }
    return t;
  }

  @Override
  void printCsv(PrintStream out) {
    Output o = result.output();
    Csv.row(out, CSV_COLUMNS);
    int rank = 1;
    for (TornadoBar b : result.bars()) {
      List<Object> row =
          new ArrayList<>(
              List.of(
                  spec.fleet().name(),
                  OutputFmt.name(o),
                  rank++,
                  b.path(),
                  Fmt.json(b.baseInput()),
                  Fmt.json(b.lowInput()),
                  Fmt.json(b.highInput()),
                  OutputFmt.json(o, b.baseOutput()),
                  OutputFmt.json(o, b.outputAtLow()),
                  OutputFmt.json(o, b.outputAtHigh()),
                  OutputFmt.json(o, b.swing()),
                  Fmt.json(b.elasticity())));
      row.addAll(Basis.csv(basis));
      Csv.row(out, row);
    }
  }

  @Override
  Map<String, Object> json() {
    Output o = result.output();
    Map<String, Object> j = jsonHead();
    j.put("base_output", OutputFmt.json(o, result.baseOutput()));
    List<Map<String, Object>> bars = new ArrayList<>();
    int rank = 1;
    for (TornadoBar b : result.bars()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rank", rank++);
      m.put("path", b.path());
      m.put("base_input", Fmt.json(b.baseInput()));
      m.put("low_input", Fmt.json(b.lowInput()));
      m.put("high_input", Fmt.json(b.highInput()));
      m.put("output_at_low", OutputFmt.json(o, b.outputAtLow()));
      m.put("output_at_high", OutputFmt.json(o, b.outputAtHigh()));
      m.put("swing", OutputFmt.json(o, b.swing()));
      m.put("elasticity", Fmt.json(b.elasticity()));
      bars.add(m);
    }
    j.put("bars", bars);
    return j;
  }
}
