package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.catalog.SystemSpec;
import dev.flopex.costing.testing.DomainGenerators;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The corners {@link DomainGenerators} stays out of, pinned: the engine refuses them with a message
 * naming the field, and the day it learns to cost them these tests fail and the generators should
 * widen.
 */
class DomainLimitsTest {
  private static final CostEngine ENGINE = CostEngine.create();

  private static Cluster cluster(String system, LocalDate bought) {
    SystemSpec s = Fixtures.CATALOG.system(system);
    return DomainGenerators.cluster(
        s,
        1,
        Site.of(Regions.get("us-virginia"), Facility.COLOCATION_WHOLESALE),
        bought,
        "neocloud",
        1e6);
  }

  /**
   * Pods (TPU-style, CloudMatrix) and Trainium racks: the catalog lists no NICs, so no scale-out
   * network fits. Pinned on the one such system whose accelerator has a TDP (the TDP is checked
   * first): Vera Rubin NVL144 CPX. (Until 2026-12-04 this was pinned on mi355x-platform, which now
   * lists its 8 Pollara 400 scale-out NICs.)
   */
  @Test
  void systemWithoutScaleOutNicIsRefused() {
    SystemSpec pod = Fixtures.CATALOG.system("cloudmatrix-384");
    assertThat(pod.nics()).isEmpty();
    SystemSpec cpx = Fixtures.CATALOG.system("vera-rubin-nvl144-cpx");
    assertThat(cpx.nics()).isEmpty();
    assertThat(cpx.accelerator().tdp()).isPresent();
    assertThatThrownBy(
            () ->
                ENGINE.evaluate(
                    cluster("vera-rubin-nvl144-cpx", LocalDate.of(2026, 9, 1)),
                    FinancialTerms.of(5, 0.8)))
        .hasMessage(
            "network.scale-out.role must match NICs of system vera-rubin-nvl144-cpx (it has none with that role) but was scale_out");
  }

  /**
   * Without the accelerator's TDP the engine cannot split GPU from other power, even with a system
   * max-power figure.
   */
  @Test
  void acceleratorWithoutTdpIsRefused() {
    SystemSpec tpu = Fixtures.CATALOG.system("tpu7x-pod");
    assertThat(tpu.accelerator().tdp()).isEmpty();
    assertThat(tpu.maxPower()).isPresent();
    assertThatThrownBy(
            () ->
                ENGINE.evaluate(
                    cluster("tpu7x-pod", LocalDate.of(2026, 6, 1)), FinancialTerms.of(5, 0.8)))
        .hasMessage(
            "tpu7x.tdp must be in the catalog to compute power (add tdp_w with an overlay) but was missing");
  }

  /**
   * A region without a sourced electricity price needs an override; the generators draw only priced
   * sites.
   */
  @Test
  void regionWithoutElectricityPriceIsRefused() {
    assertThatThrownBy(
            () ->
                ENGINE.evaluate(
                    Fixtures.copy(Fixtures.h100Cluster(1))
                        .withSite(Site.of(Regions.get("japan"), Facility.COLOCATION_WHOLESALE)),
                    FinancialTerms.of(5, 0.8)))
        .hasMessageStartingWith("electricity_usd_per_kwh must be known for region japan");
    assertThat(DomainGenerators.pricedSites()).noneMatch(s -> s.region().id().equals("japan"));
  }
}
