package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.Direction;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.units.Quantity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Golden headline figures of the China-market accelerators and Huawei scale-up systems of 2026
 * ({@code accelerators-china-2026.yaml}), each checked against the source id it was transcribed
 * from (research snapshot 2026-12-02, research/catalog-china-fabrics/SUMMARY-china.md section 2).
 * The quotes are in the comments. Also: no entry of that file carries a dense figure unless its
 * note quotes the source saying "dense", and Huawei's own Atlas 950 totals are consistent with the
 * per-chip figures.
 */
class China2026GoldenTest {
  private static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();
  private static final String FILE = "/dev/flopex/catalog/data/accelerators-china-2026.yaml";

  // ------------------------------------------------------------------ helpers

  /** Asserts a figure's value and that it comes from {@code sourceId}. */
  private static void golden(
      String what, Sourced<?> figure, double actual, double expected, String sourceId) {
    assertThat(actual)
        .as("%s value", what)
        .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
    assertThat(figure.provenance().source().id()).as("%s source", what).isEqualTo(sourceId);
  }

  private static Sourced<Quantity<ComputeRateUnit>> unstated(Accelerator a, Precision p) {
    Sourced<Quantity<ComputeRateUnit>> f = a.unstatedCompute().get(p);
    assertThat(f).as("%s has an unstated-sparsity %s figure", a.id(), p.key()).isNotNull();
    assertThat(a.compute())
        .as("%s %s is not also dense/sparse", a.id(), p.key())
        .doesNotContainKey(p);
    return f;
  }

  private static void unstatedTflops(String id, Precision p, double tflops, String sourceId) {
    Accelerator a = CATALOG.accelerator(id);
    Sourced<Quantity<ComputeRateUnit>> f = unstated(a, p);
    golden(id + " " + p.key(), f, f.value().in(p.displayUnit()), tflops, sourceId);
  }

  private static void memory(
      String id, double gib, String capacitySource, double tbS, String bandwidthSource) {
    Accelerator a = CATALOG.accelerator(id);
    golden(
        id + " memory capacity",
        a.memory().capacity(),
        a.memory().capacity().value().in(DataSizeUnit.GIBIBYTES),
        gib,
        capacitySource);
    if (bandwidthSource != null) {
      var bw = a.memory().bandwidth().orElseThrow();
      golden(
          id + " memory bandwidth",
          bw,
          bw.value().in(DataRateUnit.TERABYTES_PER_SECOND),
          tbS,
          bandwidthSource);
    } else {
      assertThat(a.memory().bandwidth()).as("%s memory bandwidth (none sourced)", id).isEmpty();
    }
  }

  /**
   * Scale-up bandwidth as recorded (bidirectional by the catalog's 910C convention where unstated).
   */
  /**
   * A scale-up figure whose vendor does not state its direction: stored as unstated (never used as
   * bidirectional or per direction), pinned as stated in GB/s.
   */
  private static void scaleUpUnstatedGbS(String id, double gbS, String sourceId) {
    var bw = CATALOG.accelerator(id).scaleUp().orElseThrow().bandwidth().orElseThrow();
    assertThat(bw.value().direction())
        .as("%s scale-up direction (the vendor does not say)", id)
        .isEqualTo(Direction.UNSTATED);
    assertThat(bw.value().directionStated()).isFalse();
    golden(
        id + " scale-up",
        bw,
        bw.value().stated().in(DataRateUnit.GIGABYTES_PER_SECOND),
        gbS,
        sourceId);
  }

  private static void scaleUpGbS(String id, double gbS, String sourceId) {
    var bw = CATALOG.accelerator(id).scaleUp().orElseThrow().bandwidth().orElseThrow();
    assertThat(bw.value().direction())
        .as("%s scale-up direction", id)
        .isEqualTo(Direction.BIDIRECTIONAL);
    golden(
        id + " scale-up",
        bw,
        bw.value().bidirectional().in(DataRateUnit.GIGABYTES_PER_SECOND),
        gbS,
        sourceId);
  }

