package dev.flopex.catalog;

import static dev.flopex.catalog.CatalogGenerators.ACCEL_ID;
import static dev.flopex.catalog.CatalogGenerators.FILE;
import static dev.flopex.catalog.CatalogGenerators.SOURCE_ID;
import static dev.flopex.catalog.CatalogGenerators.SOURCE_URL;
import static dev.flopex.catalog.CatalogGenerators.lineOf;
import static dev.flopex.catalog.CatalogGenerators.render;
import static dev.flopex.catalog.CatalogGenerators.set;
import static dev.flopex.catalog.CatalogGenerators.tryLoad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.Confidence;
import dev.flopex.core.provenance.PartialDate;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.PowerUnit;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlays over the built-in catalog: what they add, replace and append, and what they reject. */
class CatalogLoaderOverlayTest {
  private static List<Accelerator> builtInAccelerators;
  private static List<SystemSpec> builtInSystems;
  private static List<Nic> builtInNics;
  private static int builtInSources;

  @BeforeAll
  static void snapshotBuiltIn() {
    HardwareCatalog b = HardwareCatalog.builtIn();
    builtInAccelerators = List.copyOf(b.accelerators());
    builtInSystems = List.copyOf(b.systems());
    builtInNics = List.copyOf(b.nics());
    builtInSources = b.sources().size();
  }

  private static void assertBuiltInUnchanged() {
    HardwareCatalog b = HardwareCatalog.builtIn();
    assertThat(b.accelerators()).isEqualTo(builtInAccelerators);
    assertThat(b.systems()).isEqualTo(builtInSystems);
    assertThat(b.nics()).isEqualTo(builtInNics);
    assertThat(b.sources()).hasSize(builtInSources);
    assertThat(b.overlayChanges()).isEmpty();
    assertThat(b.version()).isEqualTo("2026.12.04");
    Accelerator h100 = b.accelerator("h100-sxm5");
    assertThat(h100.tdp().orElseThrow().value().in(PowerUnit.WATTS)).isEqualTo(700.0);
    assertThat(h100.prices()).hasSize(2);
  }

  private static CatalogException loadFails(String name, String yaml) {
    return tryLoad(true, name, yaml)
        .orElseThrow(() -> new AssertionError("expected " + name + " to be rejected:\n" + yaml));
  }

  // ------------------------------------------------------------------ adding, replacing, appending

  @Test
  void test_load_minimalOverlay_addsAcceleratorReportedAsAdded() {
    String yaml = render(CatalogGenerators.minimalOverlay());
    HardwareCatalog c = HardwareCatalog.loader().withBuiltIn().overlay(FILE, yaml).load();

    Accelerator a = c.accelerator(ACCEL_ID);
    assertThat(a.vendor()).isEqualTo("NVIDIA");
    assertThat(a.market()).isEqualTo(Market.DATACENTER);
    assertThat(a.memory().capacity().value()).isEqualTo(DataSizeUnit.GIBIBYTES.of(48));
    assertThat(a.memory().capacity().provenance().source().id()).isEqualTo(SOURCE_ID);
    assertThat(a.memory().capacity().provenance().source().url()).contains(SOURCE_URL);
    assertThat(a.memory().capacity().confidence()).isEqualTo(Confidence.HIGH);
    assertThat(a.compute()).isEmpty();
    assertThat(a.tdp()).isEmpty();
    assertThat(c.accelerators()).hasSize(builtInAccelerators.size() + 1);
    assertThat(c.accelerators().subList(0, builtInAccelerators.size()))
        .isEqualTo(builtInAccelerators);
    assertThat(c.sources())
        .hasSize(builtInSources + 1)
        .anySatisfy(s -> assertThat(s.id()).isEqualTo(SOURCE_ID));
    assertThat(c.version()).isEqualTo("2026.12.04+overlay");
    // an overlay does not change when the built-in data was last checked
    assertThat(c.asOf()).contains(java.time.LocalDate.of(2026, 12, 4));
    assertThat(c.versionLine()).isEqualTo("catalog 2026.12.04+overlay, data as of 2026-12-04");
    assertThat(c.overlayChanges())
        .singleElement()
        .satisfies(
            ch -> {
              assertThat(ch.kind()).isEqualTo(OverlayChange.Kind.ADDED);
              assertThat(ch.section()).isEqualTo("accelerators");
              assertThat(ch.id()).isEqualTo(ACCEL_ID);
              assertThat(ch.field()).isEmpty();
              assertThat(ch.file()).isEqualTo(FILE);
              assertThat(ch.line()).isEqualTo(lineOf(yaml, "- id: " + ACCEL_ID));
              assertThat(ch.describe())
                  .isEqualTo(FILE + ":" + ch.line() + ": accelerators " + ACCEL_ID + " added");
            });
    assertBuiltInUnchanged();
  }

