package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.SourceDSL;

/** Fat-tree counts at the tier boundaries (docs/model.md §3). */
class FatTreeTest {

  @ParameterizedTest(name = "radix {0}, {1} endpoints -> {2} tiers, {3}/{4}/{5}")
  @CsvSource({
    // radix, endpoints, tiers, leaves, spines, cores
    "64, 1, 1, 1, 0, 0",
    "64, 64, 1, 1, 0, 0",          // one-tier boundary: k
    "64, 65, 2, 3, 2, 0",          // just past it: ceil(65/32)=3 leaves, ceil(3*32/64)=2 spines
    "64, 2048, 2, 64, 32, 0",      // two-tier boundary: k*k/2
    "64, 2049, 3, 65, 65, 33",     // just past it
    "64, 65536, 3, 2048, 2048, 1024", // k^3/4: textbook k^2/2, k^2/2, k^2/4
    "40, 800, 2, 40, 20, 0",       // QM8700 radix 40: two-tier capacity 800
    "128, 8192, 2, 128, 64, 0"     // 64 x 800G ports split to 128 x 400G
  })
  void test_design_boundaries(int radix, long endpoints, int tiers, long leaves, long spines, long cores) {
    FatTree t = FatTree.design(endpoints, radix, 1.0);
    assertThat(t.tiers()).isEqualTo(tiers);
    assertThat(t.leaves()).isEqualTo(leaves);
    assertThat(t.spines()).isEqualTo(spines);
    assertThat(t.cores()).isEqualTo(cores);
  }

  @Test
  void test_design_tooLarge() {
    assertThatThrownBy(() -> FatTree.design(65537, 64, 1.0))
        .hasMessage("endpoints must be <= 65536, the capacity of a 3-tier fat tree of radix 64 at 1:1 oversubscription but was 65537");
  }

  @Test
  void test_design_oversubscribed() {
    // 2:1 on radix 64: 42 down, 22 up per leaf
    FatTree t = FatTree.design(2048, 64, 2.0);
    assertThat(t.leaves()).isEqualTo(49);
    assertThat(t.leafSpineLinks()).isEqualTo(49 * 22);
    assertThat(t.spines()).isEqualTo((49 * 22 + 63) / 64);
  }

  @Test
  void test_design_badInput() {
    assertThatThrownBy(() -> FatTree.design(0, 64, 1.0)).hasMessage("endpoints must be > 0 but was 0");
    assertThatThrownBy(() -> FatTree.design(10, 63, 1.0)).hasMessage("radix must be an even number >= 4 but was 63");
    assertThatThrownBy(() -> FatTree.design(10, 64, 0.5)).hasMessage("oversubscription must be >= 1 but was 0.5");
    assertThatThrownBy(() -> FatTree.design(100, 64, 1.0, 1)).hasMessage("endpoints must be <= 64 for a 1-tier fat tree of radix 64 but was 100");
  }

  @Test
  void switchesNeverFallWhenEndpointsRise() {
    qt().forAll(SourceDSL.longs().between(1, 65_535), SourceDSL.integers().between(2, 64).map(i -> 2 * i))
        .checkAssert((n, k) -> {
          long cap = FatTree.capacity(k, 1.0, 3);
          if (n + 1 <= cap) {
            assertThat(FatTree.design(n + 1, k, 1.0).switches()).isGreaterThanOrEqualTo(FatTree.design(n, k, 1.0).switches());
          }
        });
  }

  @Test
  void everyEndpointHasALeafPort() {
    qt().forAll(SourceDSL.longs().between(1, 65_536), SourceDSL.integers().between(2, 64).map(i -> 2 * i))
        .checkAssert((n, k) -> {
          if (n <= FatTree.capacity(k, 1.0, 3)) {
            FatTree t = FatTree.design(n, k, 1.0);
            long down = t.tiers() == 1 ? k : k / 2;
            assertThat(t.leaves() * down).isGreaterThanOrEqualTo(n);
            // every leaf uplink lands on a spine port
            assertThat(t.spines() * (t.tiers() == 3 ? k / 2 : k)).isGreaterThanOrEqualTo(t.leafSpineLinks());
          }
        });
  }
}
