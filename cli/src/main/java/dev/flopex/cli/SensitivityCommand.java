package dev.flopex.cli;

import dev.flopex.costing.CostBasis;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.analysis.SensitivityResult;
import dev.flopex.costing.analysis.TornadoBar;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flopex sensitivity FILE}: a one-at-a-time sensitivity analysis (a tornado) of a fleet
 * file.
 */
@Command(
    name = "sensitivity",
    sortOptions = false,
    description = {
      "One-at-a-time sensitivity of a fleet file (its sensitivity: section, see docs/fleet-files.md): each input is set "
          + "to its low and then its high value with every other input at the base case. Prints the base output and the "
          + "inputs ranked by swing (|output at high - output at low|) with their elasticity at the base case, and, as a "
          + "table, a text tornado chart. The basis lines say what the output is on (economic or accounting).",
      "JSON and CSV have one record per input, in rank order; CSV has the basis in its last two columns."
    },
    footer = {
      "",
      "Examples:",
      "  flopex sensitivity examples/fleets/h100-neocloud.yaml",
      "  flopex sensitivity examples/fleets/h100-neocloud.yaml --output accounting_tco --format json",
      "  flopex sensitivity examples/fleets/deepseek-2025-01.yaml --charts charts/"
    })
final class SensitivityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(
      paramLabel = "FILE",
      description = "The fleet file (YAML) with a sensitivity: section.")
  String file;

  @Option(
      names = "--output",
      paramLabel = "OUTPUT",
      description =
          "cost_per_gpu_hour (the economic headline), cost_per_useful_gpu_hour, "
              + "economic_cost, npv_of_costs, accounting_tco, capex or opex_year1 (default: the file's sensitivity.output, else cost_per_gpu_hour).")
  String output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json, csv or markdown (default: ${DEFAULT-VALUE}).")
  String format;

  static final List<String> CSV_COLUMNS =
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

  @Mixin ReportOptions report;

  @Mixin StrictOption strict;

  @Override
  public Integer call() {
    Format f = Format.parse(format, Format.TABLE, Format.JSON, Format.CSV, Format.MARKDOWN);
    report.check();
    Output chosen = output == null ? null : Outputs.parse("--output", output);
    Context ctx = FlopexCommand.context(spec);
    FleetSpec fleet = Fleets.load(ctx, "FILE", file);
    if (fleet.sensitivity().isEmpty()) {
      throw new Problem(
          "FILE", file, file + " has no sensitivity section (see docs/fleet-files.md)");
    }
    Output o = chosen == null ? fleet.sensitivityOutput() : chosen;
    SensitivityResult r =
        Opts.noOverflow(
            "fleet " + fleet.fleet().name(),
            () ->
                strict.engine().sensitivity(fleet.fleet(), fleet.terms(), fleet.sensitivity(), o));
    CostBasis basis = Fleets.evaluate(fleet, strict.engine()).basis();
    PrintStream out = ctx.out();
    switch (f) {
      case JSON:
        ctx.printJson(json(fleet, r, basis));
        break;
      case CSV:
        Csv.row(out, CSV_COLUMNS);
        int rank = 1;
        for (TornadoBar b : r.bars()) {
          List<Object> row =
              new ArrayList<>(
                  List.of(
                      fleet.fleet().name(),
                      Outputs.name(o),
                      rank++,
                      b.path(),
                      Fmt.json(b.baseInput()),
                      Fmt.json(b.lowInput()),
                      Fmt.json(b.highInput()),
                      Outputs.json(o, b.baseOutput()),
                      Outputs.json(o, b.outputAtLow()),
                      Outputs.json(o, b.outputAtHigh()),
                      Outputs.json(o, b.swing()),
                      Fmt.json(b.elasticity())));
          row.addAll(Basis.csv(basis));
          Csv.row(out, row);
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
        ctx, d -> write(d, fleet, r, basis), () -> List.of(dev.flopex.report.Charts.tornado(r)));
    return 0;
  }

  /**
   * Writes the sensitivity as a document (Markdown output; also a section of the fleet HTML
   * report).
   */
  static void write(Doc d, FleetSpec fleet, SensitivityResult r, CostBasis basis) {
    Output o = r.output();
    d.h2(title(fleet, o));
    d.para("Terms: " + Terms.text(fleet.terms()) + ".");
    Basis.write(d, basis);
    d.para("Base " + Outputs.label(o) + ": " + Outputs.withUnit(o, r.baseOutput()) + ".");
    d.table(table(r));
  }

  private static String title(FleetSpec fleet, Output o) {
    return "sensitivity of fleet "
        + fleet.fleet().name()
        + ": "
        + Outputs.label(o)
        + " ("
        + Outputs.unit(o)
        + "), one input at a time";
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

  private static Table table(SensitivityResult r) {
    Output o = r.output();
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
    for (TornadoBar b : r.bars()) {
      t.add(
          Integer.toString(rank++),
          b.path(),
          input(b.baseInput()),
          input(b.lowInput()) + " → " + input(b.highInput()),
          Outputs.text(o, b.outputAtLow()),
          Outputs.text(o, b.outputAtHigh()),
          Outputs.text(o, b.swing()),
          Fmt.grouped(b.elasticity(), 3));
    }
    return t;
  }

  private static void printText(
      PrintStream out, FleetSpec fleet, SensitivityResult r, CostBasis basis) {
    Output o = r.output();
    out.println(title(fleet, o));
    out.println("terms: " + Terms.text(fleet.terms()));
    Basis.printText(out, basis);
    out.println("base " + Outputs.label(o) + ": " + Outputs.withUnit(o, r.baseOutput()));
    out.println();
    table(r).print(out, "");
    out.println();
    out.println(
        "tornado ("
            + Outputs.unit(o)
            + "): "
            + Bars.LOW
            + " input at low, "
            + Bars.HIGH
            + " input at high, "
            + Bars.BASE
            + " base "
            + Outputs.text(o, r.baseOutput()));
    tornado(r).print(out, "  ");
  }

  /**
   * The tornado chart: one line per input, the smaller output left of the bar, the larger right,
   * all bars on one axis from the smallest to the largest output.
   */
  static Table tornado(SensitivityResult r) {
    Output o = r.output();
    double lo = r.baseOutput();
    double hi = r.baseOutput();
    for (TornadoBar b : r.bars()) {
      lo = Math.min(lo, Math.min(b.outputAtLow(), b.outputAtHigh()));
      hi = Math.max(hi, Math.max(b.outputAtLow(), b.outputAtHigh()));
    }
    Table t = new Table().right(1);
    for (TornadoBar b : r.bars()) {
      double left = Math.min(b.outputAtLow(), b.outputAtHigh());
      double right = Math.max(b.outputAtLow(), b.outputAtHigh());
      t.add(
          b.path(),
          Outputs.text(o, left),
          Bars.tornado(lo, hi, r.baseOutput(), b.outputAtLow(), b.outputAtHigh(), Bars.WIDTH),
          Outputs.text(o, right));
    }
    return t;
  }

  private Map<String, Object> json(FleetSpec fleet, SensitivityResult r, CostBasis basis) {
    Output o = r.output();
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("fleet", fleet.fleet().name());
    j.put("file", file);
    j.put("description", fleet.description().orElse(null));
    j.put("terms", Terms.json(fleet.terms()));
    j.put("basis", Basis.json(basis));
    j.put("output", Outputs.name(o));
    j.put("unit", Outputs.unit(o));
    j.put("base_output", Outputs.json(o, r.baseOutput()));
    List<Map<String, Object>> bars = new ArrayList<>();
    int rank = 1;
    for (TornadoBar b : r.bars()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rank", rank++);
      m.put("path", b.path());
      m.put("base_input", Fmt.json(b.baseInput()));
      m.put("low_input", Fmt.json(b.lowInput()));
      m.put("high_input", Fmt.json(b.highInput()));
      m.put("output_at_low", Outputs.json(o, b.outputAtLow()));
      m.put("output_at_high", Outputs.json(o, b.outputAtHigh()));
      m.put("swing", Outputs.json(o, b.swing()));
      m.put("elasticity", Fmt.json(b.elasticity()));
      bars.add(m);
    }
    j.put("bars", bars);
    return j;
  }
}
