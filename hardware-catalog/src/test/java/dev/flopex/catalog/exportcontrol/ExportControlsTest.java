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
    assertThat(m.tpp().getAsDouble()).isCloseTo(4992, within(1e-9));
    assertThat(m.performanceDensity().getAsDouble()).isCloseTo(4992 / 826.0, within(1e-9));
  }

  @Test
  void test_tpp_h100_isDenseNotSparse() {
    ExportMetrics m = ExportMetrics.of(sku("h100-sxm5"));
    // dense FP8 1979 TFLOPS x 8 = FP16 989.5 x 16 = 15832; the sparse 3958 x 8 would double it
    assertThat(m.tpp().getAsDouble()).isCloseTo(15832, within(1.0));
    assertThat(m.performanceDensity().getAsDouble()).isCloseTo(19.45, within(0.01));
  }

  @Test
  void test_tpp_h20() {
    ExportMetrics m = ExportMetrics.of(sku("h20"));
    assertThat(m.tpp().getAsDouble()).isCloseTo(2368, within(1e-9));
    assertThat(m.performanceDensity().getAsDouble()).isCloseTo(2.91, within(0.01));
  }

  @Test
  void test_h800_clearedOct2022ButNotOct2023() {
    Decision d2022 = ec.classify(sku("h800-sxm5"), "us-2022-10");
    assertThat(d2022.outcome()).isEqualTo(Decision.Outcome.NOT_CONTROLLED);
    // TPP was far above 4800; the interconnect (NVLink 400 + PCIe 5.0 x16 128 = 528 GB/s) was below
    // 600
    // TPP was met but decided nothing (the all-of failed on the interconnect anyway)
    assertThat(d2022.tests()).hasSize(2);
    assertThat(d2022.tests().get(0).text()).isEqualTo("tpp 15832 >= 4800: met");
    assertThat(d2022.tests().get(0).decided()).isFalse();
    assertThat(d2022.decidingTests())
        .extracting(ThresholdTest::text)
        .containsExactly("interconnect_bidirectional_gb_s 528 >= 600: not met");
    assertThat(d2022.reasons())
        .contains(
            "3A090: tpp 15832 >= 4800: met; did not decide",
            "3A090: interconnect_bidirectional_gb_s 528 >= 600: not met; decided");
    Decision d2023 = ec.classify(sku("h800-sxm5"), LocalDate.of(2024, 1, 1));
    assertThat(d2023.rule().id()).isEqualTo("us-2023-10");
    assertThat(d2023.eccn()).contains("3A090.a");
    assertThat(d2023.licenceRequirement()).isEqualTo(LicenceRequirement.REQUIRED);
  }

  @Test
  void test_h20_clearedThresholdsThenNamedIn2025() {
    assertThat(ec.classify(sku("h20"), "us-2023-10").outcome())
        .isEqualTo(Decision.Outcome.NOT_CONTROLLED);
    // 2025-05-01: us-2025-04-h20 now ends on 2025-05-12, where the May 2025 guidance snapshot
    // starts
    Decision d = ec.classify(sku("h20"), LocalDate.of(2025, 5, 1));
    assertThat(d.rule().id()).isEqualTo("us-2025-04-h20");
    assertThat(d.licenceRequirement()).isEqualTo(LicenceRequirement.REQUIRED);
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
      for (Decision d : ec.classifyAll(a)) {
        assertThat(d.reasons()).isNotEmpty();
        // a TPP is known exactly when the precision that gives it is; figures of unstated sparsity
        // never supply it, so an accelerator with only such figures has none
        assertThat(d.metrics().tpp().isPresent())
            .as("%s tpp known iff its precision is", a.id())
            .isEqualTo(d.metrics().tppPrecision().isPresent());
        d.metrics().tpp().ifPresent(tpp -> assertThat(tpp).isPositive());
        d.metrics()
            .tppPrecision()
            .ifPresent(
                p ->
                    assertThat(a.dense(p))
                        .as("%s tpp precision %s has a dense figure", a.id(), p.key())
                        .isPresent());
        if (a.compute().isEmpty()) {
          assertThat(d.metrics().tpp()).as("%s has no dense figure", a.id()).isEmpty();
        }
      }
    }
  }

  /**
   * An accelerator whose figures are all of unstated sparsity (Biren BR100: "BF16 1024 TFLOPS",
   * never said to be dense; Tom's Hardware, Hot Chips 34) has no TPP: the evaluator must neither
   * fail nor read 1024 x 16 = 16,384 as its TPP. With TPP unknown, the TPP thresholds are neither
   * met nor ruled out, so the outcome is indeterminate under every rule that tests TPP.
   */
  @Test
  void test_unstatedSparsityOnly_tppUnknown_neverDense() {
    Accelerator br100 = sku("biren-br100");
    assertThat(br100.compute()).isEmpty();
    assertThat(br100.unstatedCompute()).containsKey(Precision.BF16);
    ExportMetrics m = ExportMetrics.of(br100);
    assertThat(m.tpp()).isEmpty();
    assertThat(m.tppPrecision()).isEmpty();
    assertThat(m.performanceDensity())
        .as("performance density needs the TPP (die area is known)")
        .isEmpty();
    assertThat(br100.dieArea()).isPresent();
    assertThat(m.derivation())
        .anyMatch(
            l ->
                l.startsWith("tpp unknown: no dense throughput figure")
                    && l.contains("not used as dense")
                    && l.contains("bf16 1024 TFLOP/s"));
    assertThat(m.memoryBandwidthGbS().getAsDouble()).isCloseTo(1640, within(1e-6));
    for (Decision d : ec.classifyAll(br100)) {
      assertThat(d.reasons()).as("%s", d.rule().id()).noneMatch(r -> r.contains("tpp 16384"));
    }
    assertThat(ec.classify(br100, "us-2023-10").outcome())
        .isEqualTo(Decision.Outcome.INDETERMINATE);
    assertThat(ec.classify(br100, "us-2023-10").reasons())
        .anyMatch(r -> r.contains("unknown (tpp not in catalog)"));
  }

  /**
   * An accelerator with no compute figure at all (T-Head Zhenwu 810E: none published) classifies
   * too.
   */
  @Test
  void test_noComputeFigureAtAll_classifiesWithoutFailing() {
    Accelerator ppu = sku("t-head-zhenwu-810e");
    assertThat(ppu.compute()).isEmpty();
    assertThat(ppu.unstatedCompute()).isEmpty();
    ExportMetrics m = ExportMetrics.of(ppu);
    assertThat(m.tpp()).isEmpty();
    assertThat(m.derivation()).contains("tpp unknown: no dense throughput figure");
    // 700 GB/s ICN of unstated direction: the aggregate is unknown, never the PCIe link alone
    assertThat(m.interconnectBidirectionalGbS()).isEmpty();
    assertThat(m.derivation())
        .contains(
            "interconnect_bidirectional_gb_s unknown: the scale-up figure (700 GB/s, "
                + "ICN (Inter-Chip Network), 7 links per chip) does not state its direction");
    assertThat(ec.classifyAll(ppu))
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.reasons()).isNotEmpty());
  }

  /**
   * A dense figure next to a larger figure of unstated sparsity: using the dense one alone could
   * understate the TPP and clear the chip wrongly, so the TPP is unknown and the derivation says
   * why.
   */
  @Test
  void test_unstatedFigureAboveDenseOne_leavesTppUnknown() {
    String yaml =
        String.join(
            "\n",
            "schema: flopex-catalog/1",
            "sources:",
            "  s1: {title: T, publisher: P, url: 'https://example.com/x', read: 2026-12-02, kind: datasheet}",
            "accelerators:",
            "  - id: mixed-2026",
            "    vendor: X",
            "    name: X mixed",
            "    architecture: Xarch",
            "    market: datacenter",
            "    form_factor: OAM",
            "    compute:",
            "      bf16: {dense_tflops: 100, source: s1, confidence: high}",
            "      fp8: {tflops: 1000, sparsity: unstated, source: s1, confidence: low}",
            "      fp4: {tflops: 100, sparsity: unstated, source: s1, confidence: low}",
            "    memory:",
            "      capacity: {value: 96, unit: GiB, source: s1, confidence: high}",
            "  - id: mixed-small-2026",
            "    vendor: X",
            "    name: X mixed small",
            "    architecture: Xarch",
            "    market: datacenter",
            "    form_factor: OAM",
            "    compute:",
            "      bf16: {dense_tflops: 1000, source: s1, confidence: high}",
            "      fp8: {tflops: 1000, sparsity: unstated, source: s1, confidence: low}",
            "    memory:",
            "      capacity: {value: 96, unit: GiB, source: s1, confidence: high}",
            "");
    HardwareCatalog c = HardwareCatalog.loader().withBuiltIn().overlay("t.yaml", yaml).load();
    ExportMetrics mixed = ExportMetrics.of(c.accelerator("mixed-2026"));
    // dense: 100 x 16 = 1600; unstated fp8 1000 x 8 = 8000 were it dense
    assertThat(mixed.tpp()).isEmpty();
    assertThat(mixed.tppLowerBound().getAsDouble()).isCloseTo(1600, within(1e-9));
    assertThat(mixed.derivation())
        .anyMatch(
            l ->
                l.startsWith("tpp unknown, at least 1600: the dense figures give that (bf16)")
                    && l.contains("up to 8000"));
    // the lower bound settles "at least" tests it meets and "below" tests it fails; nothing else
    assertThat(Condition.threshold(Metric.TPP, ">=", 1000).evaluate(mixed))
        .isEqualTo(Condition.Truth.TRUE);
    assertThat(Condition.threshold(Metric.TPP, ">=", 4800).evaluate(mixed))
        .isEqualTo(Condition.Truth.UNKNOWN);
    assertThat(Condition.threshold(Metric.TPP, "<", 1000).evaluate(mixed))
        .isEqualTo(Condition.Truth.FALSE);
    assertThat(Condition.threshold(Metric.TPP, "<", 21000).evaluate(mixed))
        .isEqualTo(Condition.Truth.UNKNOWN);
    assertThat(Condition.threshold(Metric.TPP, "==", 1600).evaluate(mixed))
        .isEqualTo(Condition.Truth.UNKNOWN);
    assertThat(Condition.threshold(Metric.TPP, ">=", 1000).tests(mixed, 0, "x").get(0).text())
        .isEqualTo("tpp at least 1600 >= 1000: met");
    assertThat(Condition.threshold(Metric.TPP, ">=", 4800).tests(mixed, 0, "x").get(0).text())
        .isEqualTo("tpp >= 4800: unknown (tpp at least 1600, exact value unknown)");
    assertThat(Condition.threshold(Metric.TPP, "<", 1000).tests(mixed, 0, "x").get(0).text())
        .isEqualTo("tpp at least 1600 < 1000: not met");
    ThresholdTest bound =
        Condition.threshold(Metric.TPP, Operator.AT_LEAST, 4800).tests(mixed, 0, "x").get(0);
    assertThat(bound.value()).isEmpty();
    assertThat(bound.lowerBound().getAsDouble()).isCloseTo(1600, within(1e-9));
    assertThat(bound.outcome()).isEqualTo(Condition.Truth.UNKNOWN);
    // no dense figure at all: no lower bound either
    assertThat(ExportMetrics.of(sku("biren-br100")).lowerBound(Metric.TPP)).isEmpty();
    ExportMetrics small = ExportMetrics.of(c.accelerator("mixed-small-2026"));
    // dense: 1000 x 16 = 16000 >= unstated fp8 1000 x 8 = 8000, so the dense TPP stands
    assertThat(small.tpp().getAsDouble()).isCloseTo(16000, within(1e-9));
    assertThat(small.tppPrecision()).contains(Precision.BF16);
  }

  record Golden(String sku, String rule, String eccn, boolean license, String pd, String line) {
    @Override
    public String toString() {
      return sku + " under " + rule;
    }
  }

  static Stream<Golden> golden() throws IOException {
    List<Golden> rows = new ArrayList<>();
    try (InputStream in =
        ExportControlsTest.class.getResourceAsStream("/golden/export-control.csv")) {
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
    assertThat(d.licenceRequirement())
        .isEqualTo(g.license() ? LicenceRequirement.REQUIRED : LicenceRequirement.NOT_REQUIRED);
    if (!g.pd().isEmpty()) {
      // published densities are rounded to one decimal
      assertThat(d.metrics().performanceDensity().getAsDouble())
          .isCloseTo(Double.parseDouble(g.pd()), within(0.051));
    }
  }
}
