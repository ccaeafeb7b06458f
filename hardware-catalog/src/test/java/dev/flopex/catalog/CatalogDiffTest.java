package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link CatalogDiff}: what changed between two catalogs, with old and new values, units, sources
 * and places. The built-in figures quoted here are those of accelerators-nvidia-hopper.yaml (H100
 * SXM5: 700 W, "Up to 700W (configurable)", NVIDIA's H100 product page).
 */
class CatalogDiffTest {
  private static final HardwareCatalog BUILT_IN = HardwareCatalog.builtIn();
  private static final String HOPPER = "accelerators-nvidia-hopper.yaml";

  private static final String SOURCE =
      "  my-h100-test-2026:\n"
          + "    title: \"Our own H100 power test\"\n"
          + "    read: 2026-12-01\n"
          + "    kind: measurement\n";

  private static final String ACME =
      "schema: flopex-catalog/1\n"
          + "sources:\n"
          + "  acme-x1-datasheet-2026:\n"
          + "    title: \"ACME X1 datasheet\"\n"
          + "    read: 2026-11-20\n"
          + "    kind: datasheet\n"
          + "accelerators:\n"
          + "  - id: acme-x1\n"
          + "    vendor: ACME\n"
          + "    name: \"ACME X1 96GB (PCIe)\"\n"
          + "    architecture: X\n"
          + "    market: datacenter\n"
          + "    form_factor: PCIe\n"
          + "    memory:\n"
          + "      capacity: {value: 96, unit: GiB, source: acme-x1-datasheet-2026, confidence: high}\n";

  private static HardwareCatalog overlaid(String name, String yaml) {
    return HardwareCatalog.loader().withBuiltIn().overlay(name, yaml).load();
  }

  private static int lineOf(String yaml, String text) {
    List<String> lines = yaml.lines().collect(Collectors.toList());
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text);
  }

  @Test
  void test_builtInWithItself_isEmpty() {
    assertThat(CatalogDiff.between(BUILT_IN, BUILT_IN).changes()).isEmpty();
    // a second, separately loaded copy states the same values
    CatalogDiff d = CatalogDiff.between(BUILT_IN, HardwareCatalog.loader().load());
    assertThat(d.isEmpty()).isTrue();
    assertThat(d.summary())
        .isEqualTo(
            "catalog 2026.12.04 (data as of 2026-12-04) -> catalog 2026.12.04 (data as of 2026-12-04): no changes");
  }

  @Test
  void test_overlayChangingOneFigure_showsExactlyThatChangeWithOldNewAndSources() {
    // the same source, confidence and note as the built-in figure: only the value differs
    String yaml =
        "schema: flopex-catalog/1\n"
            + "accelerators:\n"
            + "  - id: h100-sxm5\n"
            + "    tdp_w: {value: 750, source: nvidia-h100-product-page-specs, confidence: high, note: \"'Up to 700W (configurable)'\"}\n";
    CatalogDiff d = CatalogDiff.between(BUILT_IN, overlaid("mine.yaml", yaml));

    assertThat(d.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(CatalogChange.Kind.CHANGED);
              assertThat(c.section()).isEqualTo("accelerators");
              assertThat(c.id()).isEqualTo("h100-sxm5");
              assertThat(c.field()).isEqualTo("tdp_w.value");
              CatalogValue before = c.before().orElseThrow();
              CatalogValue after = c.after().orElseThrow();
              assertThat(before.withUnit()).isEqualTo("700 W");
              assertThat(after.withUnit()).isEqualTo("750 W");
              assertThat(before.source()).contains("nvidia-h100-product-page-specs");
              assertThat(after.source()).contains("nvidia-h100-product-page-specs");
              assertThat(before.where()).isEqualTo(HOPPER + ":163");
              assertThat(after.where()).isEqualTo("mine.yaml:4");
              assertThat(c.describe())
                  .isEqualTo(
                      "changed accelerators h100-sxm5 tdp_w.value: 700 W [nvidia-h100-product-page-specs, "
                          + HOPPER
                          + ":163] -> 750 W [nvidia-h100-product-page-specs, mine.yaml:4]");
            });
    assertThat(d.newVersion()).isEqualTo("2026.12.04+overlay");
    assertThat(d.summary()).endsWith(": 1 change (0 added, 0 removed, 1 changed)");
  }

  @Test
  void test_figureFromAnotherSource_showsValueSourceConfidenceAndNoteAndTheNewSource() {
    String yaml =
        "schema: flopex-catalog/1\n"
            + "sources:\n"
            + SOURCE
            + "accelerators:\n"
            + "  - id: h100-sxm5\n"
            + "    tdp_w: {value: 690, source: my-h100-test-2026, confidence: medium}\n";
    CatalogDiff d = CatalogDiff.between(BUILT_IN, overlaid("mine.yaml", yaml));

    assertThat(d.changes())
        .extracting(CatalogChange::describe)
        .containsExactly(
            "changed accelerators h100-sxm5 tdp_w.confidence: high [nvidia-h100-product-page-specs, "
                + HOPPER
                + ":163] -> medium [my-h100-test-2026, mine.yaml:9]",
            "removed accelerators h100-sxm5 tdp_w.note: 'Up to 700W (configurable)' [nvidia-h100-product-page-specs, "
                + HOPPER
                + ":163]",
            "changed accelerators h100-sxm5 tdp_w.source: nvidia-h100-product-page-specs [nvidia-h100-product-page-specs, "
                + HOPPER
                + ":163] -> my-h100-test-2026 [my-h100-test-2026, mine.yaml:9]",
            "changed accelerators h100-sxm5 tdp_w.value: 700 W [nvidia-h100-product-page-specs, "
                + HOPPER
                + ":163] -> 690 W [my-h100-test-2026, mine.yaml:9]",
            "added sources my-h100-test-2026: Our own H100 power test [my-h100-test-2026, mine.yaml:4]");
  }

  @Test
  void test_addedAndRemovedEntries_areOneChangeEach() {
    HardwareCatalog withAcme = overlaid("acme.yaml", ACME);

    CatalogDiff added = CatalogDiff.between(BUILT_IN, withAcme);
    assertThat(added.changes())
        .extracting(CatalogChange::describe)
        .containsExactly(
            "added accelerators acme-x1: ACME X1 96GB (PCIe) [acme.yaml:"
                + lineOf(ACME, "name: \"ACME")
                + "]",
            "added sources acme-x1-datasheet-2026: ACME X1 datasheet [acme-x1-datasheet-2026, acme.yaml:4]");

    CatalogDiff removed = CatalogDiff.between(withAcme, BUILT_IN);
    assertThat(removed.changes())
        .extracting(CatalogChange::kind)
        .containsOnly(CatalogChange.Kind.REMOVED);
    assertThat(removed.changes())
        .extracting(c -> c.section() + " " + c.id())
        .containsExactly("accelerators acme-x1", "sources acme-x1-datasheet-2026");
    assertThat(removed.changes().get(0).before().orElseThrow().value())
        .isEqualTo("ACME X1 96GB (PCIe)");
    assertThat(removed.summary())
        .isEqualTo(
            "catalog 2026.12.04+overlay (data as of 2026-12-04) -> catalog 2026.12.04 (data as of 2026-12-04): "
                + "2 changes (0 added, 2 removed, 0 changed)");
  }

  @Test
  void test_appendedPriceAndAlias_areNamedByWhatTheyAreNotByPosition() {
    String yaml =
        "schema: flopex-catalog/1\n"
            + "sources:\n"
            + SOURCE
            + "accelerators:\n"
            + "  - id: h100-sxm5\n"
            + "    aliases: [\"Our H100\"]\n"
            + "    prices:\n"
            + "      - {usd: 21000, as_of: 2026-10, basis: negotiated, unit: per-gpu, region: US, description: \"quote\", source: my-h100-test-2026, confidence: medium}\n";
    CatalogDiff d = CatalogDiff.between(BUILT_IN, overlaid("mine.yaml", yaml));

    List<CatalogChange> h100 =
        d.changes().stream()
            .filter(c -> c.section().equals("accelerators"))
            .collect(Collectors.toList());
    assertThat(h100).allSatisfy(c -> assertThat(c.kind()).isEqualTo(CatalogChange.Kind.ADDED));
    assertThat(h100)
        .extracting(CatalogChange::field)
        .containsExactly(
            "aliases[Our H100]",
            "prices[2026-10 negotiated per-gpu US].confidence",
            "prices[2026-10 negotiated per-gpu US].description",
            "prices[2026-10 negotiated per-gpu US].source",
            "prices[2026-10 negotiated per-gpu US].usd");
    CatalogValue usd = h100.get(4).after().orElseThrow();
    assertThat(usd.withUnit()).isEqualTo("21000 USD");
    assertThat(usd.source()).contains("my-h100-test-2026");
    assertThat(usd.where()).isEqualTo("mine.yaml:11");
  }

  @Test
  void test_unitsComeFromTheFigureOrItsKey_andNumbersCompareByValue() {
    String a =
        ACME
            + "    compute:\n"
            + "      bf16: {dense_tflops: 600, sparse_tflops: 1200, source: acme-x1-datasheet-2026, confidence: high}\n"
            + "    tdp_w: {value: 600, source: acme-x1-datasheet-2026, confidence: high}\n";
    // 600.0 and 1.2e3 state the same numbers; the capacity is restated in decimal GB; the TDP
    // changed
    String b =
        ACME.replace("{value: 96, unit: GiB", "{value: 103.08, unit: GB")
            + "    compute:\n"
            + "      bf16: {dense_tflops: 600.0, sparse_tflops: 1.2e3, source: acme-x1-datasheet-2026, confidence: high}\n"
            + "    tdp_w: {value: 650, source: acme-x1-datasheet-2026, confidence: high}\n";
    CatalogDiff d =
        CatalogDiff.between(
            HardwareCatalog.loader().withoutBuiltIn().overlay("a.yaml", a).load(),
            HardwareCatalog.loader().withoutBuiltIn().overlay("b.yaml", b).load());

    assertThat(d.changes())
        .extracting(CatalogChange::describe)
        .containsExactly(
            "changed accelerators acme-x1 memory.capacity.value: 96 GiB [acme-x1-datasheet-2026, a.yaml:15] -> 103.08 GB [acme-x1-datasheet-2026, b.yaml:15]",
            "changed accelerators acme-x1 tdp_w.value: 600 W [acme-x1-datasheet-2026, a.yaml:18] -> 650 W [acme-x1-datasheet-2026, b.yaml:18]");
  }

  /**
   * A figure restated in another unit of its dimension is no change: {@code dense_pflops: 2.5} is
   * {@code dense_tflops: 2500}, {@code 1.8 TB/s} is {@code 1800 GB/s}. A real change is still one
   * row naming the field as the new file writes it, with old and new value and unit.
   */
  @Test
  void test_figureRestatedInOtherUnits_isNoChange_andARealChangeNamesTheNewKey() {
    String a =
        ACME
            + "      bandwidth: {value: 1.8, unit: TB/s, source: acme-x1-datasheet-2026, confidence: high}\n"
            + "    compute:\n"
            + "      bf16: {dense_pflops: 2.5, sparse_pflops: 5, source: acme-x1-datasheet-2026, confidence: high}\n"
            + "      fp8: {dense_tflops: 5000, source: acme-x1-datasheet-2026, confidence: high}\n";
    String b =
        ACME
            + "      bandwidth: {value: 1800, unit: GB/s, source: acme-x1-datasheet-2026, confidence: high}\n"
            + "    compute:\n"
            + "      bf16: {dense_tflops: 2500, sparse_tflops: 5000.0, source: acme-x1-datasheet-2026, confidence: high}\n"
            + "      fp8: {dense_pflops: 5.2, source: acme-x1-datasheet-2026, confidence: high}\n";
    HardwareCatalog ca = HardwareCatalog.loader().withoutBuiltIn().overlay("a.yaml", a).load();
    HardwareCatalog cb = HardwareCatalog.loader().withoutBuiltIn().overlay("b.yaml", b).load();
    // the typed figures agree: the same BF16 peak either way
    assertThat(
            ca.accelerator("acme-x1")
                .compute()
                .get(Precision.BF16)
                .value()
                .dense()
                .isEquivalentTo(
                    cb.accelerator("acme-x1").compute().get(Precision.BF16).value().dense()))
        .isTrue();

    assertThat(CatalogDiff.between(ca, cb).changes())
        .extracting(CatalogChange::describe)
        .containsExactly(
            "changed accelerators acme-x1 compute.fp8.dense_pflops: 5000 TFLOP/s [acme-x1-datasheet-2026, a.yaml:19] "
                + "-> 5.2 PFLOP/s [acme-x1-datasheet-2026, b.yaml:19]");
    assertThat(CatalogDiff.between(cb, ca).changes())
        .extracting(CatalogChange::field)
        .containsExactly("compute.fp8.dense_tflops");
  }

  /**
   * An overlay replaces a whole mapping it names: the precisions it leaves out are removed, each by
   * itself.
   */
  @Test
  void test_overlayReplacingAMapping_removesWhatItLeavesOut() {
    String yaml =
        "schema: flopex-catalog/1\n"
            + "accelerators:\n"
            + "  - id: h100-sxm5\n"
            + "    compute:\n"
            + "      bf16: {dense_tflops: 989.50, sparse_tflops: 1979.0, source: nvidia-h100-product-page-specs, confidence: high}\n";
    CatalogDiff d = CatalogDiff.between(BUILT_IN, overlaid("mine.yaml", yaml));

    assertThat(d.changes())
        .extracting(CatalogChange::field)
        .contains("compute.fp8.dense_tflops", "compute.int8.dense_tops")
        .noneMatch(f -> f.startsWith("compute.bf16.") && !f.equals("compute.bf16.note"));
    assertThat(d.changes())
        .filteredOn(c -> c.field().equals("compute.fp8.dense_tflops"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(CatalogChange.Kind.REMOVED);
              assertThat(c.before().orElseThrow().withUnit()).isEqualTo("1979 TFLOP/s");
            });
  }

  @Test
  void test_orderIsSectionThenIdThenFieldAndDoesNotDependOnFileOrder() {
    String first =
        "schema: flopex-catalog/1\n"
            + "switches:\n"
            + "  - id: quantum-2-qm9700\n"
            + "    name: \"QM9700 (renamed)\"\n"
            + "accelerators:\n"
            + "  - id: h200-sxm\n"
            + "    form_factor: SXM\n"
            + "  - id: b200\n"
            + "    form_factor: SXM6\n";
    String second =
        "schema: flopex-catalog/1\n"
            + "accelerators:\n"
            + "  - id: b200\n"
            + "    form_factor: SXM6\n"
            + "  - id: h200-sxm\n"
            + "    form_factor: SXM\n"
            + "switches:\n"
            + "  - id: quantum-2-qm9700\n"
            + "    name: \"QM9700 (renamed)\"\n";
    CatalogDiff a = CatalogDiff.between(BUILT_IN, overlaid("first.yaml", first));
    CatalogDiff b = CatalogDiff.between(BUILT_IN, overlaid("second.yaml", second));

    assertThat(a.changes())
        .extracting(c -> c.section() + " " + c.id() + " " + c.field())
        .containsExactly(
            "accelerators b200 form_factor",
            "accelerators h200-sxm form_factor",
            "switches quantum-2-qm9700 name");
    assertThat(b.changes())
        .extracting(
            c ->
                c.section()
                    + " "
                    + c.id()
                    + " "
                    + c.field()
                    + " "
                    + c.after().orElseThrow().value())
        .isEqualTo(
            a.changes().stream()
                .map(
                    c ->
                        c.section()
                            + " "
                            + c.id()
                            + " "
                            + c.field()
                            + " "
                            + c.after().orElseThrow().value())
                .collect(Collectors.toList()));
    assertThat(CatalogDiff.between(BUILT_IN, overlaid("first.yaml", first))).isEqualTo(a);
  }

  @Test
  void test_userOnlyCatalog_againstBuiltIn_removesEveryBuiltInEntryInOrder() {
    HardwareCatalog user =
        HardwareCatalog.loader().withoutBuiltIn().overlay("acme.yaml", ACME).load();
    CatalogDiff d = CatalogDiff.between(BUILT_IN, user);

    long entries =
        BUILT_IN.accelerators().size()
            + BUILT_IN.nics().size()
            + BUILT_IN.switches().size()
            + BUILT_IN.links().size()
            + BUILT_IN.systems().size()
            + BUILT_IN.sources().size();
    assertThat(d.counts())
        .isEqualTo(
            Map.of(
                CatalogChange.Kind.ADDED,
                2,
                CatalogChange.Kind.REMOVED,
                (int) entries,
                CatalogChange.Kind.CHANGED,
                0));
    assertThat(d.newAsOf()).isEmpty();
    List<CatalogChange> sorted = new ArrayList<>(d.changes());
    sorted.sort(
        Comparator.<CatalogChange>comparingInt(c -> CatalogDiff.SECTIONS.indexOf(c.section()))
            .thenComparing(CatalogChange::id));
    assertThat(d.changes()).isEqualTo(sorted);
  }

  /**
   * The exported fields are generic over the schema, not a copy of the Java types, so they are
   * checked against the typed API: every dense figure and every TDP of every accelerator is there,
   * with its unit and source.
   */
  @Test
  void test_fieldsAgreeWithTheTypedApi() {
    Map<String, CatalogValue> byPath =
        CatalogExport.fields(BUILT_IN).stream()
            .collect(
                Collectors.toMap(
                    f -> f.section() + " " + f.id() + " " + f.field(), CatalogField::value));
    int checked = 0;
    for (Accelerator a : BUILT_IN.accelerators()) {
      for (Map.Entry<Precision, dev.flopex.core.provenance.Sourced<Throughput>> e :
          a.compute().entrySet()) {
        Precision p = e.getKey();
        String key =
            "accelerators "
                + a.id()
                + " compute."
                + p.key()
                + (p.isInteger() ? ".dense_tops" : ".dense_tflops");
        CatalogValue v = byPath.get(key);
        assertThat(v).as(key).isNotNull();
        assertThat(Double.parseDouble(v.value()))
            .as(key)
            .isEqualTo(e.getValue().value().dense().in(p.displayUnit()));
        assertThat(v.unit()).as(key).contains(p.isInteger() ? "TOP/s" : "TFLOP/s");
        assertThat(v.source()).as(key).contains(e.getValue().provenance().source().id());
        checked++;
      }
      a.tdp()
          .ifPresent(
              t -> {
                CatalogValue v = byPath.get("accelerators " + a.id() + " tdp_w.value");
                assertThat(v.withUnit())
                    .isEqualTo(
                        dev.flopex.catalog.CatalogValue.builder()
                            .value(plain(t.value().in(dev.flopex.core.units.PowerUnit.WATTS)))
                            .unit("W")
                            .file("x")
                            .line(0)
                            .build()
                            .withUnit());
                assertThat(v.source()).contains(t.provenance().source().id());
              });
    }
    assertThat(checked).isGreaterThan(100);
    assertThat(byPath.keySet())
        .filteredOn(k -> k.startsWith("sources "))
        .hasSizeGreaterThan(BUILT_IN.sources().size() * 3);
  }

  private static String plain(double v) {
    java.math.BigDecimal d = java.math.BigDecimal.valueOf(v).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  @Test
  void test_valueTypesRefuseInconsistentChanges() {
    CatalogValue v = CatalogValue.builder().value("700").unit("W").file("f.yaml").line(3).build();
    assertThatThrownBy(
            () ->
                CatalogChange.builder()
                    .kind(CatalogChange.Kind.ADDED)
                    .section("accelerators")
                    .id("x")
                    .field("tdp_w.value")
                    .before(v)
                    .after(v)
                    .build())
        .hasMessageContaining("before must be present exactly when the change is not 'added'");
    assertThatThrownBy(
            () ->
                CatalogChange.builder()
                    .kind(CatalogChange.Kind.CHANGED)
                    .section("accelerators")
                    .id("x")
                    .field("tdp_w.value")
                    .before(v)
                    .after(v)
                    .build())
        .hasMessageContaining("must differ from before");
    assertThatThrownBy(() -> CatalogValue.builder().value("1").file("f").line(-1).build())
        .hasMessageContaining("line must be >= 0 but was -1");
  }
}
