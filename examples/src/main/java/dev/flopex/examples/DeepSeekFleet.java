package dev.flopex.examples;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.core.money.Money;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.costing.BomLine;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CostComponent;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.CostLine;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.analysis.SensitivityResult;
import dev.flopex.costing.analysis.TornadoBar;
import dev.flopex.costing.files.FleetFiles;
import dev.flopex.costing.files.FleetSpec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DeepSeek's fleet as SemiAnalysis estimated it in January 2025 (10,000 A100, 10,000 H800, 10,000
 * H100 and 30,000 H20; "total server CapEx ~$1.6B" and "$944M associated with operating such
 * clusters"), rebuilt from independently sourced server prices in {@code
 * examples/fleets/deepseek-2025-01.yaml}.
 *
 * <p>Prints the result's basis lines, a per-SKU table whose total row is summed from its parts (and
 * equals the engine's fleet totals), compares the server CapEx with the published $1.6B and the
 * model's operating cost (as paid, undiscounted) with the published $944M, saying what it includes
 * and how large the gap is, finds the horizon at which the model's cumulative operating cost would
 * reach $944M, and ranks the file's sensitivity inputs on the economic cost and on CapEx. See
 * {@code docs/deepseek.md}.
 *
 * <p>Run from the repository root: {@code java -cp ... dev.flopex.examples.DeepSeekFleet
 * [path/to/fleet.yaml]}.
 */
public final class DeepSeekFleet {
  /** The fleet file, relative to the repository root. */
  public static final Path DEFAULT_FILE = Path.of("examples", "fleets", "deepseek-2025-01.yaml");

  /** SemiAnalysis (31 Jan 2025): "total server CapEx for DeepSeek is ~$1.6B", USD. */
  public static final double PUBLISHED_SERVER_CAPEX_USD = 1.6e9;

  /**
   * SemiAnalysis: "$944M associated with operating such clusters" (4 years, per the table), USD.
   */
  public static final double PUBLISHED_OPERATING_COST_USD = 944e6;

  /** The published table's "TCO (4y Ownership)" horizon, years. */
  public static final int PUBLISHED_HORIZON_YEARS = 4;

  /**
   * The critique's reading of the table's Total column, which sums only its first three columns,
   * USD.
   */
  public static final double PUBLISHED_AS_SUMMED_CAPEX_USD = 1.3e9;

  /** The critique's corrected CapEx for the Hoppers only (H800, H100, H20), USD. */
  public static final double CRITIQUE_HOPPER_CAPEX_USD = 1.4e9;

  /** The cluster whose real accelerator may differ from its (stand-in) system's. */
  static final String H20_CLUSTER = "h20";

  /** How far the operating-cost horizon search looks, years. */
  static final int MAX_SEARCH_YEARS = 20;

  /** The operating components, in the order the comparison with $944M lists them. */
  static final List<CostComponent> OPERATING =
      List.of(
          CostComponent.ELECTRICITY,
          CostComponent.STAFF,
          CostComponent.MAINTENANCE,
          CostComponent.SOFTWARE,
          CostComponent.INSURANCE,
          CostComponent.COLOCATION);

  private DeepSeekFleet() {}

  /**
   * One row of the per-SKU table.
   *
   * @param cluster the cluster's name
   * @param system the catalog system it is built from
   * @param accelerator the accelerator of that system
   * @param gpus GPUs
   * @param servers servers
   * @param serverPrice the price per server used
   * @param serverCapex servers x price
   * @param capex all CapEx (servers, network, optics, storage, spares)
   * @param opexYear1 operating cost in year 1
   * @param opexHorizon operating cost over the file's horizon, as paid (undiscounted)
   * @param costPerGpuHour the economic cost per GPU-hour (the headline); empty on a total row, as
   *     it is not a sum (the fleet result gives the fleet's)
   */
  public record Row(
      String cluster,
      String system,
      String accelerator,
      long gpus,
      long servers,
      Money serverPrice,
      Money serverCapex,
      Money capex,
      Money opexYear1,
      Money opexHorizon,
      java.util.Optional<Money> costPerGpuHour) {}

