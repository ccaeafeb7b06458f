package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.core.provenance.PartialDate;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.PowerUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Golden figures of the NVIDIA parts and systems added for issue 11 (research of 2026-12-02), each
 * checked against the figure and the source it must come from, and the re-check decisions for B300
 * and GB200. The quotes in the comments are the sources' words.
 */
class Nvidia2026GoldenTest {
  private static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();
  private static final ComputeRateUnit TF = ComputeRateUnit.TERAFLOP_PER_SECOND;

  private static String sourceOf(Sourced<?> s) {
    return s.provenance().source().id();
  }

  private static List<String> alternativeSources(Sourced<?> s) {
    return s.alternatives().stream()
        .map(Nvidia2026GoldenTest::sourceOf)
        .collect(Collectors.toList());
  }

  private static double gib(Accelerator a) {
    return a.memory().capacity().value().in(DataSizeUnit.GIBIBYTES);
  }

  private static double watts(Accelerator a) {
    return a.tdp().orElseThrow().value().in(PowerUnit.WATTS);
  }

  // ------------------------------------------------------------------ Rubin

  /**
   * NVIDIA DGX Vera Rubin NVL72 page (transcribed): "NVFP4 training 2,520 PFLOPS" (footnote "Dense
   * specification") and "NVFP4 inference 3,600 PFLOPS" (footnote "Sparse specification"), per rack
   * of 72: 35 dense and 50 sparse per GPU. Sparse is not twice dense, and 50 is never halved.
   */
  @Test
  void rubin_nvfp4_isNvidiasDenseAndSparse_notAHalving() {
    Accelerator r = CATALOG.accelerator("rubin");
    Sourced<Throughput> nvfp4 = r.compute().get(Precision.NVFP4);
    assertThat(nvfp4.value().dense().in(TF)).isEqualTo(35_000.0);
    assertThat(nvfp4.value().sparse().orElseThrow().in(TF)).isEqualTo(50_000.0);
    assertThat(sourceOf(nvfp4)).isEqualTo("nvidia-dgx-vera-rubin-nvl72-page-transcribed");
    assertThat(nvfp4.value().sparsityDoubles()).isFalse();
    assertThat(r.compute()).doesNotContainKey(Precision.FP4);
    // the rejected halving (25 PF dense) stays visible as a low-confidence alternative with its
    // source
    assertThat(nvfp4.alternatives())
        .anySatisfy(
            alt -> {
              assertThat(sourceOf(alt)).isEqualTo("mirrorfrog-vera-rubin-deep-dive");
              assertThat(alt.value().dense().in(TF)).isEqualTo(25_000.0);
            });
  }

  /**
   * NVIDIA Vera Rubin NVL72 page: "FP8/FP6 Training (dense) | 17.5 PFLOPS"; no sparse FP8 is
   * printed.
   */
  @Test
  void rubin_fp8_isDense17_5_withNoSparseFigure() {
    Accelerator r = CATALOG.accelerator("rubin");
    assertThat(r.dense(Precision.FP8).orElseThrow().in(TF)).isEqualTo(17_500.0);
    assertThat(r.sparse(Precision.FP8)).isEmpty();
    assertThat(r.compute()).doesNotContainKey(Precision.MXFP8);
    assertThat(sourceOf(r.compute().get(Precision.FP8)))
        .isEqualTo("nvidia-vera-rubin-nvl72-page-transcribed");
  }

  /**
   * NVIDIA's MLPerf Inference v6.1 system "VR-NVL72_VR-288GB": "accelerator_memory_capacity": "288
   * GB", HBM4, and "NVIDIA Vera Rubin NVL72, 2300W TGP Per GPU" (the pre-launch ~1,800 W is kept as
   * an alternative).
   */
  @Test
  void rubin_memoryTdpDiesAndStatus() {
    Accelerator r = CATALOG.accelerator("rubin");
    assertThat(gib(r)).isEqualTo(288.0);
    assertThat(r.memory().type()).contains(MemoryType.HBM4);
    assertThat(sourceOf(r.memory().capacity())).isEqualTo("mlperf-inf-v6-1-nvidia-vr-nvl72-system");
    assertThat(watts(r)).isEqualTo(2300.0);
    assertThat(sourceOf(r.tdp().orElseThrow())).isEqualTo("mlperf-inf-v6-1-nvidia-vr-nvl72-system");
    assertThat(r.tdp().orElseThrow().alternatives())
        .extracting(a -> a.value().in(PowerUnit.WATTS))
        .containsExactly(1800.0);
    assertThat(r.figuresPer()).isEqualTo(FiguresPer.PACKAGE);
    assertThat(r.diesPerPackage().orElseThrow().value()).isEqualTo(2);
    assertThat(r.cooling().orElseThrow().value()).isEqualTo(Cooling.LIQUID);
    // "ramping into full production", shipments "this fall": sampling, not shipping, on 2026-12-02
    StatusChange now = r.statusOn(LocalDate.parse("2026-12-02")).orElseThrow();
    assertThat(now.status()).isEqualTo(LifecycleStatus.SAMPLING);
    assertThat(now.date()).isEqualTo(PartialDate.parse("2026-05-31"));
    assertThat(r.statusOn(LocalDate.parse("2026-02-01")).orElseThrow().status())
        .isEqualTo(LifecycleStatus.ANNOUNCED);
  }

