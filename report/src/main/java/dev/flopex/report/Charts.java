package dev.flopex.report;

import dev.flopex.core.money.Money;
import dev.flopex.core.random.Histogram;
import dev.flopex.core.random.SampleSummary;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CostComponent;
import dev.flopex.costing.CostLine;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.analysis.ScenarioComparison;
import dev.flopex.costing.analysis.SensitivityResult;
import dev.flopex.costing.analysis.TornadoBar;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The entry point of the report module: charts of costing results. Each method returns a {@link
 * Chart} holding exactly the numbers it draws, taken from the result without recomputing any model
 * formula; the formulas are in {@code docs/model.md}, the charts in {@code docs/reports.md}.
 *
 * <ul>
 *   <li>{@link #capexBreakdown(FleetResult)}: CapEx by capital component, stacked by cluster.
 *   <li>{@link #opexByYear(FleetResult)}: operating cost (and financing interest) per year, stacked
 *       by component, as escalated by the model: the accounting basis's non-capital cost lines
 *       ({@link dev.flopex.costing.AccountingCost#lines()}).
 *   <li>{@link #costPerGpuHourWaterfall(FleetResult)}: the economic cost per GPU-hour (the
 *       headline) built up from each component's share ({@link
 *       FleetResult#costPerGpuHourByComponent()}); the last bar, the total, equals {@link
 *       FleetResult#costPerGpuHour()}.
 *   <li>{@link #comparison(ScenarioComparison)}: economic cost over the horizon by component per
 *       scenario.
 *   <li>{@link #tornado(SensitivityResult)}: one bar per input from the base output to the output
 *       at the input's low and high values, largest swing on top.
 *   <li>{@link #histogram(MonteCarloResult)}: the Monte Carlo samples' histogram with the requested
 *       percentiles and the mean as markers.
 * </ul>
 *
 * <p>Every method refuses an empty result (nothing to draw) with a {@link ValidationException}
 * naming the chart.
 *
 * @since 0.1
 */
public final class Charts {
  /** A chart id: lower-case letters, digits and hyphens, starting with a letter. */
  static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*");

  private Charts() {}

  /** Returns a label for people, e.g. {@code Optics and cables}. */
  static String label(CostComponent c) {
    switch (c) {
      case OPTICS_CABLES:
        return "Optics and cables";
      default:
        String s = c.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }

  /** CapEx by capital component (rows), stacked by cluster (columns), in USD. */
  public static Chart capexBreakdown(FleetResult result) {
    return capex(result.fleet().name(), result.clusters());
  }

  /** CapEx by capital component of one cluster, in USD. */
  public static Chart capexBreakdown(ClusterResult result) {
    return capex(result.cluster().name(), List.of(result));
  }

  private static Chart capex(String name, List<ClusterResult> clusters) {
    List<String> columns = new ArrayList<>();
    clusters.forEach(r -> columns.add(r.cluster().name()));
    List<ChartRow> rows = new ArrayList<>();
    double total = 0;
    for (CostComponent c : CostComponent.values()) {
      if (!c.isCapital()) {
        continue;
      }
      List<Double> values = new ArrayList<>();
      double sum = 0;
      for (ClusterResult r : clusters) {
        double v = amount(r.capex().get(c));
        values.add(v);
        sum += v;
      }
      if (sum != 0) {
        rows.add(ChartRow.of(label(c), values));
        total += sum;
      }
    }
    return Chart.builder()
        .id("capex-breakdown")
        .title("CapEx by component: " + name)
        .subtitle(
            "total USD "
                + money(total)
                + " paid at purchase (the same on the economic and accounting bases); prices as of each"
                + " cluster's purchase date")
        .kind(ChartKind.STACKED_BARS)
        .horizontal(true)
        .categoryAxisLabel("component")
        .valueAxisLabel("USD")
        .addAllColumns(columns)
        .addAllRows(rows)
        .build();
  }

  /**
   * Operating cost per year 1..horizon (rows), stacked by non-capital component (columns: power,
   * colocation, maintenance, software, staff, insurance and financing interest), in USD as
   * escalated by the model: the non-capital lines of the accounting basis ({@link
   * dev.flopex.costing.AccountingCost#lines()}), undiscounted. Depreciation of CapEx is not
   * operating cost and is not shown.
   */
  public static Chart opexByYear(FleetResult result) {
    return opex(result.fleet().name(), result.clusters());
  }

  /** Operating cost per year of one cluster; see {@link #opexByYear(FleetResult)}. */
  public static Chart opexByYear(ClusterResult result) {
    return opex(result.cluster().name(), List.of(result));
  }

  private static Chart opex(String name, List<ClusterResult> clusters) {
    int years = clusters.isEmpty() ? 0 : clusters.get(0).terms().horizonYears();
    Map<CostComponent, double[]> byComponent = new EnumMap<>(CostComponent.class);
    for (ClusterResult r : clusters) {
      for (CostLine line : r.accounting().lines()) {
        if (line.component().isCapital()) {
          continue;
        }
        double[] y = byComponent.computeIfAbsent(line.component(), k -> new double[years]);
        for (int i = 0; i < Math.min(years, line.byYear().size()); i++) {
          y[i] += line.byYear().get(i).amount();
        }
      }
    }
    byComponent.values().removeIf(Charts::allZero);
    List<ChartRow> rows = new ArrayList<>();
    for (int i = 0; i < years && !byComponent.isEmpty(); i++) {
      List<Double> values = new ArrayList<>();
      for (double[] y : byComponent.values()) {
        values.add(y[i]);
      }
      rows.add(ChartRow.of("Year " + (i + 1), values));
    }
    List<String> columns = new ArrayList<>();
    byComponent.keySet().forEach(c -> columns.add(label(c)));
    return Chart.builder()
        .id("opex-by-year")
        .title("Operating cost by year: " + name)
        .subtitle(
            "accounting basis, USD as paid (undiscounted), escalated as modelled; financing is interest on debt; excludes CapEx and depreciation")
        .kind(ChartKind.STACKED_BARS)
        .categoryAxisLabel("year")
        .valueAxisLabel("USD")
        .addAllColumns(columns)
        .addAllRows(rows)
        .build();
  }

  /**
   * The economic cost per GPU-hour (the headline) as a waterfall: each component's share of it
   * ({@link FleetResult#costPerGpuHourByComponent()}: present value of the component's costs at the
   * WACC, capital net of the market value kept, over the present value of GPU-hours used), then the
   * total, which equals {@link FleetResult#costPerGpuHour()}.
   */
  public static Chart costPerGpuHourWaterfall(FleetResult result) {
    return waterfall(
        result.fleet().name(),
        result.costPerGpuHourByComponent(),
        result.costPerGpuHour(),
        result.clusters().isEmpty() ? null : result.clusters().get(0).terms());
  }

  /**
   * The economic cost per GPU-hour of one cluster as a waterfall ({@link
   * dev.flopex.costing.EconomicCost#costPerGpuHourByComponent()}); see {@link
   * #costPerGpuHourWaterfall(FleetResult)}.
   */
  public static Chart costPerGpuHourWaterfall(ClusterResult result) {
    return waterfall(
        result.cluster().name(),
        result.economic().costPerGpuHourByComponent(),
        result.costPerGpuHour(),
        result.terms());
  }

  private static Chart waterfall(
      String name,
      Map<CostComponent, Money> byComponent,
      Money perGpuHour,
      @org.jspecify.annotations.Nullable FinancialTerms terms) {
    List<ChartRow> rows = new ArrayList<>();
    double total = perGpuHour.amount();
    double running = 0;
    for (CostComponent c : CostComponent.values()) {
      double v = amount(byComponent.get(c));
      if (v != 0) {
        rows.add(ChartRow.of(label(c), List.of(v)));
        running += v;
      }
    }
    if (!rows.isEmpty()) {
      // the parts are each component's share of the headline; floating-point rounding aside they
      // add up
      total = running;
      rows.add(ChartRow.of("Total", List.of(total)));
    }
    String sub =
        "economic basis: USD "
            + String.format(Locale.ROOT, "%.4f", total)
            + " per GPU-hour used"
            + (terms == null
                ? ""
                : String.format(
                    Locale.ROOT,
                    " over %d years at %.0f%% utilisation",
                    terms.horizonYears(),
                    terms.utilisation() * 100))
            + "; present value of costs at the WACC, net of the hardware's market value at the end, over the present value of GPU-hours";
    return Chart.builder()
        .id("cost-per-gpu-hour")
        .title("Economic cost per GPU-hour by component: " + name)
        .subtitle(sub)
        .kind(ChartKind.WATERFALL)
        .horizontal(true)
        .categoryAxisLabel("component")
        .valueAxisLabel("USD per GPU-hour (economic)")
        .addColumns("USD per GPU-hour")
        .addAllRows(rows.size() >= 2 ? rows : List.of())
        .build();
  }

  /**
   * Economic cost over the horizon by component (columns, stacked) per scenario (rows), in USD
   * ({@link ScenarioComparison#byComponent()}); each stack totals that scenario's {@link
   * FleetResult#economicCost()}.
   */
  public static Chart comparison(ScenarioComparison comparison) {
    List<CostComponent> components = new ArrayList<>(comparison.byComponent().keySet());
    List<List<Money>> byComponent = new ArrayList<>(comparison.byComponent().values());
    List<ChartRow> rows = new ArrayList<>();
    for (int i = 0; i < comparison.scenarios().size(); i++) {
      List<Double> values = new ArrayList<>();
      for (List<Money> amounts : byComponent) {
        values.add(amounts.get(i).amount());
      }
      rows.add(ChartRow.of(comparison.scenarios().get(i).name(), values));
    }
    List<String> columns = new ArrayList<>();
    components.forEach(c -> columns.add(label(c)));
    return Chart.builder()
        .id("comparison")
        .title("Economic cost by component per scenario")
        .subtitle(
            "economic basis (level annual cost at the WACC x horizon, net of the market value kept), USD, each scenario over its own horizon")
        .kind(ChartKind.STACKED_BARS)
        .horizontal(true)
        .categoryAxisLabel("scenario")
        .valueAxisLabel("USD (economic)")
        .addAllColumns(columns)
        .addAllRows(components.isEmpty() ? List.of() : rows)
        .build();
  }

  /** A tornado of every bar; see {@link #tornado(SensitivityResult, int)}. */
  public static Chart tornado(SensitivityResult result) {
    return tornado(result, Integer.MAX_VALUE);
  }

  /**
   * A tornado of the {@code maxBars} largest swings: per input, the output with the input at its
   * low and at its high value, drawn from the base output (the marker).
   *
   * @throws ValidationException if {@code maxBars} is not positive or the result has no bars
   */
  public static Chart tornado(SensitivityResult result, int maxBars) {
    if (maxBars <= 0) {
      throw new ValidationException("maxBars", Integer.toString(maxBars), "must be > 0");
    }
    Output o = result.output();
    List<ChartRow> rows = new ArrayList<>();
    for (TornadoBar b : result.bars()) {
      if (rows.size() == maxBars) {
        break;
      }
      String label = b.path() + " (" + number(b.lowInput()) + " to " + number(b.highInput()) + ")";
      rows.add(ChartRow.of(label, List.of(b.outputAtLow(), b.outputAtHigh())));
    }
    return Chart.builder()
        .id("tornado")
        .title("Sensitivity of " + outputLabel(o))
        .subtitle(
            "one input at a time at its low and high value; base "
                + value(o, result.baseOutput())
                + " "
                + o.unit())
        .kind(ChartKind.TORNADO)
        .horizontal(true)
        .categoryAxisLabel("input (low to high)")
        .valueAxisLabel(outputLabel(o) + " (" + o.unit() + ")")
        .addColumns("input at low", "input at high")
        .addAllRows(rows)
        .addMarkers(ChartMarker.of("base", result.baseOutput()))
        .build();
  }

  /**
   * The histogram of the Monte Carlo samples (bins chosen by {@link SampleSummary#histogram()})
   * with the requested percentiles and the mean as markers.
   */
  public static Chart histogram(MonteCarloResult result) {
    Output o = result.spec().output();
    SampleSummary s = result.statistics();
    List<ChartRow> rows = new ArrayList<>();
    if (s.count() > 0) {
      Histogram h = s.histogram();
      for (int i = 0; i < h.binCount(); i++) {
        rows.add(
            ChartRow.of(
                "["
                    + number(h.lowerEdge(i))
                    + ", "
                    + number(h.upperEdge(i))
                    + (i == h.binCount() - 1 ? "]" : ")"),
                List.of(h.lowerEdge(i), h.upperEdge(i), (double) h.count(i))));
      }
    }
    List<ChartMarker> markers = new ArrayList<>();
    result
        .percentiles()
        .forEach((level, v) -> markers.add(ChartMarker.of("P" + number(level * 100), v)));
    if (s.count() > 0) {
      markers.add(ChartMarker.of("mean", s.mean()));
    }
    return Chart.builder()
        .id("montecarlo-histogram")
        .title(
            "Distribution of "
                + outputLabel(o)
                + " over "
                + String.format(Locale.ROOT, "%,d", s.count())
                + " samples")
        .subtitle(
            "seed "
                + result.spec().seed()
                + "; base case "
                + value(o, result.baseOutput())
                + " "
                + o.unit()
                + "; percentiles "
                + s.percentileMethod().describe())
        .kind(ChartKind.HISTOGRAM)
        .categoryAxisLabel("samples")
        .valueAxisLabel(outputLabel(o) + " (" + o.unit() + ")")
        .addColumns("lower edge", "upper edge", "samples")
        .addAllRows(rows)
        .addAllMarkers(markers)
        .build();
  }

  private static boolean allZero(double[] values) {
    for (double v : values) {
      if (v != 0) {
        return false;
      }
    }
    return true;
  }

  private static double amount(@org.jspecify.annotations.Nullable Money m) {
    return m == null ? 0 : m.amount();
  }

  private static String money(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  /**
   * Returns an output's label with its basis, e.g. {@code economic cost per GPU-hour} or {@code
   * accounting TCO}: the words every chart title and axis that shows the output uses.
   *
   * @param o the output
   * @return the label
   * @since 0.2
   */
  public static String outputLabel(Output o) {
    switch (o) {
      case COST_PER_GPU_HOUR:
        return "economic cost per GPU-hour";
      case COST_PER_USEFUL_GPU_HOUR:
        return "economic cost per useful GPU-hour";
      case ECONOMIC_COST:
        return "economic cost over the horizon";
      case NPV_OF_COSTS:
        return "present value of costs (economic)";
      default:
        return o.label();
    }
  }

  private static String value(Output o, double v) {
    return o.perGpuHour() ? String.format(Locale.ROOT, "%.4f", v) : money(v);
  }

  /**
   * Formats a value for labels: whole and grouped from 10,000 up ({@code 317,000}), otherwise up to
   * 4 significant digits without trailing zeros ({@code 0.08}, {@code 2.2}, {@code 95}); very small
   * magnitudes in scientific notation.
   */
  static String number(double v) {
    if (Math.abs(v) >= 10_000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    String s = String.format(Locale.ROOT, "%.4g", v);
    if (s.contains("e")) {
      return s;
    }
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }
}
