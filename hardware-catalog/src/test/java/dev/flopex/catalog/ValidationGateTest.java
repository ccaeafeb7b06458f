package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The catalog's validation gate (issue 11, item 7): the loader refuses a figure without a source, a
 * dense figure larger than its sparse twin and a price without a basis, each in one line naming
 * file:line, field, value and rule. The rules live in {@code Figures.provenance} (source), {@code
 * CatalogReader.throughput} and {@code Throughput.check} (dense vs sparse) and {@code
 * CatalogReader.price} (basis); each test loads an otherwise valid overlay with one defect.
 */
class ValidationGateTest {
  private static final String HEAD =
      "schema: flopex-catalog/1\n" // 1
          + "sources:\n" // 2
          + "  gate-datasheet-2026:\n" // 3
          + "    title: \"Gate X1 datasheet\"\n" // 4
          + "    read: 2026-11-20\n" // 5
          + "    kind: datasheet\n" // 6
          + "accelerators:\n" // 7
          + "  - id: gate-x1\n" // 8
          + "    vendor: Gate\n" // 9
          + "    name: \"Gate X1\"\n" // 10
          + "    architecture: X\n" // 11
          + "    market: datacenter\n" // 12
          + "    form_factor: PCIe\n" // 13
          + "    memory:\n" // 14
          + "      capacity: {value: 96, unit: GiB, source: gate-datasheet-2026, confidence: high}\n"; // 15

  private static void refused(String yaml, String message) {
    assertThatThrownBy(
            () -> HardwareCatalog.loader().withBuiltIn().overlay("gate.yaml", yaml).load())
        .isInstanceOf(CatalogException.class)
        .hasMessage(message)
        .satisfies(
            e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void test_figureWithoutASource_isRefused() {
    refused(
        HEAD + "    tdp_w: {value: 600, confidence: high}\n",
        "gate.yaml:16: accelerators[0].tdp_w.source is required");
    // a source that no file defines is no source either
    refused(
        HEAD + "    tdp_w: {value: 600, source: gate-brochure, confidence: high}\n",
        "gate.yaml:16: accelerators[0].tdp_w.source must name a source defined under 'sources' but was 'gate-brochure'");
    // an alternative needs its own source
    refused(
        HEAD
            + "    tdp_w: {value: 600, source: gate-datasheet-2026, confidence: high, alternatives: [{value: 550, confidence: low}]}\n",
        "gate.yaml:16: accelerators[0].tdp_w.alternatives[0].source is required");
  }

  @Test
  void test_denseFigureLargerThanItsSparseTwin_isRefused() {
    refused(
        HEAD
            + "    compute:\n"
            + "      bf16: {dense_tflops: 1000, sparse_tflops: 500, source: gate-datasheet-2026, confidence: high}\n",
        "gate.yaml:17: accelerators[0].compute.bf16.sparse_tflops must be >= the dense figure (1000 TFLOP/s) but was 500 TFLOP/s");
    refused(
        HEAD
            + "    compute:\n"
            + "      int8: {dense_tops: 2000, sparse_tops: 1999, source: gate-datasheet-2026, confidence: high}\n",
        "gate.yaml:17: accelerators[0].compute.int8.sparse_tops must be >= the dense figure (2000 TOP/s) but was 1999 TOP/s");
  }

  @Test
  void test_priceWithoutABasis_isRefused() {
    refused(
        HEAD
            + "    prices:\n"
            + "      - {usd: 18000, as_of: 2026-11, unit: per-gpu, region: US, description: \"quote per card\", source: gate-datasheet-2026, confidence: low}\n",
        "gate.yaml:17: accelerators[0].prices[0].basis is required");
    // a price is a figure too: it needs a source
    refused(
        HEAD
            + "    prices:\n"
            + "      - {usd: 18000, as_of: 2026-11, basis: negotiated, unit: per-gpu, region: US, description: \"quote per card\", confidence: low}\n",
        "gate.yaml:17: accelerators[0].prices[0].source is required");
  }
}
