package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Where a price came from (built-in data or an overlay), and names that must not resolve to another
 * product.
 */
class OverlayPricesAndAliasesTest {
  static final String OVERLAY =
      "schema: flopex-catalog/1\n"
          + "sources:\n"
          + "  acme-hgx-quote-2026:\n"
          + "    title: \"ACME quote for an HGX H100 server\"\n"
          + "    url: \"https://example.com/acme-quote\"\n"
          + "    read: 2026-11-20\n"
          + "    kind: other\n"
          + "systems:\n"
          + "  - id: hgx-h100\n"
          + "    prices:\n"
          + "      - {usd: 210000, as_of: 2026-06, basis: negotiated, unit: per-system, region: US, description: \"negotiated price per server\", "
          + "source: acme-hgx-quote-2026, confidence: medium}\n";

  @Test
  void test_overlayPrices_nameTheirFile_builtInPricesNone() {
    HardwareCatalog c = HardwareCatalog.loader().withBuiltIn().overlay("acme.yaml", OVERLAY).load();
    SystemSpec h100 = c.system("hgx-h100");
    assertThat(h100.prices())
        .filteredOn(p -> p.overlay().isPresent())
        .singleElement()
        .satisfies(p -> assertThat(p.overlay()).contains("acme.yaml"));
    assertThat(h100.prices())
        .filteredOn(p -> p.overlay().isEmpty())
        .hasSize(HardwareCatalog.builtIn().system("hgx-h100").prices().size());
    assertThat(HardwareCatalog.builtIn().systems())
        .allSatisfy(s -> assertThat(s.prices()).allSatisfy(p -> assertThat(p.overlay()).isEmpty()));
  }

  @Test
  void test_hgxB200_doesNotResolveToTheDgxB200AtItsPrice() {
    HardwareCatalog c = HardwareCatalog.builtIn();
    assertThat(c.system("DGX B200").id()).isEqualTo("dgx-b200");
    assertThatThrownBy(() -> c.system("HGX B200"))
        .isInstanceOf(UnknownPartException.class)
        .hasMessageContaining("did you mean dgx-b200");
    assertThatThrownBy(() -> c.system("B200 8-GPU server"))
        .isInstanceOf(UnknownPartException.class);
  }
}