  // ------------------------------------------------------------------ Rubin CPX

  /**
   * Hackster (NVIDIA announcement): "the 30-PetaFLOP Rubin CPX", NVFP4, not said dense or sparse,
   * so unstated and never dense; "up to 128 GB of GDDR7"; cancelled at GTC 2026 (2026-03-16).
   */
  @Test
  void rubinCpx_unstatedNvfp4_gddr7_cancelled() {
    Accelerator c = CATALOG.accelerator("rubin-cpx");
    assertThat(c.compute()).isEmpty();
    assertThat(c.dense(Precision.NVFP4)).isEmpty();
    Sourced<dev.flopex.core.units.Quantity<ComputeRateUnit>> u =
        c.unstatedCompute().get(Precision.NVFP4);
    assertThat(u.value().in(TF)).isEqualTo(30_000.0);
    assertThat(sourceOf(u)).isEqualTo("hackster-rubin-cpx-2025");
    assertThat(gib(c)).isEqualTo(128.0);
    assertThat(c.memory().type()).contains(MemoryType.GDDR7);
    assertThat(c.status().orElseThrow().status()).isEqualTo(LifecycleStatus.CANCELLED);
    assertThat(c.status().orElseThrow().date()).isEqualTo(PartialDate.parse("2026-03-16"));
    assertThat(c.status().orElseThrow().provenance().source().id())
        .isEqualTo("duckittech-computerbase-rubin-cpx-buck");
    assertThat(c.statusOn(LocalDate.parse("2025-12-31")).orElseThrow().status())
        .isEqualTo(LifecycleStatus.ANNOUNCED);
  }

  // ------------------------------------------------------------------ RTX PRO 6000 Server Edition

  /**
   * NVIDIA MIG User Guide: "RTX PRO 6000 Blackwell Server Edition | Blackwell | GB202 | 12.0 |
   * 96GB"; "4.000 TOPS (basado en precision de FP4)" is NVIDIA's AI TOPS, sparsity unstated; FP32
   * 125 TFLOPS; 600 W; shipping since May 2025.
   */
  @Test
  void rtxPro6000Server_headlineFigures() {
    Accelerator a = CATALOG.accelerator("rtx-pro-6000-server");
    assertThat(gib(a)).isEqualTo(96.0);
    assertThat(a.memory().type()).contains(MemoryType.GDDR7);
    assertThat(sourceOf(a.memory().capacity())).isEqualTo("nvidia-mig-user-guide-supported-gpus");
    assertThat(a.unstatedCompute().get(Precision.FP4).value().in(TF)).isEqualTo(4000.0);
    assertThat(a.dense(Precision.FP4)).isEmpty();
    assertThat(a.dense(Precision.FP32).orElseThrow().in(TF)).isEqualTo(125.0);
    assertThat(watts(a)).isEqualTo(600.0);
    assertThat(a.diesPerPackage().orElseThrow().value()).isEqualTo(1);
    assertThat(a.cooling().orElseThrow().value()).isEqualTo(Cooling.AIR);
    assertThat(a.status().orElseThrow().status()).isEqualTo(LifecycleStatus.SHIPPING);
    assertThat(a.status().orElseThrow().date()).isEqualTo(PartialDate.parse("2025-05"));
  }

  /**
   * RTX PRO 6000D (B40), reporting only and low: "28 chips de memoria GDDR7, cada um com 3 GB ...
   * 84 GB"; Reuters: bandwidth at most ~1.4 TB/s, "50 tys. juanow (ok. 7 tys. USD)"; no compute
   * figure.
   */
  @Test
  void rtxPro6000d_isLowConfidenceReporting() {
    Accelerator a = CATALOG.accelerator("rtx-pro-6000d");
    assertThat(gib(a)).isEqualTo(84.0);
    assertThat(a.memory().capacity().confidence())
        .isEqualTo(dev.flopex.core.provenance.Confidence.LOW);
    assertThat(sourceOf(a.memory().capacity())).isEqualTo("portal57-rtx6000d-teardown");
    assertThat(a.compute()).isEmpty();
    assertThat(a.unstatedCompute()).isEmpty();
    assertThat(a.prices()).extracting(p -> p.price().amount()).containsExactly(6500.0, 7000.0);
    assertThat(a.statusHistory())
        .extracting(StatusChange::status)
        .first()
        .isEqualTo(LifecycleStatus.REPORTED);
    assertThat(a.status().orElseThrow().status()).isEqualTo(LifecycleStatus.SHIPPING);
  }