  /**
   * What the example computed.
   *
   * @param spec the fleet file as read
   * @param result the fleet's cost under the file's terms
   * @param rows one row per cluster, in file order
   * @param total the total row, summed from {@code rows}
   * @param opexByComponent the operating cost over the horizon by component (the fleet's accounting
   *     figures for the operating components), in {@link #OPERATING} order, zeros included
   * @param opexGap the model's operating cost over the horizon less the published $944M
   * @param horizonForPublishedOpex years of operation at which the model's cumulative operating
   *     cost reaches the published $944M (NaN if not within {@link #MAX_SEARCH_YEARS})
   * @param h20PowerBiasHorizon how much the H20 cluster's electricity and colocation over the
   *     horizon are overstated because its system is a stand-in with a hotter GPU (0 if none)
   * @param h20PowerBiasYear1 the same in year 1
   * @param economicSensitivity the file's sensitivity inputs on the economic cost over the horizon
   * @param capexSensitivity the same inputs on CapEx
   */
  public record Summary(
      FleetSpec spec,
      FleetResult result,
      List<Row> rows,
      Row total,
      java.util.Map<CostComponent, Money> opexByComponent,
      Money opexGap,
      double horizonForPublishedOpex,
      Money h20PowerBiasHorizon,
      Money h20PowerBiasYear1,
      SensitivityResult economicSensitivity,
      SensitivityResult capexSensitivity) {

    /** Returns the rows for the Hopper clusters (all but A100). */
    public List<Row> hopperRows() {
      return rows.stream().filter(r -> !r.accelerator().startsWith("a100")).toList();
    }
  }

  /**
   * Runs the example on the file named by {@code args[0]}, or on {@link #DEFAULT_FILE} relative to
   * the working directory.
   *
   * @param args an optional path
   */
  public static void main(String[] args) {
    run(System.out, args.length > 0 ? Path.of(args[0]) : DEFAULT_FILE);
  }

  /**
   * Runs the example on {@link #DEFAULT_FILE} (relative to the working directory).
   *
   * @param out where to print
   */
  static void run(PrintStream out) {
    run(out, DEFAULT_FILE);
  }

