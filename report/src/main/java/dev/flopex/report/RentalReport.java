package dev.flopex.report;

import dev.flopex.core.money.Money;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.economics.RentalResult;
import dev.flopex.costing.economics.RentalTerms;
import dev.flopex.report.internal.Basis;
import dev.flopex.report.internal.Csv;
import dev.flopex.report.internal.Facts;
import dev.flopex.report.internal.Fmt;
import dev.flopex.report.internal.Json;
import dev.flopex.report.internal.Table;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The economics of renting out a costed cluster's GPUs ({@link RentalResult}) rendered as text,
 * JSON, CSV or Markdown: what {@code flopex rental} prints, so an embedder gets the same bytes.
 *
 * <p>Every format gives the cluster, the price and share of hours sold, the discount rate, the
 * cluster's basis lines, then the results over the horizon (CapEx, market value kept, revenue,
 * margins, NPV, IRR, payback and the break-even price per GPU-hour) and the table by year (year 0
 * is the CapEx). CSV has the table by year only, the basis in its last two columns. Nothing here
 * computes a cost: every figure is {@link RentalResult}'s.
 *
 * <pre>{@code
 * RentalResult r = CostEngine.create().evaluate(RentalTerms.builder().cluster(cluster)
 *     .pricePerGpuHour(Money.usd(2.2)).build());
 * RentalReport.of(r).render(ReportFormat.MARKDOWN, System.out);
 * }</pre>
 *
 * <p>Instances are immutable.
 *
 * @since 0.3
 */
public final class RentalReport extends TextReport {
  private final RentalResult result;

  private RentalReport(RentalResult result) {
    this.result = Objects.requireNonNull(result, "result");
  }

  /**
   * Returns the report of a rental result, titled {@code rental of cluster NAME: GPUS x ACCELERATOR
   * at USD PRICE per GPU-hour}.
   *
   * @param result the rental economics, e.g. {@code CostEngine.create().evaluate(rentalTerms)}
   * @return the report
   */
  public static RentalReport of(RentalResult result) {
    return new RentalReport(result);
  }

  /** Returns the rental result this report shows. */
  public RentalResult result() {
    return result;
  }

  /**
   * Returns the title, e.g. {@code rental of cluster h100: 20,480 x h100-sxm5 at USD 2.2 per
   * GPU-hour}.
   */
  public String title() {
    ClusterResult c = result.terms().cluster();
    return "rental of cluster "
        + c.cluster().name()
        + ": "
        + Fmt.grouped(c.capacity().gpus())
        + " x "
        + c.cluster().system().accelerator().id()
        + " at USD "
        + Fmt.num(result.terms().pricePerGpuHour().amount())
        + " per GPU-hour";
  }

  @Override
  void print(PrintStream out, ReportFormat format) {
    RentalResult r = result;
    ClusterResult c = r.terms().cluster();
    String title = title();
    Facts x = facts(r);
    switch (format) {
      case JSON:
        Map<String, Object> j = new LinkedHashMap<>(x.json());
        j.put("years", yearsJson(r));
        Json.print(out, j);
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
