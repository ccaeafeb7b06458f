package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.catalog.internal.yaml.YamlDoc;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A price trend may name a system's component (a facility cooling-plant line): the component takes
 * that trend instead of the GPU fallback. A name that is neither a part nor a component is an error
 * naming the id and the rule.
 */
class ComponentPriceTrendTest {
  private static final String TRENDS =
      String.join(
          "\n",
          "schema: flopex-price-trends/1",
          "sources:",
          "  tt: {title: T, publisher: P, url: 'https://example.com/tt', read: 2026-12-02, kind: analyst}",
          "trends:",
          "  - id: plant",
          "    parts: [%s]",
          "    resale_decline_per_year: {value: 0.0667, source: tt, confidence: low}",
          "    new_price_decline_per_year: {value: 0, source: tt, confidence: low}",
          "");

  private static final String SYSTEM =
      String.join(
          "\n",
          "schema: flopex-catalog/1",
          "sources:",
          "  t1: {title: T, publisher: P, url: 'https://example.com/t', read: 2026-12-02, kind: datasheet}",
          "accelerators:",
          "  - id: test-gpu",
          "    vendor: T",
          "    name: test gpu",
          "    architecture: Testwell",
          "    market: datacenter",
          "    form_factor: other",
          "    memory: {type: HBM3E, capacity: {value: 96, unit: GiB, source: t1, confidence: high}}",
          "systems:",
          "  - id: test-rack",
          "    vendor: T",
          "    name: test rack",
          "    kind: rack",
          "    accelerator: test-gpu",
          "    accelerator_count: {value: 72, source: t1, confidence: high}",
          "    components:",
          "      - {id: test-cdu, vendor: T, name: CDU share, kind: cooling_plant, count: {value: 0.17, source: t1, confidence: low},",
          "         included_in_system_price: false, source: t1, confidence: low,",
          "         prices: [{usd: 2700000, as_of: 2026-05-28, basis: estimate, unit: per-part, region: global, description: plant, source: t1, confidence: low}]}",
          "");

  private static CatalogReader.Bound bind(String trendParts) {
    CatalogReader r = new CatalogReader();
    r.readTrends(
        YamlDoc.parse(
            "trends.yaml",
            String.format(java.util.Locale.ROOT, TRENDS, trendParts),
            CatalogException::new));
    r.read(YamlDoc.parse("rack.yaml", SYSTEM, CatalogException::new), false);
    return r.bind();
  }

  @Test
  void test_componentNamedByATrend_takesIt_andItsPriceDoesNotDecline() {
    SystemComponent cdu = bind("test-cdu").systems.get("test-rack").components().get(0);
    assertThat(cdu.priceTrend().id()).isEqualTo("plant");
    assertThat(cdu.newPrice(LocalDate.parse("2029-01-01")).orElseThrow().price().amount())
        .isEqualTo(2_700_000.0);
  }

  @Test
  void test_componentWithoutATrend_takesTheFallback_andDeclines() {
    SystemComponent cdu = bind("test-rack").systems.get("test-rack").components().get(0);
    assertThat(cdu.priceTrend()).isEqualTo(PriceTrend.EPOCH_FALLBACK);
    assertThat(cdu.newPrice(LocalDate.parse("2029-01-01")).orElseThrow().price().amount())
        .isLessThan(2_700_000.0);
  }

  @Test
  void test_trendNamingNoPartOrComponent_isRefused_namingTheId() {
    assertThatThrownBy(() -> bind("test-cdx"))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("'test-cdx'")
        .hasMessageContaining("must name a part or a system component in the catalog");
  }
}
