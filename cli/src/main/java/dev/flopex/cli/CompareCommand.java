package dev.flopex.cli;

import dev.flopex.core.money.Money;
import dev.flopex.costing.CostComponent;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.analysis.Scenario;
import dev.flopex.costing.analysis.ScenarioComparison;
import dev.flopex.costing.files.FleetSpec;
import dev.flopex.report.internal.Apportion;
import dev.flopex.report.internal.Basis;
import dev.flopex.report.internal.Csv;
import dev.flopex.report.internal.Doc;
import dev.flopex.report.internal.Fmt;
import dev.flopex.report.internal.Table;
import dev.flopex.report.internal.Terms;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json, csv or markdown (default: ${DEFAULT-VALUE}).")
  String format;

  private static final String[] MAIN_HEADERS = {
    "SCENARIO",
    "FILE",
    "CLUSTERS",
    "GPUS",
    "CAPEX USD",
    "OPEX YR1 USD",
    "ECONOMIC COST USD",
    "BOOK TCO USD",
    "USD/GPU-H",
    "ECONOMIC DELTA USD",
    "ECONOMIC DELTA"
  };

  private List<FleetSpec> specs;
  private List<String> names;
  private ScenarioComparison comparison;

  @Mixin ReportOptions report;

  @Mixin StrictOption strict;

  @Override
  public Integer call() {
    Format f = Format.parse(format, Format.TABLE, Format.JSON, Format.CSV, Format.MARKDOWN);
    report.check();
    Context ctx = FlopexCommand.context(spec);
    specs = new ArrayList<>();
    for (String file : files) {
      specs.add(Fleets.load(ctx, "FILE", file));
    }
    names = scenarioNames(files, specs);
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      scenarios.add(Scenario.of(names.get(i), specs.get(i).fleet(), specs.get(i).terms()));
    }
    comparison = Opts.noOverflow("compare", () -> strict.engine().compare(scenarios));
    PrintStream out = ctx.out();
    switch (f) {
      case JSON:
        ctx.printJson(json());
        break;
      case CSV:
        printCsv(out);
        break;
      case MARKDOWN:
        write(new Doc.Markdown(out));
        break;
      default:
        printText(out);
        break;
    }
    out.flush();
    report.write(ctx, this::write, () -> List.of(dev.flopex.report.Charts.comparison(comparison)));
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

  private FleetResult result(int i) {
    return comparison.results().get(i);
  }

  private int size() {
    return comparison.results().size();
  }

  private Money economicDelta(int i) {
    return comparison.economicCostDeltas().get(i);
  }

  private double economicDeltaShare(int i) {
    return comparison.economicCostDeltaShares().get(i);
  }

  /** Each scenario's warnings (each once, as the library gives them), prefixed by the scenario. */
  private List<String> warnings() {
    List<String> w = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      for (dev.flopex.costing.Warning s : result(i).warnings()) {
        w.add(names.get(i) + ": " + s.message());
      }
    }
    return w;
  }

  // ------------------------------------------------------------------------------------------
  // text and Markdown

  private String title() {
    List<String> others = new ArrayList<>(names.subList(1, names.size()));
    return "compare " + names.get(0) + " (baseline) with " + String.join(", ", others);
  }

  private Table mainTable() {
    Table t = new Table(MAIN_HEADERS).right(2, 3, 4, 5, 6, 7, 8, 9, 10);
    for (int i = 0; i < size(); i++) {
      FleetResult r = result(i);
      t.add(
          names.get(i),
          fileName(files.get(i)),
          Integer.toString(r.clusters().size()),
          Fmt.grouped(r.gpus()),
          Fmt.grouped(r.capexTotal().amount(), 0),
          Fmt.grouped(r.opexYear1().amount(), 0),
          Fmt.grouped(r.economicCost().amount(), 0),
          Fmt.grouped(r.accountingTco().amount(), 0),
          Fmt.grouped(r.costPerGpuHour().amount(), 2),
          i == 0 ? Fmt.NONE : Outputs.sign(Fmt.grouped(economicDelta(i).amount(), 0)),
          i == 0 ? Fmt.NONE : Outputs.sign(Fmt.percent(economicDeltaShare(i))));
    }
    return t;
  }

  /**
   * Economic cost by component: one column per scenario (rounded so that it adds up to its printed
   * total), then one delta column per scenario after the baseline (the difference of the printed
   * amounts).
   */
  private Table componentTable() {
    List<CostComponent> comps = new ArrayList<>(comparison.byComponent().keySet());
    comps.sort(null);
    int n = size();
    long[][] rounded = new long[n][];
    for (int i = 0; i < n; i++) {
      List<Money> parts = new ArrayList<>();
      for (CostComponent c : comps) {
        parts.add(comparison.byComponent().get(c).get(i));
      }
      rounded[i] = Apportion.round(Fmt.amounts(parts), 0);
    }
    List<String> headers = new ArrayList<>();
    headers.add("COMPONENT");
    headers.addAll(names);
    for (int i = 1; i < n; i++) {
      headers.add("DELTA " + names.get(i));
    }
    int[] right = new int[2 * n - 1];
    for (int k = 0; k < right.length; k++) {
      right[k] = k + 1;
    }
    Table t = new Table(headers.toArray(new String[0])).right(right);
    for (int c = 0; c <= comps.size(); c++) {
      List<String> row = new ArrayList<>();
      row.add(c == comps.size() ? "total" : Fmt.words(comps.get(c)));
      for (int i = 0; i < n; i++) {
        row.add(Fmt.grouped(rounded[i][c]));
      }
      for (int i = 1; i < n; i++) {
        row.add(Outputs.sign(Fmt.grouped(rounded[i][c] - rounded[0][c])));
      }
      t.add(row.toArray());
    }
    return t;
  }

  private String componentCaption() {
    return "Economic cost by component, USD over each scenario's horizon (level annual cost at the WACC x years, capital net of the "
        + "market value kept); deltas against "
        + names.get(0);
  }

  private void printText(PrintStream out) {
    out.println(title());
    for (int i = 0; i < size(); i++) {
      Basis.printText(out, names.get(i) + " ", result(i).basis());
    }
    out.println();
    mainTable().print(out, "");
    out.println();
    out.println("terms:");
    Table terms = new Table();
    for (int i = 0; i < size(); i++) {
      terms.add(names.get(i), Terms.text(specs.get(i).terms()));
    }
    terms.print(out, "  ");
    out.println();
    out.println(componentCaption());
    componentTable().print(out, "  ");
    out.println();
    List<String> w = warnings();
    if (w.isEmpty()) {
      out.println("warnings: none");
    } else {
      out.println("warnings:");
      w.forEach(s -> out.println("  " + s));
    }
  }

  private void write(Doc d) {
    d.h2(title());
    List<String> basis = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      basis.add(names.get(i) + ": " + result(i).basis().headline());
      basis.add(names.get(i) + ": " + result(i).basis().accounting());
    }
    // each scenario's lines, named (a report of several results keeps them apart)
    d.para("Basis:");
    d.bullets(basis);
    d.table(mainTable());
    d.para("Terms:");
    List<String> t = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      t.add(names.get(i) + ": " + Terms.text(specs.get(i).terms()));
    }
    d.bullets(t);
    d.h3(componentCaption());
    d.table(componentTable());
    d.h3("Warnings");
    List<String> w = warnings();
    if (w.isEmpty()) {
      d.para("None.");
    } else {
      d.bullets(w);
    }
  }

  // ------------------------------------------------------------------------------------------
  // JSON and CSV

  private Map<String, Object> json() {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("baseline", names.get(0));
    List<Map<String, Object>> scenarios = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      FleetResult r = result(i);
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("name", names.get(i));
      s.put("file", files.get(i));
      s.put("fleet", specs.get(i).fleet().name());
      s.put("description", specs.get(i).description().orElse(null));
      s.put("terms", Terms.json(specs.get(i).terms()));
      s.put("basis", Basis.json(r.basis()));
      s.put("clusters", r.clusters().size());
      s.put("gpus", r.gpus());
      s.put("capex_usd", Fmt.jsonMoney(r.capexTotal()));
      s.put("opex_year1_usd", Fmt.jsonMoney(r.opexYear1()));
      s.put("usd_per_gpu_hour", Fmt.json(r.costPerGpuHour().amount()));
      s.put("usd_per_useful_gpu_hour", Fmt.json(r.costPerUsefulGpuHour().amount()));
      s.put("economic_cost_usd", Fmt.jsonMoney(r.economicCost()));
      s.put("npv_of_costs_usd", Fmt.jsonMoney(r.npvOfCosts()));
      s.put("accounting_tco_usd", Fmt.jsonMoney(r.accountingTco()));
      s.put("economic_cost_delta_usd", Fmt.jsonMoney(economicDelta(i)));
      s.put("economic_cost_delta_share", Fmt.json(economicDeltaShare(i)));
      s.put("warnings", new ArrayList<>(dev.flopex.costing.Warning.messages(r.warnings())));
      scenarios.add(s);
    }
    j.put("scenarios", scenarios);
    List<Map<String, Object>> comps = new ArrayList<>();
    for (CostComponent c : CostComponent.values()) {
      List<Money> v = comparison.byComponent().get(c);
      if (v == null) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("component", Fmt.key(c));
      m.put("capital", c.isCapital());
      m.put("economic_cost_usd", moneyList(v));
      m.put("delta_usd", moneyList(comparison.deltas().get(c)));
      comps.add(m);
    }
    j.put("economic_cost_by_component", comps);
    j.put("economic_cost_deltas_usd", moneyList(comparison.economicCostDeltas()));
    return j;
  }

  private static List<Number> moneyList(List<Money> ms) {
    List<Number> l = new ArrayList<>();
    ms.forEach(m -> l.add(Fmt.jsonMoney(m)));
    return l;
  }

  /** The CSV columns before the per-component ones. */
  static final List<String> CSV_COLUMNS =
      List.of(
          "scenario",
          "file",
          "fleet",
          "clusters",
          "gpus",
          "capex_usd",
          "opex_year1_usd",
          "economic_cost_usd",
          "npv_of_costs_usd",
          "accounting_tco_usd",
          "usd_per_gpu_hour",
          "economic_cost_delta_usd",
          "economic_cost_delta_share");

  private void printCsv(PrintStream out) {
    List<CostComponent> comps = new ArrayList<>();
    for (CostComponent c : CostComponent.values()) {
      if (comparison.byComponent().containsKey(c)) {
        comps.add(c);
      }
    }
    List<Object> header = new ArrayList<>(CSV_COLUMNS);
    comps.forEach(c -> header.add(Fmt.key(c) + "_economic_cost_usd"));
    comps.forEach(c -> header.add(Fmt.key(c) + "_delta_usd"));
    header.addAll(Basis.CSV_COLUMNS);
    Csv.row(out, header);
    for (int i = 0; i < size(); i++) {
      FleetResult r = result(i);
      List<Object> row =
          new ArrayList<>(
              List.of(
                  names.get(i),
                  files.get(i),
                  specs.get(i).fleet().name(),
                  r.clusters().size(),
                  r.gpus(),
                  Fmt.jsonMoney(r.capexTotal()),
                  Fmt.jsonMoney(r.opexYear1()),
                  Fmt.jsonMoney(r.economicCost()),
                  Fmt.jsonMoney(r.npvOfCosts()),
                  Fmt.jsonMoney(r.accountingTco()),
                  Fmt.json(r.costPerGpuHour().amount()),
                  Fmt.jsonMoney(economicDelta(i)),
                  Fmt.json(economicDeltaShare(i))));
      for (CostComponent c : comps) {
        row.add(Fmt.jsonMoney(comparison.byComponent().get(c).get(i)));
      }
      for (CostComponent c : comps) {
        row.add(Fmt.jsonMoney(comparison.deltas().get(c).get(i)));
      }
      row.addAll(Basis.csv(r.basis()));
      Csv.row(out, row);
    }
  }
}
