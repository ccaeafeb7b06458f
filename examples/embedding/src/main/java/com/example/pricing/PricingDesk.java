package com.example.pricing;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.NicRole;
import dev.flopex.core.money.Money;
import dev.flopex.costing.AssumptionSets;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.Facility;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.NetworkDesign;
import dev.flopex.costing.economics.RentalResult;
import dev.flopex.costing.Regions;
import dev.flopex.costing.economics.RentalTerms;
import dev.flopex.costing.Site;
import dev.flopex.report.Charts;
import dev.flopex.report.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A pricing desk an infrastructure team might write: for a cluster of catalog servers and a
 * rental price, what does a GPU-hour cost us (on flopex's economic basis, the headline, with the
 * book cost beside it), what price breaks even, and what do we earn. Every output carries the
 * result's basis lines. It uses only flopex's public API: the catalog, the cost engine and the
 * report module.
 */
public final class PricingDesk {
  private final HardwareCatalog catalog = HardwareCatalog.builtIn();
  private final CostEngine engine = CostEngine.create();

  /**
   * A quote: our cost and the economics of renting at the asked price.
   *
   * @param costPerGpuHour the economic cost per GPU-hour used (the headline; see {@link #basis()})
   * @param bookCostPerGpuHour the accounting (book) TCO per GPU-hour used
   */
  public record Quote(String system, long gpus, double costPerGpuHour, double bookCostPerGpuHour, double breakEvenPerGpuHour,
      double pricePerGpuHour, double npvUsd, Double irr, Double paybackYears, ClusterResult cluster) {

    /** Returns what the numbers mean: the headline's basis line, then the accounting one. */
    public List<String> basis() {
      return List.of(cluster.basis().headline(), cluster.basis().accounting());
    }
  }

  /**
   * Prices {@code gpus} GPUs of catalog system {@code systemId} on an InfiniBand fat tree in
   * wholesale colocation in Northern Virginia, bought on {@code purchaseDate}, over 5 years at 80%
   * utilisation, rented at {@code pricePerGpuHour} USD (discounted at the cluster's WACC).
   */
  public Quote quote(String systemId, long gpus, LocalDate purchaseDate, double pricePerGpuHour) {
    var system = catalog.system(systemId);
    Cluster cluster = Cluster.builder()
        .name(systemId + "-" + gpus)
        .system(system)
        .servers(Cluster.serversFor(system, gpus, Cluster.Rounding.UP))
        .addNetworks(NetworkDesign.builder()
            .name("scale-out")
            .role(NicRole.SCALE_OUT)
            .networkSwitch(catalog.networkSwitch("quantum-2-qm9700"))
            .serverLinkNicEnd(catalog.link("osfp-400g-sr4"))
            .serverLinkSwitchEnd(catalog.link("osfp-800g-2xsr4"))
            .fabricLink(catalog.link("osfp-800g-2xsr4"))
            .build())
        .site(Site.of("colo", Regions.get("us-virginia"), Facility.COLOCATION_WHOLESALE))
        .purchaseDate(purchaseDate)
        .assumptions(AssumptionSets.get("neocloud"))
        .build();
    FinancialTerms terms = FinancialTerms.of(5, 0.8);
    ClusterResult result = engine.evaluate(cluster, terms);
    RentalResult rental = engine.evaluate(RentalTerms.of(result, Money.usd(pricePerGpuHour), 0.8));
    return new Quote(systemId, cluster.gpus(), result.costPerGpuHour().amount(), result.accounting().costPerGpuHour().amount(),
        rental.breakEvenPricePerGpuHour().amount(),
        pricePerGpuHour, rental.npv().amount(), rental.irr().isPresent() ? rental.irr().getAsDouble() : null,
        rental.paybackYears().isPresent() ? rental.paybackYears().getAsDouble() : null, result);
  }

  /** Writes a one-page HTML report of a quote, with the cost charts. */
  public static void writeReport(Quote q, Path file) {
    HtmlReport.builder("Quote: " + q.gpus() + " GPUs of " + q.system())
        .basis(q.cluster().basis())
        .table(List.of("measure", "value"), List.of(
            List.of("our economic cost per GPU-hour (USD, the headline)", fmt(q.costPerGpuHour())),
            List.of("our book cost per GPU-hour (USD, accounting)", fmt(q.bookCostPerGpuHour())),
            List.of("break-even rental price (USD/GPU-h)", fmt(q.breakEvenPerGpuHour())),
            List.of("asked price (USD/GPU-h)", fmt(q.pricePerGpuHour())),
            List.of("NPV at the asked price (USD)", String.format(Locale.ROOT, "%,.0f", q.npvUsd()))), 1)
        .chart(Charts.capexBreakdown(q.cluster()))
        .chart(Charts.costPerGpuHourWaterfall(q.cluster()))
        .build()
        .writeTo(file);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /** Prices 1,024 H100 GPUs at USD 2.20 per GPU-hour and writes target/quote.html. */
  public static void main(String[] args) throws Exception {
    Quote q = new PricingDesk().quote("hgx-h100", 1024, LocalDate.of(2024, 9, 1), 2.20);
    System.out.printf(Locale.ROOT, "%d x %s: economic cost USD %.4f/GPU-h (book USD %.4f/GPU-h), break-even USD %.4f/GPU-h, at USD %.2f"
        + " NPV USD %,.0f%n", q.gpus(), q.system(), q.costPerGpuHour(), q.bookCostPerGpuHour(), q.breakEvenPerGpuHour(),
        q.pricePerGpuHour(), q.npvUsd());
    q.basis().forEach(line -> System.out.println("basis: " + line));
    Path out = Path.of("target", "quote.html");
    Files.createDirectories(out.getParent());
    writeReport(q, out);
    System.out.println("wrote " + out);
  }
}
