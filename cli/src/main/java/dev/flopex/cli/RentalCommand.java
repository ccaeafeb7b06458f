package dev.flopex.cli;

import dev.flopex.core.money.Money;
import dev.flopex.core.validation.Check;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.economics.RentalResult;
import dev.flopex.costing.economics.RentalTerms;
import dev.flopex.report.internal.Basis;
import dev.flopex.report.internal.Csv;
import dev.flopex.report.internal.Fmt;
import dev.flopex.report.internal.Table;
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
import picocli.CommandLine.Spec;

/** {@code flopex rental}: the economics of renting out a costed cluster's GPUs. */
@Command(
    name = "rental",
    sortOptions = false,
    description = {
      "Rent out a fleet file's cluster (docs/model.md section 14): revenue, operating costs, the economic capital charge "
          + "and margins by year; NPV, IRR and payback of the cash flows -CapEx, then revenue - operating costs, with the "
          + "market value the hardware keeps added to the last year; the break-even price. The cluster's basis lines say "
          + "what its costs are on; by default the discount rate is the cluster's WACC, so the break-even price at the "
          + "cluster's utilisation is its economic cost per GPU-hour.",
      "CSV has the table by year (year 0 is the CapEx), the basis in its last two columns."
    },
    footer = {
      "",
      "Examples:",
      "  flopex rental --fleet examples/fleets/h100-neocloud.yaml --price 2.2 --utilisation 0.7",
      "  flopex rental --fleet examples/fleets/mixed-fleet.yaml --cluster h100-texas --price 2 --price-change-per-year -0.15"
    })
final class RentalCommand implements Callable<Integer> {
  private static final Map<String, String> FIELDS =
      Map.of(
          "pricePerGpuHour", "--price",
          "utilisation", "--utilisation",
          "priceChangePerYear", "--price-change-per-year",
          "costOfCapital", "--cost-of-capital");

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin StrictOption strict;

  @Option(
      names = "--fleet",
      paramLabel = "FILE",
      required = true,
      description = "The fleet file with the cluster to rent out (costed under its terms).")
  String fleet;

  @Option(
      names = "--cluster",
      paramLabel = "NAME",
      description = "The cluster (needed when the fleet has several).")
  String cluster;

  @Option(
      names = "--price",
      paramLabel = "USD",
      required = true,
      description = "Rental price per GPU-hour sold in year 1.")
  String price;

  @Option(
      names = "--utilisation",
      paramLabel = "U",
      description = "Share of GPU-hours sold, in (0, 1] (default: the fleet terms' utilisation).")
  String utilisation;

  @Option(
      names = "--price-change-per-year",
      paramLabel = "R",
      defaultValue = "0",
      description =
          "Yearly change of the rental price, > -1, e.g. -0.15 (default: ${DEFAULT-VALUE}).")
  String priceChange;

  @Option(
      names = "--cost-of-capital",
      paramLabel = "R",
      description =
          "Discount rate for the NPV and the capital charge, per year, in (0, 1) "
              + "(default: the cluster's WACC).")
  String costOfCapital;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json, csv or markdown (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    Format f = Format.parse(format, Format.TABLE, Format.JSON, Format.CSV, Format.MARKDOWN);
    Context ctx = FlopexCommand.context(spec);
    Money p = Money.usd(Opts.nonNegative("--price", price));
    double u = utilisation == null ? Double.NaN : Opts.fraction("--utilisation", utilisation);
    double change =
        Check.greaterThan(
            Opts.number("--price-change-per-year", priceChange),
            -1,
            "--price-change-per-year",
            "/year");
    double coc =
        costOfCapital == null ? Double.NaN : Opts.number("--cost-of-capital", costOfCapital);
    ClusterResult c = Fleets.cluster(ctx, fleet, cluster, strict.engine());
    var b = RentalTerms.builder().cluster(c).pricePerGpuHour(p).priceChangePerYear(change);
    if (utilisation != null) { // else the library's default: the cluster terms' utilisation
      b.utilisation(u);
    }
    if (costOfCapital != null) {
      b.costOfCapital(coc);
    }
    RentalTerms terms = Opts.renaming(FIELDS, b::build);
    RentalResult r = Opts.renaming(FIELDS, () -> strict.engine().evaluate(terms));
    String title =
        "rental of cluster "
            + c.cluster().name()
            + ": "
            + Fmt.grouped(c.capacity().gpus())
            + " x "
            + c.cluster().system().accelerator().id()
            + " at USD "
            + Fmt.num(p.amount())
            + " per GPU-hour";
    Facts x = facts(r);
    PrintStream out = ctx.out();
    switch (f) {
      case JSON:
        Map<String, Object> j = new LinkedHashMap<>(x.json());
        j.put("years", yearsJson(r));
        ctx.printJson(j);
        break;
      case CSV:
        printYearsCsv(out, r, c);
        break;
      case MARKDOWN:
        x.printMarkdown(out, title);
        out.println();
        out.println("### By year (USD)");
        out.println();
        yearsTable(r).printMarkdown(out);
        break;
      default:
        x.printText(out, title);
        out.println();
        out.println(
            "by year, USD (year 0: CapEx; capital charge: the level yearly payment recovering CapEx less the present value of the "
                + "market value kept; the last cash flow includes that value)");
        yearsTable(r).print(out, "  ");
        break;
    }
    out.flush();
    return 0;
  }

