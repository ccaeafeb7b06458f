package dev.flopex.costing.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.catalog.SystemSpec;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.Facility;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Financing;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Edge coverage: a few hundred draws reach every system, kind, vendor, site, facility and
 * financing.
 */
class DomainGeneratorsTest {
  private static final int DRAWS = 1_000;

  /**
   * Draws {@code n} values from {@code g} through QuickTheories (so with the build's seed,
   * QT_SEED).
   */
  static <T> List<T> draw(Gen<T> g, int n) {
    List<T> out = new ArrayList<>();
    qt().withExamples(n).withShrinkCycles(0).forAll(g).checkAssert(out::add);
    return out;
  }

  @Test
  void clustersReachEveryCategory() {
    Set<String> systems = new HashSet<>();
    Set<String> categories = new HashSet<>();
    Set<String> regions = new HashSet<>();
    Set<Facility> facilities = new HashSet<>();
    Set<String> sets = new HashSet<>();
    boolean one = false;
    boolean most = false;
    for (Cluster c : draw(DomainGenerators.clusters(), DRAWS)) {
      systems.add(c.system().id());
      categories.addAll(DomainGenerators.categories(c.system()));
      regions.add(c.site().region().id());
      facilities.add(c.site().facility());
      sets.add(c.assumptions().id());
      one |= c.servers() == 1;
      most |= c.servers() == DomainGenerators.maxServers(c.system());
      assertThat(c.gpus()).isLessThanOrEqualTo(DomainGenerators.MAX_GPUS);
    }
    assertThat(systems)
        .containsExactlyInAnyOrderElementsOf(
            DomainGenerators.CATALOG.systems().stream().map(SystemSpec::id).toList());
    // every kind (pods as stand-ins), 8-GPU HGX/DGX, AMD, TPU-style and Ascend systems, and
    // systems with and without a max-power figure
    assertThat(categories)
        .contains(
            "server",
            "rack",
            "pod",
            "8-gpu",
            "vendor:nvidia",
            "vendor:amd",
            "vendor:google",
            "vendor:huawei",
            "max-power:yes",
            "max-power:no",
            "stand-in");
    assertThat(systems).contains("gb200-nvl72", "hgx-h100", "mi300x-platform", "hgx-h20");
    assertThat(regions)
        .hasSizeGreaterThanOrEqualTo(5)
        .containsExactlyInAnyOrderElementsOf(
            DomainGenerators.pricedSites().stream().map(s -> s.region().id()).distinct().toList());
    assertThat(facilities).containsExactlyInAnyOrder(Facility.values());
    assertThat(sets).containsExactlyInAnyOrderElementsOf(DomainGenerators.assumptionSets());
    assertThat(one).as("a one-system cluster").isTrue();
    assertThat(most).as("a cluster of the most systems").isTrue();
  }

  @Test
  void termsReachCashDebtAndTheEdges() {
    Set<Financing> financing = new HashSet<>();
    Set<Integer> horizons = new HashSet<>();
    boolean minUtilisation = false;
    boolean fullUtilisation = false;
    for (FinancialTerms t : draw(DomainGenerators.terms(), DRAWS)) {
      financing.add(t.financing());
      horizons.add(t.horizonYears());
      minUtilisation |= t.utilisation() == FinancialTerms.MIN_UTILISATION;
      fullUtilisation |= t.utilisation() == 1.0;
    }
    assertThat(financing).containsExactlyInAnyOrder(Financing.values());
    assertThat(horizons).contains(1, 10, FinancialTerms.MAX_YEARS);
    assertThat(minUtilisation).isTrue();
    assertThat(fullUtilisation).isTrue();
  }

  /**
   * A stand-in differs from its catalog system only in what the engine lacked, and only by figures
   * that name the stand-in source.
   */
  @Test
  void standInsFillOnlyWhatTheCatalogLacks() {
    assertThat(DomainGenerators.standInSystems()).isNotEmpty();
    for (SystemSpec standIn : DomainGenerators.standInSystems()) {
      SystemSpec real = DomainGenerators.CATALOG.system(standIn.id());
      assertThat(DomainGenerators.isStandIn(standIn)).as(standIn.id()).isTrue();
      assertThat(DomainGenerators.isStandIn(real)).as(real.id()).isFalse();
      assertThat(standIn.accelerator().tdp()).as(standIn.id()).isPresent();
      if (real.accelerator().tdp().isPresent()) {
        assertThat(standIn.accelerator().tdp()).isEqualTo(real.accelerator().tdp());
      } else {
        assertThat(standIn.accelerator().tdp().orElseThrow().provenance().source().id())
            .isEqualTo(DomainGenerators.STAND_IN_SOURCE);
      }
      assertThat(standIn.nics()).containsAll(real.nics());
      assertThat(standIn.nics().size() - real.nics().size()).isBetween(0, 1);
      assertThat(standIn.accelerator().id()).isEqualTo(real.accelerator().id());
      assertThat(standIn.acceleratorCount()).isEqualTo(real.acceleratorCount());
      assertThat(standIn.kind()).isEqualTo(real.kind());
      assertThat(standIn.maxPower()).isEqualTo(real.maxPower());
      assertThat(standIn.components()).isEqualTo(real.components());
    }
  }

  /**
   * Every system kind the catalog holds is either costable or drawn as a stand-in, for a reason
   * DomainLimitsTest pins.
   */
  @Test
  void everyExcludedSystemLacksATdpOrAScaleOutNic() {
    Set<String> costable =
        new HashSet<>(DomainGenerators.costableSystems().stream().map(SystemSpec::id).toList());
    for (SystemSpec s : DomainGenerators.CATALOG.systems()) {
      if (!costable.contains(s.id())) {
        assertThat(
                s.accelerator().tdp().isEmpty()
                    || s.nics().stream()
                        .noneMatch(n -> n.role() == dev.flopex.catalog.NicRole.SCALE_OUT))
            .as(s.id())
            .isTrue();
      }
    }
  }
}