  @Test
  void test_load_richOverlay_addsOneEntryPerSection() {
    String yaml = render(CatalogGenerators.richOverlay());
    HardwareCatalog c = HardwareCatalog.loader().withBuiltIn().overlay(FILE, yaml).load();

    assertThat(c.overlayChanges())
        .extracting(OverlayChange::kind)
        .containsOnly(OverlayChange.Kind.ADDED);
    assertThat(c.overlayChanges())
        .extracting(OverlayChange::section)
        .containsExactly("accelerators", "nics", "switches", "links", "systems");
    SystemSpec s = c.system(CatalogGenerators.SYSTEM_ID);
    assertThat(s.accelerator()).isSameAs(c.accelerator(ACCEL_ID));
    assertThat(s.nics())
        .singleElement()
        .satisfies(n -> assertThat(n.nic()).isSameAs(c.nic(CatalogGenerators.NIC_ID)));
    assertThat(c.accelerator("Overlay Test " + ACCEL_ID).id()).isEqualTo(ACCEL_ID);
    assertThat(c.accelerator(ACCEL_ID).sparse(Precision.INT8))
        .contains(Precision.INT8.displayUnit().of(400));
    assertThat(
            c.accelerator(ACCEL_ID)
                .scaleUp()
                .orElseThrow()
                .bandwidth()
                .orElseThrow()
                .value()
                .perDirection())
        .isEqualTo(DataRateUnit.GIGABYTES_PER_SECOND.of(200));
    assertThat(
            c.networkSwitch(CatalogGenerators.SWITCH_ID)
                .switchingCapacity()
                .orElseThrow()
                .value()
                .bidirectional())
        .isEqualTo(DataRateUnit.TERABITS_PER_SECOND.of(102.4));
    assertThat(c.link(CatalogGenerators.LINK_ID).kind()).isEqualTo(LinkKind.TRANSCEIVER);
    assertBuiltInUnchanged();
  }

  static final String REPLACE_AND_APPEND =
      "schema: flopex-catalog/1\n" // 1
          + "sources:\n" // 2
          + "  acme-h100-quote-2026:\n" // 3
          + "    title: \"ACME quote for H100 SXM5\"\n" // 4
          + "    url: \"https://example.com/acme-quote\"\n" // 5
          + "    read: 2026-11-20\n" // 6
          + "    kind: other\n" // 7
          + "accelerators:\n" // 8
          + "  - id: h100-sxm5\n" // 9
          + "    tdp_w: {value: 650, source: acme-h100-quote-2026, confidence: medium, note: \"power-capped\"}\n" // 10
          + "    prices:\n" // 11
          + "      - {usd: 21000, as_of: 2026-10, basis: negotiated, unit: per-gpu, region: US, description: \"negotiated price per GPU\", source: acme-h100-quote-2026, confidence: medium}\n"; // 12