  /**
   * Runs the example on {@code file}.
   *
   * @param out where to print
   * @param file the fleet file
   * @return what was computed
   */
  static Summary run(PrintStream out, Path file) {
    HardwareCatalog catalog = HardwareCatalog.builtIn();
    FleetSpec spec = FleetFiles.load(file, catalog);
    CostEngine engine = CostEngine.create();
    FleetResult result = engine.evaluate(spec.fleet(), spec.terms());
    int horizon = spec.terms().horizonYears();

    out.println("DeepSeek fleet (" + spec.description().orElse(spec.fleet().name()) + ")");
    out.printf(
        Locale.ROOT,
        "terms: %d years, utilisation %s, %s, %s%n",
        horizon,
        spec.terms().utilisation(),
        spec.terms().depreciation(),
        spec.terms().financing());
    out.println("basis: " + result.basis().headline());
    out.println("basis: " + result.basis().accounting());
    out.println();

    // 1. The per-SKU table; the total row is summed from the rows, in cluster order, exactly as the
    //    engine sums its fleet totals.
    List<Row> rows = new ArrayList<>();
    for (ClusterResult c : result.clusters()) {
      rows.add(row(c));
    }
    Row total = sum(rows);
    printTable(out, rows, total, horizon);

    // 2. Stand-in systems: a cluster whose system carries another accelerator than its name says.
    Money biasHorizon = Money.usd(0);
    Money biasYear1 = Money.usd(0);
    Accelerator h20 = catalog.accelerator("H20");
    for (ClusterResult c : result.clusters()) {
      Accelerator used = c.cluster().system().accelerator();
      if (c.cluster().name().equals(H20_CLUSTER) && !used.id().equals(h20.id())) {
        double realW = h20.tdp().orElseThrow().value().in(PowerUnit.WATTS);
        double usedW = used.tdp().orElseThrow().value().in(PowerUnit.WATTS);
        double share = 1 - realW / usedW;
        for (CostLine l : c.accounting().lines()) {
          if (l.component() == CostComponent.ELECTRICITY
              || l.component() == CostComponent.COLOCATION) {
            biasHorizon = biasHorizon.plus(l.amount().times(share));
            biasYear1 = biasYear1.plus(l.byYear().get(0).times(share));
          }
        }
        out.printf(
            Locale.ROOT,
            "%n* cluster %s uses %s as a stand-in system (its accelerator is not the H20; the fleet file"
                + " uses hgx-h20 by default).%n  Its GPUs are costed at the %s's %.0f W instead of the H20's %.0f W: electricity and"
                + " colocation are overstated%n  by up to %.0f%% of those lines, USD %s in year 1 and USD %s over %d years"
                + " (if non-GPU power scales with GPU TDP,%n  as the model's server_overhead_fraction rule assumes; network"
                + " power ignored).%n",
            c.cluster().name(),
            c.cluster().system().id(),
            used.id(),
            usedW,
            realW,
            100 * share,
            musd(biasYear1.amount()),
            musd(biasHorizon.amount()),
            horizon);
      }
    }

    // 3. Server CapEx against the published figure.
    double ours = total.serverCapex().amount();
    double oursHopper = sum(hopperRows(rows)).serverCapex().amount();
    double oursFirstThree = 0;
    for (Row r : rows) {
      if (!r.cluster().equals("h100")) {
        oursFirstThree += r.serverCapex().amount();
      }
    }
    out.printf(Locale.ROOT, "%nServer CapEx vs SemiAnalysis%n");
    out.printf(
        Locale.ROOT,
        "  all 60,000 GPUs   flopex USD %s   published ~USD %s   %+.1f%%%n",
        musd(ours),
        musd(PUBLISHED_SERVER_CAPEX_USD),
        100 * (ours / PUBLISHED_SERVER_CAPEX_USD - 1));
    out.printf(
        Locale.ROOT,
        "  Hoppers only      flopex USD %s   critique ~USD %s   %+.1f%%%n",
        musd(oursHopper),
        musd(CRITIQUE_HOPPER_CAPEX_USD),
        100 * (oursHopper / CRITIQUE_HOPPER_CAPEX_USD - 1));
    out.printf(
        Locale.ROOT,
        "  without H100      flopex USD %s   table's Total ~USD %s (it summed 3 of 4 columns)%n",
        musd(oursFirstThree),
        musd(PUBLISHED_AS_SUMMED_CAPEX_USD));
    Money facility =
        result.clusters().stream()
            .map(c -> c.capex().getOrDefault(CostComponent.FACILITY, Money.usd(0)))
            .reduce(Money.usd(0), Money::plus);
    out.printf(
        Locale.ROOT,
        "  all CapEx (servers + network, optics, storage, installation, spares, duties and taxes%s) USD %s%s%n",
        facility.isZero() ? "" : ", buildings",
        musd(total.capex().amount()),
        facility.isZero()
            ? " (no buildings: every site is rented)"
            : ", of which the owned buildings USD " + musd(facility.amount()));

    // 4. Operating cost against the published $944M, on the basis the published figure is on: costs
    //    as paid over the horizon, undiscounted (the accounting basis's operating lines)
    java.util.Map<CostComponent, Money> opexBy = new java.util.LinkedHashMap<>();
    for (CostComponent k : OPERATING) {
      opexBy.put(k, result.accountingTcoByComponent().getOrDefault(k, Money.usd(0)));
    }
    double opexHorizon = total.opexHorizon().amount();
    Money gap = Money.usd(opexHorizon - PUBLISHED_OPERATING_COST_USD);
    double horizonFor = horizonForOperatingCost(engine, spec, PUBLISHED_OPERATING_COST_USD);
    out.printf(
        Locale.ROOT,
        "%nOperating cost vs SemiAnalysis' USD %s (\"associated with operating such clusters\", %d years; not itemised)%n",
        musd(PUBLISHED_OPERATING_COST_USD),
        PUBLISHED_HORIZON_YEARS);
    out.printf(
        Locale.ROOT,
        "  flopex over %d years, as paid (undiscounted) USD %s   gap USD %s (%+.1f%%)%n",
        horizon,
        musd(opexHorizon),
        musd(gap.amount()),
        100 * (opexHorizon / PUBLISHED_OPERATING_COST_USD - 1));
    out.printf(Locale.ROOT, "  what flopex's figure includes:%n");
    for (java.util.Map.Entry<CostComponent, Money> e : opexBy.entrySet()) {
      out.printf(
          Locale.ROOT,
          "    %-12s USD %9s  %s%n",
          e.getKey().name().toLowerCase(Locale.ROOT),
          musd(e.getValue().amount()),
          includes(e.getKey(), result));
    }
    out.printf(
        Locale.ROOT,
        "  not included: %sthe hardware itself, interest%n",
        facility.isZero()
            ? ""
            : "the buildings (owned: USD " + musd(facility.amount()) + " of CapEx above), ");
    out.printf(
        Locale.ROOT,
        "  flopex year 1 USD %s (published / %d = USD %s per year)%n",
        musd(total.opexYear1().amount()),
        PUBLISHED_HORIZON_YEARS,
        musd(PUBLISHED_OPERATING_COST_USD / PUBLISHED_HORIZON_YEARS));
    if (Double.isNaN(horizonFor)) {
      out.printf(
          Locale.ROOT,
          "  cumulative operating cost does not reach USD %s within %d years%n",
          musd(PUBLISHED_OPERATING_COST_USD),
          MAX_SEARCH_YEARS);
    } else {
      out.printf(
          Locale.ROOT,
          "  cumulative operating cost would reach USD %s after %.2f years of operation%n",
          musd(PUBLISHED_OPERATING_COST_USD),
          horizonFor);
    }
    if (!biasHorizon.isZero()) {
      out.printf(
          Locale.ROOT,
          "  with the stand-in's full power bias removed: USD %s over %d years   %+.1f%%%n",
          musd(opexHorizon - biasHorizon.amount()),
          horizon,
          100 * ((opexHorizon - biasHorizon.amount()) / PUBLISHED_OPERATING_COST_USD - 1));
    }
    out.printf(
        Locale.ROOT,
        "  server CapEx + %d-year operating cost USD %s vs published USD %s + %s = USD %s%n",
        horizon,
        musd(ours + opexHorizon),
        musd(PUBLISHED_SERVER_CAPEX_USD),
        musd(PUBLISHED_OPERATING_COST_USD),
        musd(PUBLISHED_SERVER_CAPEX_USD + PUBLISHED_OPERATING_COST_USD));

    // 5. The cost on each basis
    out.printf(Locale.ROOT, "%nCost of the fleet over %d years%n", horizon);
    out.printf(
        Locale.ROOT,
        "  economic cost per GPU-hour (headline)  USD %.4f per GPU-hour of capacity (utilisation 1)%n",
        result.costPerGpuHour().amount());
    out.printf(
        Locale.ROOT,
        "  economic cost                          USD %s (level annual cost at each cluster's WACC x %d, net of the"
            + " market value kept)%n",
        musd(result.economicCost().amount()),
        horizon);
    out.printf(
        Locale.ROOT,
        "  book TCO (accounting)                  USD %s (depreciation within the horizon + operating costs)%n",
        musd(result.accountingTco().amount()));

    // 6. What moves the answer: the file's sensitivity inputs, one at a time.
    SensitivityResult economic =
        engine.sensitivity(spec.fleet(), spec.terms(), spec.sensitivity(), Output.ECONOMIC_COST);
    SensitivityResult capex =
        engine.sensitivity(spec.fleet(), spec.terms(), spec.sensitivity(), Output.CAPEX);
    printTornado(out, "the economic cost over " + horizon + " years", economic);
    printTornado(out, "CapEx", capex);

    return new Summary(
        spec,
        result,
        List.copyOf(rows),
        total,
        java.util.Collections.unmodifiableMap(opexBy),
        gap,
        horizonFor,
        biasHorizon,
        biasYear1,
        economic,
        capex);
  }

