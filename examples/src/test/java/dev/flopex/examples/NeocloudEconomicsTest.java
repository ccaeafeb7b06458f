package dev.flopex.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.PriceQuote;
import dev.flopex.costing.BomLine;
import dev.flopex.costing.ClusterResult;
import dev.flopex.report.HtmlReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End-to-end: the neocloud example costs the shipped fleet file and prices each SKU's rental. */
class NeocloudEconomicsTest {
  private static final Path FILE = Path.of("..", "examples", "fleets", "neocloud-2026.yaml");

  private static String out;
  private static NeocloudEconomics.Summary summary;

  @BeforeAll
  static void runExample() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    summary = NeocloudEconomics.run(new PrintStream(buf, true, StandardCharsets.UTF_8), FILE);
    out = buf.toString(StandardCharsets.UTF_8);
  }

  private static NeocloudEconomics.Sku sku(String name) {
    return summary.skus().stream()
        .filter(s -> s.cluster().cluster().name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void coversTheFourSkusWithTheirSourcedMarketPrices() {
    assertThat(summary.skus())
        .extracting(s -> s.cluster().cluster().name())
        .containsExactly("h100", "h200", "b200", "mi300x");
    for (NeocloudEconomics.Sku s : summary.skus()) {
      var prices = NeocloudEconomics.PRICES.get(s.cluster().cluster().name());
      assertThat(s.market().terms().pricePerGpuHour().amount())
          .isEqualTo(prices.get(0).usdPerGpuHour());
      assertThat(s.lower().terms().pricePerGpuHour().amount())
          .isEqualTo(prices.get(1).usdPerGpuHour());
      assertThat(prices.get(1).usdPerGpuHour()).isLessThan(prices.get(0).usdPerGpuHour());
      assertThat(s.cluster().cluster().gpus()).isEqualTo(1024);
    }
    assertThat(out)
        .contains(
            "h100",
            "hgx-h200",
            "dgx-b200",
            "mi300x-platform",
            "At the lower sourced price",
            "aimultiple.com");
  }

  @Test
  void serverPricesAreTheFilesDerivedOverrides() {
    assertThat(serverLine(sku("h200").cluster()).unitPrice().amount()).isEqualTo(333_000.0);
    assertThat(serverLine(sku("b200").cluster()).unitPrice().amount()).isEqualTo(377_000.0);
    assertThat(serverLine(sku("mi300x").cluster()).unitPrice().amount()).isEqualTo(217_000.0);
    // no override for the H100: the catalog's Thinkmate quote (USD 317,000, 2024-08) read for
    // 2026-03-01 down the Hopper
    // new-price decline
    var quote =
        HardwareCatalog.builtIn()
            .system("hgx-h100")
            .newPrice(java.time.LocalDate.of(2026, 3, 1))
            .orElseThrow();
    assertThat(quote.from().price().amount()).isEqualTo(317_000.0);
    assertThat(quote.rule()).isEqualTo(PriceQuote.Rule.DECLINED_AFTER_LAST);
    assertThat(serverLine(sku("h100").cluster()).unitPrice().amount())
        .as("catalog Thinkmate quote, declined")
        .isEqualTo(quote.price().amount())
        .isLessThan(317_000.0);
  }

  private static BomLine serverLine(ClusterResult r) {
    return r.billOfMaterials().stream()
        .filter(b -> b.item().equals(r.cluster().system().id()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void costPerEffectivePflopHourIsCostPerGpuHourOverDensePeakTimesMfu() {
    for (NeocloudEconomics.Sku s : summary.skus()) {
      double expected =
          s.cluster().costPerGpuHour().amount()
              / (s.bf16DensePflopsPerGpu() * NeocloudEconomics.MFU);
      assertThat(s.costPerEffectivePflopHour().amount())
          .isCloseTo(expected, within(1e-12 * expected));
    }
    // B200's dense BF16 peak (2.25 PFLOP/s) is 2.27x H100's (0.99): compute is cheaper per
    // PFLOP-hour
    assertThat(sku("b200").costPerEffectivePflopHour().amount())
        .isLessThan(sku("h100").costPerEffectivePflopHour().amount());
  }

  @Test
  void aLowerPriceNeverEarnsMore() {
    for (NeocloudEconomics.Sku s : summary.skus()) {
      assertThat(s.lower().npv().amount()).isLessThan(s.market().npv().amount());
      assertThat(s.lower().revenue().amount()).isLessThan(s.market().revenue().amount());
    }
  }

  @Test
  void atTheClustersUtilisationTheMarginPerHourHasTheSignOfTheNpv() {
    // sold at the fleet's utilisation, at a constant price, the rental's break-even price is the
    // economic cost per GPU-hour
    for (NeocloudEconomics.Sku s : summary.skus()) {
      assertThat(s.cluster().terms().utilisation()).isEqualTo(NeocloudEconomics.SOLD_UTILISATION);
      for (var rental : java.util.List.of(s.market(), s.lower())) {
        double margin =
            rental.terms().pricePerGpuHour().amount() - s.cluster().costPerGpuHour().amount();
        assertThat(Math.signum(rental.npv().amount()))
            .as(s.cluster().cluster().name())
            .isEqualTo(Math.signum(margin));
        assertThat(rental.breakEvenPricePerGpuHour().amount())
            .isCloseTo(
                s.cluster().costPerGpuHour().amount(),
                within(1e-9 * s.cluster().costPerGpuHour().amount()));
      }
    }
  }

  @Test
  void theOutputNamesTheBasisOfEachNumber() {
    assertThat(out)
        .contains(
            "basis: " + summary.fleet().basis().headline(),
            "basis: " + summary.fleet().basis().accounting(),
            "USD/GPU-H: the economic cost per GPU-hour used, the headline",
            "BOOK/GPU-H")
        .doesNotContain("LEVELISED");
  }

  @Test
  void reportHasTheTableAndTwoCharts() {
    HtmlReport r = NeocloudEconomics.report(summary, FILE);
    assertThat(r.chartCount()).isEqualTo(2);
    assertThat(r.html())
        .contains(
            "data-chart=\"cost-per-gpu-hour-by-sku\"",
            "data-chart=\"capex-breakdown\"",
            "<td>mi300x</td>",
            "Economic cost per GPU-hour by component and SKU",
            "<ul class=\"basis\">");
    assertThat(r.basis())
        .containsExactly(summary.fleet().basis().headline(), summary.fleet().basis().accounting());
  }
}
