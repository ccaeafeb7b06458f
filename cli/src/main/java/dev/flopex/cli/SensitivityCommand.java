package dev.flopex.cli;

import dev.flopex.costing.CostBasis;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.analysis.SensitivityResult;
import dev.flopex.costing.files.FleetSpec;
import dev.flopex.report.SensitivityReport;
import dev.flopex.report.internal.Doc;
import java.util.List;
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

  @Mixin AnyFormat format;

  /** The CSV columns ({@link SensitivityReport#CSV_COLUMNS}). */
  static final List<String> CSV_COLUMNS = SensitivityReport.CSV_COLUMNS;

  @Mixin ReportOptions report;

  @Mixin StrictOption strict;

  @Override
  public Integer call() {
    Format f = format.get();
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
    SensitivityReport sr = SensitivityReport.of(r, fleet, file, basis);
    sr.render(f.report(), ctx.out());
    report.write(ctx, () -> new Doc.Html(sr.htmlBuilder()), d -> {}, sr::charts);
    return 0;
  }
}