  private static Facts facts(RentalResult r) {
    RentalTerms t = r.terms();
    ClusterResult c = t.cluster();
    Facts x = new Facts();
    x.add(
            "cluster",
            "cluster",
            c.cluster().name(),
            c.cluster().name() + " (" + c.cluster().system().id() + ")")
        .add("gpus", "GPUs", c.capacity().gpus(), Fmt.grouped(c.capacity().gpus()))
        .add(
            "horizon_years",
            "horizon",
            c.terms().horizonYears(),
            c.terms().horizonYears() + " years")
        .add(
            "price_usd_per_gpu_hour",
            "price",
            Fmt.json(t.pricePerGpuHour().amount()),
            "USD "
                + Fmt.num(t.pricePerGpuHour().amount())
                + " per GPU-hour in year 1"
                + (t.priceChangePerYear() == 0
                    ? ""
                    : ", changing " + Fmt.num(t.priceChangePerYear()) + "/year"))
        .data("price_change_per_year", Fmt.json(t.priceChangePerYear()))
        .add(
            "utilisation",
            "share of hours sold",
            Fmt.json(t.utilisation()),
            Fmt.num(t.utilisation()))
        .add(
            "gpu_hours_sold_per_year",
            "GPU-hours sold per year",
            Fmt.json(r.gpuHoursSoldPerYear()),
            Fmt.grouped(r.gpuHoursSoldPerYear(), 0))
        .add(
            "cost_of_capital",
            "discount rate",
            Fmt.json(t.costOfCapital()),
            Fmt.num(t.costOfCapital())
                + "/year"
                + (t.costOfCapital() == c.economic().wacc()
                    ? " (the cluster's WACC)"
                    : " (given; the cluster's WACC is " + Fmt.num(c.economic().wacc()) + ")"))
        .add(
            "economic_usd_per_gpu_hour",
            "cluster's cost",
            Fmt.json(c.costPerGpuHour().amount()),
            "USD "
                + Fmt.grouped(c.costPerGpuHour().amount(), 4)
                + " per GPU-hour used (economic, at utilisation "
                + Fmt.num(c.terms().utilisation())
                + ")");
    Facts.basis(x, "basis", c.basis());
    x.section("results over the horizon");
    x.add(
            "capex_usd",
            "CapEx",
            Fmt.jsonMoney(c.capexTotal()),
            "USD " + Fmt.money(c.capexTotal().amount()))
        .add(
            "residual_value_usd",
            "market value kept",
            Fmt.jsonMoney(r.residualValue()),
            "USD "
                + Fmt.money(r.residualValue().amount())
                + " at the end of the horizon, added to the last cash flow")
        .add(
            "revenue_usd",
            "revenue",
            Fmt.jsonMoney(r.revenue()),
            "USD " + Fmt.money(r.revenue().amount()))
        .add(
            "gross_margin_usd",
            "gross margin",
            Fmt.jsonMoney(r.grossMargin()),
            "USD " + Fmt.money(r.grossMargin().amount()) + " (revenue - operating costs)")
        .add(
            "margin_after_capital_usd",
            "margin after capital",
            Fmt.jsonMoney(r.marginAfterCapital()),
            "USD "
                + Fmt.money(r.marginAfterCapital().amount())
                + " (revenue - operating costs - economic capital charge)")
        .add("npv_usd", "NPV", Fmt.jsonMoney(r.npv()), "USD " + Fmt.money(r.npv().amount()))
        .add(
            "irr",
            "IRR",
            r.irr().isPresent() ? Fmt.json(r.irr().getAsDouble()) : null,
            r.irr().isPresent()
                ? Fmt.percent(r.irr().getAsDouble()) + "/year"
                : "none (the cash flows have no rate of return)")
        .add(
            "payback_years",
            "payback",
            r.paybackYears().isPresent() ? Fmt.json(r.paybackYears().getAsDouble()) : null,
            r.paybackYears().isPresent()
                ? Fmt.grouped(r.paybackYears().getAsDouble(), 2) + " years"
                : "not within the horizon")
        .add(
            "break_even_usd_per_gpu_hour",
            "break-even price",
            Fmt.json(r.breakEvenPricePerGpuHour().amount()),
            "USD "
                + Fmt.grouped(r.breakEvenPricePerGpuHour().amount(), 4)
                + " per GPU-hour in year 1 (NPV = 0)");
    return x;
  }

