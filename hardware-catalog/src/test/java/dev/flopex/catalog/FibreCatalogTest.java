package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Passive fibre assemblies (issue 11): kind {@code fibre} link parts, named by the transceivers
 * whose links run over them, each with a sourced price.
 */
class FibreCatalogTest {
  private static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();

  private static final String HEAD =
      String.join(
          "\n",
          "schema: flopex-catalog/1",
          "sources:",
          "  s1: {title: T, publisher: P, url: 'https://example.com/x', read: 2026-12-02, kind: datasheet}",
          "links:",
          "");

  private static String link(String id, String kind, String extra) {
    return String.join(
        "\n",
        "  - id: " + id,
        "    vendor: X",
        "    name: " + id,
        "    kind: " + kind,
        "    speed: {value: 400, unit: Gb/s, source: s1, confidence: high}",
        extra,
        "");
  }

  private static String fails(String yaml) {
    try {
      HardwareCatalog.loader().withBuiltIn().overlay("t.yaml", yaml).load();
    } catch (CatalogException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a refusal of\n" + yaml);
  }

  /** Checks that {@code fibre} has one price, {@code usd}, sourced from FS.com's SKU page. */
  private static PricePoint assertSingleFsComPrice(LinkPart fibre, double usd, String sku) {
    assertThat(fibre.prices()).as(fibre.id()).hasSize(1);
    PricePoint p = fibre.prices().get(0);
    assertThat(p.price().amount()).isEqualTo(usd);
    assertThat(p.provenance().source().url())
        .contains("https://www.fs.com/products/" + sku + ".html");
    return p;
  }

  @Test
  void test_builtIn_transceiversNameTheirFibre_andEachFibreHasASourcedPrice() {
    LinkPart mm = CATALOG.link("osfp-400g-sr4").fibre().orElseThrow();
    assertThat(mm.id()).isEqualTo("fibre-mpo12-om4-8f");
    assertThat(mm.kind()).isEqualTo(LinkKind.FIBRE);
    assertThat(mm.power()).isEmpty();
    assertSingleFsComPrice(mm, 85.08, "30962");
    assertThat(CATALOG.link("osfp-800g-2xsr4").fibre()).contains(mm);
    LinkPart sm = CATALOG.link("osfp-800g-2xdr4").fibre().orElseThrow();
    assertThat(sm.id()).isEqualTo("fibre-mpo12-os2-8f");
    assertSingleFsComPrice(sm, 105.08, "30976");
    for (String id :
        List.of(
            "osfp-400g-dr4",
            "osfp-800g-2xdr4-100m",
            "osfp-800g-dr8-lpo",
            "osfp-1600g-2xdr4",
            "qsfpdd-400g-dr4")) {
      assertThat(CATALOG.link(id).fibre()).as(id).contains(sm);
    }
    // a cable is its own medium
    assertThat(CATALOG.link("dac-400g").fibre()).isEmpty();
    assertThat(CATALOG.link("aoc-400g").fibre()).isEmpty();
    // the duplex-LC transceiver names the LC patch cord (added 2026-12-04)
    LinkPart lc = CATALOG.link("osfp-800g-2xfr4").fibre().orElseThrow();
    assertThat(lc.id()).isEqualTo("fibre-lc-os2-duplex");
    assertThat(lc.kind()).isEqualTo(LinkKind.FIBRE);
    assertThat(lc.power()).isEmpty();
    assertThat(assertSingleFsComPrice(lc, 7.70, "142870").provenance().source().title())
        .contains("FS OS2 G.657.A2 LC duplex 3 m | 142870 / SMLCDX | US$7.70");
    // every transceiver in the built-in catalog names its fibre
    assertThat(CATALOG.links())
        .filteredOn(l -> l.kind() == LinkKind.TRANSCEIVER)
        .allSatisfy(l -> assertThat(l.fibre()).as(l.id()).isPresent());
    assertThat(CATALOG.links())
        .filteredOn(l -> l.kind() == LinkKind.FIBRE)
        .extracting(Part::id)
        .containsExactlyInAnyOrder(
            "fibre-mpo12-om4-8f", "fibre-mpo12-os2-8f", "fibre-lc-os2-duplex");
  }

  @Test
  void test_overlay_transceiverNamesItsOwnFibre() {
    HardwareCatalog c =
        HardwareCatalog.loader()
            .withBuiltIn()
            .overlay(
                "t.yaml",
                HEAD
                    + link("my-optic", "transceiver", "    fibre: my-fibre")
                    + link("my-fibre", "fibre", ""))
            .load();
    assertThat(c.link("my-optic").fibre().orElseThrow().id()).isEqualTo("my-fibre");
  }

  @Test
  void test_unknownFibre_isRefusedNamingTheKnownOnes() {
    assertThat(fails(HEAD + link("my-optic", "transceiver", "    fibre: fibre-mpo12-om5")))
        .contains("'fibre-mpo12-om5'")
        .contains("must name a link part of kind fibre")
        .contains("fibre-mpo12-om4-8f");
  }

  @Test
  void test_fibreThatIsATransceiver_isRefused() {
    assertThat(fails(HEAD + link("my-optic", "transceiver", "    fibre: osfp-400g-sr4")))
        .contains("'osfp-400g-sr4'")
        .contains("must name a link part of kind fibre");
  }

  @Test
  void test_cableNamingAFibre_isRefused() {
    assertThat(fails(HEAD + link("my-dac", "dac", "    fibre: fibre-mpo12-om4-8f")))
        .contains("links.my-dac.fibre")
        .contains("may only be given for a transceiver, but my-dac is a dac");
  }
}