  @Test
  void test_load_replaceTdpAndAppendPrice_reportsReplacedAndAppendedWithFileAndLine() {
    HardwareCatalog c =
        HardwareCatalog.loader().withBuiltIn().overlay("acme.yaml", REPLACE_AND_APPEND).load();

    assertThat(c.overlayChanges()).hasSize(2);
    OverlayChange replaced = c.overlayChanges().get(0);
    assertThat(replaced.kind()).isEqualTo(OverlayChange.Kind.REPLACED);
    assertThat(replaced.section()).isEqualTo("accelerators");
    assertThat(replaced.id()).isEqualTo("h100-sxm5");
    assertThat(replaced.field()).isEqualTo("tdp_w");
    assertThat(replaced.file()).isEqualTo("acme.yaml");
    assertThat(replaced.line()).isEqualTo(10);
    assertThat(replaced.describe())
        .isEqualTo("acme.yaml:10: accelerators h100-sxm5.tdp_w replaced");
    OverlayChange appended = c.overlayChanges().get(1);
    assertThat(appended.kind()).isEqualTo(OverlayChange.Kind.APPENDED);
    assertThat(appended.field()).isEqualTo("prices");
    assertThat(appended.file()).isEqualTo("acme.yaml");
    assertThat(appended.line()).isEqualTo(11);

    Accelerator h100 = c.accelerator("H100");
    assertThat(h100.tdp().orElseThrow().value()).isEqualTo(PowerUnit.WATTS.of(650));
    assertThat(h100.tdp().orElseThrow().provenance().source().id())
        .isEqualTo("acme-h100-quote-2026");
    assertThat(h100.tdp().orElseThrow().provenance().note()).contains("power-capped");
    assertThat(h100.prices()).hasSize(3);
    assertThat(h100.latestPrice().orElseThrow().price()).isEqualTo(Money.usd(21000));
    assertThat(h100.latestPrice().orElseThrow().asOf()).isEqualTo(PartialDate.parse("2026-10"));
    assertThat(h100.prices().subList(0, 2))
        .isEqualTo(HardwareCatalog.builtIn().accelerator("h100-sxm5").prices());
    // fields the overlay does not name are the base data's
    Accelerator base = HardwareCatalog.builtIn().accelerator("h100-sxm5");
    assertThat(h100.compute()).isEqualTo(base.compute());
    assertThat(h100.memory()).isEqualTo(base.memory());
    assertThat(h100.aliases()).isEqualTo(base.aliases());
    // systems built on h100-sxm5 see the overlaid accelerator
    assertThat(c.system("hgx-h100").accelerator()).isSameAs(h100);
    assertThat(c.version()).isEqualTo("2026.12.04+overlay");
    assertBuiltInUnchanged();
  }

  @Test
  void test_load_secondOverlayChangesFirstOverlaysEntry() {
    String first = render(CatalogGenerators.minimalOverlay());
    String second =
        "schema: flopex-catalog/1\naccelerators:\n  - id: "
            + ACCEL_ID
            + "\n"
            + "    tdp_w: {value: 275, source: "
            + SOURCE_ID
            + ", confidence: low}\n";
    HardwareCatalog c =
        HardwareCatalog.loader()
            .withBuiltIn()
            .overlay("first.yaml", first)
            .overlay("second.yaml", second)
            .load();

    assertThat(c.accelerator(ACCEL_ID).tdp().orElseThrow().value())
        .isEqualTo(PowerUnit.WATTS.of(275));
    assertThat(c.overlayChanges())
        .extracting(OverlayChange::describe)
        .containsExactly(
            "first.yaml:"
                + lineOf(first, "- id: " + ACCEL_ID)
                + ": accelerators "
                + ACCEL_ID
                + " added",
            "second.yaml:4: accelerators " + ACCEL_ID + ".tdp_w replaced");
    assertBuiltInUnchanged();
  }

  @Test
  void test_load_withoutBuiltIn_holdsOnlyTheOverlay() {
    HardwareCatalog c =
        HardwareCatalog.loader()
            .withoutBuiltIn()
            .overlay(FILE, render(CatalogGenerators.richOverlay()))
            .load();
    assertThat(c.accelerators()).extracting(Part::id).containsExactly(ACCEL_ID);
    assertThat(c.findAccelerator("h100")).isEmpty();
    assertThat(c.version()).isEqualTo("user+overlay");
    assertThat(c.asOf()).isEmpty();
    assertThat(c.versionLine()).isEqualTo("catalog user+overlay, data as of unstated");
    assertThat(c.overlayChanges()).isEmpty();
  }

