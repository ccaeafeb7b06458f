package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.core.provenance.Confidence;
import org.junit.jupiter.api.Test;

/**
 * Co-packaged optics (issue 11): the {@code co_packaged_optics} switch field, a sourced yes/no
 * figure; only the Spectrum-6 SN6810-LD carries it in the built-in data.
 */
class CoPackagedOpticsCatalogTest {
  private static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();

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

  @Test
  void test_everyOtherBuiltInSwitch_isPluggable() {
    for (NetworkSwitch sw : CATALOG.switches()) {
      if (!sw.id().equals("spectrum-6-sn6810-ld")) {
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
