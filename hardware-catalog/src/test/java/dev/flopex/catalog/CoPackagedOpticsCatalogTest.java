package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.core.provenance.Confidence;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.Direction;
import dev.flopex.core.units.LinkBandwidth;
import dev.flopex.core.units.PowerUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Co-packaged optics (issue 11): the {@code co_packaged_optics} switch field, a sourced yes/no
 * figure; the Spectrum-6 SN6810-LD and the Quantum-X Photonics Q3450-LD carry it in the built-in
 * data.
 */
class CoPackagedOpticsCatalogTest {
  private static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();

  /** The built-in switches with co-packaged optics. */
  private static final Set<String> CPO_SWITCHES =
      Set.of("spectrum-6-sn6810-ld", "quantum-x800-q3450-ld");

  @Test
  void test_sn6810ld_hasCoPackagedOptics_citingTheSn6000ManualTranscription() {
    NetworkSwitch sw = CATALOG.networkSwitch("SN6810-LD");
    assertThat(sw.hasCoPackagedOptics()).isTrue();
    assertThat(sw.coPackagedOptics()).isPresent();
    assertThat(sw.coPackagedOptics().get().provenance().confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(sw.coPackagedOptics().get().provenance().source().id())
        .isEqualTo("thirdparty-sn6000-cpo-tray-dimensions-2026-10");
    assertThat(sw.coPackagedOptics().get().provenance().note().orElseThrow()).contains("MMC-16");
  }

  /**
   * Quantum-X Photonics Q3450-LD (added 2026-12-03). Sources, as quoted in network.yaml:
   *
   * <ul>
   *   <li>thirdparty-nvidia-network-equipment-snapshot-2026-09-23 (transcription of NVIDIA's XDR
   *       switches manual): "Q3450-LD | family="Quantum-X Photonics / Quantum-X800"; speed="800Gb/s
   *       XDR"; connectors="144x MPO12 CPO"; port_counts={"800G":144}; throughput="115.2 Tb/s";
   *       height="4U"; cooling="liquid-cooled (CPO)"", pluggable "no", fixed "MPO-12 CPO".
   *   <li>convergedigest-lambda-q3450ld-2026-06: "Ports: 144 x 800G InfiniBand", "Switching
   *       capacity: 115.2 Tbps non-blocking", "Form factor: 4U", "Cooling: Dual-loop liquid
   *       cooling".
   *   <li>lambda-q3450ld-cpo-early-look-2026-06: "NVIDIA Photonics CPO switch: 3.95 kW. Standard
   *       switch: 7.0 kW. 3.05 kW savings per switch."
   * </ul>
   */
  @Test
  void test_q3450ld_headlineFigures_andCoPackagedOptics() {
    NetworkSwitch sw = CATALOG.networkSwitch("Q3450-LD");
    assertThat(sw.id()).isEqualTo("quantum-x800-q3450-ld");
    assertThat(CATALOG.networkSwitch("Quantum-X Photonics").id()).isEqualTo(sw.id());
    assertThat(sw.vendor()).isEqualTo("NVIDIA");
    assertThat(sw.protocol()).isEqualTo("InfiniBand");
    assertThat(sw.name()).contains("co-packaged optics").contains("liquid-cooled");

    assertThat(sw.hasCoPackagedOptics()).isTrue();
    assertThat(sw.coPackagedOptics().get().provenance().source().id())
        .isEqualTo("thirdparty-nvidia-network-equipment-snapshot-2026-09-23");
    assertThat(sw.coPackagedOptics().get().provenance().confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(sw.coPackagedOptics().get().provenance().note().orElseThrow())
        .contains("144x MPO12 CPO");

    assertThat(sw.ports().value()).isEqualTo(144);
    assertThat(sw.portSpeed().value().in(DataRateUnit.GIGABITS_PER_SECOND))
        .isCloseTo(800.0, within(1e-9));
    assertThat(sw.rackUnits().orElseThrow().value()).isEqualTo(4);

    // 115.2 Tb/s = 144 x 800 Gb/s, one direction (NVIDIA's Quantum-X800 convention)
    LinkBandwidth capacity = sw.switchingCapacity().orElseThrow().value();
    assertThat(capacity.direction()).isEqualTo(Direction.PER_DIRECTION);
    assertThat(capacity.perDirection().in(DataRateUnit.TERABITS_PER_SECOND))
        .isCloseTo(115.2, within(1e-9));
    assertThat(capacity.perDirection().in(DataRateUnit.GIGABITS_PER_SECOND))
        .isCloseTo(144 * 800.0, within(1e-6));

    // power includes the co-packaged optics; a customer's planning figure, low confidence
    assertThat(sw.power().orElseThrow().value().in(PowerUnit.WATTS))
        .isCloseTo(3950.0, within(1e-9));
    assertThat(sw.power().orElseThrow().provenance().source().id())
        .isEqualTo("lambda-q3450ld-cpo-early-look-2026-06");
    assertThat(sw.power().orElseThrow().provenance().confidence()).isEqualTo(Confidence.LOW);

    // no price was found and none is derived
    assertThat(sw.prices()).isEmpty();
    assertThat(sw.status().orElseThrow().status()).isEqualTo(LifecycleStatus.SAMPLING);
  }

  @Test
  void test_everyOtherBuiltInSwitch_isPluggable() {
    assertThat(CATALOG.switches()).extracting(NetworkSwitch::id).containsAll(CPO_SWITCHES);
    for (NetworkSwitch sw : CATALOG.switches()) {
      if (!CPO_SWITCHES.contains(sw.id())) {
        assertThat(sw.hasCoPackagedOptics()).as(sw.id()).isFalse();
        assertThat(sw.coPackagedOptics()).as(sw.id()).isEmpty();
      }
    }
  }

  @Test
  void test_overlay_canSayFalse_andTheFieldIsReplacedWhole() {
    HardwareCatalog c =
        HardwareCatalog.loader()
            .withBuiltIn()
            .overlay(
                "cpo.yaml",
                String.join(
                    "\n",
                    "schema: flopex-catalog/1",
                    "sources:",
                    "  mine: {title: T, read: 2026-12-03, kind: user}",
                    "switches:",
                    "  - id: spectrum-6-sn6810-ld",
                    "    co_packaged_optics: {value: false, source: mine, confidence: low}",
                    "  - id: spectrum-4-sn5600",
                    "    co_packaged_optics: {value: false, source: mine, confidence: low}",
                    ""))
            .load();
    assertThat(c.networkSwitch("spectrum-6-sn6810-ld").hasCoPackagedOptics()).isFalse();
    assertThat(c.networkSwitch("spectrum-4-sn5600").coPackagedOptics()).isPresent();
    assertThat(c.networkSwitch("spectrum-4-sn5600").hasCoPackagedOptics()).isFalse();
  }

  @Test
  void test_notABoolean_isRefused_namingFieldAndValue() {
    assertThatThrownBy(
            () ->
                HardwareCatalog.loader()
                    .withBuiltIn()
                    .overlay(
                        "cpo.yaml",
                        String.join(
                            "\n",
                            "schema: flopex-catalog/1",
                            "sources:",
                            "  mine: {title: T, read: 2026-12-03, kind: user}",
                            "switches:",
                            "  - id: spectrum-4-sn5600",
                            "    co_packaged_optics: {value: yes, source: mine, confidence: low}",
                            ""))
                    .load())
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("switches[")
        .hasMessageContaining("co_packaged_optics.value must be true or false but was");
  }
}