  // ------------------------------------------------------------------ nothing half-applied

  @Test
  void test_load_failingOverlay_leavesNothingHalfApplied() {
    String bad =
        render(
            set(CatalogGenerators.richOverlay(), "-1", "systems", 0, "accelerator_count", "value"));
    CatalogLoader loader =
        HardwareCatalog.loader()
            .withBuiltIn()
            .overlay("acme.yaml", REPLACE_AND_APPEND)
            .overlay(FILE, bad);

    CatalogException e = catchThrowableOfType(CatalogException.class, loader::load);
    assertThat(e).isNotNull();
    assertThat(e.file()).isEqualTo(FILE);
    assertThat(e.getMessage())
        .isEqualTo(
            FILE
                + ":"
                + lineOf(bad, "value: -1")
                + ": systems[0].accelerator_count.value must be > 0 but was -1");
    assertBuiltInUnchanged();
    // a failed load leaves no state behind: the good overlay alone still loads, and only it applies
    HardwareCatalog good =
        HardwareCatalog.loader().withBuiltIn().overlay("acme.yaml", REPLACE_AND_APPEND).load();
    assertThat(good.findAccelerator(ACCEL_ID)).isEmpty();
    assertThat(good.overlayChanges()).hasSize(2);
    assertThat(good.accelerator("h100-sxm5").tdp().orElseThrow().value())
        .isEqualTo(PowerUnit.WATTS.of(650));
    assertBuiltInUnchanged();
  }

  @Test
  void test_load_failingReplacement_namesOverlayFileLineAndRule() {
    String yaml =
        "schema: flopex-catalog/1\naccelerators:\n  - id: h100-sxm5\n"
            + "    tdp_w: {value: -700, source: nvidia-h100-product-page-specs, confidence: high}\n";
    CatalogException e = loadFails("mine.yaml", yaml);
    assertThat(e.getMessage())
        .isEqualTo("mine.yaml:4: accelerators[0].tdp_w.value must be > 0 W but was -700 W");
    assertThat(e.line()).contains(4);
    assertBuiltInUnchanged();
  }

  @Test
  void test_load_sourceIdAlreadyBuiltIn_rejected() {
    String yaml =
        "schema: flopex-catalog/1\nsources:\n  nvidia-h100-product-page-specs:\n"
            + "    title: \"impostor\"\n    read: 2026-11-28\n    kind: other\n";
    CatalogException e = loadFails(FILE, yaml);
    assertThat(e.getMessage())
        .isEqualTo(
            FILE
                + ":3: sources.nvidia-h100-product-page-specs must be a source id not already defined"
                + " (source ids are global) but was 'nvidia-h100-product-page-specs'");
  }

  // ------------------------------------------------------------------ exact messages and lines

  @Test
  void test_load_sparseBelowDense_namesFieldRuleAndLine() {
    String yaml =
        render(
            set(
                CatalogGenerators.richOverlay(),
                "50",
                "accelerators",
                0,
                "compute",
                "bf16",
                "sparse_tflops"));
    CatalogException e = loadFails(FILE, yaml);
    assertThat(e.getMessage())
        .isEqualTo(
            FILE
                + ":"
                + lineOf(yaml, "sparse_tflops: 50")
                + ": accelerators[0].compute.bf16.sparse_tflops must be >= the dense figure (100 TFLOP/s) but was 50 TFLOP/s");
    assertThat(e.field()).isEqualTo("accelerators[0].compute.bf16.sparse_tflops");
    assertThat(e.value()).contains("50 TFLOP/s");
  }

  @Test
  void test_load_unknownPrecision_listsKnownOnes() {
    Map<String, Object> doc =
        set(
            CatalogGenerators.richOverlay(),
            CatalogGenerators.figure("dense_tflops", "1"),
            "accelerators",
            0,
            "compute",
            "fp3");
    String yaml = render(doc);
    CatalogException e = loadFails(FILE, yaml);
    assertThat(e.getMessage())
        .isEqualTo(
            FILE
                + ":"
                + lineOf(yaml, "fp3:")
                + ": accelerators[0].compute.fp3 must be one of"
                + " fp64_vector, fp64_tensor, fp32, tf32, bf16, fp16, fp8, int8, fp6, fp4, mxfp8, mxfp6, mxfp4, nvfp4 but was 'fp3'");
  }