  /** What an operating component of this fleet holds, from its resolved assumptions. */
  private static String includes(CostComponent k, FleetResult r) {
    ClusterResult c = r.clusters().get(0);
    switch (k) {
      case ELECTRICITY:
        return String.format(
            Locale.ROOT,
            "USD %s/kWh, PUE %s, every server at its busy power (utilisation %s)",
            c.assumption(dev.flopex.costing.AssumptionKey.ELECTRICITY_USD_PER_KWH),
            c.assumption(dev.flopex.costing.AssumptionKey.PUE),
            c.terms().utilisation());
      case STAFF:
        if (allRented(r)) {
          return String.format(
              Locale.ROOT,
              "USD %,.0f operations staff per MW-year (%s set; facility staff are in the rent)",
              c.assumption(dev.flopex.costing.AssumptionKey.STAFF_USD_PER_MW_YEAR),
              c.cluster().assumptions().id());
        }
        return String.format(
            Locale.ROOT,
            "USD %,.0f operations + USD %,.0f facility staff per MW-year (%s set; facility staff at %s sites)",
            c.assumption(dev.flopex.costing.AssumptionKey.STAFF_USD_PER_MW_YEAR),
            c.assumption(dev.flopex.costing.AssumptionKey.FACILITY_STAFF_USD_PER_MW_YEAR),
            c.cluster().assumptions().id(),
            allOwned(r) ? "the owned" : "owned");
      case MAINTENANCE:
        return String.format(
            Locale.ROOT,
            "%.0f%% of hardware CapEx a year after the %.0f-year warranty",
            100
                * c.assumption(
                    dev.flopex.costing.AssumptionKey.MAINTENANCE_FRACTION_OF_CAPEX_PER_YEAR),
            c.assumption(dev.flopex.costing.AssumptionKey.WARRANTY_YEARS));
      case SOFTWARE:
        return String.format(
            Locale.ROOT,
            "USD %,.0f per GPU-year (own software stack)",
            c.assumption(dev.flopex.costing.AssumptionKey.SOFTWARE_USD_PER_GPU_YEAR));
      case INSURANCE:
        return String.format(
            Locale.ROOT,
            "%.2f%% a year of the falling insured value",
            100
                * c.assumption(
                    dev.flopex.costing.AssumptionKey.INSURANCE_FRACTION_OF_VALUE_PER_YEAR));
      case COLOCATION:
        if (allOwned(r)) {
          return "none: the sites are owned";
        }
        return String.format(
            Locale.ROOT,
            "rent on contracted IT power%s, USD %s/kW-month",
            allRented(r) ? "" : " at the rented sites",
            r.clusters().stream()
                .filter(x -> x.cluster().site().facility().isRented())
                .findFirst()
                .orElseThrow()
                .assumption(dev.flopex.costing.AssumptionKey.COLOCATION_USD_PER_KW_MONTH));
      default:
        return "";
    }
  }

