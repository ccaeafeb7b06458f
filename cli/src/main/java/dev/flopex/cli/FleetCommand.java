package dev.flopex.cli;

import dev.flopex.costing.FleetResult;
import dev.flopex.costing.analysis.SensitivityResult;
import dev.flopex.costing.files.FleetSpec;
import dev.flopex.report.Chart;
import dev.flopex.report.Charts;
import dev.flopex.report.FleetReport;
import dev.flopex.report.SensitivityReport;
import dev.flopex.report.internal.Doc;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flopex fleet FILE}: cost a fleet file. */
@Command(
    name = "fleet",
    sortOptions = false,
    description = {
      "Cost a fleet file (schema flopex-fleet/1, see examples/fleets/): first the basis lines (what the numbers mean), "
          + "then per cluster GPUs, servers, racks, network tiers and switches, contracted power, CapEx, year-1 OpEx, "
          + "economic cost, book TCO and USD/GPU-H (the economic headline), with fleet totals; cost by component on both "
          + "bases; warnings last, each once.",
      "--html and --charts add charts (CapEx breakdown, OpEx by year, cost per GPU-hour); a file with a sensitivity: "
          + "section also gets its tornado.",
      "JSON has everything (basis, capacity, bill of materials, economic and accounting costs, cost lines with "
          + "formulas, assumptions with sources); CSV has one row per cluster, its basis in the last two columns."
    },
    footer = {
      "",
      "Examples:",
      "  flopex fleet examples/fleets/h100-neocloud.yaml",
      "  flopex fleet examples/fleets/mixed-fleet.yaml --detail",
      "  flopex fleet examples/fleets/mixed-fleet.yaml --format json",
      "  flopex fleet examples/fleets/deepseek-2025-01.yaml --html deepseek.html",
      "  flopex fleet examples/fleets/mixed-fleet.yaml --charts charts/"
    })
final class FleetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(paramLabel = "FILE", description = "The fleet file (YAML).")
  String file;

  @Mixin AnyFormat format;

  @Option(
      names = "--detail",
      description =
          "Also print each cluster's capacity, bill of materials, economic cost per GPU-hour by component, book cost lines "
              + "with their formulas and book TCO by year (table and markdown).")
  boolean detail;

  @Mixin ReportOptions report;

  @Mixin StrictOption strict;

  /**
   * Returns the command as picocli builds it for {@code flopex fleet FILE} with no option: every
   * option at its default. {@link Main} runs it directly for the README's main job, skipping
   * picocli's reflective model (issue 13, W4); {@code FleetFastPathTest} checks that both give the
   * same bytes and exit status.
   *
   * @param file the fleet file as given
   */
  static FleetCommand plain(String file) {
    FleetCommand c = new FleetCommand();
    c.file = file;
    c.format = new AnyFormat();
    c.format.format = AnyFormat.DEFAULT;
    c.detail = false;
    c.help = new HelpOption();
    c.report = new ReportOptions();
    c.strict = new StrictOption();
    return c;
  }

  /**
   * Whether the arguments are exactly {@code fleet FILE} with a FILE that picocli cannot read as an
   * option (not empty, not starting with {@code -}): the one shape {@link #plain} stands for.
   */
  static boolean isPlain(String[] args) {
    return args.length == 2
        && "fleet".equals(args[0])
        && args[1] != null
        && !args[1].isEmpty()
        && !args[1].startsWith("-");
  }

  @Override
  public Integer call() {
    return run(FlopexCommand.context(spec));
  }

  /** Runs the command with the run's context (from picocli's model or {@link Main}'s fast path). */
  Integer run(Context ctx) {
    Format f = format.get();
    report.check();
    FleetSpec fleet = Fleets.load(ctx, "FILE", file);
    FleetResult result = Fleets.evaluate(fleet, strict.engine());
    FleetReport fr = FleetReport.of(fleet, result).withDetail(detail);
    fr.render(f.report(), ctx.out());
    // a report of a file with a sensitivity: section also shows how the answer moves (its tornado)
    SensitivityResult sensitivity =
        report.any() && !fleet.sensitivity().isEmpty()
            ? Opts.noOverflow(
                "fleet " + fleet.fleet().name(),
                () ->
                    strict
                        .engine()
                        .sensitivity(
                            fleet.fleet(),
                            fleet.terms(),
                            fleet.sensitivity(),
                            fleet.sensitivityOutput()))
            : null;
    // the fleet's report with its charts, then the sensitivity section and its tornado
    report.write(
        ctx,
        () ->
            new Doc.Html(
                sensitivity == null
                    ? fr.htmlBuilder()
                    : SensitivityReport.of(sensitivity, fleet, file, result.basis())
                        .appendTo(fr.htmlBuilder())),
        d -> {},
        () -> {
          List<Chart> charts = new ArrayList<>(fr.charts());
          if (sensitivity != null) {
            charts.add(Charts.tornado(sensitivity));
          }
          return charts;
        });
    return 0;
  }
}
