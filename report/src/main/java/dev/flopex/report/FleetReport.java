package dev.flopex.report;

import dev.flopex.catalog.Precision;
import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.AssumptionSet;
import dev.flopex.costing.AssumptionSets;
import dev.flopex.costing.BomLine;
import dev.flopex.costing.CapacityPlan;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CostComponent;
import dev.flopex.costing.CostLine;
import dev.flopex.costing.EconomicCost;
import dev.flopex.costing.FatTree;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.NetworkDesign;
import dev.flopex.costing.PowerBasis;
import dev.flopex.costing.PowerBuild;
import dev.flopex.costing.PowerSizing;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A costed fleet (or one cluster) rendered for people and programs: as text tables, JSON, CSV or
 * Markdown ({@link #render(ReportFormat, Appendable)}), as a self-contained HTML report ({@link
 * #html()}) and as charts ({@link #charts()}). The command line's {@code flopex fleet} and {@code
 * flopex tco} print exactly this, so an embedder gets the same bytes.
 *
 * <p>Every format gives the basis lines (what the numbers mean), the per-cluster table with a
 * totals row (the totals are {@link FleetResult}'s own), the cost by component on both bases with
 * shares that add up to the totals, any power sizing, optionally ({@link #withDetail}) each
 * cluster's capacity, bill of materials and cost lines, and the warnings last, each once. Nothing
 * here computes a cost: every figure is the library's. "USD/GPU-H" is the economic headline ({@link
 * FleetResult#costPerGpuHour()}); "ECONOMIC COST USD" the economic cost over the horizon; "BOOK TCO
 * USD" the accounting basis's TCO.
 *
 * <p>In text and Markdown, the parts of a breakdown (components, BoM lines, cost lines, years) are
 * rounded so that they add up to the rounded total (largest-remainder rounding); JSON and CSV carry
 * the unrounded figures (money to the cent, other numbers to 10 significant digits).
 *
 * <pre>{@code
 * FleetSpec spec = FleetFiles.load(Path.of("examples/fleets/mixed-fleet.yaml"), HardwareCatalog.builtIn());
 * FleetResult result = CostEngine.create().evaluate(spec.fleet(), spec.terms());
 * FleetReport report = FleetReport.of(spec, result).withDetail(true);
 * report.render(ReportFormat.MARKDOWN, System.out);   // what `flopex fleet FILE --detail --format markdown` prints
 * report.html().writeTo(Path.of("mixed-fleet.html"));  // summary and charts first, details collapsible
 * }</pre>
 *
 * <p>Instances are immutable; the {@code with...} methods return copies.
 *
 * @since 0.3
 */
public final class FleetReport extends DocumentReport {
  private static final String[] MAIN_HEADERS = {
    "CLUSTER",
    "SYSTEM",
    "GPUS",
    "SERVERS",
    "RACKS",
    "TIERS",
    "SWITCHES",
    "CONTRACTED MW",
    "CAPEX USD",
    "OPEX YR1 USD",
    "ECONOMIC COST USD",
    "BOOK TCO USD",
    "USD/GPU-H"
  };

  /** The CSV columns, in order (one record per cluster). */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "fleet",
          "cluster",
          "system",
          "gpus",
          "servers",
          "racks",
          "tiers",
          "switches",
          "contracted_mw",
          "capex_usd",
          "opex_year1_usd",
          "economic_cost_usd",
          "npv_of_costs_usd",
          "usd_per_gpu_hour",
          "usd_per_useful_gpu_hour",
          "accounting_tco_usd",
          "accounting_usd_per_gpu_hour",
          "basis_headline",
          "basis_accounting");

  private final FleetResult result;
  private final String kind;
  private final String name;
  private final Optional<String> description;
  private final FinancialTerms terms;
  private final List<PowerBuild> power;
  private final boolean detail;

  private FleetReport(
      FleetResult result,
      String kind,
      String name,
      Optional<String> description,
      List<PowerBuild> power,
      boolean detail) {
    this.result = result;
    this.kind = kind;
    this.name = name;
    this.description = description;
    this.terms = result.clusters().get(0).terms();
    this.power = List.copyOf(power);
    this.detail = detail;
  }

  /**
   * Returns the report of a costed fleet, titled {@code fleet NAME} (the fleet's name), without
   * description, power sizing or detail.
   *
   * @param result the costed fleet, e.g. {@code CostEngine.create().evaluate(fleet, terms)}
   * @return the report
   */
  public static FleetReport of(FleetResult result) {
    return new FleetReport(
        result, "fleet", result.fleet().name(), Optional.empty(), List.of(), false);
  }

  /**
   * Returns the report of a fleet file costed under its terms: titled with the file's fleet name
   * and description, with a power sizing section for each cluster entry sized by power ({@link
   * FleetSpec#powerBuilds()}); what {@code flopex fleet FILE} prints.
   *
   * @param spec the fleet file as read ({@code FleetFiles.load})
   * @param result its cost, {@code CostEngine.create().evaluate(spec.fleet(), spec.terms())}
   * @return the report
   */
  public static FleetReport of(FleetSpec spec, FleetResult result) {
    return new FleetReport(
        result, "fleet", spec.fleet().name(), spec.description(), spec.powerBuilds(), false);
  }

  /**
   * Returns a copy titled as one cluster ({@code cluster NAME: DESCRIPTION}, JSON {@code "kind":
   * "cluster"}), as {@code flopex tco} prints a fleet of one cluster given by options.
   *
   * @param description what the cluster is, e.g. {@code 2,560 x hgx-h100 (20,480 GPUs), ...}
   * @return the copy
   */
  public FleetReport asCluster(String description) {
    return new FleetReport(
        result,
        "cluster",
        result.clusters().get(0).cluster().name(),
        Optional.of(description),
        power,
        detail);
  }

  /**
   * Returns a copy with this description after the title ({@code fleet NAME: DESCRIPTION}, JSON
   * {@code "description"}), as {@code flopex tco} describes a phased build given by options.
   *
   * @param description what the fleet is, e.g. {@code campus in 3 tranches energised 2026-06-01 to
   *     2027-07-01: ...}
   * @return the copy
   */
  public FleetReport withDescription(String description) {
    return new FleetReport(result, kind, name, Optional.of(description), power, detail);
  }

  /**
   * Returns a copy with these power builds, each shown as a power sizing section (how clusters
   * sized by a power budget were sized: budget, PUE, headroom, systems per tranche).
   *
   * @param builds the builds, e.g. {@code List.of(engine.sizeForPower(template, budget))} wrapped
   *     in a {@link PowerBuild}
   * @return the copy
   */
  public FleetReport withPowerBuilds(List<PowerBuild> builds) {
    return new FleetReport(result, kind, name, description, builds, detail);
  }

  /**
   * Returns a copy that also shows (in table, Markdown and HTML) each cluster's capacity, bill of
   * materials, economic cost per GPU-hour by component, book cost lines with their formulas and
   * book TCO by year. JSON always has all of it; CSV has none.
   *
   * @param detail whether to show the detail
   * @return the copy
   */
  public FleetReport withDetail(boolean detail) {
    return new FleetReport(result, kind, name, description, power, detail);
  }

  /** Returns the costed fleet this report shows. */
  public FleetResult result() {
    return result;
  }

  /**
   * Returns the HTML report: the title and basis lines, then a summary (the headline numbers, the
   * per-cluster table with its totals and the warnings), the charts ({@link #charts()}), and after
   * them every other section (power sizing, cost by component, each cluster's detail) collapsible.
   * Self-contained: no scripts and no external resources.
   *
   * @return the report
   */
  @Override
  public HtmlReport html() {
    return super.html();
  }

  /**
   * Returns a builder holding {@link #html()}'s text but not its charts, to which more sections and
   * charts can be added before {@link HtmlReport.Builder#build()}: add {@link #charts()} (and any
   * others; the page shows them all after the summary); each {@link HtmlReport.Builder#heading}
   * starts a collapsible section after this report's.
   *
   * @return the builder
   */
  @Override
  public HtmlReport.Builder htmlBuilder() {
    HtmlReport.Builder b = HtmlReport.builder(Fmt.oneLine(title()));
    writeHtml(new Doc.Html(b));
    return b;
  }

  // ------------------------------------------------------------------------------------------
  // figures shared by every format

  private static double contractedMw(ClusterResult r) {
    return r.capacity().contractedItPower().in(PowerUnit.MEGAWATTS);
  }

  private static double amount(Map<CostComponent, Money> m, CostComponent c) {
    Money v = m.get(c);
    return v == null ? 0 : v.amount();
  }

  private String termsLine() {
    return Terms.text(terms);
  }

  private String title() {
    return kind + " " + name + description.map(d -> ": " + d).orElse("");
  }

  /** The fleet's warnings as text, each once (the library deduplicates them). */
  private List<String> warnings() {
    return dev.flopex.costing.Warning.messages(result.warnings());
  }

  // ------------------------------------------------------------------------------------------
  // power sizing

  private static String powerCaption(PowerBuild b) {
    PowerBasis basis = b.basis();
    return "power sizing of "
        + b.name()
        + (b.tranches().size() > 1 ? " in " + b.tranches().size() + " tranches" : "")
        + ": sized by "
        + basis.description()
        + " ("
        + basis.key()
        + "); "
        + PowerSizing.CONTRACTED_POWER_CONVENTION
        + (basis == PowerBasis.UTILITY ? ", x PUE at the meter" : "")
        + "; headroom in "
        + basis.label()
        + " MW";
  }

  /**
   * One row per tranche (the date is its energisation and purchase date), with a total row for
   * several.
   */
  private static Table powerTable(PowerBuild b) {
    Table t =
        new Table(
                "CLUSTER",
                "DATE",
                "BUDGET MW",
                "PUE",
                "IT MW AVAILABLE",
                "CONTRACTED IT MW",
                "UTILITY MW USED",
                "HEADROOM MW",
                "SYSTEMS",
                "GPUS")
            .right(2, 3, 4, 5, 6, 7, 8, 9);
    for (PowerSizing s : b.tranches()) {
      t.add(
          s.cluster().name(),
          s.cluster().purchaseDate().toString(),
          Fmt.grouped(s.budget().megawatts(), 2),
          Fmt.num(s.pue().value()),
          Fmt.grouped(s.criticalItMwAvailable(), 2),
          Fmt.grouped(s.contractedItMw(), 2),
          Fmt.grouped(s.utilityMwUsed(), 2),
          Fmt.grouped(s.headroomMw(), 2),
          Fmt.grouped(s.servers()),
          Fmt.grouped(s.gpus()));
    }
    if (b.tranches().size() > 1) {
      t.add(
          "TOTAL",
          "",
          Fmt.grouped(b.budgetMw(), 2),
          "",
          Fmt.grouped(b.criticalItMwAvailable(), 2),
          Fmt.grouped(b.contractedItMw(), 2),
          Fmt.grouped(b.utilityMwUsed(), 2),
          Fmt.grouped(b.headroomMw(), 2),
          Fmt.grouped(b.servers()),
          Fmt.grouped(b.gpus()));
    }
    return t;
  }

  /** Where each PUE used came from, once per distinct value and source. */
  private static List<String> pueSources(PowerBuild b) {
    Set<String> lines = new LinkedHashSet<>();
    for (PowerSizing s : b.tranches()) {
      Provenance p = s.pue().provenance();
      lines.add(
          "PUE "
              + Fmt.num(s.pue().value())
              + ": "
              + sourceText(p)
              + ", "
              + Fmt.words(p.confidence())
              + " confidence");
    }
    return new ArrayList<>(lines);
  }

  private static Map<String, Object> powerJson(PowerBuild b) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("name", b.name());
    j.put("basis", b.basis().key());
    j.put("basis_description", b.basis().description());
    j.put("contracted_power_convention", PowerSizing.CONTRACTED_POWER_CONVENTION);
    j.put("budget_mw", Fmt.json(b.budgetMw()));
    j.put("critical_it_mw_available", Fmt.json(b.criticalItMwAvailable()));
    j.put("contracted_it_mw", Fmt.json(b.contractedItMw()));
    j.put("utility_mw_used", Fmt.json(b.utilityMwUsed()));
    j.put("used_mw", Fmt.json(b.usedMw()));
    j.put("headroom_mw", Fmt.json(b.headroomMw()));
    j.put("servers", b.servers());
    j.put("gpus", b.gpus());
    List<Map<String, Object>> ts = new ArrayList<>();
    for (PowerSizing s : b.tranches()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("cluster", s.cluster().name());
      t.put("date", s.cluster().purchaseDate().toString());
      t.put("budget_mw", Fmt.json(s.budget().megawatts()));
      t.put("pue", Fmt.json(s.pue().value()));
      t.put("pue_source", s.pue().provenance().source().id());
      t.put("pue_source_title", s.pue().provenance().source().title());
      t.put("critical_it_mw_available", Fmt.json(s.criticalItMwAvailable()));
      t.put("contracted_it_mw", Fmt.json(s.contractedItMw()));
      t.put("utility_mw_used", Fmt.json(s.utilityMwUsed()));
      t.put("used_mw", Fmt.json(s.usedMw()));
      t.put("headroom_mw", Fmt.json(s.headroomMw()));
      t.put("servers", s.servers());
      t.put("gpus", s.gpus());
      ts.add(t);
    }
    j.put("tranches", ts);
    return j;
  }

  // ------------------------------------------------------------------------------------------
  // text and Markdown

  /**
   * The per-cluster table with a totals row. Each figure is rounded on its own (so a cluster's row
   * matches its detail), so a column may differ from its total by a unit in the last place.
   */
  private Table mainTable() {
    Table t = new Table(MAIN_HEADERS).right(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    for (ClusterResult r : result.clusters()) {
      CapacityPlan p = r.capacity();
      t.add(
          r.cluster().name(),
          r.cluster().system().id(),
          Fmt.grouped(p.gpus()),
          Fmt.grouped(p.servers()),
          Fmt.grouped(p.racks()),
          p.tiers(),
          Fmt.grouped(p.switches()),
          Fmt.grouped(contractedMw(r), 2),
          Fmt.grouped(r.capexTotal().amount(), 0),
          Fmt.grouped(r.opexYear1().amount(), 0),
          Fmt.grouped(r.economic().totalOverHorizon().amount(), 0),
          Fmt.grouped(r.accounting().tco().amount(), 0),
          Fmt.grouped(r.costPerGpuHour().amount(), 2));
    }
    t.add(
        "TOTAL",
        "",
        Fmt.grouped(result.gpus()),
        Fmt.grouped(result.servers()),
        Fmt.grouped(result.racks()),
        "",
        Fmt.grouped(result.switches()),
        Fmt.grouped(result.contractedItPower().in(PowerUnit.MEGAWATTS), 2),
        Fmt.grouped(result.capexTotal().amount(), 0),
        Fmt.grouped(result.opexYear1().amount(), 0),
        Fmt.grouped(result.economicCost().amount(), 0),
        Fmt.grouped(result.accountingTco().amount(), 0),
        Fmt.grouped(result.costPerGpuHour().amount(), 2));
    return t;
  }

  /**
   * Cost by component on both bases: the economic cost over the horizon with its share, each
   * component's part of the USD/GPU-H headline, and the book TCO. Each column adds up to its
   * printed total (largest-remainder rounding); the totals are the fleet's.
   */
  private Table componentTable() {
    List<CostComponent> comps = result.components();
    int n = comps.size();
    double[] economic = new double[n];
    double[] perHour = new double[n];
    double[] book = new double[n];
    double[] shares = new double[n];
    for (int i = 0; i < n; i++) {
      CostComponent c = comps.get(i);
      economic[i] = amount(result.economicCostByComponent(), c);
      perHour[i] = amount(result.costPerGpuHourByComponent(), c);
      book[i] = amount(result.accountingTcoByComponent(), c);
      shares[i] = Fmt.percentPoints(result.economicCostShareByComponent().getOrDefault(c, 0.0));
    }
    String[] economicText = Apportion.format(economic, 0);
    String[] shareText = Apportion.format(shares, 1);
    String[] perHourText = Apportion.format(perHour, 4);
    String[] bookText = Apportion.format(book, 0);
    Table t =
        new Table("COMPONENT", "ECONOMIC COST USD", "SHARE", "USD/GPU-H", "BOOK TCO USD")
            .right(1, 2, 3, 4);
    for (int i = 0; i < n; i++) {
      t.add(
          Fmt.words(comps.get(i)),
          economicText[i],
          shareText[i] + "%",
          perHourText[i],
          bookText[i]);
    }
    t.add(
        "total",
        economicText[n],
        result.economicCost().amount() == 0 ? Fmt.NONE : shareText[n] + "%",
        perHourText[n],
        bookText[n]);
    return t;
  }

  private String componentCaption() {
    String years = terms.horizonYears() + (terms.horizonYears() == 1 ? " year" : " years");
    return "Cost by component over "
        + years
        + ": economic cost (level annual cost at the WACC x "
        + years
        + ", capital net of the market value kept) and its part of the USD/GPU-H headline; book TCO (accounting, undiscounted)";
  }

  private List<String[]> summary() {
    List<String[]> s = new ArrayList<>();
    s.add(
        new String[] {
          "economic cost per GPU-hour",
          "USD "
              + Fmt.grouped(result.costPerGpuHour().amount(), 4)
              + " per GPU-hour used (the headline); USD "
              + Fmt.grouped(result.costPerUsefulGpuHour().amount(), 4)
              + " per useful GPU-hour (after goodput)"
        });
    s.add(
        new String[] {
          "economic cost",
          "USD "
              + Fmt.money(result.economicCost().amount())
              + " over the horizon; present value of costs USD "
              + Fmt.money(result.npvOfCosts().amount())
              + " (each cluster at its assumption set's WACC)"
        });
    s.add(
        new String[] {
          "book TCO", "USD " + Fmt.money(result.accountingTco().amount()) + " (accounting basis)"
        });
    return s;
  }

  @Override
  void printText(PrintStream out) {
    out.println(title());
    out.println("terms: " + termsLine());
    Basis.printText(out, result.basis());
    out.println();
    mainTable().print(out, "");
    out.println();
    for (PowerBuild b : power) {
      out.println(powerCaption(b));
      powerTable(b).print(out, "  ");
      for (String line : pueSources(b)) {
        out.println("  " + line);
      }
      out.println();
    }
    out.println(componentCaption());
    componentTable().print(out, "  ");
    out.println();
    Table s = new Table();
    for (String[] row : summary()) {
      s.add((Object[]) row);
    }
    s.print(out, "");
    if (detail) {
      for (ClusterResult r : result.clusters()) {
        String c = r.cluster().name();
        out.println();
        out.println(c + ": capacity");
        capacityTable(r).print(out, "  ");
        List<String[]> ov = overrides(r);
        if (!ov.isEmpty()) {
          out.println();
          out.println(c + ": assumption overrides");
          Table o = new Table("KEY", "VALUE", "SOURCE", "CONFIDENCE");
          ov.forEach(row -> o.add((Object[]) row));
          o.print(out, "  ");
        }
        out.println();
        out.println(c + ": bill of materials (prices as of " + r.cluster().purchaseDate() + ")");
        bomTable(r).print(out, "  ");
        out.println();
        out.println(c + ": economic cost per GPU-hour by component");
        economicTable(r).print(out, "  ");
        out.println();
        out.println(c + ": " + linesCaption());
        linesTable(r).print(out, "  ");
        out.println();
        out.println(c + ": book TCO by year (accounting)");
        yearsTable(r).print(out, "  ");
      }
    }
    out.println();
    List<String> w = warnings();
    if (w.isEmpty()) {
      out.println("warnings: none");
    } else {
      out.println("warnings:");
      for (String s2 : w) {
        out.println("  " + s2);
      }
    }
  }

  /** Writes the report as a Markdown document, in the order of the text table. */
  @Override
  void write(Doc d) {
    d.h2(title());
    d.para("Terms: " + termsLine() + ".");
    Basis.write(d, result.basis());
    d.table(mainTable());
    writePower(d);
    d.h3(componentCaption());
    d.table(componentTable());
    d.bullets(headlines());
    writeDetail(d);
    d.h3("Warnings");
    List<String> w = warnings();
    if (w.isEmpty()) {
      d.para("None.");
    } else {
      d.bullets(w);
    }
  }

  /**
   * Writes the HTML report's content under its title: first the summary (terms, basis lines,
   * headline numbers, the per-cluster table, warnings), then the sections the report shows after
   * its charts, each collapsible.
   */
  private void writeHtml(Doc d) {
    d.para("Terms: " + termsLine() + ".");
    Basis.write(d, result.basis());
    d.bullets(headlines());
    d.table(mainTable());
    List<String> w = warnings();
    if (w.isEmpty()) {
      d.para("Warnings: none.");
    } else {
      d.para("Warnings:");
      d.bullets(w);
    }
    writePower(d);
    d.h3(componentCaption());
    d.table(componentTable());
    writeDetail(d);
  }

  /** The headline numbers, one line each. */
  private List<String> headlines() {
    List<String> lines = new ArrayList<>();
    for (String[] row : summary()) {
      lines.add(row[0] + ": " + row[1]);
    }
    return lines;
  }

  private void writePower(Doc d) {
    for (PowerBuild b : power) {
      d.h3(powerCaption(b));
      d.table(powerTable(b));
      d.bullets(pueSources(b));
    }
  }

  private void writeDetail(Doc d) {
    if (!detail) {
      return;
    }
    for (ClusterResult r : result.clusters()) {
      String c = r.cluster().name();
      d.h3(c + ": capacity");
      d.table(capacityTable(r));
      List<String[]> ov = overrides(r);
      if (!ov.isEmpty()) {
        d.h3(c + ": assumption overrides");
        Table o = new Table("KEY", "VALUE", "SOURCE", "CONFIDENCE");
        ov.forEach(row -> o.add((Object[]) row));
        d.table(o);
      }
      d.h3(c + ": bill of materials (prices as of " + r.cluster().purchaseDate() + ")");
      d.table(bomTable(r));
      d.h3(c + ": economic cost per GPU-hour by component");
      d.table(economicTable(r));
      d.h3(c + ": " + linesCaption());
      d.table(linesTable(r));
      d.h3(c + ": book TCO by year (accounting)");
      d.table(yearsTable(r));
    }
  }

  /**
   * Returns the charts of the result: CapEx breakdown, OpEx by year, cost per GPU-hour waterfall
   * ({@link Charts}).
   *
   * @return the charts, in that order
   */
  @Override
  public List<Chart> charts() {
    return List.of(
        Charts.capexBreakdown(result),
        Charts.opexByYear(result),
        Charts.costPerGpuHourWaterfall(result));
  }

  private static Table capacityTable(ClusterResult r) {
    CapacityPlan p = r.capacity();
    Table t = new Table();
    t.add(
        "system",
        r.cluster().system().id()
            + " ("
            + r.cluster().system().name()
            + "), "
            + r.cluster().system().acceleratorCount().value()
            + " x "
            + r.cluster().system().accelerator().id());
    t.add(
        "site",
        r.cluster().site().name()
            + " (region "
            + r.cluster().site().region().id()
            + ", "
            + r.cluster().site().facility().key()
            + ")");
    t.add("assumptions", r.cluster().assumptions().id());
    t.add("GPUs", Fmt.grouped(p.gpus()));
    t.add(
        "servers",
        Fmt.grouped(p.servers())
            + " ("
            + p.serversPerRack()
            + " per rack, "
            + Fmt.grouped(p.racks())
            + " racks)");
    for (int i = 0; i < p.networks().size(); i++) {
      FatTree f = p.networks().get(i);
      NetworkDesign d = r.cluster().networks().get(i);
      t.add(
          "network " + d.name(),
          d.networkSwitch().id()
              + ", "
              + d.designName()
              + ", "
              + f.tiers()
              + " tiers"
              + (f.planes() > 1 ? " per plane" : "")
              + ", radix "
              + f.radix()
              + ", "
              + Fmt.grouped(f.endpoints())
              + " endpoints: "
              + Fmt.grouped(f.leaves())
              + " leaf + "
              + Fmt.grouped(f.spines())
              + " spine + "
              + Fmt.grouped(f.cores())
              + " core = "
              + Fmt.grouped(f.switches())
              + " switches");
    }
    for (Map.Entry<String, Long> e : p.links().entrySet()) {
      t.add("  " + e.getKey(), Fmt.grouped(e.getValue()));
    }
    t.add("storage", Fmt.grouped(p.storage().in(DataSizeUnit.TERABYTES), 1) + " TB");
    t.add(
        "power",
        "GPU "
            + kw(p.gpuPower().in(PowerUnit.KILOWATTS))
            + " + server overhead "
            + kw(p.serverOverheadPower().in(PowerUnit.KILOWATTS))
            + " + network "
            + kw(p.networkPower().in(PowerUnit.KILOWATTS))
            + " = IT "
            + kw(p.itPower().in(PowerUnit.KILOWATTS))
            + " (average)");
    t.add("facility power", kw(p.facilityPower().in(PowerUnit.KILOWATTS)) + " (IT x PUE)");
    t.add(
        "contracted IT power",
        kw(p.contractedItPower().in(PowerUnit.KILOWATTS))
            + " (servers at maximum + network + storage)");
    for (Precision pr : new Precision[] {Precision.BF16, Precision.FP8, Precision.FP4}) {
      var q = p.peakCompute().get(pr);
      if (q != null) {
        t.add(
            "peak dense " + pr.key(),
            Fmt.grouped(q.in(ComputeRateUnit.PETAFLOP_PER_SECOND), 1) + " PFLOP/s");
      }
    }
    t.add(
        "accelerator memory",
        Fmt.grouped(p.acceleratorMemory().in(DataSizeUnit.TERABYTES), 1) + " TB");
    t.add("CapEx", "USD " + Fmt.money(r.capexTotal().amount()));
    EconomicCost e = r.economic();
    t.add(
        "present value of costs",
        "USD "
            + Fmt.money(e.presentValueOfCosts().amount())
            + " at WACC "
            + Fmt.percent(e.wacc())
            + "/year, net of the market value kept");
    t.add(
        "market value kept",
        "USD "
            + Fmt.money(e.residualValue().amount())
            + " at the end of the horizon (resale decline "
            + Fmt.percent(e.resaleDeclinePerYear())
            + "/year)");
    t.add(
        "economic cost",
        "USD "
            + Fmt.money(e.totalOverHorizon().amount())
            + " (level annual cost USD "
            + Fmt.money(e.levelAnnualCost().amount())
            + " x "
            + r.terms().horizonYears()
            + ")");
    t.add(
        "goodput",
        Fmt.percent(e.goodput().fraction())
            + " (job on "
            + Fmt.grouped(e.goodput().jobGpus(), 0)
            + " GPUs, "
            + Fmt.grouped(e.goodput().jobInterruptionsPerHour(), 4)
            + " interruptions/hour, checkpoint every "
            + Fmt.grouped(e.goodput().checkpointIntervalHours(), 2)
            + " h, hot spares "
            + Fmt.percent(e.goodput().hotSpareFraction())
            + ")");
    t.add(
        "book value kept",
        "USD " + Fmt.money(r.accounting().bookValueAtHorizon().amount()) + " (accounting)");
    return t;
  }

  private static String kw(double kw) {
    return Fmt.grouped(kw, 1) + " kW";
  }

  /**
   * Assumptions the cluster overrides: a value (or source) its assumption set gives that the
   * built-in set of the same id does not.
   */
  private static List<String[]> overrides(ClusterResult r) {
    List<String[]> rows = new ArrayList<>();
    for (AssumptionKey k : AssumptionKey.values()) {
      if (overridden(r, k)) {
        Sourced<Double> v = r.assumptions().get(k);
        if (v == null) {
          continue;
        }
        Provenance p = v.provenance();
        rows.add(
            new String[] {
              k.key(),
              Fmt.num(v.value()) + (k.unit().isEmpty() ? "" : " " + k.unit()),
              sourceText(p),
              Fmt.words(p.confidence())
            });
      }
    }
    return rows;
  }

  /**
   * True when the cluster's set gives {@code k} differently from the built-in set of its id (or the
   * set is not built in).
   */
  private static boolean overridden(ClusterResult r, AssumptionKey k) {
    AssumptionSet set = r.cluster().assumptions();
    AssumptionSet base = AssumptionSets.builtIn().get(set.id());
    Sourced<Double> v = set.values().get(k);
    if (base == null) {
      return v != null;
    }
    return !java.util.Objects.equals(v, base.values().get(k));
  }

  private static String sourceText(Provenance p) {
    return p.source().title() + p.note().map(n -> " (" + Fmt.oneLine(n) + ")").orElse("");
  }

  private static Table bomTable(ClusterResult r) {
    List<BomLine> bom = r.billOfMaterials();
    double[] ext = new double[bom.size()];
    for (int i = 0; i < ext.length; i++) {
      ext[i] = bom.get(i).extended().amount();
    }
    String[] extText = Apportion.format(ext, 0);
    Table t =
        new Table(
                "ITEM",
                "DESCRIPTION",
                "QUANTITY",
                "UNIT",
                "UNIT PRICE USD",
                "AS OF",
                "EXTENDED USD",
                "CONFIDENCE",
                "SOURCE")
            .right(2, 4, 6);
    for (int i = 0; i < ext.length; i++) {
      BomLine l = bom.get(i);
      t.add(
          l.item(),
          l.description(),
          quantity(l.quantity()),
          l.quantityUnit(),
          Fmt.money(l.unitPrice().amount()),
          l.priceAsOf().orElse(Fmt.NONE),
          extText[i],
          Fmt.words(l.provenance().confidence()),
          l.provenance().source().id());
    }
    t.add("total CapEx", "", "", "", "", "", extText[ext.length], "", "");
    return t;
  }

  private static String quantity(double q) {
    return q == Math.rint(q) && Math.abs(q) < 1e15 ? Fmt.grouped((long) q) : Fmt.num(q);
  }

  private String linesCaption() {
    return "book cost lines over "
        + terms.horizonYears()
        + (terms.horizonYears() == 1 ? " year" : " years")
        + " (accounting)";
  }

  /**
   * Each component's part of the cluster's economic cost per GPU-hour; they add up to the headline.
   */
  private static Table economicTable(ClusterResult r) {
    List<CostComponent> comps = new ArrayList<>(r.economic().costPerGpuHourByComponent().keySet());
    comps.sort(null);
    double[] v = new double[comps.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = amount(r.economic().costPerGpuHourByComponent(), comps.get(i));
    }
    String[] text = Apportion.format(v, 4);
    Table t = new Table("COMPONENT", "USD/GPU-H").right(1);
    for (int i = 0; i < v.length; i++) {
      t.add(Fmt.words(comps.get(i)), text[i]);
    }
    t.add("total", text[v.length]);
    return t;
  }

  private static Table linesTable(ClusterResult r) {
    List<CostLine> lines = r.accounting().lines();
    double[] amounts = new double[lines.size()];
    double total = 0;
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] = lines.get(i).amount().amount();
      total += amounts[i];
    }
    double[] shares = new double[amounts.length];
    for (int i = 0; i < amounts.length; i++) {
      shares[i] = total == 0 ? 0 : amounts[i] / total * 100;
    }
    String[] amountText = Apportion.format(amounts, 0);
    String[] shareText = Apportion.format(shares, 1);
    Table t = new Table("COMPONENT", "BOOK TCO USD", "SHARE", "FORMULA").right(1, 2);
    for (int i = 0; i < amounts.length; i++) {
      t.add(
          Fmt.words(lines.get(i).component()),
          amountText[i],
          shareText[i] + "%",
          Fmt.oneLine(lines.get(i).formula()));
    }
    t.add(
        "total",
        amountText[amounts.length],
        total == 0 ? Fmt.NONE : shareText[amounts.length] + "%",
        "");
    return t;
  }

  private static Table yearsTable(ClusterResult r) {
    List<Money> ys = r.accounting().tcoByYear();
    double[] v = new double[ys.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = ys.get(i).amount();
    }
    String[] text = Apportion.format(v, 0);
    Table t = new Table("YEAR", "BOOK TCO USD").right(0, 1);
    for (int i = 0; i < v.length; i++) {
      t.add(Integer.toString(i + 1), text[i]);
    }
    t.add("total", text[v.length]);
    return t;
  }

  // ------------------------------------------------------------------------------------------
  // CSV: one row per cluster

  @Override
  void printCsv(PrintStream out) {
    Csv.row(out, CSV_COLUMNS);
    for (ClusterResult r : result.clusters()) {
      CapacityPlan p = r.capacity();
      List<Object> row =
          new ArrayList<>(
              List.of(
                  name,
                  r.cluster().name(),
                  r.cluster().system().id(),
                  p.gpus(),
                  p.servers(),
                  p.racks(),
                  p.tiers(),
                  p.switches(),
                  Fmt.json(contractedMw(r)),
                  Fmt.jsonMoney(r.capexTotal()),
                  Fmt.jsonMoney(r.opexYear1()),
                  Fmt.jsonMoney(r.economic().totalOverHorizon()),
                  Fmt.jsonMoney(r.economic().presentValueOfCosts()),
                  Fmt.json(r.costPerGpuHour().amount()),
                  Fmt.json(r.economic().costPerUsefulGpuHour().amount()),
                  Fmt.jsonMoney(r.accounting().tco()),
                  Fmt.json(r.accounting().costPerGpuHour().amount())));
      row.addAll(Basis.csv(r.basis()));
      Csv.row(out, row);
    }
  }

  // ------------------------------------------------------------------------------------------
  // JSON

  @Override
  Map<String, Object> json() {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("fleet", name);
    j.put("kind", kind);
    j.put("description", description.orElse(null));
    j.put("terms", Terms.json(terms));
    j.put("basis", Basis.json(result.basis()));
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("clusters", result.clusters().size());
    totals.put("gpus", result.gpus());
    totals.put("servers", result.servers());
    totals.put("racks", result.racks());
    totals.put("switches", result.switches());
    totals.put("contracted_mw", Fmt.json(result.contractedItPower().in(PowerUnit.MEGAWATTS)));
    totals.put("capex_usd", Fmt.jsonMoney(result.capexTotal()));
    totals.put("opex_year1_usd", Fmt.jsonMoney(result.opexYear1()));
    totals.put("usd_per_gpu_hour", Fmt.json(result.costPerGpuHour().amount()));
    totals.put("usd_per_useful_gpu_hour", Fmt.json(result.costPerUsefulGpuHour().amount()));
    totals.put("economic_cost_usd", Fmt.jsonMoney(result.economicCost()));
    totals.put("npv_of_costs_usd", Fmt.jsonMoney(result.npvOfCosts()));
    totals.put("accounting_tco_usd", Fmt.jsonMoney(result.accountingTco()));
    j.put("totals", totals);
    if (!power.isEmpty()) {
      List<Map<String, Object>> p = new ArrayList<>();
      power.forEach(b -> p.add(powerJson(b)));
      j.put("power_sizing", p);
    }
    List<Map<String, Object>> comps = new ArrayList<>();
    for (CostComponent k : result.components()) {
      Map<String, Object> c = new LinkedHashMap<>();
      double economic = amount(result.economicCostByComponent(), k);
      c.put("component", Fmt.key(k));
      c.put("capital", k.isCapital());
      c.put("economic_cost_usd", Fmt.jsonMoney(economic));
      c.put("share", Fmt.json(result.economicCostShareByComponent().getOrDefault(k, 0.0)));
      c.put("usd_per_gpu_hour", Fmt.json(amount(result.costPerGpuHourByComponent(), k)));
      c.put("accounting_tco_usd", Fmt.jsonMoney(amount(result.accountingTcoByComponent(), k)));
      comps.add(c);
    }
    j.put("cost_by_component", comps);
    List<Map<String, Object>> clusters = new ArrayList<>();
    for (ClusterResult r : result.clusters()) {
      clusters.add(clusterJson(r));
    }
    j.put("clusters", clusters);
    j.put("warnings", warnings());
    return j;
  }

  private static Map<String, Object> clusterJson(ClusterResult r) {
    CapacityPlan p = r.capacity();
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("name", r.cluster().name());
    j.put("system", r.cluster().system().id());
    j.put("accelerator", r.cluster().system().accelerator().id());
    j.put("purchase_date", r.cluster().purchaseDate().toString());
    j.put("site", r.cluster().site().name());
    j.put("region", r.cluster().site().region().id());
    j.put("facility", r.cluster().site().facility().key());
    j.put("assumption_set", r.cluster().assumptions().id());
    j.put("gpus", p.gpus());
    j.put("servers", p.servers());
    j.put("servers_per_rack", p.serversPerRack());
    j.put("racks", p.racks());
    List<Map<String, Object>> nets = new ArrayList<>();
    for (int i = 0; i < p.networks().size(); i++) {
      FatTree f = p.networks().get(i);
      NetworkDesign d = r.cluster().networks().get(i);
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("name", d.name());
      n.put("role", Fmt.key(d.role()));
      n.put("switch", d.networkSwitch().id());
      n.put("server_link_nic_end", d.serverLinkNicEnd().id());
      n.put("server_link_switch_end", d.serverLinkSwitchEnd().id());
      n.put("fabric_link", d.fabricLink().id());
      n.put("design", d.designName());
      n.put("topology", d.topology().key());
      n.put("planes", f.planes());
      n.put("oversubscription", Fmt.json(f.oversubscription()));
      n.put("endpoints", f.endpoints());
      n.put("radix", f.radix());
      n.put("tiers", f.tiers());
      n.put("leaves", f.leaves());
      n.put("spines", f.spines());
      n.put("cores", f.cores());
      n.put("switches", f.switches());
      nets.add(n);
    }
    j.put("networks", nets);
    j.put("switches", p.switches());
    j.put("links", new LinkedHashMap<>(p.links()));
    j.put("storage_tb", Fmt.json(p.storage().in(DataSizeUnit.TERABYTES)));
    j.put("gpu_power_kw", Fmt.json(p.gpuPower().in(PowerUnit.KILOWATTS)));
    j.put("server_overhead_power_kw", Fmt.json(p.serverOverheadPower().in(PowerUnit.KILOWATTS)));
    j.put("network_power_kw", Fmt.json(p.networkPower().in(PowerUnit.KILOWATTS)));
    j.put("it_power_kw", Fmt.json(p.itPower().in(PowerUnit.KILOWATTS)));
    j.put("facility_power_kw", Fmt.json(p.facilityPower().in(PowerUnit.KILOWATTS)));
    j.put("contracted_mw", Fmt.json(contractedMw(r)));
    Map<String, Object> peak = new LinkedHashMap<>();
    p.peakCompute()
        .forEach(
            (pr, q) -> peak.put(pr.key(), Fmt.json(q.in(ComputeRateUnit.PETAFLOP_PER_SECOND))));
    j.put("peak_dense_pflops", peak);
    j.put("accelerator_memory_tb", Fmt.json(p.acceleratorMemory().in(DataSizeUnit.TERABYTES)));
    j.put("capex_usd", Fmt.jsonMoney(r.capexTotal()));
    Map<String, Object> capex = new LinkedHashMap<>();
    for (CostComponent c : CostComponent.values()) {
      Money v = r.capex().get(c);
      if (v != null) {
        capex.put(Fmt.key(c), Fmt.jsonMoney(v));
      }
    }
    j.put("capex_by_component_usd", capex);
    j.put("opex_year1_usd", Fmt.jsonMoney(r.opexYear1()));
    j.put("basis", Basis.json(r.basis()));
    j.put("usd_per_gpu_hour", Fmt.json(r.costPerGpuHour().amount()));
    EconomicCost e = r.economic();
    Map<String, Object> eco = new LinkedHashMap<>();
    eco.put("usd_per_gpu_hour", Fmt.json(e.costPerGpuHour().amount()));
    eco.put("usd_per_useful_gpu_hour", Fmt.json(e.costPerUsefulGpuHour().amount()));
    eco.put("wacc", Fmt.json(e.wacc()));
    eco.put("resale_decline_per_year", Fmt.json(e.resaleDeclinePerYear()));
    eco.put("present_value_of_costs_usd", Fmt.jsonMoney(e.presentValueOfCosts()));
    eco.put("level_annual_cost_usd", Fmt.jsonMoney(e.levelAnnualCost()));
    eco.put("economic_cost_usd", Fmt.jsonMoney(e.totalOverHorizon()));
    eco.put("residual_value_usd", Fmt.jsonMoney(e.residualValue()));
    Map<String, Object> goodput = new LinkedHashMap<>();
    goodput.put("fraction", Fmt.json(e.goodput().fraction()));
    goodput.put("hot_spare_fraction", Fmt.json(e.goodput().hotSpareFraction()));
    goodput.put("job_gpus", Fmt.json(e.goodput().jobGpus()));
    goodput.put("job_interruptions_per_hour", Fmt.json(e.goodput().jobInterruptionsPerHour()));
    goodput.put("checkpoint_interval_hours", Fmt.json(e.goodput().checkpointIntervalHours()));
    eco.put("goodput", goodput);
    Map<String, Object> byComponent = new LinkedHashMap<>();
    e.costPerGpuHourByComponent()
        .forEach((c, v) -> byComponent.put(Fmt.key(c), Fmt.json(v.amount())));
    eco.put("usd_per_gpu_hour_by_component", byComponent);
    j.put("economic", eco);
    Map<String, Object> acc = new LinkedHashMap<>();
    acc.put("tco_usd", Fmt.jsonMoney(r.accounting().tco()));
    acc.put("usd_per_gpu_hour", Fmt.json(r.accounting().costPerGpuHour().amount()));
    acc.put("book_value_at_horizon_usd", Fmt.jsonMoney(r.accounting().bookValueAtHorizon()));
    List<Number> years = new ArrayList<>();
    r.accounting().tcoByYear().forEach(m -> years.add(Fmt.jsonMoney(m)));
    acc.put("tco_by_year_usd", years);
    j.put("accounting", acc);
    List<Map<String, Object>> bom = new ArrayList<>();
    for (BomLine l : r.billOfMaterials()) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("component", Fmt.key(l.component()));
      b.put("item", l.item());
      b.put("description", l.description());
      b.put("quantity", Fmt.json(l.quantity()));
      b.put("quantity_unit", l.quantityUnit());
      b.put("unit_price_usd", Fmt.jsonMoney(l.unitPrice()));
      b.put("price_as_of", l.priceAsOf().orElse(null));
      b.put("extended_usd", Fmt.jsonMoney(l.extended()));
      b.put("source", l.provenance().source().id());
      b.put("source_title", l.provenance().source().title());
      b.put("confidence", Fmt.key(l.provenance().confidence()));
      bom.add(b);
    }
    j.put("bom", bom);
    List<Map<String, Object>> lines = new ArrayList<>();
    for (CostLine l : r.accounting().lines()) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("component", Fmt.key(l.component()));
      b.put("capital", l.component().isCapital());
      b.put("accounting_tco_usd", Fmt.jsonMoney(l.amount()));
      List<Number> by = new ArrayList<>();
      l.byYear().forEach(m -> by.add(Fmt.jsonMoney(m)));
      b.put("by_year_usd", by);
      b.put("formula", l.formula());
      Set<String> sources = new LinkedHashSet<>();
      for (Provenance pv : l.inputs()) {
        sources.add(pv.source().id());
      }
      b.put("sources", new ArrayList<>(sources));
      lines.add(b);
    }
    acc.put("lines", lines);
    Map<String, Object> assumptions = new LinkedHashMap<>();
    for (AssumptionKey k : AssumptionKey.values()) {
      Sourced<Double> v = r.assumptions().get(k);
      if (v == null) {
        continue;
      }
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("value", Fmt.json(v.value()));
      a.put("unit", k.unit());
      a.put("source", v.provenance().source().id());
      a.put("source_title", v.provenance().source().title());
      a.put("source_kind", Fmt.key(v.provenance().source().kind()));
      a.put("confidence", Fmt.key(v.provenance().confidence()));
      a.put("scope", Fmt.key(k.scope()));
      a.put("overridden", overridden(r, k));
      assumptions.put(k.key(), a);
    }
    j.put("assumptions", assumptions);
    j.put("warnings", dev.flopex.costing.Warning.messages(r.warnings()));
    return j;
  }
}
