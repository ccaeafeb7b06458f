package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.core.provenance.PartialDate;
import dev.flopex.core.units.ComputeRateUnit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The schema of issue 11: lifecycle status with dates, figures of unstated sparsity, microscaling
 * formats, memory types beyond HBM, per-package and per-die figures, cooling, multi-rack pods,
 * system components and the cloud-instance table.
 */
class Schema2026Test {

  private static final String HEAD =
      String.join(
          "\n",
          "schema: flopex-catalog/1",
          "sources:",
          "  s1: {title: T, publisher: P, url: 'https://example.com/x', read: 2026-12-02, kind: datasheet}",
          "");

  private static String acc(String extra) {
    return HEAD
        + String.join(
            "\n",
            "accelerators:",
            "  - id: x-2026",
            "    vendor: X",
            "    name: X 2026",
            "    architecture: Xarch",
            "    market: datacenter",
            "    form_factor: OAM",
            "    memory:",
            "      type: HBM4",
            "      capacity: {value: 288, unit: GiB, source: s1, confidence: high}",
            extra,
            "");
  }

  private static HardwareCatalog load(String yaml) {
    return HardwareCatalog.loader().withBuiltIn().overlay("t.yaml", yaml).load();
  }

  private static String fails(String yaml) {
    try {
      load(yaml);
    } catch (CatalogException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a refusal of\n" + yaml);
  }

  @Test
  void test_status_history_isDateOrdered_andReadOnADate() {
    Accelerator a =
        load(acc(
                String.join(
                    "\n",
                    "    status:",
                    "      - {status: sampling, date: 2026-05-31, source: s1, confidence: medium}",
                    "      - {status: announced, date: 2025-03, source: s1, confidence: medium, note: GTC}")))
            .accelerator("x-2026");
    assertThat(a.statusHistory())
        .extracting(StatusChange::status)
        .containsExactly(LifecycleStatus.ANNOUNCED, LifecycleStatus.SAMPLING);
    assertThat(a.status().orElseThrow().status()).isEqualTo(LifecycleStatus.SAMPLING);
    assertThat(a.status().orElseThrow().date()).isEqualTo(PartialDate.parse("2026-05-31"));
    assertThat(a.statusOn(LocalDate.parse("2025-12-31")).orElseThrow().status())
        .isEqualTo(LifecycleStatus.ANNOUNCED);
    assertThat(a.statusOn(LocalDate.parse("2025-02-28"))).isEmpty();
  }

  @Test
  void test_unknownStatus_isRefusedWithTheKnownValues() {
    assertThat(
            fails(
                acc(
                    "    status:\n      - {status: shipped, date: 2026-01, source: s1, confidence: low}")))
        .contains("t.yaml")
        .contains("'shipped'")
        .contains("announced, sampling, shipping, end_of_life, cancelled, reported");
  }

  @Test
  void test_unstatedSparsity_isKeptApart_andNeverDense() {
    Accelerator a =
        load(acc(
                String.join(
                    "\n",
                    "    compute:",
                    "      nvfp4: {pflops: 30, sparsity: unstated, source: s1, confidence: medium}",
                    "      mxfp8: {dense_pflops: 2.5, sparse_pflops: 5, source: s1, confidence: high}",
                    "      int8: {tops: 2000, sparsity: unstated, source: s1, confidence: low}")))
            .accelerator("x-2026");
    assertThat(a.compute()).containsOnlyKeys(Precision.MXFP8);
    assertThat(a.dense(Precision.MXFP8).orElseThrow().in(ComputeRateUnit.TERAFLOP_PER_SECOND))
        .isEqualTo(2500.0);
    assertThat(a.sparse(Precision.MXFP8).orElseThrow().in(ComputeRateUnit.TERAFLOP_PER_SECOND))
        .isEqualTo(5000.0);
    assertThat(a.dense(Precision.NVFP4)).isEmpty();
    assertThat(
            a.unstatedCompute()
                .get(Precision.NVFP4)
                .value()
                .in(ComputeRateUnit.TERAFLOP_PER_SECOND))
        .isEqualTo(30000.0);
    assertThat(
            a.unstatedCompute().get(Precision.INT8).value().in(ComputeRateUnit.TERAOP_PER_SECOND))
        .isEqualTo(2000.0);
  }

  @Test
  void test_sparsityOtherThanUnstated_isRefused() {
    assertThat(
            fails(
                acc(
                    "    compute:\n      fp8: {tflops: 10, sparsity: dense, source: s1, confidence: low}")))
        .contains("'dense'")
        .contains("must be 'unstated'");
  }

  @Test
  void test_denseWithUnstated_orBothUnits_areRefused() {
    assertThat(
            fails(
                acc(
                    "    compute:\n      fp8: {tflops: 10, dense_tflops: 5, sparsity: unstated, source: s1, confidence: low}")))
        .contains("must not be given with sparsity: unstated");
    assertThat(
            fails(
                acc(
                    "    compute:\n      fp8: {dense_tflops: 10, dense_pflops: 0.01, source: s1, confidence: low}")))
        .contains("must not be given with dense_tflops");
  }

  @Test
  void test_denseAboveSparse_isRefusedWithBothFigures() {
    assertThat(
            fails(
                acc(
                    "    compute:\n      fp4: {dense_pflops: 20, sparse_pflops: 10, source: s1, confidence: low}")))
        .contains("t.yaml:")
        .contains("but was 10000 TFLOP/s")
        .contains("must be >= the dense figure (20000 TFLOP/s)");
  }

  @Test
  void test_memoryTypes_beyondHbm() {
    assertThat(load(acc("")).accelerator("x-2026").memory().type()).contains(MemoryType.HBM4);
    String gddr = acc("").replace("type: HBM4", "type: gddr7");
    assertThat(load(gddr).accelerator("x-2026").memory().type()).contains(MemoryType.GDDR7);
    assertThat(MemoryType.parse("HiBL 1.0")).isEqualTo(MemoryType.HIBL);
    assertThat(MemoryType.parse("LPDDR5X").isStacked()).isFalse();
    assertThat(fails(acc("").replace("type: HBM4", "type: HBM9")))
        .contains("'HBM9'")
        .contains("HBM4, HiBL, HiZQ, GDDR6, GDDR7");
  }

  @Test
  void test_perDieFigures_needTheDieCount() {
    Accelerator a =
        load(acc(
                String.join(
                    "\n",
                    "    figures_per: package",
                    "    dies_per_package: {value: 2, source: s1, confidence: medium}",
                    "    cooling: {value: liquid, source: s1, confidence: high}")))
            .accelerator("x-2026");
    assertThat(a.figuresPer()).isEqualTo(FiguresPer.PACKAGE);
    assertThat(a.diesPerPackage().orElseThrow().value()).isEqualTo(2);
    assertThat(a.cooling().orElseThrow().value()).isEqualTo(Cooling.LIQUID);
    assertThat(fails(acc("    figures_per: die")))
        .contains("figures_per")
        .contains("needs dies_per_package");
  }

  private static final String POD =
      String.join(
          "\n",
          "systems:",
          "  - id: pod-2026",
          "    vendor: X",
          "    name: X pod",
          "    kind: pod",
          "    accelerator: x-2026",
          "    accelerator_count: {value: 384, source: s1, confidence: medium}",
          "    racks: {value: 16, source: s1, confidence: medium}",
          "    cooling: {value: liquid, source: s1, confidence: medium}",
          "    components:",
          "      - id: pod-switch-tray",
          "        vendor: X",
          "        name: scale-up switch tray",
          "        kind: scale_up_switch",
          "        count: {value: 9, source: s1, confidence: high}",
          "        included_in_system_price: true",
          "        source: s1",
          "        confidence: high",
          "      - id: pod-cdu",
          "        vendor: Y",
          "        name: in-row CDU",
          "        kind: cooling_plant",
          "        count: {value: 0.5, source: s1, confidence: low}",
          "        included_in_system_price: false",
          "        power_w: {value: 3000, source: s1, confidence: low}",
          "        prices:",
          "          - {usd: 100000, as_of: 2026-06, basis: estimate, unit: per-part, region: US, description: CDU, source: s1, confidence: low}",
          "        source: s1",
          "        confidence: low",
          "");

  @Test
  void test_pod_withRacksAndComponents() {
    SystemSpec s = load(acc("") + POD).system("pod-2026");
    assertThat(s.kind()).isEqualTo(SystemKind.POD);
    assertThat(s.racks().orElseThrow().value()).isEqualTo(16);
    assertThat(s.components())
        .extracting(SystemComponent::kind)
        .containsExactly(SystemComponent.Kind.SCALE_UP_SWITCH, SystemComponent.Kind.COOLING_PLANT);
    SystemComponent cdu = s.components().get(1);
    assertThat(cdu.includedInSystemPrice()).isFalse();
    assertThat(cdu.count().value()).isEqualTo(0.5);
    assertThat(cdu.newPrice(LocalDate.parse("2026-06-15"))).isPresent();
  }

  @Test
  void test_podWithoutRacks_isRefused() {
    assertThat(
            fails(
                acc("")
                    + POD.replace("    racks: {value: 16, source: s1, confidence: medium}\n", "")))
        .contains("racks")
        .contains("must be given for a pod");
  }

  @Test
  void test_cloudInstances_exactAndPattern() {
    String yaml =
        acc("")
            + String.join(
                "\n",
                "cloud_instances:",
                "  - {provider: aws, name: x9.48xlarge, accelerator: x-2026, count: 8, source: s1, confidence: high,",
                "     prices: [{usd: 98.32, as_of: 2026-08, basis: cloud-on-demand, unit: per-instance-hour, region: us-east-1, description: on-demand, source: s1, confidence: medium}]}",
                "  - {provider: gcp, pattern: 'xp-{N}', count: N/2, accelerator: x-2026, source: s1, confidence: high}",
                "  - {provider: azure, name: Standard_ND_X_v7, accelerator: x-2026, source: s1, confidence: low}",
                "");
    HardwareCatalog c = load(yaml);
    CloudInstance i = c.cloudInstance("X9.48XLARGE");
    assertThat(i.accelerator().id()).isEqualTo("x-2026");
    assertThat(i.acceleratorCount()).contains(8);
    assertThat(i.prices().get(0).unit()).isEqualTo(PriceUnit.PER_INSTANCE_HOUR);
    assertThat(c.cloudInstance("xp-128").acceleratorCount()).contains(64);
    assertThat(c.cloudInstance("standard nd x v7").acceleratorCount()).isEmpty();
    assertThatThrownBy(() -> c.cloudInstance("xp-3")).isInstanceOf(UnknownPartException.class);
    assertThatThrownBy(() -> c.cloudInstance("x9.48xlarg"))
        .isInstanceOf(UnknownPartException.class)
        .hasMessageContaining("did you mean x9.48xlarge");
    assertThat(c.cloudInstances())
        .extracting(CloudInstance::name)
        .contains("x9.48xlarge", "Standard_ND_X_v7")
        .doesNotContain("xp-{N}");
  }

  @Test
  void test_cloudInstance_badCountRuleAndDuplicates_areRefused() {
    assertThat(
            fails(
                acc("")
                    + "cloud_instances:\n  - {provider: gcp, pattern: 'xp-{N}', count: N*2, accelerator: x-2026, source: s1, confidence: high}\n"))
        .contains("'N*2'")
        .contains("must be N or N/k");
    assertThat(
            fails(
                acc("")
                    + "cloud_instances:\n"
                    + "  - {provider: aws, name: a.b, accelerator: x-2026, source: s1, confidence: high}\n"
                    + "  - {provider: aws, name: A_B, accelerator: x-2026, source: s1, confidence: high}\n"))
        .contains("must not repeat a aws instance already listed at line");
    assertThat(
            fails(
                acc("")
                    + "cloud_instances:\n  - {provider: aws, name: a.b, accelerator: h100, source: s1, confidence: high}\n"))
        .contains("'h100'")
        .contains("must name an accelerator");
  }
}