  private static boolean allOwned(FleetResult r) {
    return r.clusters().stream().noneMatch(x -> x.cluster().site().facility().isRented());
  }

  private static boolean allRented(FleetResult r) {
    return r.clusters().stream().allMatch(x -> x.cluster().site().facility().isRented());
  }

  /** Returns the years of operation at which cumulative operating cost reaches {@code target}. */
  static double horizonForOperatingCost(CostEngine engine, FleetSpec spec, double target) {
    FinancialTerms t = spec.terms();
    FinancialTerms longer =
        FinancialTerms.builder()
            .horizonYears(MAX_SEARCH_YEARS)
            .utilisation(t.utilisation())
            .depreciation(t.depreciation())
            .financing(t.financing())
            .debtRate(t.debtRate())
            .debtTenorYears(t.debtTenorYears())
            .build();
    FleetResult r = engine.evaluate(spec.fleet(), longer);
    double[] perYear = new double[MAX_SEARCH_YEARS];
    for (ClusterResult c : r.clusters()) {
      for (CostLine l : c.accounting().lines()) {
        if (isOperating(l.component())) {
          for (int y = 0; y < MAX_SEARCH_YEARS; y++) {
            perYear[y] += l.byYear().get(y).amount();
          }
        }
      }
    }
    double cumulative = 0;
    for (int y = 0; y < MAX_SEARCH_YEARS; y++) {
      if (cumulative + perYear[y] >= target) {
        return y + (target - cumulative) / perYear[y];
      }
      cumulative += perYear[y];
    }
    return Double.NaN;
  }

  /** Operating components: not capital, and not interest. */
  static boolean isOperating(CostComponent c) {
    return !c.isCapital() && c != CostComponent.FINANCING;
  }

  private static Row row(ClusterResult c) {
    Money serverPrice = Money.usd(0);
    for (BomLine b : c.billOfMaterials()) {
      if (b.component() == CostComponent.SERVERS) {
        serverPrice = b.unitPrice();
      }
    }
    Money opex = Money.usd(0);
    for (CostLine l : c.accounting().lines()) {
      if (isOperating(l.component())) {
        opex = opex.plus(l.amount());
      }
    }
    return new Row(
        c.cluster().name(),
        c.cluster().system().id(),
        c.cluster().system().accelerator().id(),
        c.capacity().gpus(),
        c.capacity().servers(),
        serverPrice,
        c.capex().getOrDefault(CostComponent.SERVERS, Money.usd(0)),
        c.capexTotal(),
        c.opexYear1(),
        opex,
        java.util.Optional.of(c.costPerGpuHour()));
  }

