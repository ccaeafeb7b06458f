package dev.flopex.examples;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.Precision;
import dev.flopex.core.money.Money;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.economics.RentalResult;
import dev.flopex.costing.economics.RentalTerms;
import dev.flopex.costing.files.FleetFiles;
import dev.flopex.costing.files.FleetSpec;
import dev.flopex.report.Chart;
import dev.flopex.report.ChartKind;
import dev.flopex.report.ChartRow;
import dev.flopex.report.Charts;
import dev.flopex.report.HtmlReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Neocloud economics, spring 2026: H100 vs H200 vs B200 vs MI300X. For each 1,024-GPU cluster of
 * {@code examples/fleets/neocloud-2026.yaml} (same network, site, assumptions and terms; server
 * prices derived one way for all four, see the file's header): the economic cost per GPU-hour (the
 * headline) beside the book cost per GPU-hour, the economic cost per effective BF16 PFLOP-hour, and
 * the economics of renting it out at a market price — margin, payback and IRR — at a sourced market
 * price and at a sourced lower one. The printed text names the basis of each number.
 *
 * <p>Run: {@code examples/run neocloud-economics [--html FILE]}. See {@code docs/neocloud.md}.
 */
public final class NeocloudEconomics {
  /** The fleet file, relative to the repository root. */
  public static final Path DEFAULT_FILE = Path.of("examples", "fleets", "neocloud-2026.yaml");

  /**
   * Model FLOPs utilisation used for the cost per effective PFLOP-hour: 0.40, inside Meta's
   * reported BF16 MFU of 38-43% for Llama 3.1 405B on H100 ("we achieve an overall BF16 Model FLOPs
   * Utilization ... of 38-43%", arXiv:2407.21783, section 3.3.2). The same MFU is applied to every
   * chip; achieved MFU differs by chip and software stack, which this example does not model.
   */
  public static final double MFU = 0.40;

  /** The share of hours sold, the same as the fleet file's utilisation. */
  public static final double SOLD_UTILISATION = 0.8;

  /**
   * A market rental price for a GPU-hour, with its source.
   *
   * @param usdPerGpuHour the price
   * @param basis what the price is (on-demand, reserved, median of whom)
   * @param source publisher and URL
   * @param date when the price was observed or published
   * @param confidence high, medium or low
   */
  public record MarketPrice(
      double usdPerGpuHour, String basis, String source, String date, String confidence) {}

  /**
   * The prices by cluster name: first the market price used as the base case, then a sourced lower
   * price (a reserved contract or a cheaper provider) to show how much the case rests on price.
   */
  public static final Map<String, List<MarketPrice>> PRICES = prices();