  private static void latestStatus(Part p, LifecycleStatus status, String date, String sourceId) {
    StatusChange s = p.status().orElseThrow(() -> new AssertionError(p.id() + " has no status"));
    assertThat(s.status()).as("%s status", p.id()).isEqualTo(status);
    assertThat(s.date().toString()).as("%s status date", p.id()).isEqualTo(date);
    assertThat(s.provenance().source().id()).as("%s status source", p.id()).isEqualTo(sourceId);
  }

  /** The accelerator ids of the china-2026 data file, read from the file itself. */
  static List<String> fileAcceleratorIds() {
    String text;
    try (InputStream in = China2026GoldenTest.class.getResourceAsStream(FILE)) {
      assertThat(in).as(FILE).isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String accelerators =
        text.substring(text.indexOf("\naccelerators:\n"), text.indexOf("\nsystems:\n"));
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^  - id: (\\S+)$").matcher(accelerators);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  // ------------------------------------------------------------------ accelerators

  @Test
  void test_ascend950pr() {
    // The Register: "one petaflop performance with the 8-bit floating-point (FP8) computation
    // units"
    unstatedTflops(
        "ascend-950pr", Precision.FP8, 1000, "theregister-huawei-ascend-roadmap-2025-copy");
    // spec table: "FP8/MXFP8/HIF8 1 PFLOPS", "MXFP4 2 PFLOPS"
    unstatedTflops("ascend-950pr", Precision.MXFP8, 1000, "baike-ascend-950pr-zh");
    unstatedTflops("ascend-950pr", Precision.MXFP4, 2000, "baike-ascend-950pr-zh");
    // MyDrivers via cloudnews: "HiBL 1.0 ... 128 GB capacity and 1.6 TB/s bandwidth"
    memory(
        "ascend-950pr",
        128,
        "cloudnews-huawei-roadmap-hbm-2025",
        1.6,
        "cloudnews-huawei-roadmap-hbm-2025");
    assertThat(CATALOG.accelerator("ascend-950pr").memory().type()).contains(MemoryType.HIBL);
    // China Fund News (Eric Xu): 2 TB/s, "2.5 times that of the Ascend 910C" (direction not stated)
    scaleUpUnstatedGbS("ascend-950pr", 2000, "reportify-chinafundnews-xu-2025-09-18");
    latestStatus(
        CATALOG.accelerator("ascend-950pr"),
        LifecycleStatus.SHIPPING,
        "2026-03",
        "hamidun-cnews-950pr-shipping-2026");
    assertThat(CATALOG.accelerator("ascend-950pr").statusHistory().get(0).status())
        .isEqualTo(LifecycleStatus.ANNOUNCED);
  }

  @Test
  void test_atlas350_isTheShippingCard_keptDistinctFromTheRoadmapChip() {
    // All Things Geek (2026-03-20 launch): "1.56 petaflops of FP4", "112GB", "1.4 TB/s", "600W"
    unstatedTflops("atlas-350", Precision.FP4, 1560, "allthingsgeek-atlas-350-2026-03");
    memory(
        "atlas-350",
        112,
        "allthingsgeek-atlas-350-2026-03",
        1.4,
        "allthingsgeek-atlas-350-2026-03");
    Accelerator card = CATALOG.accelerator("atlas-350");
    golden(
        "atlas-350 tdp",
        card.tdp().orElseThrow(),
        card.tdp().orElseThrow().value().in(PowerUnit.WATTS),
        600,
        "allthingsgeek-atlas-350-2026-03");
    assertThat(card.launchDate().orElseThrow().value().toString()).isEqualTo("2026-03-20");
    latestStatus(card, LifecycleStatus.SHIPPING, "2026-03", "hamidun-cnews-950pr-shipping-2026");
    // two entries, no shared alias: "Atlas 350" finds the card, "950PR" the roadmap chip
    Accelerator chip = CATALOG.accelerator("ascend-950pr");
    assertThat(card.aliases()).doesNotContainAnyElementsOf(chip.aliases());
    assertThat(CATALOG.accelerator("Atlas 350").id()).isEqualTo("atlas-350");
    assertThat(CATALOG.accelerator("950PR").id()).isEqualTo("ascend-950pr");
    // the card's figures are lower than the roadmap chip's: it is not a copy of it
    assertThat(card.memory().capacity().value().in(DataSizeUnit.GIBIBYTES))
        .isLessThan(chip.memory().capacity().value().in(DataSizeUnit.GIBIBYTES));
    assertThat(card.unstatedCompute()).doesNotContainKey(Precision.MXFP4);
  }

  @Test
  void test_ascend950dt() {
    // Luca Berton (Huawei MWC 2026 material): "1 PFLOPS in FP8/MXFP8/HiF8", "2 PFLOPS in MXFP4", "2
    // TB/s"
    unstatedTflops("ascend-950dt", Precision.FP8, 1000, "lucaberton-atlas-950-superpod-2026");
    unstatedTflops("ascend-950dt", Precision.MXFP8, 1000, "lucaberton-atlas-950-superpod-2026");
    unstatedTflops("ascend-950dt", Precision.MXFP4, 2000, "lucaberton-atlas-950-superpod-2026");
    // The Register: "144GB of 4 TB/s memory"
    memory(
        "ascend-950dt",
        144,
        "theregister-huawei-ascend-roadmap-2025-copy",
        4,
        "theregister-huawei-ascend-roadmap-2025-copy");
    assertThat(CATALOG.accelerator("ascend-950dt").memory().type()).contains(MemoryType.HIZQ);
    scaleUpUnstatedGbS("ascend-950dt", 2000, "lucaberton-atlas-950-superpod-2026");
    // cnyes: "2026 年第四季昇騰 950DT" - announced, planned Q4 2026, not shipping
    latestStatus(
        CATALOG.accelerator("ascend-950dt"),
        LifecycleStatus.ANNOUNCED,
        "2025-09-18",
        "cnyes-huawei-ascend-dates-2025");
    assertThat(
            CATALOG
                .accelerator("ascend-950dt")
                .status()
                .orElseThrow()
                .provenance()
                .note()
                .orElseThrow())
        .contains("Q4 2026")
        .contains("2026-10");
  }

  @Test
  void test_ascend960_roadmapOnly() {
    // partofstyle: "2 PFLOPS FP8, 4 PFLOPS FP4", "2.2 TB/s"; The Register: "288GB of 9.6TB/s
    // memory"
    unstatedTflops("ascend-960", Precision.FP8, 2000, "partofstyle-huawei-roadmap-2025");
    unstatedTflops("ascend-960", Precision.FP4, 4000, "partofstyle-huawei-roadmap-2025");
    memory(
        "ascend-960",
        288,
        "theregister-huawei-ascend-roadmap-2025-copy",
        9.6,
        "theregister-huawei-ascend-roadmap-2025-copy");
    scaleUpUnstatedGbS("ascend-960", 2200, "partofstyle-huawei-roadmap-2025");
    Accelerator a = CATALOG.accelerator("ascend-960");
    latestStatus(a, LifecycleStatus.ANNOUNCED, "2025-09-18", "cnyes-huawei-ascend-dates-2025");
    assertThat(a.status().orElseThrow().provenance().confidence().name()).isEqualTo("LOW");
  }

  @Test
  void test_theadZhenwu810e_alibabaPpu() {
    // Tom's Hardware (CCTV 2025-09-16): "96 GB of HBM2e"; ServerNews: "ICN ... 700 GB/s", "PCIe 5.0
    // x16"; Ming Pao: "功耗為400W"
    memory("t-head-zhenwu-810e", 96, "usdaily-tomshardware-thead-ppu-cctv-2025", 0, null);
    Accelerator a = CATALOG.accelerator("t-head-zhenwu-810e");
    assertThat(a.memory().type()).contains(MemoryType.HBM2E);
    scaleUpUnstatedGbS("t-head-zhenwu-810e", 700, "servernews-zhenwu-810e-2026-01-29");
    assertThat(a.hostInterface().orElseThrow().value()).isEqualTo("PCIe 5.0 x16");
    golden(
        "810e tdp",
        a.tdp().orElseThrow(),
        a.tdp().orElseThrow().value().in(PowerUnit.WATTS),
        400,
        "mingpao-thead-ppu-cctv-2025-09-18");
    // no TFLOPS figure has been published: none recorded, of any kind
    assertThat(a.compute()).isEmpty();
    assertThat(a.unstatedCompute()).isEmpty();
    latestStatus(
        a, LifecycleStatus.SHIPPING, "2025-09", "usdaily-tomshardware-thead-ppu-cctv-2025");
    assertThat(CATALOG.accelerator("Alibaba PPU").id()).isEqualTo("t-head-zhenwu-810e");
  }

  @Test
  void test_theadZhenwuM890_lowConfidenceAnnouncement() {
    // AI-Daily-Builder blog (single source): "GPU memory 144 GB", "Interchip bandwidth 800 GB/s"
    memory("t-head-zhenwu-m890", 144, "aidailybuilder-zhenwu-m890-2026-05", 0, null);
    scaleUpUnstatedGbS("t-head-zhenwu-m890", 800, "aidailybuilder-zhenwu-m890-2026-05");
    Accelerator a = CATALOG.accelerator("t-head-zhenwu-m890");
    latestStatus(a, LifecycleStatus.ANNOUNCED, "2026-05-20", "aidailybuilder-zhenwu-m890-2026-05");
    assertThat(a.memory().capacity().provenance().confidence().name()).isEqualTo("LOW");
  }

  @Test
  void test_mttS5000() {
    // 傅里叶的猫: "1000 TFlops with liquid cooling and 920 TFlops with air cooling"; rutab: "80 ГБ",
    // "1,6 ТБ/с"
    unstatedTflops("mtt-s5000", Precision.FP8, 1000, "reportify-fouriercat-s5000-2026-02");
    Accelerator a = CATALOG.accelerator("mtt-s5000");
    assertThat(a.unstatedCompute().get(Precision.FP8).alternatives())
        .anySatisfy(
            alt ->
                assertThat(alt.value().in(ComputeRateUnit.TERAFLOP_PER_SECOND)).isEqualTo(920.0));
    // NetEase (STAR listing): "S5000在FP32精度下的算力是32 TFLOPS"
    unstatedTflops("mtt-s5000", Precision.FP32, 32, "netease-moorethreads-ipo-2025-12");
    memory("mtt-s5000", 80, "rutab-mtt-s5000-2026-02-12", 1.6, "rutab-mtt-s5000-2026-02-12");
    // ldeepai: "784GB/s inter-card interconnect bandwidth"
    scaleUpUnstatedGbS("mtt-s5000", 784, "ldeepai-mtt-s5000-2026");
    assertThat(a.cooling().orElseThrow().value()).isEqualTo(Cooling.AIR_OR_LIQUID);
    latestStatus(a, LifecycleStatus.SHIPPING, "2025-12", "reportify-mdc2025-huagang");
  }

  @Test
  void test_metaxC600_lowConfidence() {
    // Xueqiu user post: "144GB HBM3e", "1800GB/s", "FP8 精度算力 1000TFLOPS"
    unstatedTflops("metax-c600", Precision.FP8, 1000, "xueqiu-metax-c600-specs");
    memory("metax-c600", 144, "xueqiu-metax-c600-specs", 1.8, "xueqiu-metax-c600-specs");
    Accelerator a = CATALOG.accelerator("metax-c600");
    assertThat(a.unstatedCompute().get(Precision.FP8).provenance().confidence().name())
        .isEqualTo("LOW");
    latestStatus(a, LifecycleStatus.SAMPLING, "2025-08", "jdyx-metax-inquiry-reply-2025-08");
  }

  @Test
  void test_birenBr100() {
    // Tom's Hardware (Hot Chips 34): "BF16 TFLOPS 1024", "INT8 2048", "64GB of HBM2E", 1.64 TB/s
    unstatedTflops("biren-br100", Precision.BF16, 1024, "tomshardware-biren-br100-2022-copy");
    unstatedTflops("biren-br100", Precision.INT8, 2048, "tomshardware-biren-br100-2022-copy");
    unstatedTflops("biren-br100", Precision.FP32, 256, "techpowerup-biren-br100-2022");
    memory(
        "biren-br100",
        64,
        "tomshardware-biren-br100-2022-copy",
        1.64,
        "tomshardware-biren-br100-2022-copy");
    // Chips and Cheese: "eight BLink connections, each of which provide 64 GB/s of bidirectional
    // bandwidth"
    scaleUpGbS("biren-br100", 512, "chipsandcheese-biren-br100-2022-copy");
    Accelerator a = CATALOG.accelerator("biren-br100");
    golden(
        "br100 tdp",
        a.tdp().orElseThrow(),
        a.tdp().orElseThrow().value().in(PowerUnit.WATTS),
        550,
        "techpowerup-biren-br100-2022");
    // EE Times: "two identical compute chiplets, built on TSMC 7nm at 537mm2 each"
    assertThat(a.diesPerPackage().orElseThrow().value()).isEqualTo(2);
    assertThat(
            a.dieArea().orElseThrow().value().in(dev.flopex.core.units.AreaUnit.SQUARE_MILLIMETRES))
        .isEqualTo(2 * 537.0);
  }

  // ------------------------------------------------------------------ systems

  @Test
  void test_cloudMatrix384() {
    SystemSpec s = CATALOG.system("cloudmatrix-384");
    assertThat(s.kind()).isEqualTo(SystemKind.POD);
    assertThat(s.accelerator().id()).isEqualTo("ascend-910c");
    // SemiAnalysis: "384 Ascend 910C chips"; Capacity Media: "16 racks, 12 compute, four
    // networking"
    golden(
        "cm384 accelerators",
        s.acceleratorCount(),
        s.acceleratorCount().value(),
        384,
        "semianalysis-cloudmatrix-384-2025-mirror");
    golden(
        "cm384 racks",
        s.racks().orElseThrow(),
        s.racks().orElseThrow().value(),
        16,
        "capacitymedia-cloudmatrix-384-2025-07");
    // SemiAnalysis via WinBuzzer: "estimated at 559 kW"
    golden(
        "cm384 power",
        s.maxPower().orElseThrow(),
        s.maxPower().orElseThrow().value().in(PowerUnit.KILOWATTS),
        559,
        "winbuzzer-cloudmatrix-384-2025");
    // Capacity Media: "6,912 x 800Gbps transceivers", inside the delivered system
    SystemComponent optics = s.components().get(0);
    golden(
        "cm384 optics",
        optics.count(),
        optics.count().value(),
        6912,
        "capacitymedia-cloudmatrix-384-2025-07");
    assertThat(optics.includedInSystemPrice()).isTrue();
    // Capacity Media: "a unit cost of up to $8.2 million"
    PricePoint p = s.latestPrice().orElseThrow();
    assertThat(p.price().amount()).isEqualTo(8_200_000.0);
    assertThat(p.unit()).isEqualTo(PriceUnit.PER_SYSTEM);
    assertThat(p.basis()).isEqualTo(PriceBasis.ESTIMATE);
    assertThat(p.provenance().source().id()).isEqualTo("capacitymedia-cloudmatrix-384-2025-07");
    latestStatus(s, LifecycleStatus.SHIPPING, "2025-06", "tweaktown-cloudmatrix-deliveries-2025");
    // SemiAnalysis's "~300 PFLOPs of dense BF16" / 384 = 781 per 910C: its 780 alternative, not the
    // catalog's 752
    var bf16 = s.accelerator().compute().get(Precision.BF16);
    assertThat(bf16.alternatives())
        .anySatisfy(
            alt ->
                assertThat(300_000.0 / 384)
                    .isCloseTo(
                        alt.value().dense().in(ComputeRateUnit.TERAFLOP_PER_SECOND), within(2.0)));
    // "1229 TB/s of total HBM bandwidth" = 384 x the catalog's 3.2 TB/s
    assertThat(
            384
                * s.accelerator()
                    .memory()
                    .bandwidth()
                    .orElseThrow()
                    .value()
                    .in(DataRateUnit.TERABYTES_PER_SECOND))
        .isCloseTo(1229, within(0.5));
  }

  @Test
  void test_atlas950SuperPod() {
    SystemSpec s = CATALOG.system("atlas-950-superpod");
    assertThat(s.kind()).isEqualTo(SystemKind.POD);
    assertThat(s.accelerator().id()).isEqualTo("ascend-950dt");
    // Reportify (Chinese press on Huawei Connect 2025): "will support 8192 Ascend 950DT chips"
    golden(
        "atlas 950 accelerators",
        s.acceleratorCount(),
        s.acceleratorCount().value(),
        8192,
        "reportify-huawei-supernode-2025-09");
    // "160 cabinets (128 compute, 32 communications)"
    golden(
        "atlas 950 racks",
        s.racks().orElseThrow(),
        s.racks().orElseThrow().value(),
        160,
        "lucaberton-atlas-950-superpod-2026");
    latestStatus(s, LifecycleStatus.ANNOUNCED, "2025-09-18", "reportify-huawei-supernode-2025-09");
    assertThat(s.status().orElseThrow().provenance().note().orElseThrow()).contains("Q4 2026");
    assertThat(s.maxPower()).as("no sourced power").isEmpty();
    assertThat(s.cooling()).as("no sourced cooling").isEmpty();
  }

  /**
   * Huawei (QbitAI via Reportify): the Atlas 950 SuperPoD has "1152 TB" of memory. 8,192 x 144 GiB
   * = 1,179,648 GiB = 1,152 TiB exactly (8,192 x 144 GB decimal would be 1,179.6 TB), so Huawei's
   * HBM "GB" is binary - the reading the catalog uses for every HBM capacity.
   */
  @Test
  void test_atlas950_1152TB_isCountTimes144GiB() {
    SystemSpec s = CATALOG.system("atlas-950-superpod");
    double totalTib =
        s.acceleratorCount().value()
            * s.accelerator().memory().capacity().value().in(DataSizeUnit.TEBIBYTES);
    assertThat(totalTib).isEqualTo(1152.0);
    double decimalTb = s.acceleratorCount().value() * 144e9 / 1e12;
    assertThat(decimalTb)
        .as("the decimal reading would not give Huawei's number")
        .isNotCloseTo(1152, within(1.0));
    assertThat(s.acceleratorCount().provenance().note().orElseThrow())
        .contains("'1152 TB'")
        .contains("reportify-qbitai-huawei-2025-09-18");
    // "16.3 PB/s" of interconnect / 8,192 = 1.99 TB/s: the per-chip 2 TB/s (as stated, direction
    // unstated in both), summed
    double perChipTbS =
        s.accelerator()
            .scaleUp()
            .orElseThrow()
            .bandwidth()
            .orElseThrow()
            .value()
            .stated()
            .in(DataRateUnit.TERABYTES_PER_SECOND);
    assertThat(16_300.0 / s.acceleratorCount().value()).isCloseTo(perChipTbS, within(0.02));
    // "8 EFlops in FP8" / 8,192 = 0.98 PFLOPS: the per-chip 1 PFLOPS
    double fp8 =
        s.accelerator()
            .unstatedCompute()
            .get(Precision.FP8)
            .value()
            .in(ComputeRateUnit.TERAFLOP_PER_SECOND);
    assertThat(8_000_000.0 / s.acceleratorCount().value()).isCloseTo(fp8, within(0.03 * fp8));
  }

  // ------------------------------------------------------------------ dense or not

  /**
   * Chinese vendors do not say whether a figure is dense or sparse, so no entry of the 2026 file
   * may hold a dense (or sparse) figure unless its note quotes the source saying "dense" - as The
   * Register and SemiAnalysis do for the 910C and CloudMatrix ("dense FP16/BF16", "dense BF16").
   */
  @Test
  void test_noDenseFigureUnlessTheSourceSaysDense() {
    List<String> ids = fileAcceleratorIds();
    assertThat(ids)
        .contains(
            "ascend-950pr",
            "atlas-350",
            "ascend-950dt",
            "t-head-zhenwu-810e",
            "mtt-s5000",
            "metax-c600",
            "biren-br100");
    Pattern quotedDense = Pattern.compile("'[^']*\\bdense\\b[^']*'");
    List<String> offenders = new ArrayList<>();
    for (String id : ids) {
      Accelerator a = CATALOG.accelerator(id);
      a.compute()
          .forEach(
              (p, t) -> {
                List<Provenance> ps = new ArrayList<>();
                ps.add(t.provenance());
                t.alternatives().forEach(alt -> ps.add(alt.provenance()));
                for (Provenance pr : ps) {
                  if (!quotedDense.matcher(pr.note().orElse("")).find()) {
                    offenders.add(id + " " + p.key() + " (" + pr.source().id() + ")");
                  }
                }
              });
    }
    assertThat(offenders)
        .as("dense/sparse figures whose note does not quote the source saying dense")
        .isEmpty();
    // the rule the check relies on: the 910C's dense figure quotes its source saying "dense"
    assertThat(
            quotedDense
                .matcher(
                    CATALOG
                        .accelerator("ascend-910c")
                        .compute()
                        .get(Precision.BF16)
                        .provenance()
                        .note()
                        .orElseThrow())
                .find())
        .isTrue();
  }

  @Test
  void test_ascend910c_recheck_statusAdded_figuresUnchanged() {
    Accelerator a = CATALOG.accelerator("ascend-910c");
    // BTW Media: "The Ascend 910C chip has already shipped in 2025"
    latestStatus(a, LifecycleStatus.SHIPPING, "2025", "btwmedia-huawei-roadmap-2025");
    // unchanged: The Register "752 teraFLOPS of dense FP16/BF16", "128GB"; TechPowerUp 3,200 GB/s
    golden(
        "910c bf16",
        a.compute().get(Precision.BF16),
        a.dense(Precision.BF16).orElseThrow().in(ComputeRateUnit.TERAFLOP_PER_SECOND),
        752,
        "theregister-huawei-cloudmatrix-2025");
    memory(
        "ascend-910c",
        128,
        "theregister-huawei-cloudmatrix-2025",
        3.2,
        "techpowerup-ascend-920c-2025");
    // Huawei: the 950's 2 TB/s (direction unstated) is "2.5 times" the 910C's: 784 x 2.5 = 1,960
    double ratio =
        CATALOG
                .accelerator("ascend-950dt")
                .scaleUp()
                .orElseThrow()
                .bandwidth()
                .orElseThrow()
                .value()
                .stated()
                .in(DataRateUnit.GIGABYTES_PER_SECOND)
            / a.scaleUp()
                .orElseThrow()
                .bandwidth()
                .orElseThrow()
                .value()
                .bidirectional()
                .in(DataRateUnit.GIGABYTES_PER_SECOND);
    assertThat(ratio).isCloseTo(2.5, within(0.1));
  }
}
