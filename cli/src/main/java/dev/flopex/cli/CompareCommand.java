package dev.flopex.cli;

import dev.flopex.costing.analysis.Scenario;
import dev.flopex.costing.analysis.ScenarioComparison;
import dev.flopex.costing.files.FleetSpec;
import dev.flopex.report.ComparisonReport;
import dev.flopex.report.internal.Doc;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flopex compare A.yaml B.yaml ...}: fleet files side by side as scenarios, the first the
 * baseline.
 */
@Command(
    name = "compare",
    sortOptions = false,
    description = {
      "Compare fleet files as scenarios, each costed under its own terms, the first as the baseline: each scenario's "
          + "basis lines; per scenario GPUs, CapEx, year-1 OpEx, economic cost, book TCO and USD/GPU-H (the economic "
          + "headline) with the economic cost's delta; then the economic cost by component with the deltas against the "
          + "baseline.",
      "A scenario is named by its file's name: field, or by its file name when two files share a fleet name. In text "
          + "and Markdown each component column adds up to its printed total and each delta is the difference of the "
          + "printed amounts; JSON and CSV carry the unrounded figures. CSV has one row per scenario, its basis in the "
          + "basis_headline and basis_accounting columns."
    },
    footer = {
      "",
      "Examples:",
      "  flopex compare examples/fleets/h100-neocloud.yaml examples/fleets/mixed-fleet.yaml",
      "  flopex compare base.yaml cheap-power.yaml h20-ban.yaml --format json",
      "  flopex compare base.yaml cheap-power.yaml --html compare.html"
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(
      arity = "2..*",
      paramLabel = "FILE",
      description = "Two or more fleet files (YAML); the first is the baseline.")
  List<String> files;

  @Mixin AnyFormat format;

  @Mixin ReportOptions report;

  @Mixin StrictOption strict;

  @Override
  public Integer call() {
    Format f = format.get();
    report.check();
    Context ctx = FlopexCommand.context(spec);
    List<FleetSpec> specs = new ArrayList<>();
    for (String file : files) {
      specs.add(Fleets.load(ctx, "FILE", file));
    }
    List<String> names = scenarioNames(files, specs);
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      scenarios.add(Scenario.of(names.get(i), specs.get(i).fleet(), specs.get(i).terms()));
    }
    ScenarioComparison comparison =
        Opts.noOverflow("compare", () -> strict.engine().compare(scenarios));
    ComparisonReport cr = ComparisonReport.of(comparison, files, specs);
    cr.render(f.report(), ctx.out());
    report.write(ctx, () -> new Doc.Html(cr.htmlBuilder()), d -> {}, cr::charts);
    return 0;
  }

  /**
   * Names the scenarios: each by its fleet's name, or by its file name when another file has the
   * same fleet name.
   *
   * @throws Problem when two files would still get the same name (same fleet name and file name)
   */
  static List<String> scenarioNames(List<String> files, List<FleetSpec> specs) {
    Map<String, Integer> fleetNames = new HashMap<>();
    for (FleetSpec s : specs) {
      fleetNames.merge(s.fleet().name(), 1, Integer::sum);
    }
    List<String> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < specs.size(); i++) {
      String fleet = specs.get(i).fleet().name();
      String n = fleetNames.get(fleet) > 1 ? fileName(files.get(i)) : fleet;
      Integer other = seen.putIfAbsent(n, i);
      if (other != null) {
        throw new Problem(
            "FILE",
            files.get(i),
            "FILE "
                + files.get(other)
                + " and "
                + files.get(i)
                + " would both be scenario '"
                + n
                + "' (same fleet name and file name); give one a different name: field or file name");
      }
      out.add(n);
    }
    return out;
  }

  private static String fileName(String file) {
    Path p = Context.path("FILE", file).getFileName();
    return p == null ? file : p.toString();
  }

  /** The CSV columns before the per-component ones. */
  static final List<String> CSV_COLUMNS = ComparisonReport.CSV_COLUMNS;
}