  private static final String[] YEAR_HEADERS = {
    "YEAR",
    "REVENUE",
    "OPERATING COSTS",
    "CAPITAL CHARGE",
    "GROSS MARGIN",
    "MARGIN AFTER CAPITAL",
    "CASH FLOW"
  };

  private static Table yearsTable(RentalResult r) {
    Table t = new Table(YEAR_HEADERS).right(0, 1, 2, 3, 4, 5, 6);
    t.add("0", "", "", "", "", "", Fmt.grouped(r.cashFlows().get(0).amount(), 0));
    int h = r.revenueByYear().size();
    for (int y = 0; y < h; y++) {
      t.add(
          Integer.toString(y + 1),
          m(r.revenueByYear().get(y)),
          m(r.operatingCostByYear().get(y)),
          m(r.capitalChargesByYear().get(y)),
          m(r.grossMarginByYear().get(y)),
          m(r.marginAfterCapitalByYear().get(y)),
          m(r.cashFlows().get(y + 1)));
    }
    t.add(
        "total",
        m(r.revenue()),
        m(r.operatingCost()),
        m(r.capitalCharges()),
        m(r.grossMargin()),
        m(r.marginAfterCapital()),
        Fmt.grouped(r.netCashFlow().amount(), 0));
    return t;
  }

  private static String m(Money v) {
    return Fmt.grouped(v.amount(), 0);
  }

  private static List<Map<String, Object>> yearsJson(RentalResult r) {
    List<Map<String, Object>> ys = new ArrayList<>();
    int h = r.revenueByYear().size();
    for (int y = 0; y <= h; y++) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("year", y);
      j.put("revenue_usd", y == 0 ? null : Fmt.jsonMoney(r.revenueByYear().get(y - 1)));
      j.put(
          "operating_cost_usd", y == 0 ? null : Fmt.jsonMoney(r.operatingCostByYear().get(y - 1)));
      j.put(
          "capital_charge_usd", y == 0 ? null : Fmt.jsonMoney(r.capitalChargesByYear().get(y - 1)));
      j.put("gross_margin_usd", y == 0 ? null : Fmt.jsonMoney(r.grossMarginByYear().get(y - 1)));
      j.put(
          "margin_after_capital_usd",
          y == 0 ? null : Fmt.jsonMoney(r.marginAfterCapitalByYear().get(y - 1)));
      j.put("cash_flow_usd", Fmt.jsonMoney(r.cashFlows().get(y)));
      ys.add(j);
    }
    return ys;
  }

  private static void printYearsCsv(PrintStream out, RentalResult r, ClusterResult c) {
    List<Map<String, Object>> ys = yearsJson(r);
    List<Object> header = new ArrayList<>(ys.get(0).keySet());
    header.addAll(Basis.CSV_COLUMNS);
    Csv.row(out, header);
    for (Map<String, Object> y : ys) {
      List<Object> row = new ArrayList<>(y.values());
      row.addAll(Basis.csv(c.basis()));
      Csv.row(out, row);
    }
  }
}
