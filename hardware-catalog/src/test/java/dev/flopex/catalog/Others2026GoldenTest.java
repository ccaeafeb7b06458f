package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.flopex.core.provenance.PartialDate;
import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.PowerUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden headline figures of the 2026 non-NVIDIA, non-Chinese parts (accelerators-others-2026.yaml)
 * and the re-checked older ones, each against the source id it must cite. Every row carries the
 * words of its source as read on 2026-12-02 (research/catalog-others), so a changed figure or a
 * changed source fails here.
 */
class Others2026GoldenTest {
  private static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();

  /**
   * One golden figure: part id, field, expected value (in the field's unit), the source id the
   * figure (or one of its alternatives) must cite, and the source's words.
   */
  record Row(String sku, String field, double value, String source, String quote) {
    @Override
    public String toString() {
      return sku + " " + field + " = " + value;
    }
  }

  static Stream<Arguments> rows() {
    return Stream.of(
            // AMD Instinct MI350X
            new Row(
                "mi350x",
                "memory_gib",
                288,
                "amd-rocm-gpu-specs-7-13-preview",
                "MI350X | CDNA4 | gfx950 | 288 (VRAM (GiB))"),
            new Row(
                "mi350x",
                "memory_bandwidth_tb_s",
                8,
                "sth-amd-mi350p-launch-2026",
                "8TB/sec (8Gbps x 8192-bits)"),
            new Row(
                "mi350x",
                "tdp_w",
                1000,
                "wccftech-amd-mi350-hotchips-2025",
                "the air-cooled variant with a 1000W TBP"),
            new Row(
                "mi350x",
                "mxfp8_unstated_tflops",
                4600,
                "sth-amd-mi350p-launch-2026",
                "Matrix Perf (MXFP8) 4.6 PFLOPS"),
            new Row(
                "mi350x",
                "mxfp4_sparse_tflops",
                18450,
                "tomshardware-amd-mi355x-1400w-2025",
                "maximum FP4/FP6 performance of 18.45 PFLOPS"),
            new Row(
                "mi350x",
                "mxfp4_dense_tflops",
                9225,
                "tomshardware-amd-mi355x-1400w-2025",
                "dense = 18.45 / 2 (platform 74 PF / 8 = 9.25 agrees)"),
            new Row(
                "mi350x",
                "dies_per_package",
                10,
                "storagereview-amd-mi350-roadmap-2025",
                "eight ... XCDs ... two IO Dies (IODs)"),
            // scale-up figures whose vendors do not state the direction (stored as unstated)
            new Row(
                "mi455x",
                "scale_up_unstated_gb_s",
                3600,
                "pcmasters-amd-mi455x-mi430x-2026",
                "Scale-up-Bandbreite 3,6 TB/s"),
            new Row(
                "trainium3",
                "scale_up_unstated_gb_s",
                2560,
                "aws-neuron-trainium3-arch-2025",
                "Inter-chip Interconnect (GB/sec/chip) 1280 | 2560"),
            new Row(
                "trainium2",
                "scale_up_unstated_gb_s",
                1280,
                "aws-neuron-trainium2-arch-2025",
                "Inter-chip Interconnect (GB/sec/chip) 1280"),
            // AMD Instinct MI350P
            new Row("mi350p", "memory_gib", 144, "sth-amd-mi350p-launch-2026", "144GB HBM3E"),
            new Row(
                "mi350p",
                "memory_bandwidth_tb_s",
                4,
                "sth-amd-mi350p-launch-2026",
                "4TB/sec (8Gbps x 4096-bits)"),
            new Row(
                "mi350p",
                "mxfp8_unstated_tflops",
                2300,
                "sth-amd-mi350p-launch-2026",
                "Matrix Perf (MXFP8) 2.3 PFLOPS"),
            new Row(
                "mi350p", "tdp_w", 600, "sth-amd-mi350p-launch-2026", "TBP 600W (Optional: 450W)"),
            // AMD Instinct MI455X
            new Row(
                "mi455x",
                "fp4_unstated_tflops",
                40000,
                "pcmasters-amd-mi455x-mi430x-2026",
                "bis zu 40 PFLOPS (FP4)"),
            new Row(
                "mi455x",
                "fp8_unstated_tflops",
                20000,
                "pcmasters-amd-mi455x-mi430x-2026",
                "20 PFLOPS (FP8) pro GPU"),
            new Row(
                "mi455x",
                "memory_gib",
                432,
                "pcmasters-amd-mi455x-mi430x-2026",
                "432 GB (HBM4) pro Geraet"),
            new Row(
                "mi455x",
                "memory_bandwidth_tb_s",
                19.6,
                "pcmasters-amd-mi455x-mi430x-2026",
                "etwa 19,6 TB/s (alternative since 2026-12-04, superseded)"),
            // read 2026-12-04 (eighth pass): the launch figure, used since then
            new Row(
                "mi455x",
                "memory_bandwidth_tb_s",
                23.3,
                "sth-amd-mi455x-deep-dive-2026",
                "gives the chip some 23.3 TB/second of memory bandwidth"),
            new Row(
                "mi455x",
                "memory_bandwidth_tb_s",
                23.3,
                "semianalysis-amd-advancing-ai-2026",
                "the winner on memory bandwidth at 23.3 TB/s per chip (alternative, agrees)"),
            // AMD Instinct MI430X
            new Row(
                "mi430x",
                "memory_gib",
                432,
                "windowsatsit-amd-mi430x-2025",
                "432 GB por acelerador"),
            new Row(
                "mi430x",
                "memory_bandwidth_tb_s",
                19.6,
                "windowsatsit-amd-mi430x-2025",
                "atingindo 19,6 TB/s"),
            // AMD Instinct MI355X (re-checked)
            new Row(
                "mi355x", "tdp_w", 1400, "wccftech-amd-mi350-hotchips-2025", "max TBP of 1400W"),
            new Row(
                "mi355x",
                "mxfp4_sparse_tflops",
                20100,
                "tomshardware-amd-mi355x-1400w-2025",
                "maximum FP4/FP6 performance to 20.1 PFLOPS"),
            new Row(
                "mi355x",
                "mxfp6_dense_tflops",
                10050,
                "tomshardware-amd-mi355x-1400w-2025",
                "dense = 20.1 / 2"),
            new Row(
                "mi355x",
                "price_usd_2025-09",
                23000,
                "hsbc-amd-mi355-asp-cut-2025",
                "lowered to $23,000 from $25,000 per unit"),
            // Google TPU7x (Ironwood)
            new Row(
                "tpu7x",
                "bf16_dense_tflops",
                2307,
                "google-cloud-tpu7x-doc-table",
                "Peak compute per chip (BF16) (TFLOPs) ... 2307"),
            new Row(
                "tpu7x",
                "fp8_dense_tflops",
                4614,
                "google-cloud-tpu7x-doc-table",
                "Peak compute per chip (FP8) (TFLOPs) ... 4614"),
            new Row(
                "tpu7x",
                "memory_gib",
                192,
                "google-cloud-tpu7x-doc-table",
                "HBM capacity per chip (GiB) ... 192"),
            new Row(
                "tpu7x",
                "memory_bandwidth_tb_s",
                7.37,
                "google-cloud-tpu7x-doc-2026-05",
                "bandwidth of approximately 7.37 TB/s"),
            new Row(
                "tpu7x",
                "dies_per_package",
                2,
                "google-cloud-tpu7x-doc-2026-05",
                "composed of two distinct chiplets"),
            // Google TPU v6e (re-checked)
            new Row(
                "tpu-v6e",
                "fp8_dense_tflops",
                918,
                "google-cloud-tpu7x-doc-table",
                "Peak compute per chip (FP8) (TFLOPs) | 459 | 918 | 4614"),
            // AWS Trainium3
            new Row(
                "trainium3",
                "bf16_dense_tflops",
                671,
                "aws-neuron-trainium3-arch-2025",
                "671 BF16/FP16/TF32 TFLOPS"),
            new Row(
                "trainium3",
                "bf16_sparse_tflops",
                2517,
                "aws-neuron-trainium3-arch-2025",
                "2,517 FP16/BF16/TF32 sparse TFLOPS"),
            new Row(
                "trainium3",
                "mxfp8_dense_tflops",
                2517,
                "aws-neuron-trn3-arch-bak",
                "2,517 MXFP8/MXFP4 TFLOPS; 161 PetaFLOPS of dense MXFP8"),
            new Row(
                "trainium3",
                "mxfp4_dense_tflops",
                2517,
                "aws-neuron-trainium3-arch-2025",
                "2,517 MXFP8/MXFP4 TFLOPS"),
            new Row(
                "trainium3",
                "fp32_dense_tflops",
                183,
                "aws-neuron-trainium3-arch-2025",
                "183 FP32 TFLOPS"),
            new Row(
                "trainium3",
                "memory_gib",
                144,
                "aws-neuron-trainium3-arch-2025",
                "144 GiB of device memory"),
            new Row(
                "trainium3",
                "memory_bandwidth_tb_s",
                4.9,
                "aws-neuron-trainium3-arch-2025",
                "with 4.9 TB/sec of bandwidth"),
            new Row(
                "trainium3",
                "memory_bandwidth_tb_s",
                4.7,
                "aws-neuron-nki-trainium3-arch",
                "bandwidth of 4.7 TB/s (alternative)"),
            // Microsoft Maia 200
            new Row(
                "maia-200",
                "fp4_unstated_tflops",
                10145,
                "nnewstech-maia200-2026",
                "10.145 PFLOPS (FP4)"),
            new Row(
                "maia-200",
                "fp8_unstated_tflops",
                5072,
                "nnewstech-maia200-2026",
                "5.072 PFLOPS (FP8)"),
            new Row(
                "maia-200", "memory_gib", 216, "techbuzz-maia200-2026", "216GB of HBM3e memory"),
            new Row(
                "maia-200",
                "tdp_w",
                750,
                "techbuzz-maia200-2026",
                "within a 750-watt thermal envelope"),
            // Meta MTIA 400
            new Row(
                "mtia-400",
                "mxfp4_unstated_tflops",
                12000,
                "tomshardware-meta-mtia-2026",
                "MX4 Performance ... 12 PFLOPS"),
            new Row(
                "mtia-400",
                "mxfp8_unstated_tflops",
                6000,
                "tomshardware-meta-mtia-2026",
                "FP8/MX8 Performance ... 6 PFLOPS"),
            new Row(
                "mtia-400",
                "bf16_unstated_tflops",
                3000,
                "tomshardware-meta-mtia-2026",
                "BF16 Performance ... 3 PFLOPS"),
            new Row(
                "mtia-400",
                "memory_gib",
                288,
                "tomshardware-meta-mtia-2026",
                "HBM Capacity ... 288 GB"),
            new Row(
                "mtia-400",
                "memory_bandwidth_tb_s",
                9.2,
                "tomshardware-meta-mtia-2026",
                "HBM Bandwidth ... 9.2 TB/s"),
            new Row(
                "mtia-400", "tdp_w", 1200, "tomshardware-meta-mtia-2026", "Module TDP ... 1,200 W"),
            // Intel Gaudi 3 PCIe
            new Row(
                "gaudi3-pcie",
                "tdp_w",
                600,
                "theregister-intel-gaudi3-china-2024",
                "the PCIe HL-338 has a TDP of 600 watts"),
            new Row(
                "gaudi3-pcie",
                "memory_gib",
                128,
                "theregister-intel-gaudi3-china-2024",
                "the same 128GB of HBM2e"),
            // Systems
            new Row(
                "mi350x-platform",
                "accelerator_count",
                8,
                "mlcommons-inference-v6.1-summary",
                "accelerators_per_node 8"),
            new Row(
                "mi355x-platform",
                "accelerator_count",
                8,
                "mlcommons-inference-v6.0-amd-mi355x-system",
                "accelerators_per_node | 8"),
            new Row(
                "amd-helios",
                "accelerator_count",
                72,
                "electronicdesign-meta-orw-helios-2025",
                "a Helios rack with 72 MI450 Series GPUs"),
            new Row(
                "amd-helios",
                "price_usd_2025-10",
                3_000_000,
                "industrialpcworld-helios-ocp-2025",
                "This $3 million reference design"),
            new Row(
                "trn2-ultraserver",
                "accelerator_count",
                64,
                "aws-neuron-trn2-arch-latest",
                "a total of 64 Trainium2 chips"),
            // power figures read 2026-12-04 (eighth pass): analyst and press estimates, low
            new Row(
                "trn2-ultraserver",
                "max_power_kw",
                48,
                "semianalysis-trainium2-arch-networking-2024",
                "24kW of power (48kW per Trn2-Ultra 64-Chip server)"),
            new Row(
                "trainium2",
                "tdp_w",
                500,
                "semianalysis-trainium2-arch-networking-2024",
                "a ~500W chip that has 667 TFLOP/s per chip"),
            new Row(
                "amd-helios",
                "max_power_kw",
                245,
                "sth-amd-mi455x-deep-dive-2026",
                "a Helios rack consuming upwards of 245 kW of power"),
            new Row(
                "amd-helios",
                "max_power_kw",
                225,
                "github-file-57968060165",
                "Helios draws 225 to 245 kW under load (alternative)"),
            new Row(
                "trn3-ultraserver-gen1",
                "accelerator_count",
                64,
                "aws-neuron-trn3-arch-bak",
                "a total of 64 Trainium3 devices"),
            new Row(
                "trn3-ultraserver-gen2",
                "accelerator_count",
                144,
                "aws-neuron-trn3-arch",
                "integrates 144 Trainium3 devices"),
            new Row(
                "tpu7x-pod",
                "accelerator_count",
                9216,
                "google-cloud-tpu7x-doc-table",
                "Number of chips per pod ... 9216"),
            new Row(
                "tpu7x-pod",
                "racks",
                144,
                "donanimhaber-ironwood-hotchips-2025",
                "16 boards of 4 chips per rack: 9216 / 64"),
            new Row(
                "tpu7x-pod",
                "max_power_kw",
                10_000,
                "aicoin-cnbc-ironwood-2025",
                "full-pod power draw around 10 MW"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void test_headlineFigure_matchesItsSource(Row row) {
    List<Sourced<Double>> figures = figures(row);
    assertThat(figures)
        .as("%s: the catalog has no such figure (quote: %s)", row, row.quote())
        .isNotEmpty();
    boolean found = false;
    List<String> seen = new ArrayList<>();
    for (Sourced<Double> f : figures) {
      seen.add(f.value() + " from " + f.provenance().source().id());
      if (Math.abs(f.value() - row.value()) <= 1e-9 * Math.max(1, Math.abs(row.value()))
          && f.provenance().source().id().equals(row.source())) {
        found = true;
      }
    }
    assertThat(found)
        .as("%s from %s (\"%s\"); the catalog has %s", row, row.source(), row.quote(), seen)
        .isTrue();
  }

  /** The figure a row names, with its alternatives, each in the row's unit. */
  private static List<Sourced<Double>> figures(Row row) {
    List<Sourced<Double>> out = new ArrayList<>();
    String f = row.field();
    if (CATALOG.systems().stream().anyMatch(s -> s.id().equals(row.sku()))) {
      SystemSpec s = CATALOG.system(row.sku());
      switch (f) {
        case "accelerator_count" -> add(out, s.acceleratorCount().map(Integer::doubleValue));
        case "racks" -> s.racks().ifPresent(r -> add(out, r.map(Integer::doubleValue)));
        case "max_power_kw" ->
            s.maxPower().ifPresent(p -> add(out, p.map(q -> q.in(PowerUnit.KILOWATTS))));
        default -> prices(out, s.prices(), f);
      }
      return out;
    }
    Accelerator a = CATALOG.accelerator(row.sku());
    if (f.equals("memory_gib")) {
      add(out, a.memory().capacity().map(q -> q.in(DataSizeUnit.GIBIBYTES)));
    } else if (f.equals("memory_bandwidth_tb_s")) {
      a.memory()
          .bandwidth()
          .ifPresent(b -> add(out, b.map(q -> q.in(DataRateUnit.TERABYTES_PER_SECOND))));
    } else if (f.equals("tdp_w")) {
      a.tdp().ifPresent(t -> add(out, t.map(q -> q.in(PowerUnit.WATTS))));
    } else if (f.equals("scale_up_unstated_gb_s")) {
      a.scaleUp()
          .flatMap(ScaleUpSpec::bandwidth)
          .ifPresent(
              b -> {
                assertThat(b.value().directionStated())
                    .as("%s scale-up figure: its vendor does not state the direction", a.id())
                    .isFalse();
                add(out, b.map(q -> q.stated().in(DataRateUnit.GIGABYTES_PER_SECOND)));
              });
    } else if (f.equals("dies_per_package")) {
      a.diesPerPackage().ifPresent(d -> add(out, d.map(Integer::doubleValue)));
    } else if (f.startsWith("price_usd_")) {
      prices(out, a.prices(), f);
    } else if (f.endsWith("_tflops")) {
      String[] parts = f.split("_");
      Precision p = Precision.fromKey(parts[0]);
      switch (parts[1]) {
        case "dense" -> {
          Sourced<Throughput> t = a.compute().get(p);
          if (t != null) {
            add(out, t.map(x -> x.dense().in(ComputeRateUnit.TERAFLOP_PER_SECOND)));
          }
        }
        case "sparse" -> {
          Sourced<Throughput> t = a.compute().get(p);
          if (t != null) {
            List<Sourced<Throughput>> all = new ArrayList<>(List.of(t));
            all.addAll(t.alternatives());
            for (Sourced<Throughput> x : all) {
              x.value()
                  .sparse()
                  .ifPresent(
                      s ->
                          out.add(
                              Sourced.of(
                                  s.in(ComputeRateUnit.TERAFLOP_PER_SECOND), x.provenance())));
            }
          }
        }
        case "unstated" -> {
          Sourced<dev.flopex.core.units.Quantity<ComputeRateUnit>> u = a.unstatedCompute().get(p);
          if (u != null) {
            add(out, u.map(q -> q.in(ComputeRateUnit.TERAFLOP_PER_SECOND)));
          }
          assertThat(a.dense(p))
              .as("%s %s has unstated sparsity and must never be used as dense", a.id(), p.key())
              .isEmpty();
        }
        default -> fail("unknown compute field " + f);
      }
    } else {
      fail("unknown field " + f);
    }
    return out;
  }

  private static void prices(List<Sourced<Double>> out, List<PricePoint> prices, String field) {
    PartialDate asOf = PartialDate.parse(field.substring("price_usd_".length()));
    for (PricePoint p : prices) {
      if (p.asOf().equals(asOf)) {
        out.add(Sourced.of(p.price().amount(), p.provenance()));
      }
    }
  }

  private static void add(List<Sourced<Double>> out, Sourced<Double> s) {
    out.add(s);
    out.addAll(s.alternatives());
  }

  @Test
  void test_lifecycleStatus_asOfDecember2026() {
    assertThat(CATALOG.accelerator("mi455x").status().orElseThrow().status())
        .isEqualTo(LifecycleStatus.SAMPLING);
    assertThat(CATALOG.accelerator("mi430x").status().orElseThrow().status())
        .isEqualTo(LifecycleStatus.ANNOUNCED);
    StatusChange trn3 = CATALOG.accelerator("trainium3").status().orElseThrow();
    assertThat(trn3.status()).isEqualTo(LifecycleStatus.SHIPPING);
    assertThat(trn3.date()).isEqualTo(PartialDate.parse("2025-12-02"));
    assertThat(trn3.provenance().source().id()).isEqualTo("thelettertwo-trn3-ga-2025-12-02");
    // Maia 200 was announced and went live the same week: the later list entry (shipping) is
    // current
    assertThat(CATALOG.accelerator("maia-200").status().orElseThrow().status())
        .isEqualTo(LifecycleStatus.SHIPPING);
    assertThat(
            CATALOG
                .accelerator("tpu7x")
                .statusOn(java.time.LocalDate.parse("2025-12-31"))
                .orElseThrow()
                .status())
        .isEqualTo(LifecycleStatus.ANNOUNCED);
    assertThat(CATALOG.accelerator("mi355x").status().orElseThrow().status())
        .isEqualTo(LifecycleStatus.SHIPPING);
  }

  @Test
  void test_aliasesAndNames() {
    assertThat(CATALOG.accelerator("MI450X").id()).isEqualTo("mi455x");
    assertThat(CATALOG.accelerator("Ironwood").id()).isEqualTo("tpu7x");
    assertThat(CATALOG.accelerator("HL-338").id()).isEqualTo("gaudi3-pcie");
    assertThat(CATALOG.system("Helios").id()).isEqualTo("amd-helios");
  }

  @Test
  void test_microscalingFormats_keptApartFromPlainOnes() {
    // AMD names OCP MXFP4/MXFP6 for CDNA 4, so the MI355X's 4- and 6-bit figures are MX, not plain
    // FP4/FP6
    Accelerator mi355x = CATALOG.accelerator("mi355x");
    assertThat(mi355x.dense(Precision.FP4)).isEmpty();
    assertThat(mi355x.dense(Precision.FP6)).isEmpty();
    assertThat(mi355x.dense(Precision.MXFP4).orElseThrow().in(ComputeRateUnit.TERAFLOP_PER_SECOND))
        .isEqualTo(10050.0);
    // MI455X: AMD says 'FP4' without a format or sparsity - unstated, never dense, not MX
    Accelerator mi455x = CATALOG.accelerator("mi455x");
    assertThat(mi455x.compute()).isEmpty();
    assertThat(mi455x.unstatedCompute()).containsOnlyKeys(Precision.FP4, Precision.FP8);
    // Trainium3: sparse BF16 is 3.75x dense, as AWS prints it (never derived as 2x)
    Accelerator trn3 = CATALOG.accelerator("trainium3");
    assertThat(
            trn3.sparse(Precision.BF16)
                .orElseThrow()
                .ratio(trn3.dense(Precision.BF16).orElseThrow()))
        .isCloseTo(2517.0 / 671.0, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void test_memoryTypesAndCooling() {
    assertThat(CATALOG.accelerator("mi455x").memory().type()).contains(MemoryType.HBM4);
    assertThat(CATALOG.accelerator("gaudi3-pcie").memory().type()).contains(MemoryType.HBM2E);
    assertThat(CATALOG.accelerator("mi350x").cooling().orElseThrow().value())
        .isEqualTo(Cooling.AIR);
    assertThat(CATALOG.accelerator("mi355x").cooling().orElseThrow().value())
        .isEqualTo(Cooling.LIQUID);
    assertThat(CATALOG.accelerator("trainium2").cooling().orElseThrow().value())
        .isEqualTo(Cooling.AIR);
    assertThat(CATALOG.system("trn2-ultraserver").cooling().orElseThrow().value())
        .isEqualTo(Cooling.AIR);
    // ServeTheHome's MI455X 'somewhere north of 2 kW per GPU' is an estimate, not a value: no TDP
    assertThat(CATALOG.accelerator("mi455x").tdp()).isEmpty();
  }

  @Test
  void test_liquidCooledSystems_listTheirCoolingPlant_unpricedAndOutsideTheSystemPrice() {
    for (SystemSpec s : CATALOG.systems()) {
      boolean ours =
          List.of(
                  "mi355x-platform",
                  "amd-helios",
                  "trn3-ultraserver-gen1",
                  "trn3-ultraserver-gen2",
                  "tpu7x-pod")
              .contains(s.id());
      if (!ours) {
        continue;
      }
      assertThat(s.cooling().orElseThrow().value()).as(s.id()).isEqualTo(Cooling.LIQUID);
      List<SystemComponent> plant =
          s.components().stream()
              .filter(c -> c.kind() == SystemComponent.Kind.COOLING_PLANT)
              .toList();
      assertThat(plant).as("%s cooling plant line", s.id()).hasSize(1);
      assertThat(plant.get(0).includedInSystemPrice()).isFalse();
      assertThat(plant.get(0).prices())
          .as(
              "no CDU price; no vendor system power (Helios's 245 kW is press, low) to size one by; never invent one")
          .isEmpty();
    }
    SystemSpec pod = CATALOG.system("tpu7x-pod");
    assertThat(pod.kind()).isEqualTo(SystemKind.POD);
    assertThat(pod.acceleratorCount().value() / pod.racks().orElseThrow().value()).isEqualTo(64);
  }

  @Test
  void test_everyNewFigure_hasAConfidenceAndADatedSource() {
    for (String id :
        List.of(
            "mi350x",
            "mi350p",
            "mi455x",
            "mi430x",
            "tpu7x",
            "trainium3",
            "maia-200",
            "mtia-400",
            "gaudi3-pcie")) {
      Accelerator a = CATALOG.accelerator(id);
      Provenance p = a.memory().capacity().provenance();
      assertThat(p.source().read()).as(id).isEqualTo(java.time.LocalDate.parse("2026-12-02"));
      assertThat(a.statusHistory()).as("%s has a dated status", id).isNotEmpty();
    }
  }
}
