package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardwareCatalogTest {
  private final HardwareCatalog catalog = HardwareCatalog.builtIn();

  static final List<String> REQUIRED_ACCELERATORS =
      List.of(
          "a100-sxm4-40gb",
          "a100-sxm4-80gb",
          "a100-pcie-80gb",
          "a800-sxm4-80gb",
          "h100-sxm5",
          "h100-pcie",
          "h100-nvl",
          "h800-sxm5",
          "h800-pcie",
          "h20",
          "h200-sxm",
          "h200-nvl",
          "gh200",
          "b200",
          "b300",
          "gb200",
          "gb300",
          "l40s",
          "l20",
          "mi250x",
          "mi300x",
          "mi325x",
          "mi355x",
          "gaudi2",
          "gaudi3",
          "tpu-v5e",
          "tpu-v5p",
          "tpu-v6e",
          "trainium2",
          "ascend-910b",
          "ascend-910c");

  @Test
  void test_builtIn_hasEveryRequiredSku() {
    assertThat(catalog.accelerators())
        .extracting(Accelerator::id)
        .containsAll(REQUIRED_ACCELERATORS);
    assertThat(catalog.systems())
        .extracting(SystemSpec::id)
        .contains(
            "dgx-a100",
            "hgx-h100",
            "hgx-h800",
            "hgx-h20",
            "hgx-h200",
            "dgx-b200",
            "gb200-nvl72",
            "mi300x-platform");
    assertThat(catalog.nics())
        .extracting(Nic::id)
        .contains("connectx-6-200g", "connectx-7-400g", "connectx-8-800g", "bluefield-3");
    assertThat(catalog.switches())
        .extracting(NetworkSwitch::id)
        .contains(
            "quantum-qm8700",
            "quantum-2-qm9700",
            "quantum-x800-q3400",
            "spectrum-4-sn5600",
            "tomahawk5-64x800g");
    assertThat(catalog.links()).isNotEmpty();
    assertThat(catalog.version()).isEqualTo("2026.12.04");
  }

  /** catalog.yaml's version and as_of reach the API, its one-line form and every export record. */
  @Test
  void test_builtIn_carriesVersionAndAsOfIntoTheApiAndExports() {
    assertThat(catalog.asOf()).contains(java.time.LocalDate.of(2026, 12, 4));
    assertThat(catalog.versionLine()).isEqualTo("catalog 2026.12.04, data as of 2026-12-04");
    assertThat(CatalogExport.records(catalog))
        .hasSize(catalog.accelerators().size())
        .allSatisfy(
            r -> {
              assertThat(r.get("catalog_version")).isEqualTo("2026.12.04");
              assertThat(r.get("catalog_as_of")).isEqualTo("2026-12-04");
            });
    java.io.StringWriter csv = new java.io.StringWriter();
    CatalogExport.writeCsv(catalog, csv);
    assertThat(csv.toString().lines().findFirst().orElseThrow())
        .endsWith(",catalog_version,catalog_as_of");
    assertThat(csv.toString().lines().skip(1))
        .allSatisfy(l -> assertThat(l).endsWith(",2026.12.04,2026-12-04"));
    java.io.StringWriter json = new java.io.StringWriter();
    CatalogExport.writeJson(catalog, json);
    assertThat(json.toString()).contains("\"catalog_as_of\" : \"2026-12-04\"");
  }

  @Test
  void test_export_keepsAScaleUpFigureOfUnstatedDirectionInItsOwnColumn() {
    java.util.Map<String, Object> mi455x =
        CatalogExport.record(catalog, catalog.accelerator("mi455x"));
    assertThat(mi455x.get("scale_up_bandwidth_gb_s_bidirectional")).isNull();
    assertThat(mi455x.get("scale_up_bandwidth_gb_s_unstated_direction")).isEqualTo(3600.0);
    java.util.Map<String, Object> h100 =
        CatalogExport.record(catalog, catalog.accelerator("h100-sxm5"));
    assertThat(h100.get("scale_up_bandwidth_gb_s_bidirectional")).isEqualTo(900.0);
    assertThat(h100.get("scale_up_bandwidth_gb_s_unstated_direction")).isNull();
    // every scale-up figure is in exactly one of the two columns: none disappears
    for (Accelerator a : catalog.accelerators()) {
      java.util.Map<String, Object> r = CatalogExport.record(catalog, a);
      boolean hasFigure = a.scaleUp().flatMap(ScaleUpSpec::bandwidth).isPresent();
      int filled =
          (r.get("scale_up_bandwidth_gb_s_bidirectional") == null ? 0 : 1)
              + (r.get("scale_up_bandwidth_gb_s_unstated_direction") == null ? 0 : 1);
      assertThat(filled).as(a.id()).isEqualTo(hasFigure ? 1 : 0);
    }
    java.io.StringWriter csv = new java.io.StringWriter();
    CatalogExport.writeCsv(catalog, csv);
    assertThat(csv.toString().lines().findFirst().orElseThrow())
        .contains(
            ",scale_up_bandwidth_gb_s_bidirectional,scale_up_bandwidth_gb_s_unstated_direction,");
  }

  @Test
  void test_accelerator_byAliasIgnoringCaseAndPunctuation() {
    assertThat(catalog.accelerator("H100").id()).isEqualTo("h100-sxm5");
    assertThat(catalog.accelerator("h100_sxm5").id()).isEqualTo("h100-sxm5");
    assertThat(catalog.accelerator("H100 SXM").id()).isEqualTo("h100-sxm5");
  }

  @Test
  void test_accelerator_missSuggests() {
    assertThatThrownBy(() -> catalog.accelerator("H10"))
        .isInstanceOf(UnknownPartException.class)
        .hasMessageStartingWith("accelerator 'H10' is not in the catalog; did you mean ")
        .hasMessageContaining("h100");
    assertThatThrownBy(() -> catalog.accelerator("mi300"))
        .hasMessageContaining("did you mean mi300x");
  }

  @Test
  void test_h200_hasMeasurementsBesideDatasheet() {
    Accelerator h200 = catalog.accelerator("h200-sxm");
    assertThat(h200.measurements()).isNotEmpty();
    Measurement bf16 =
        h200.measurements().stream()
            .filter(m -> m.precision().orElse(null) == Precision.BF16)
            .findFirst()
            .orElseThrow();
    assertThat(bf16.sustained().orElseThrow().in(ComputeRateUnit.TERAFLOP_PER_SECOND))
        .isEqualTo(654.7);
    // the measured sustained figure sits below the datasheet dense peak
    assertThat(bf16.sustained().orElseThrow()).isLessThan(h200.dense(Precision.BF16).orElseThrow());
  }

  @Test
  void test_filters() {
    List<Accelerator> big =
        catalog.accelerators(
            AcceleratorFilters.memoryAtLeast(DataSizeUnit.GIBIBYTES.of(180))
                .and(AcceleratorFilters.vendor("amd")));
    assertThat(big)
        .extracting(Accelerator::id)
        .contains("mi300x", "mi325x", "mi355x")
        .doesNotContain("mi250x");
    assertThat(
            catalog.accelerators(
                AcceleratorFilters.denseAtLeast(
                    Precision.FP4, ComputeRateUnit.PETAFLOP_PER_SECOND.of(5))))
        .extracting(Accelerator::id)
        .contains("b200")
        .doesNotContain("h100-sxm5");
  }
}