  private static List<Row> hopperRows(List<Row> rows) {
    return rows.stream().filter(r -> !r.accelerator().startsWith("a100")).toList();
  }

  /**
   * Sums rows in order; the server price of a total is the GPU-weighted average (server CapEx /
   * servers).
   */
  static Row sum(List<Row> rows) {
    long gpus = 0;
    long servers = 0;
    Money serverCapex = Money.usd(0);
    Money capex = Money.usd(0);
    Money opex1 = Money.usd(0);
    Money opexH = Money.usd(0);
    for (Row r : rows) {
      gpus += r.gpus();
      servers += r.servers();
      serverCapex = serverCapex.plus(r.serverCapex());
      capex = capex.plus(r.capex());
      opex1 = opex1.plus(r.opexYear1());
      opexH = opexH.plus(r.opexHorizon());
    }
    Money avg = servers == 0 ? Money.usd(0) : serverCapex.dividedBy(servers);
    // the fleet's cost per GPU-hour is not a sum of the rows': the fleet result gives it
    return new Row(
        "TOTAL",
        "",
        "",
        gpus,
        servers,
        avg,
        serverCapex,
        capex,
        opex1,
        opexH,
        java.util.Optional.empty());
  }

  private static void printTable(PrintStream out, List<Row> rows, Row total, int horizon) {
    String fmt = "%-6s %-10s %-15s %7s %8s %11s %15s %15s %13s %15s %10s%n";
    out.printf(
        Locale.ROOT,
        fmt,
        "SKU",
        "SYSTEM",
        "GPU",
        "GPUS",
        "SERVERS",
        "USD/SERVER",
        "SERVER CAPEX",
        "TOTAL CAPEX",
        "OPEX YEAR 1",
        "OPEX " + horizon + " YEARS",
        "USD/GPU-H");
    for (Row r : rows) {
      boolean standIn = r.cluster().equals(H20_CLUSTER) && !r.accelerator().equals("h20");
      printRow(out, fmt, r, standIn ? r.system() + "*" : r.system());
    }
    printRow(out, fmt, total, "");
    out.printf(
        Locale.ROOT,
        "(TOTAL is summed from the rows above; USD/SERVER on it is server CapEx / servers; OPEX is operating cost as"
            + " paid, undiscounted; USD/GPU-H is the economic cost per GPU-hour, the headline)%n");
  }

  private static void printRow(PrintStream out, String fmt, Row r, String system) {
    out.printf(
        Locale.ROOT,
        fmt,
        r.cluster(),
        system,
        r.accelerator(),
        String.format(Locale.ROOT, "%,d", r.gpus()),
        String.format(Locale.ROOT, "%,d", r.servers()),
        usd(r.serverPrice().amount()),
        usd(r.serverCapex().amount()),
        usd(r.capex().amount()),
        usd(r.opexYear1().amount()),
        usd(r.opexHorizon().amount()),
        r.costPerGpuHour().map(m -> String.format(Locale.ROOT, "%.2f", m.amount())).orElse(""));
  }

  private static void printTornado(PrintStream out, String title, SensitivityResult s) {
    out.printf(
        Locale.ROOT,
        "%nSensitivity of %s (base USD %s), one input at a time, largest swing first%n",
        title,
        musd(s.baseOutput()));
    out.printf(
        Locale.ROOT,
        "  %-4s %-42s %21s %23s %12s%n",
        "RANK",
        "INPUT",
        "LOW -> HIGH",
        "OUTPUT (USD M)",
        "SWING USD M");
    int rank = 1;
    for (TornadoBar b : s.bars()) {
      out.printf(
          Locale.ROOT,
          "  %4d %-42s %21s %23s %12s%n",
          rank++,
          b.path(),
          num(b.lowInput()) + " -> " + num(b.highInput()),
          musd(b.outputAtLow()) + " -> " + musd(b.outputAtHigh()),
          musd(b.swing()));
    }
  }

  private static String usd(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  /** Millions of USD with one decimal, e.g. {@code 1,561.2M}. */
  static String musd(double v) {
    return String.format(Locale.ROOT, "%,.1fM", v / 1e6);
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? String.format(Locale.ROOT, "%,d", (long) v)
        : String.format(Locale.ROOT, "%s", v);
  }
}
