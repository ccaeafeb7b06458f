package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Prices compared across accelerators are like for like: new-purchase prices per GPU, never a used,
 * rental, per-system or per-rack price, and the basis and unit are said.
 */
class LikeForLikePriceTest {
  private static final HardwareCatalog BUILT_IN = HardwareCatalog.builtIn();

  @Test
  void h100_exportAndCompareUseTheNewPerGpuEstimate_notTheLaterUsedPrice() {
    Accelerator h100 = BUILT_IN.accelerator("h100-sxm5");
    // the catalog's latest point is the 2026-03 used price (USD 23,500); a comparison must not use
    // it
    assertThat(h100.latestPrice().orElseThrow().basis()).isEqualTo(PriceBasis.USED);
    Map<String, Object> r = CatalogExport.record(BUILT_IN, h100);
    assertThat(((Number) r.get("price_usd")).doubleValue()).isEqualTo(27_500);
    assertThat(r.get("price_as_of")).isEqualTo("2023-08");
    assertThat(r.get("price_basis")).isEqualTo("estimate");
    assertThat(r.get("price_unit")).isEqualTo("per-gpu");
  }

  @Test
  void everyExportedAcceleratorPriceIsNewAndPerGpu() {
    for (Accelerator a : BUILT_IN.accelerators()) {
      Map<String, Object> r = CatalogExport.record(BUILT_IN, a);
      if (r.get("price_usd") == null) {
        assertThat(a.prices())
            .as(a.id())
            .noneMatch(p -> p.basis().isNewPurchase() && p.unit() == PriceUnit.PER_GPU);
        continue;
      }
      PricePoint p = a.latestNewPrice(PriceUnit.PER_GPU).orElseThrow();
      assertThat(p.basis().isNewPurchase()).as(a.id()).isTrue();
      assertThat(r.get("price_basis")).as(a.id()).isEqualTo(p.basis().key());
      assertThat(r.get("price_unit")).as(a.id()).isEqualTo("per-gpu");
      assertThat(a.prices())
          .as(a.id())
          .noneMatch(
              q ->
                  q.basis().isNewPurchase()
                      && q.unit() == PriceUnit.PER_GPU
                      && q.asOf().compareTo(p.asOf()) > 0);
    }
  }

  private static final String OVERLAY =
      String.join(
          "\n",
          "schema: flopex-catalog/1",
          "sources:",
          "  s1: {title: T, publisher: P, url: 'https://example.com/x', read: 2026-12-02, kind: datasheet}",
          "accelerators:",
          "  - id: mixed-units-2026",
          "    vendor: X",
          "    name: X mixed units",
          "    architecture: Xarch",
          "    market: datacenter",
          "    form_factor: OAM",
          "    compute:",
          "      bf16: {dense_tflops: 1000, source: s1, confidence: high}",
          "    memory:",
          "      capacity: {value: 96, unit: GiB, source: s1, confidence: high}",
          "    prices:",
          "      - {usd: 20000, as_of: 2025-01, basis: list, unit: per-gpu, region: US, description: 'per GPU', source: s1, confidence: high}",
          "      - {usd: 400000, as_of: 2026-01, basis: estimate, unit: per-system, region: US, description: 'an 8-GPU server', source: s1, confidence: low}",
          "      - {usd: 15000, as_of: 2026-06, basis: used, unit: per-gpu, region: US, description: 'used', source: s1, confidence: low}",
          "");

  @Test
  void aPartPricedPerGpuAndPerSystem_isQuotedPerGpuWithoutMixingTheUnits() {
    HardwareCatalog c =
        HardwareCatalog.loader().withBuiltIn().overlay("mixed.yaml", OVERLAY).load();
    Accelerator a = c.accelerator("mixed-units-2026");
    // any-unit helpers see the per-system point; the like-for-like ones do not
    assertThat(a.latestNewPrice().orElseThrow().unit()).isEqualTo(PriceUnit.PER_SYSTEM);
    assertThat(a.latestNewPrice(PriceUnit.PER_GPU).orElseThrow().price().amount())
        .isEqualTo(20_000);
    assertThat(a.latestNewPrice(PriceUnit.PER_RACK)).isEmpty();
    // between 2025-01 and 2026-01 the any-unit quote interpolates a GPU price towards a server
    // price;
    // the per-GPU quote declines from the only per-GPU point at the part's price trend
    PriceQuote mixed = a.newPrice(LocalDate.of(2025, 7, 1)).orElseThrow();
    PriceQuote perGpu = a.newPrice(LocalDate.of(2025, 7, 1), PriceUnit.PER_GPU).orElseThrow();
    assertThat(mixed.price().amount()).isGreaterThan(20_000);
    assertThat(perGpu.price().amount()).isLessThanOrEqualTo(20_000);
    assertThat(perGpu.rule()).isEqualTo(PriceQuote.Rule.DECLINED_AFTER_LAST);
    Map<String, Object> r = CatalogExport.record(c, a);
    assertThat(((Number) r.get("price_usd")).doubleValue()).isCloseTo(20_000, within(1e-9));
    assertThat(r.get("price_unit")).isEqualTo("per-gpu");
    assertThat(r.get("price_basis")).isEqualTo("list");
  }
}