  @Test
  void test_load_duplicateIdInOneFile_namesSecondEntry() {
    String yaml =
        render(
            CatalogGenerators.append(
                CatalogGenerators.minimalOverlay(),
                CatalogGenerators.minimalAccelerator(ACCEL_ID),
                "accelerators"));
    CatalogException e = loadFails(FILE, yaml);
    assertThat(e.getMessage())
        .isEqualTo(
            FILE
                + ":"
                + lineOf(yaml, "- id: " + ACCEL_ID, 1)
                + ": accelerators[1].id must be unique within accelerators (duplicate id) but was '"
                + ACCEL_ID
                + "'");
  }

  @Test
  void test_load_hugeNumber1e400_rejectedAsNotFinite() {
    String yaml =
        render(set(CatalogGenerators.richOverlay(), "1e400", "accelerators", 0, "tdp_w", "value"));
    CatalogException e = loadFails(FILE, yaml);
    assertThat(e.getMessage())
        .isEqualTo(
            FILE
                + ":"
                + lineOf(yaml, "value: 1e400")
                + ": accelerators[0].tdp_w.value must be finite (it is beyond the range of a double) but was 1e400");
  }

  @Test
  void test_load_unknownField_listsKnownFields() {
    String yaml = render(set(CatalogGenerators.richOverlay(), "red", "accelerators", 0, "colour"));
    CatalogException e = loadFails(FILE, yaml);
    assertThat(e.getMessage())
        .startsWith(
            FILE
                + ":"
                + lineOf(yaml, "colour: red")
                + ": accelerators[0].colour is not a known field (known here: ")
        .contains("tdp_w")
        .endsWith(" but was 'colour'");
  }

  // ------------------------------------------------------------------ hostile YAML

  @Test
  void test_load_typeTags_rejectedWithoutInstantiatingAnything(@TempDir Path dir) {
    Path marker = dir.resolve("pwned");
    String[] gadgets = {
      "schema: flopex-catalog/1\nsources: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n",
      "schema: flopex-catalog/1\naccelerators:\n  - !!java.lang.Runtime {}\n",
      "schema: !!java.lang.ProcessBuilder [[\"touch\", \"" + marker + "\"]]\n",
      "!!java.lang.Runtime\nschema: flopex-catalog/1\n",
    };
    for (String g : gadgets) {
      CatalogException e = loadFails(FILE, g);
      assertThat(e.getMessage())
          .as(g)
          .startsWith(FILE + ":")
          .contains("must be plain YAML (type tags are not allowed)");
      assertThat(e.line()).as(g).isPresent();
    }
    assertThat(marker).doesNotExist();
  }

  @Test
  void test_load_billionLaughs_rejectedAtTheFirstAnchor() {
    String bomb = CatalogGenerators.hostileDocuments().get(0);
    long start = System.nanoTime();
    CatalogException e = loadFails(FILE, bomb);
    assertThat(e.getMessage())
        .startsWith(FILE + ":2: ")
        .endsWith(" must be plain YAML (anchors and aliases are not allowed) but was '&a0'");
    assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(5);
  }

  @Test
  void test_load_nesting1000Deep_rejected() {
    for (String deep :
        List.of(
            "schema: flopex-catalog/1\naccelerators: " + "[".repeat(1000) + "]".repeat(1000) + "\n",
            "schema: flopex-catalog/1\nsources: "
                + "{a: ".repeat(1000)
                + "1"
                + "}".repeat(1000)
                + "\n",
            "schema: flopex-catalog/1\naccelerators:\n" + "- ".repeat(1000) + "x\n")) {
      CatalogException e = loadFails(FILE, deep);
      // flow collections are stopped by the linear pre-scan, block ones by SnakeYAML's own limit
      assertThat(e.getMessage())
          .startsWith(FILE)
          .satisfiesAnyOf(
              m -> assertThat(m).contains("must nest lists and mappings at most 40 deep"),
              m -> assertThat(m).contains("must be well-formed YAML").contains("nesting depth"));
    }
  }