  private static Map<String, List<MarketPrice>> prices() {
    Map<String, List<MarketPrice>> m = new LinkedHashMap<>();
    m.put(
        "h100",
        List.of(
            new MarketPrice(
                2.95,
                "on-demand, median of a cohort of clouds ('The cohort median is now around $2.95/GPU-hour')",
                "AIMultiple GPU index, https://aimultiple.com/gpu-index",
                "2026-05-20",
                "medium"),
            new MarketPrice(
                2.35,
                "1-year reserved contract, March 2026 ('$2.35 per GPU-hour ... one-year reserved H100 contract')",
                "SemiAnalysis data via TechReaderDaily, https://www.techreaderdaily.com/article.html?slug=h100-reserved-capacity-hits-2-35-hour-floor-in-2026",
                "2026-04-02",
                "medium")));
    m.put(
        "h200",
        List.of(
            new MarketPrice(
                4.54,
                "on-demand, one marketplace ('Spheron on-demand pricing as of 17 March 2026: H200 at $4.54/hr')",
                "Spheron blog, https://www.spheron.network/blog/nvidia-h200-vs-b200-vs-gb200",
                "2026-03-17",
                "medium"),
            new MarketPrice(
                3.59,
                "RunPod list price as tabulated by Deploybase (the page's spot/on-demand labels conflict)",
                "Deploybase, https://deploybase.ai/articles/runpod-gpu-pricing",
                "2026-03-10",
                "low")));
    m.put(
        "b200",
        List.of(
            new MarketPrice(
                6.03,
                "on-demand, one marketplace ('B200 at $6.03/hr')",
                "Spheron blog, https://www.spheron.network/blog/nvidia-h200-vs-b200-vs-gb200",
                "2026-03-17",
                "medium"),
            new MarketPrice(
                5.30,
                "Silicon Data B200 rental index (SDB200RT '~$5.30/hr') as explained by a third party",
                "https://chris-gpu-rental.pages.dev/",
                "2026",
                "low")));
    m.put(
        "mi300x",
        List.of(
            new MarketPrice(
                1.99,
                "median across clouds ('Median MI300X is $1.99')",
                "Cliff Center, https://www.cliffcenter.com/research/amd-inference-economics",
                "2026-05-18",
                "low"),
            new MarketPrice(
                1.50,
                "TensorWave ('MI300X rents for $1.50/GPU-hr at TensorWave')",
                "Cliff Center, https://www.cliffcenter.com/research/amd-inference-economics",
                "2026-05-18",
                "low")));
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * One SKU's economics.
   *
   * @param cluster the cluster's cost
   * @param bf16DensePflopsPerGpu the GPU's dense BF16 peak, PFLOP/s
   * @param costPerEffectivePflopHour cost per GPU-hour / (dense BF16 PFLOP/s x {@link #MFU})
   * @param market the rental at the market price
   * @param lower the rental at the lower price
   */
  public record Sku(
      ClusterResult cluster,
      double bf16DensePflopsPerGpu,
      Money costPerEffectivePflopHour,
      RentalResult market,
      RentalResult lower) {}

  /**
   * What the example computed.
   *
   * @param fleet the four clusters' costs
   * @param skus one entry per cluster, in file order
   */
  public record Summary(FleetResult fleet, List<Sku> skus) {}

  private NeocloudEconomics() {}

  /**
   * Runs the example: {@code [FILE] [--html REPORT]}.
   *
   * @param args an optional fleet file and an optional {@code --html} report path
   */
  public static void main(String[] args) {
    Path file = DEFAULT_FILE;
    Path html = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--html") && i + 1 < args.length) {
        html = Path.of(args[++i]);
      } else {
        file = Path.of(args[i]);
      }
    }
    Summary summary = run(System.out, file);
    if (html != null) {
      report(summary, file).writeTo(html);
      System.out.println("wrote " + html);
    }
  }

  /**
   * Costs the fleet file and prices each cluster's rental, printing a table to {@code out}.
   *
   * @param out where to print
   * @param file the fleet file
   * @return the fleet's costs and one entry per cluster, in file order
   */
  public static Summary run(PrintStream out, Path file) {
    HardwareCatalog catalog = HardwareCatalog.builtIn();
    FleetSpec spec = FleetFiles.load(file, catalog);
    CostEngine engine = CostEngine.create();
    FleetResult fleet = engine.evaluate(spec.fleet(), spec.terms());
    List<Sku> skus = new ArrayList<>();
    for (ClusterResult r : fleet.clusters()) {
      List<MarketPrice> p = prices(r.cluster().name());
      double pflops =
          r.cluster()
              .system()
              .accelerator()
              .dense(Precision.BF16)
              .orElseThrow()
              .in(dev.flopex.core.units.ComputeRateUnit.PETAFLOP_PER_SECOND);
      skus.add(
          new Sku(
              r,
              pflops,
              r.costPerEffectivePflopHour(Precision.BF16, MFU),
              engine.evaluate(
                  RentalTerms.of(r, Money.usd(p.get(0).usdPerGpuHour()), SOLD_UTILISATION)),
              engine.evaluate(
                  RentalTerms.of(r, Money.usd(p.get(1).usdPerGpuHour()), SOLD_UTILISATION))));
    }
    print(out, spec, fleet, skus);
    return new Summary(fleet, List.copyOf(skus));
  }

  private static void print(PrintStream out, FleetSpec spec, FleetResult fleet, List<Sku> skus) {
    out.printf(Locale.ROOT, "%s%n", spec.description().orElse(spec.fleet().name()));
    out.printf(
        Locale.ROOT,
        "%d years at %.0f%% utilisation; rental sold at %.0f%% of hours; MFU %.2f for effective PFLOP-hours%n",
        spec.terms().horizonYears(),
        spec.terms().utilisation() * 100,
        SOLD_UTILISATION * 100,
        MFU);
    out.printf(Locale.ROOT, "basis: %s%n", fleet.basis().headline());
    out.printf(Locale.ROOT, "basis: %s%n%n", fleet.basis().accounting());
    out.printf(
        Locale.ROOT,
        "%-7s %-16s %12s %10s %10s %9s %13s %8s %10s %8s %8s %14s%n",
        "SKU",
        "SYSTEM",
        "CAPEX USD",
        "USD/GPU-H",
        "BOOK/GPU-H",
        "BF16 PF",
        "USD/EFF PF-H",
        "PRICE",
        "MARGIN/H",
        "PAYBACK",
        "IRR",
        "NPV USD");
    for (Sku s : skus) {
      ClusterResult r = s.cluster();
      RentalResult m = s.market();
      double price = m.terms().pricePerGpuHour().amount();
      out.printf(
          Locale.ROOT,
          "%-7s %-16s %,12.0f %10.4f %10.4f %9.3f %13.4f %8.2f %10.4f %8s %8s %,14.0f%n",
          r.cluster().name(),
          r.cluster().system().id(),
          r.capexTotal().amount(),
          r.costPerGpuHour().amount(),
          r.accounting().costPerGpuHour().amount(),
          s.bf16DensePflopsPerGpu(),
          s.costPerEffectivePflopHour().amount(),
          price,
          price - r.costPerGpuHour().amount(),
          years(m.paybackYears()),
          percent(m.irr()),
          m.npv().amount());
    }
    out.printf(
        Locale.ROOT,
        "(USD/GPU-H: the economic cost per GPU-hour used, the headline; BOOK/GPU-H: the accounting TCO per GPU-hour"
            + " used; USD/EFF PF-H: the economic cost per effective BF16 PFLOP-hour)%n");
    out.printf(Locale.ROOT, "%nAt the lower sourced price:%n");
    out.printf(
        Locale.ROOT,
        "%-7s %8s %10s %8s %8s %14s  %s%n",
        "SKU",
        "PRICE",
        "MARGIN/H",
        "PAYBACK",
        "IRR",
        "NPV USD",
        "PRICE SOURCE");
    for (Sku s : skus) {
      RentalResult l = s.lower();
      double price = l.terms().pricePerGpuHour().amount();
      MarketPrice p = prices(s.cluster().cluster().name()).get(1);
      out.printf(
          Locale.ROOT,
          "%-7s %8.2f %10.4f %8s %8s %,14.0f  %s, %s%n",
          s.cluster().cluster().name(),
          price,
          price - s.cluster().costPerGpuHour().amount(),
          years(l.paybackYears()),
          percent(l.irr()),
          l.npv().amount(),
          p.basis(),
          p.date());
    }
    out.printf(Locale.ROOT, "%nMarket prices (base case):%n");
    for (Map.Entry<String, List<MarketPrice>> e : PRICES.entrySet()) {
      MarketPrice p = e.getValue().get(0);
      out.printf(
          Locale.ROOT,
          "  %-7s USD %.2f/GPU-h  %s; %s, %s (%s confidence)%n",
          e.getKey(),
          p.usdPerGpuHour(),
          p.basis(),
          p.source(),
          p.date(),
          p.confidence());
    }
    out.printf(
        Locale.ROOT,
        "%nMargin/h is the price minus the economic cost per GPU-hour (present value of costs at the WACC, net of the"
            + " hardware's market value at the end, over the present value of GPU-hours used): at a constant price it is positive exactly"
            + " when the NPV is. Payback, IRR and NPV are from the rental cash flows (-CapEx, then revenue - operating costs, the market"
            + " value kept added to the last year) at the cluster's WACC (docs/model.md). Server prices are derived estimates (low"
            + " confidence): see the fleet file's header and docs/neocloud.md.%n");
  }

  /**
   * The example's HTML report: the table, a chart of each SKU's cost per GPU-hour by component
   * (built from the report module's waterfall data) and the fleet's CapEx breakdown.
   *
   * @param summary the example's result
   * @param file the fleet file, named in the report
   * @return the report
   */
  public static HtmlReport report(Summary summary, Path file) {
    List<Sku> skus = summary.skus();
    List<String> components = new ArrayList<>();
    List<Chart> waterfalls = new ArrayList<>();
    for (Sku s : skus) {
      Chart w = Charts.costPerGpuHourWaterfall(s.cluster());
      waterfalls.add(w);
      for (ChartRow row : w.rows().subList(0, w.rows().size() - 1)) {
        if (!components.contains(row.label())) {
          components.add(row.label());
        }
      }
    }
    List<ChartRow> rows = new ArrayList<>();
    for (int i = 0; i < skus.size(); i++) {
      List<Double> values = new ArrayList<>();
      for (String c : components) {
        values.add(
            waterfalls.get(i).rows().stream()
                .filter(r -> r.label().equals(c))
                .mapToDouble(r -> r.values().get(0))
                .sum());
      }
      rows.add(ChartRow.of(skus.get(i).cluster().cluster().name(), values));
    }
    Chart perGpuHour =
        Chart.builder()
            .id("cost-per-gpu-hour-by-sku")
            .title("Economic cost per GPU-hour by component and SKU")
            .subtitle(
                "economic basis, USD per GPU-hour used (present value of costs at the WACC, net of the market value kept, over the"
                    + " present value of GPU-hours); market prices: "
                    + marketLine(skus))
            .kind(ChartKind.STACKED_BARS)
            .horizontal(true)
            .categoryAxisLabel("SKU")
            .valueAxisLabel("USD per GPU-hour (economic)")
            .addAllColumns(components)
            .addAllRows(rows)
            .build();
    List<List<String>> table = new ArrayList<>();
    for (Sku s : skus) {
      ClusterResult r = s.cluster();
      RentalResult m = s.market();
      RentalResult l = s.lower();
      table.add(
          List.of(
              r.cluster().name(),
              r.cluster().system().id(),
              String.format(Locale.ROOT, "%,.0f", r.capexTotal().amount()),
              String.format(Locale.ROOT, "%.4f", r.costPerGpuHour().amount()),
              String.format(Locale.ROOT, "%.4f", r.accounting().costPerGpuHour().amount()),
              String.format(Locale.ROOT, "%.4f", s.costPerEffectivePflopHour().amount()),
              String.format(Locale.ROOT, "%.2f", m.terms().pricePerGpuHour().amount()),
              years(m.paybackYears()),
              percent(m.irr()),
              String.format(Locale.ROOT, "%.2f", l.terms().pricePerGpuHour().amount()),
              years(l.paybackYears()),
              percent(l.irr())));
    }
    return HtmlReport.builder("Neocloud economics, spring 2026: H100, H200, B200, MI300X")
        .basis(summary.fleet().basis())
        .paragraph(
            "Fleet file "
                + file
                + "; 1,024 GPUs per SKU, 5 years at 80% utilisation, rental sold at 80% of hours, MFU "
                + MFU
                + " for the cost per effective BF16 PFLOP-hour. Server prices are derived estimates (low confidence).")
        .table(
            List.of(
                "SKU",
                "system",
                "CapEx USD",
                "USD/GPU-h (economic)",
                "USD/GPU-h (book)",
                "USD/effective PFLOP-h (economic)",
                "market price",
                "payback y",
                "IRR",
                "lower price",
                "payback y",
                "IRR"),
            table,
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            9,
            10,
            11)
        .chart(perGpuHour)
        .chart(Charts.capexBreakdown(summary.fleet()))
        .bullets(sources())
        .build();
  }

  private static List<String> sources() {
    List<String> s = new ArrayList<>();
    PRICES.forEach(
        (k, v) ->
            v.forEach(
                p ->
                    s.add(
                        k
                            + " USD "
                            + p.usdPerGpuHour()
                            + "/GPU-h: "
                            + p.basis()
                            + "; "
                            + p.source()
                            + ", "
                            + p.date()
                            + " ("
                            + p.confidence()
                            + ")")));
    return s;
  }

  private static String marketLine(List<Sku> skus) {
    List<String> parts = new ArrayList<>();
    for (Sku s : skus) {
      parts.add(
          s.cluster().cluster().name()
              + " "
              + String.format(Locale.ROOT, "%.2f", s.market().terms().pricePerGpuHour().amount()));
    }
    return String.join(", ", parts);
  }

  private static List<MarketPrice> prices(String cluster) {
    List<MarketPrice> p = PRICES.get(cluster);
    if (p == null) {
      throw new IllegalArgumentException(
          "no market price for cluster '" + cluster + "' (known: " + PRICES.keySet() + ")");
    }
    return p;
  }

  private static String years(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.1f y", v.getAsDouble()) : "never";
  }

  private static String percent(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.1f%%", v.getAsDouble() * 100) : "n/a";
  }
}
