package com.example.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding application works against the installed flopex artifacts. */
class PricingDeskTest {
  private final PricingDesk desk = new PricingDesk();

  @Test
  void renderingAtTheBreakEvenPriceHasZeroNpv() {
    PricingDesk.Quote q = desk.quote("hgx-h100", 1024, LocalDate.of(2024, 9, 1), 2.20);
    assertEquals(1024, q.gpus());
    PricingDesk.Quote even = desk.quote("hgx-h100", 1024, LocalDate.of(2024, 9, 1), q.breakEvenPerGpuHour());
    assertEquals(0.0, even.npvUsd(), 1e-6 * q.cluster().capexTotal().amount());
  }

  @Test
  void atTheClustersUtilisationTheBreakEvenIsTheEconomicCostPerGpuHour() {
    PricingDesk.Quote q = desk.quote("hgx-h100", 1024, LocalDate.of(2024, 9, 1), 2.20);
    assertEquals(q.costPerGpuHour(), q.breakEvenPerGpuHour(), 1e-9 * q.costPerGpuHour());
    assertEquals(q.cluster().accounting().costPerGpuHour().amount(), q.bookCostPerGpuHour(), 0.0);
    assertTrue(q.basis().get(0).startsWith("economic: "), q.basis().get(0));
    assertTrue(q.basis().get(1).startsWith("accounting: "), q.basis().get(1));
  }

  @Test
  void aHigherPriceEarnsMore() {
    double low = desk.quote("hgx-h100", 512, LocalDate.of(2024, 9, 1), 1.5).npvUsd();
    double high = desk.quote("hgx-h100", 512, LocalDate.of(2024, 9, 1), 3.0).npvUsd();
    assertTrue(high > low, high + " > " + low);
  }

  @Test
  void writesAnHtmlReportWithTwoCharts(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("quote.html");
    PricingDesk.writeReport(desk.quote("hgx-h100", 256, LocalDate.of(2024, 9, 1), 2.2), file);
    String html = Files.readString(file);
    assertEquals(2, html.split("<svg", -1).length - 1);
    assertTrue(html.contains("<ul class=\"basis\">"), "the basis lines under the title");
  }
}