  /**
   * B30A (reported only): 96 GiB, derived from SemiAnalysis "just as much memory as the H20" (low);
   * the leak-based 144 GiB HBM3e estimate stays as an alternative. No compute figure, so no TPP.
   */
  @Test
  void b30a_reportedOnly_96GiB_fromSemiAnalysis_with144Alternative() {
    Accelerator b = CATALOG.accelerator("b30a");
    assertThat(b.memory().type()).contains(MemoryType.HBM3E);
    assertThat(b.memory().capacity().value().in(DataSizeUnit.GIBIBYTES)).isEqualTo(96.0);
    assertThat(b.memory().capacity().value().in(DataSizeUnit.GIBIBYTES))
        .isEqualTo(
            CATALOG.accelerator("h20").memory().capacity().value().in(DataSizeUnit.GIBIBYTES));
    assertThat(b.memory().capacity().confidence())
        .isEqualTo(dev.flopex.core.provenance.Confidence.LOW);
    assertThat(b.memory().capacity().provenance().source().url().orElseThrow())
        .isEqualTo("https://newsletter.semianalysis.com/p/huawei-ascend-production-ramp");
    assertThat(b.memory().capacity().alternatives())
        .extracting(a -> a.value().in(DataSizeUnit.GIBIBYTES))
        .containsExactly(144.0);
    assertThat(b.compute()).isEmpty();
    assertThat(b.status().orElseThrow().status()).isEqualTo(LifecycleStatus.REPORTED);
    assertThat(CATALOG.findAccelerator("B30A")).map(Accelerator::id).contains("b30a");
  }

  // ------------------------------------------------------------------ B300 and GB200 re-checks

  /**
   * B300 re-check: 270 GiB (NVIDIA MLPerf "B300-SXM-270GB", datasheet HGX column) and 1,100 W
   * ("B300 TGP 1100W") are used; 288 GiB (nominal) and 1,400 W (GB300 NVL72 "1400W TGP Per GPU")
   * stay as sourced alternatives. The Hugging Face "MSRP $45k" price (a GB300-like page) is gone.
   */
  @Test
  void b300_recheck_270GiB_1100W_withTheAlternativesPresent() {
    Accelerator b = CATALOG.accelerator("b300");
    assertThat(gib(b)).isEqualTo(270.0);
    assertThat(b.memory().capacity().alternatives())
        .extracting(x -> x.value().in(DataSizeUnit.GIBIBYTES))
        .contains(288.0, 262.5);
    assertThat(alternativeSources(b.memory().capacity()))
        .contains(
            "mlperf-inf-v6-1-nvidia-dgx-b300-system",
            "acecloud-hgx-b300-2026",
            "skypilot-catalog-oci-vms-v8");
    assertThat(watts(b)).isEqualTo(1100.0);
    assertThat(sourceOf(b.tdp().orElseThrow())).isEqualTo("mlperf-inf-v6-1-nvidia-dgx-b300-system");
    assertThat(b.tdp().orElseThrow().alternatives())
        .anySatisfy(
            alt -> {
              assertThat(alt.value().in(PowerUnit.WATTS)).isEqualTo(1400.0);
              assertThat(sourceOf(alt)).isEqualTo("mlperf-inf-v6-1-nvidia-gb300-nvl72-system");
            });
    assertThat(b.prices())
        .extracting(p -> p.provenance().source().id())
        .doesNotContain("huggingface-hardware-b300");
    assertThat(b.prices())
        .anySatisfy(
            p -> {
              assertThat(p.price().amount()).isEqualTo(53_000.0);
              assertThat(p.basis()).isEqualTo(PriceBasis.ESTIMATE);
              assertThat(p.unit()).isEqualTo(PriceUnit.PER_GPU);
              assertThat(p.provenance().source().id()).isEqualTo("ornn-b200-vs-b300-2026");
            });
    assertThat(b.cooling().orElseThrow().value()).isEqualTo(Cooling.AIR);
    assertThat(b.status().orElseThrow().status()).isEqualTo(LifecycleStatus.SHIPPING);
  }