  @Test
  void test_overlay_moreThan8MiBOfText_rejected() {
    String big = "schema: flopex-catalog/1\n#" + "x".repeat(8 * 1024 * 1024) + "\n";
    CatalogException e = loadFails(FILE, big);
    assertThat(e.getMessage()).startsWith(FILE + ": file must be at most 8388608 characters");
  }

  @Test
  void test_overlayPath_fileTooLarge_rejected(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("big.yaml");
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(CatalogLoader.MAX_FILE_BYTES + 1);
    }
    assertThatThrownBy(() -> HardwareCatalog.loader().overlay(f))
        .isInstanceOf(CatalogException.class)
        .hasMessage("big.yaml: file must be at most 8388608 bytes but was more than 8388608 bytes");
  }

  @Test
  void test_overlayPath_notUtf8_rejected(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("latin1.yaml");
    Files.write(f, new byte[] {'s', 'c', 'h', 'e', 'm', 'a', ':', ' ', (byte) 0xe9, '\n'});
    assertThatThrownBy(() -> HardwareCatalog.loader().overlay(f))
        .isInstanceOf(CatalogException.class)
        .hasMessage("latin1.yaml:1: file must be UTF-8 text but was byte 0xE9 at byte offset 8");
  }

  @Test
  void test_overlayPath_missingFile_rejected(@TempDir Path dir) {
    Path f = dir.resolve("absent.yaml");
    assertThatThrownBy(() -> HardwareCatalog.loader().overlay(f))
        .isInstanceOf(CatalogException.class)
        .hasMessage("absent.yaml: file must exist but was " + f);
  }

  @Test
  void test_overlayPath_validFile_loads(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mine.yaml");
    Files.writeString(f, render(CatalogGenerators.minimalOverlay()));
    HardwareCatalog c = HardwareCatalog.loader().overlay(f).load();
    assertThat(c.overlayChanges())
        .singleElement()
        .satisfies(ch -> assertThat(ch.file()).isEqualTo("mine.yaml"));
  }

  // ------------------------------------------------------------------ aliases, anchors

  @Test
  void test_load_scalarAnchorAndAlias_rejected() {
    Map<String, Object> doc =
        set(CatalogGenerators.minimalOverlay(), "&v NVIDIA", "accelerators", 0, "vendor");
    doc = set(doc, "*v", "accelerators", 0, "architecture");
    CatalogException e = loadFails(FILE, render(doc));
    assertThat(e.getMessage()).contains("must be plain YAML (anchors and aliases are not allowed)");
  }

  @Test
  void test_load_ambiguousAlias_namesOverlayFileAndLine() {
    Map<String, Object> doc =
        set(
            CatalogGenerators.minimalOverlay(),
            CatalogGenerators.list(CatalogGenerators.quoted("H100")),
            "accelerators",
            0,
            "aliases");
    String yaml = render(doc);
    CatalogException e = loadFails(FILE, yaml);
    assertThat(e.file()).isEqualTo(FILE);
    assertThat(e.line()).contains(lineOf(yaml, "\"H100\""));
    assertThat(e.getMessage()).contains("must not also name h100-sxm5");
    assertBuiltInUnchanged();
  }

  @Test
  void test_load_anchorOnEmptyKey_namesAField() {
    CatalogException e = loadFails(FILE, "schema: flopex-catalog/1\n&a : x\n");
    assertThat(e.field()).isNotBlank();
  }

  // ------------------------------------------------------------------ known bugs (see the reasons)

  @Test
  void test_load_multiDocumentFile_rejectedNotSilentlyTruncated() {
    String yaml = "schema: flopex-catalog/1\n---\n" + render(CatalogGenerators.minimalOverlay());
    CatalogException e = loadFails(FILE, yaml);
    assertThat(e.getMessage()).startsWith(FILE + ":");
  }

  @Test
  void test_load_deepFlowNesting_rejectedInLinearTime() {
    String deep = "[".repeat(200_000);
    long start = System.nanoTime();
    CatalogException e =
        tryLoad(
                () -> HardwareCatalog.loader().withoutBuiltIn().overlay(FILE, deep).load(),
                "'[' x 200000")
            .orElseThrow();
    assertThat(e.getMessage()).startsWith(FILE);
    assertThat((System.nanoTime() - start) / 1e9)
        .as("seconds to reject 200,000 nested '['")
        .isLessThan(5.0);
  }

  @Test
  void test_load_precisionKeysDifferingOnlyInCase_rejectedAsDuplicates() {
    Map<String, Object> doc =
        set(
            CatalogGenerators.richOverlay(),
            CatalogGenerators.figure("dense_tflops", "999"),
            "accelerators",
            0,
            "compute",
            "BF16");
    CatalogException e = loadFails(FILE, render(doc));
    assertThat(e.getMessage()).contains("accelerators[0].compute");
  }

  @Test
  void test_load_nullFieldInOverlay_isRejectedOrNotReportedAsReplaced() {
    String yaml = "schema: flopex-catalog/1\naccelerators:\n  - id: h100-sxm5\n    tdp_w: ~\n";
    java.util.Optional<CatalogException> e = tryLoad(true, FILE, yaml);
    if (e.isEmpty()) {
      HardwareCatalog c = HardwareCatalog.loader().withBuiltIn().overlay(FILE, yaml).load();
      boolean reportedReplaced =
          c.overlayChanges().stream()
              .anyMatch(
                  ch -> ch.field().equals("tdp_w") && ch.kind() == OverlayChange.Kind.REPLACED);
      boolean actuallyChanged =
          !c.accelerator("h100-sxm5")
              .tdp()
              .equals(HardwareCatalog.builtIn().accelerator("h100-sxm5").tdp());
      assertThat(reportedReplaced).as("reported as replaced").isEqualTo(actuallyChanged);
    }
  }

  @Test
  void test_load_nanAndInfinity_namedWithFieldAndLine() {
    for (String v : List.of(".nan", ".inf", "-.inf")) {
      String yaml =
          render(set(CatalogGenerators.richOverlay(), v, "accelerators", 0, "tdp_w", "value"));
      CatalogException e = loadFails(FILE, yaml);
      assertThat(e.line()).as(v).contains(lineOf(yaml, "value: " + v));
      assertThat(e.getMessage()).as(v).contains("accelerators[0].tdp_w.value");
    }
  }

  @Test
  void test_load_leadingZeroNumber_notReadAsOctal() {
    String yaml =
        render(
            set(
                CatalogGenerators.minimalOverlay(),
                CatalogGenerators.figure("value", "012"),
                "accelerators",
                0,
                "tdp_w"));
    java.util.Optional<CatalogException> e = tryLoad(false, FILE, yaml);
    if (e.isEmpty()) {
      HardwareCatalog c = HardwareCatalog.loader().withoutBuiltIn().overlay(FILE, yaml).load();
      assertThat(c.accelerator(ACCEL_ID).tdp().orElseThrow().value().in(PowerUnit.WATTS))
          .isEqualTo(12.0);
    }
  }

  @Test
  void test_load_bandwidthThatOverflowsWhenDoubled_rejectedAtLoad() {
    Map<String, Object> doc =
        set(
            CatalogGenerators.richOverlay(),
            "1.5e308",
            "accelerators",
            0,
            "scale_up",
            "bandwidth",
            "value");
    doc = set(doc, "per_direction", "accelerators", 0, "scale_up", "bandwidth", "direction");
    String yaml = render(doc);
    java.util.Optional<CatalogException> e = tryLoad(false, FILE, yaml);
    if (e.isEmpty()) {
      HardwareCatalog c = HardwareCatalog.loader().withoutBuiltIn().overlay(FILE, yaml).load();
      assertThat(
              c.accelerator(ACCEL_ID)
                  .scaleUp()
                  .orElseThrow()
                  .bandwidth()
                  .orElseThrow()
                  .value()
                  .bidirectional()
                  .isPositive())
          .isTrue();
    }
  }
}
