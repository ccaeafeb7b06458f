package dev.flopex.report;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comparison of fleet files ({@link ScenarioComparison}, the first scenario the baseline)
 * rendered as text, JSON, CSV or Markdown ({@link #render(ReportFormat, Appendable)}), as an HTML
 * report ({@link #html()}) and as a chart ({@link #charts()}): what {@code flopex compare} prints,
 * so an embedder gets the same bytes.
 *
 * <p>Every format gives each scenario's basis lines, the per-scenario table (CapEx, year-1 OpEx,
 * economic cost, book TCO, USD/GPU-H and the economic cost delta to the baseline), the terms, the
 * economic cost by component with its deltas, and the warnings, each prefixed by its scenario.
 * Nothing here computes a cost: every figure, delta and share is {@link ScenarioComparison}'s.
 *
 * <pre>{@code
 * ScenarioComparison c = CostEngine.create().compare(scenarios);
 * ComparisonReport.of(c, files, specs).render(ReportFormat.MARKDOWN, System.out);
 * }</pre>
 *
 * <p>Instances are immutable.
 *
 * @since 0.3
 */
public final class ComparisonReport extends DocumentReport {
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

  private final ScenarioComparison comparison;
  private final List<String> files;
  private final List<FleetSpec> specs;
  private final List<String> names;

  private ComparisonReport(
      ScenarioComparison comparison, List<String> files, List<FleetSpec> specs) {
    this.comparison = comparison;
    this.files = List.copyOf(files);
    this.specs = List.copyOf(specs);
    List<String> n = new ArrayList<>();
    for (Scenario s : comparison.scenarios()) {
      n.add(s.name());
    }
    this.names = List.copyOf(n);
    if (this.files.size() != names.size() || this.specs.size() != names.size()) {
      throw new IllegalArgumentException(
          "files and specs must have one entry per scenario ("
              + names.size()
              + ") but had "
              + this.files.size()
              + " and "
              + this.specs.size());
    }
  }

  /**
   * Returns the report of a comparison of fleet files, each scenario named as in the comparison.
   *
   * @param comparison the comparison, e.g. {@code CostEngine.create().compare(scenarios)}, one
   *     scenario per file, in order, the first the baseline
   * @param files how each scenario's file is labelled (e.g. its path as given), in order
   * @param specs the fleet files as read ({@code FleetFiles.load}), in order: their fleet names,
   *     descriptions and terms are shown
   * @return the report
   * @throws IllegalArgumentException if {@code files} or {@code specs} has not one entry per
   *     scenario
   */
  public static ComparisonReport of(
      ScenarioComparison comparison, List<String> files, List<FleetSpec> specs) {
    return new ComparisonReport(comparison, files, specs);
  }

  /** Returns the comparison this report shows. */
  public ScenarioComparison comparison() {
    return comparison;
  }

  /**
   * Returns the charts: the economic cost of each scenario by component ({@link
   * Charts#comparison}).
   *
   * @return the charts
   */
  @Override
  public List<Chart> charts() {
    return List.of(Charts.comparison(comparison));
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
          i == 0 ? Fmt.NONE : Fmt.sign(Fmt.grouped(economicDelta(i).amount(), 0)),
          i == 0 ? Fmt.NONE : Fmt.sign(Fmt.percent(economicDeltaShare(i))));
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
        parts.add(java.util.Objects.requireNonNull(comparison.byComponent().get(c)).get(i));
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
        row.add(Fmt.sign(Fmt.grouped(rounded[i][c] - rounded[0][c])));
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

  @Override
  void printText(PrintStream out) {
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

  @Override
  void write(Doc d) {
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

  @Override
  Map<String, Object> json() {
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
      m.put("delta_usd", moneyList(java.util.Objects.requireNonNull(comparison.deltas().get(c))));
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
  public static final List<String> CSV_COLUMNS =
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

  @Override
  void printCsv(PrintStream out) {
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
        row.add(
            Fmt.jsonMoney(
                java.util.Objects.requireNonNull(comparison.byComponent().get(c)).get(i)));
      }
      for (CostComponent c : comps) {
        row.add(Fmt.jsonMoney(java.util.Objects.requireNonNull(comparison.deltas().get(c)).get(i)));
      }
      row.addAll(Basis.csv(r.basis()));
      Csv.row(out, row);
    }
  }

  /** Returns the file name of a path as given, or the text itself if it has none. */
  private static String fileName(String file) {
    try {
      java.nio.file.Path p = java.nio.file.Path.of(file).getFileName();
      return p == null ? file : p.toString();
    } catch (java.nio.file.InvalidPathException e) {
      return file;
    }
  }
}
