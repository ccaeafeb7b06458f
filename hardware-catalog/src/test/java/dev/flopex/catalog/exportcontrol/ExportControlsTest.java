package dev.flopex.catalog.exportcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.Precision;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExportControlsTest {
  private static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();
  private final ExportControls ec = CATALOG.exportControls();

  private static Accelerator sku(String id) {
    return CATALOG.accelerator(id);
  }

  @Test
  void test_tpp_a100() {
    // 312 dense FP16/BF16 TFLOPS x 16 bits = 4992 (A100 datasheet; docs/export-controls.md)
    ExportMetrics m = ExportMetrics.of(sku("a100-sxm4-80gb"));
    assertThat(m.tpp()).isCloseTo(4992, within(1e-9));
    assertThat(m.performanceDensity().getAsDouble()).isCloseTo(4992 / 826.0, within(1e-9));
  }

  @Test
  void test_tpp_h100_isDenseNotSparse() {
    ExportMetrics m = ExportMetrics.of(sku("h100-sxm5"));
    // dense FP8 1979 TFLOPS x 8 = FP16 989.5 x 16 = 15832; the sparse 3958 x 8 would double it
    assertThat(m.tpp()).isCloseTo(15832, within(1.0));
    assertThat(m.performanceDensity().getAsDouble()).isCloseTo(19.45, within(0.01));
  }

  @Test
  void test_tpp_h20() {
    ExportMetrics m = ExportMetrics.of(sku("h20"));
    assertThat(m.tpp()).isCloseTo(2368, within(1e-9));
    assertThat(m.performanceDensity().getAsDouble()).isCloseTo(2.91, within(0.01));
  }

  @Test
  void test_h800_clearedOct2022ButNotOct2023() {
    Decision d2022 = ec.classify(sku("h800-sxm5"), "us-2022-10");
    assertThat(d2022.outcome()).isEqualTo(Decision.Outcome.NOT_CONTROLLED);
    // TPP was far above 4800; the interconnect (NVLink 400 + PCIe 5.0 x16 128 = 528 GB/s) was below 600
    assertThat(d2022.reasons()).anyMatch(r -> r.contains("tpp") && r.endsWith("yes"));
    assertThat(d2022.reasons()).anyMatch(r -> r.contains("interconnect_bidirectional_gb_s 528 >= 600: no"));
    Decision d2023 = ec.classify(sku("h800-sxm5"), LocalDate.of(2024, 1, 1));
    assertThat(d2023.rule().id()).isEqualTo("us-2023-10");
    assertThat(d2023.eccn()).contains("3A090.a");
    assertThat(d2023.licenseRequired()).isTrue();
  }

  @Test
  void test_h20_clearedThresholdsThenNamedIn2025() {
    assertThat(ec.classify(sku("h20"), "us-2023-10").outcome()).isEqualTo(Decision.Outcome.NOT_CONTROLLED);
    Decision d = ec.classify(sku("h20"), LocalDate.of(2025, 6, 1));
    assertThat(d.rule().id()).isEqualTo("us-2025-04-h20");
    assertThat(d.licenseRequired()).isTrue();
    assertThat(d.eccn()).isEmpty();
  }

  @Test
  void test_classify_beforeFirstRule() {
    assertThatThrownBy(() -> ec.classify(sku("h100-sxm5"), LocalDate.of(2021, 1, 1)))
        .hasMessageStartingWith("asOf must be on or after 2022-10-21");
  }

  @Test
  void test_rule_unknownId() {
    assertThatThrownBy(() -> ec.rule("us-1999"))
        .hasMessageStartingWith("rule must be one of us-2022-10, us-2023-10");
  }

  @Test
  void test_pcie() {
    assertThat(ExportMetrics.pcieBidirectionalGbS("PCIe 5.0 x16").getAsDouble()).isEqualTo(128);
    assertThat(ExportMetrics.pcieBidirectionalGbS("PCIe Gen4 x16").getAsDouble()).isEqualTo(64);
    assertThat(ExportMetrics.pcieBidirectionalGbS("CXL")).isEmpty();
  }

  @Test
  void test_everySkuClassifiesUnderEveryRule() {
    for (Accelerator a : CATALOG.accelerators()) {
      if (a.compute().isEmpty()) {
        // No dense figure (Rubin CPX has only an NVFP4 figure of unstated sparsity, RTX PRO 6000D none):
        // TPP is undefined, and classification must refuse by name instead of guessing a dense figure.
        assertThatThrownBy(() -> ec.classifyAll(a)).isInstanceOf(dev.flopex.core.validation.ValidationException.class)
            .hasMessageContaining(a.id() + ".compute").hasMessageContaining("dense throughput figure");
        continue;
      }
      for (Decision d : ec.classifyAll(a)) {
        assertThat(d.reasons()).isNotEmpty();
        assertThat(d.metrics().tpp()).isPositive();
        assertThat(Precision.values()).contains(d.metrics().tppPrecision());
      }
    }
  }

  record Golden(String sku, String rule, String eccn, boolean license, String pd, String line) {
    @Override
    public String toString() {
      return sku + " under " + rule;
    }
  }

  static Stream<Golden> golden() throws IOException {
    List<Golden> rows = new ArrayList<>();
    try (InputStream in = ExportControlsTest.class.getResourceAsStream("/golden/export-control.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      boolean header = true;
      for (String line : text.split("\n")) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(",", 7);
        rows.add(new Golden(f[0], f[1], f[2], Boolean.parseBoolean(f[3]), f[5], line));
      }
    }
    return rows.stream();
  }

  /** Published classifications and densities (sources in golden/export-control.csv). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void goldenClassifications(Golden g) {
    Decision d = ec.classify(sku(g.sku()), g.rule());
    assertThat(d.eccn().orElse("none")).as(String.join("\n", d.reasons())).isEqualTo(g.eccn());
    assertThat(d.licenseRequired()).isEqualTo(g.license());
    if (!g.pd().isEmpty()) {
      // published densities are rounded to one decimal
      assertThat(d.metrics().performanceDensity().getAsDouble()).isCloseTo(Double.parseDouble(g.pd()), within(0.051));
    }
  }
}