  /** GB200: 186 GiB (MLPerf "GB200-186GB", MIG guide "186GB") used; 192 and 185 kept beside it. */
  @Test
  void gb200_recheck_186GiB_with192And185Kept() {
    Accelerator g = CATALOG.accelerator("gb200");
    assertThat(gib(g)).isEqualTo(186.0);
    assertThat(sourceOf(g.memory().capacity()))
        .isEqualTo("mlperf-inf-v6-1-nvidia-gb200-nvl72-system");
    assertThat(g.memory().capacity().alternatives())
        .extracting(x -> x.value().in(DataSizeUnit.GIBIBYTES))
        .contains(192.0, 186.0, 185.0);
    assertThat(alternativeSources(g.memory().capacity()))
        .contains(
            "nvidia-gb200-nvl72-page-2024-preliminary-transcribed",
            "nvidia-mig-user-guide-supported-gpus",
            "tsaol-aws-gpu-p6-family-2026-08",
            "skypilot-catalog-oci-vms-v8");
  }

  // ------------------------------------------------------------------ systems

  /**
   * NVIDIA Enterprise RA: GB300 NVL72 "Full rack requiring up to 142 kW", 9 NVSwitch trays, 4
   * ConnectX-8 per tray.
   */
  @Test
  void gb300Nvl72_powerSwitchTraysNicsAndCooling() {
    SystemSpec s = CATALOG.system("gb300-nvl72");
    assertThat(s.kind()).isEqualTo(SystemKind.RACK);
    assertThat(s.acceleratorCount().value()).isEqualTo(72);
    assertThat(s.maxPower().orElseThrow().value().in(PowerUnit.KILOWATTS)).isEqualTo(142.0);
    assertThat(sourceOf(s.maxPower().orElseThrow()))
        .isEqualTo("nvidia-enterprise-ra-gb300-nvl72-components");
    assertThat(s.cooling().orElseThrow().value()).isEqualTo(Cooling.LIQUID);
    assertThat(s.nics())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.nic().id()).isEqualTo("connectx-8-800g");
              assertThat(n.count()).isEqualTo(72);
            });
    SystemComponent trays = component(s, SystemComponent.Kind.SCALE_UP_SWITCH);
    assertThat(trays.count().value()).isEqualTo(9.0);
    assertThat(trays.includedInSystemPrice()).isTrue();
    // Morgan Stanley: in-rack liquid cooling "approximately $49,860" per rack, part of the rack's
    // BOM
    SystemComponent inRack = component(s, SystemComponent.Kind.COOLING_IN_RACK);
    assertThat(inRack.includedInSystemPrice()).isTrue();
    assertThat(inRack.prices()).extracting(p -> p.price().amount()).containsExactly(49_860.0);
    // facility CDU: 142 kW / 1,350 kW (LiquidStack CDU-1MW at N+1), outside the rack price, priced
    // per
    // CDU-sized block from STL Partners' "around USD2 million per MW" (2026-05-28): 1,350 kW x USD
    // 2,000/kW
    SystemComponent cdu = component(s, SystemComponent.Kind.COOLING_PLANT);
    assertThat(cdu.includedInSystemPrice()).isFalse();
    assertThat(cdu.count().value()).isCloseTo(142.0 / 1350.0, within(0.001));
    assertStlCoolingPlantPrice(cdu);
    // per rack: about 142 kW x USD 2,000 per kW (the stored count is rounded to 0.105)
    assertThat(
            cdu.count().value()
                * cdu.newPrice(LocalDate.parse("2026-12-02")).orElseThrow().price().amount())
        .isCloseTo(142 * 2_000.0, within(1_000.0));
  }

  /**
   * The cooling plant's price: STL Partners' retrofit figure converted to one 1,350 kW block,
   * estimate, low.
   */
  private static void assertStlCoolingPlantPrice(SystemComponent cdu) {
    assertThat(cdu.prices())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.price().amount()).isEqualTo(2_000_000.0 / 1_000 * 1_350);
              assertThat(p.unit()).isEqualTo(PriceUnit.PER_PART);
              assertThat(p.basis()).isEqualTo(PriceBasis.ESTIMATE);
              assertThat(p.asOf().toString()).isEqualTo("2026-05-28");
              assertThat(p.provenance().confidence())
                  .isEqualTo(dev.flopex.core.provenance.Confidence.LOW);
              assertThat(p.provenance().source().url().orElseThrow())
                  .isEqualTo(
                      "https://stlpartners.com/press/liquid-cooling-retrofits-can-cost-roughly-80-less/");
              assertThat(p.provenance().source().read()).isEqualTo(LocalDate.parse("2026-12-02"));
            });
    // building plant takes its own trend (no decline, Turner & Townsend), not the GPU fallback of
    // 27.6 %/year
    assertThat(cdu.priceTrend().id()).isEqualTo("facility-cooling-plant");
    assertThat(cdu.newPrice(LocalDate.parse("2028-06-30")).orElseThrow().price().amount())
        .isEqualTo(2_700_000.0);
  }

  /**
   * Vera Rubin NVL72: 72 Rubin, 144 ConnectX-9, liquid (45 C water), 230 kW (secondary, low),
   * $7.80M (Morgan Stanley).
   */
  @Test
  void veraRubinNvl72_headlineFigures() {
    SystemSpec s = CATALOG.system("vera-rubin-nvl72");
    assertThat(s.accelerator().id()).isEqualTo("rubin");
    assertThat(s.acceleratorCount().value()).isEqualTo(72);
    assertThat(s.maxPower().orElseThrow().value().in(PowerUnit.KILOWATTS)).isEqualTo(230.0);
    assertThat(s.maxPower().orElseThrow().confidence())
        .isEqualTo(dev.flopex.core.provenance.Confidence.LOW);
    assertThat(s.maxPower().orElseThrow().alternatives())
        .extracting(a -> a.value().in(PowerUnit.KILOWATTS))
        .containsExactly(220.0, 190.0);
    assertThat(s.cooling().orElseThrow().value()).isEqualTo(Cooling.LIQUID);
    assertThat(s.nics())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.nic().id()).isEqualTo("connectx-9");
              assertThat(n.count()).isEqualTo(144);
            });
    assertThat(component(s, SystemComponent.Kind.SCALE_UP_SWITCH).count().value()).isEqualTo(9.0);
    assertThat(component(s, SystemComponent.Kind.COOLING_IN_RACK).prices())
        .extracting(p -> p.price().amount())
        .containsExactly(55_710.0);
    SystemComponent cdu = component(s, SystemComponent.Kind.COOLING_PLANT);
    assertThat(cdu.count().value()).isCloseTo(230.0 / 1350.0, within(0.001));
    assertStlCoolingPlantPrice(cdu);
    assertThat(
            cdu.count().value()
                * cdu.newPrice(LocalDate.parse("2026-12-02")).orElseThrow().price().amount())
        .isCloseTo(230 * 2_000.0, within(1_000.0));
    assertThat(s.prices()).extracting(p -> p.price().amount()).contains(7_803_148.0);
    assertThat(s.status().orElseThrow().status()).isEqualTo(LifecycleStatus.SAMPLING);
  }

  /**
   * HGX B300: 8 x B300, air-cooled (NVIDIA HGX AI Factory RA), 8 ConnectX-8, DGX B300 $300K-$350K
   * (midpoint).
   */
  @Test
  void hgxB300_airCooledServer() {
    SystemSpec s = CATALOG.system("hgx-b300");
    assertThat(s.kind()).isEqualTo(SystemKind.SERVER);
    assertThat(s.accelerator().id()).isEqualTo("b300");
    assertThat(s.acceleratorCount().value()).isEqualTo(8);
    assertThat(s.cooling().orElseThrow().value()).isEqualTo(Cooling.AIR);
    assertThat(s.components()).isEmpty();
    assertThat(s.maxPower().orElseThrow().value().in(PowerUnit.KILOWATTS)).isEqualTo(14.5);
    assertThat(s.nics()).singleElement().satisfies(n -> assertThat(n.count()).isEqualTo(8));
    assertThat(s.prices()).extracting(p -> p.price().amount()).containsExactly(325_000.0);
  }

  /**
   * The cancelled Vera Rubin NVL144 CPX loads, with its 144 Rubin CPX as a component and no price.
   */
  @Test
  void veraRubinNvl144Cpx_isCancelled_andUnpriced() {
    SystemSpec s = CATALOG.system("vera-rubin-nvl144-cpx");
    assertThat(s.status().orElseThrow().status()).isEqualTo(LifecycleStatus.CANCELLED);
    assertThat(s.prices()).isEmpty();
    assertThat(component(s, SystemComponent.Kind.OTHER).count().value()).isEqualTo(144.0);
  }

  private static SystemComponent component(SystemSpec s, SystemComponent.Kind kind) {
    List<SystemComponent> cs =
        s.components().stream().filter(c -> c.kind() == kind).collect(Collectors.toList());
    assertThat(cs).as("%s components of kind %s", s.id(), kind).hasSize(1);
    return cs.get(0);
  }
}
