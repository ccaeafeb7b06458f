package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.core.validation.DataFileException;
import org.junit.jupiter.api.Test;

/** The built-in site table and the reader of region files. */
class RegionsTest {
  private static final String SOURCES =
      "schema: flopex-regions/1\nsources:\n  s1: {title: \"T\", read: 2026-12-02, kind: analyst}\nregions:\n";

  @Test
  void test_builtIn_thirteenRegions() {
    assertThat(Regions.builtIn())
        .containsOnlyKeys(
            "us-virginia",
            "us-texas",
            "us-northwest",
            "us-average",
            "china",
            "eu-nordics",
            "eu-germany",
            "uk",
            "middle-east",
            "india",
            "japan",
            "singapore",
            "taiwan");
    Region china = Regions.get(" CHINA ");
    assertThat(
            china
                .value(AssumptionKey.COLOCATION_USD_PER_KW_MONTH, Facility.COLOCATION_RETAIL)
                .orElseThrow()
                .value())
        .isEqualTo(251);
    assertThat(
            china.value(AssumptionKey.COLOCATION_USD_PER_KW_MONTH, Facility.COLOCATION_WHOLESALE))
        .isEmpty();
    assertThat(china.gaps()).containsKey("colocation_wholesale_usd_per_kw_month");
    assertThat(
            china
                .value(AssumptionKey.FACILITY_BUILD_USD_PER_MW, Facility.OWNED)
                .orElseThrow()
                .value())
        .isEqualTo(6_120_000);
    assertThat(
            china
                .value(AssumptionKey.ELECTRICITY_USD_PER_KWH, Facility.OWNED)
                .orElseThrow()
                .value())
        .isEqualTo(0.088);
    assertThat(china.value(AssumptionKey.PUE, Facility.OWNED).orElseThrow().value()).isEqualTo(1.3);
    assertThat(
            china.value(AssumptionKey.IMPORT_DUTY_FRACTION, Facility.OWNED).orElseThrow().value())
        .isEqualTo(0);
    assertThat(china.value(AssumptionKey.SALES_TAX_FRACTION, Facility.OWNED).orElseThrow().value())
        .isEqualTo(0);
    assertThat(china.value(AssumptionKey.STAFF_USD_PER_MW_YEAR, Facility.OWNED)).isEmpty();
    assertThat(
            Region.fileKey(AssumptionKey.COLOCATION_USD_PER_KW_MONTH, Facility.COLOCATION_RETAIL))
        .isEqualTo("colocation_retail_usd_per_kw_month");
    assertThat(Region.fileKey(AssumptionKey.COLOCATION_USD_PER_KW_MONTH, Facility.OWNED))
        .isEqualTo("colocation_wholesale_usd_per_kw_month");
    assertThat(Region.fileKey(AssumptionKey.PUE, Facility.OWNED)).isEqualTo("pue");
    assertThat(Regions.get("us-average").salesTaxFraction()).isEmpty();
    assertThat(Facility.COLOCATION_RETAIL.key()).isEqualTo("colocation-retail");
    assertThat(Facility.OWNED.isRented()).isFalse();
  }

  @Test
  void test_load_oneRegion() {
    var r =
        Regions.load(
            "r.yaml",
            SOURCES
                + "  - id: x\n    name: \"X\"\n    pue: {value: 1.2, source: s1, confidence: low}\n"
                + "    gaps: {electricity_usd_per_kwh: \"not found\"}\n");
    assertThat(r).containsOnlyKeys("x");
    assertThat(r.get("x").pue().orElseThrow().value()).isEqualTo(1.2);
    assertThat(r.get("x").gaps()).containsEntry("electricity_usd_per_kwh", "not found");
    assertThat(r.get("x").electricityUsdPerKwh()).isEmpty();
  }

  @Test
  void test_load_badFiles() {
    assertThatThrownBy(
            () -> Regions.load("r.yaml", "schema: flopex-regions/2\nsources: {}\nregions: []\n"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("r.yaml:1: schema must be flopex-regions/1 but was 'flopex-regions/2'");
    assertThatThrownBy(
            () -> Regions.load("r.yaml", SOURCES + "  - {id: x, name: X}\n  - {id: x, name: Y}\n"))
        .hasMessage("r.yaml:6: regions[1].id must be unique (duplicate region id) but was 'x'");
    assertThatThrownBy(
            () ->
                Regions.load(
                    "r.yaml",
                    SOURCES
                        + "  - id: x\n    name: X\n    pue: {value: 0.9, source: s1, confidence: low}\n"))
        .hasMessage("r.yaml:7: regions[0].pue.value must be in [1, 10] but was 0.9");
    assertThatThrownBy(
            () ->
                Regions.load(
                    "r.yaml",
                    SOURCES
                        + "  - id: x\n    name: X\n    pue: {value: 1.2, source: s1, confidence: low}\n"
                        + "    gaps: {pue: \"x\"}\n"))
        .hasMessage(
            "r.yaml:8: regions[0].gaps.pue must not be listed as a gap: the region gives it but was 'pue'");
    assertThatThrownBy(
            () -> Regions.load("r.yaml", SOURCES + "  - id: x\n    name: X\n    colour: red\n"))
        .hasMessageStartingWith("r.yaml:7: regions[0].colour is not a known field");
    assertThatThrownBy(() -> Regions.load("r.yaml", SOURCES + "  - id: X Y\n    name: X\n"))
        .hasMessageStartingWith("r.yaml:5: regions[0]");
    assertThatThrownBy(
            () ->
                Regions.load(
                    "r.yaml",
                    SOURCES
                        + "  - id: x\n    name: X\n    import_duty_fraction: {value: 10, source: s1, confidence: low}\n"))
        .hasMessageContaining("did you mean 0.1?");
  }
}
