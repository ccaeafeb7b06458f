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
    "64, 64, 1, 1, 0, 0", // one-tier boundary: k
    "64, 65, 2, 3, 2, 0", // just past it: ceil(65/32)=3 leaves, ceil(3*32/64)=2 spines
    "64, 2048, 2, 64, 32, 0", // two-tier boundary: k*k/2
    "64, 2049, 3, 65, 65, 33", // just past it
    "64, 65536, 3, 2048, 2048, 1024", // k^3/4: textbook k^2/2, k^2/2, k^2/4
    "40, 800, 2, 40, 20, 0", // QM8700 radix 40: two-tier capacity 800
    "128, 8192, 2, 128, 64, 0" // 64 x 800G ports split to 128 x 400G
  })
  void test_design_boundaries(
      int radix, long endpoints, int tiers, long leaves, long spines, long cores) {
    FatTree t = FatTree.design(endpoints, radix, 1.0);
    assertThat(t.tiers()).isEqualTo(tiers);
    assertThat(t.leaves()).isEqualTo(leaves);
    assertThat(t.spines()).isEqualTo(spines);
    assertThat(t.cores()).isEqualTo(cores);
  }

  @Test
  void test_design_tooLarge() {
    assertThatThrownBy(() -> FatTree.design(65537, 64, 1.0))
        .hasMessage(
            "endpoints must be <= 65536 for a 3-tier fat tree of radix 64 at 1:1 oversubscription in 1 plane "
                + "(use 2 planes, or a switch of radix >= 66) but was 65537, 1.01x that");
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
    assertThatThrownBy(() -> FatTree.design(0, 64, 1.0))
        .hasMessage("endpoints must be > 0 but was 0");
    assertThatThrownBy(() -> FatTree.design(10, 63, 1.0))
        .hasMessage("radix must be an even number >= 4 but was 63");
    assertThatThrownBy(() -> FatTree.design(10, 64, 0.5))
        .hasMessage("oversubscription must be >= 1 but was 0.5");
    assertThatThrownBy(() -> FatTree.design(100, 64, 1.0, 1))
        .hasMessage(
            "endpoints must be <= 64 for a fixed 1-tier fat tree of radix 64 "
                + "at 1:1 oversubscription in 1 plane (use 3 tiers, or 2 planes, or a switch of radix >= 100) but was 100, 1.57x that");
  }

  @Test
  void switchesNeverFallWhenEndpointsRise() {
    qt().forAll(
            SourceDSL.longs().between(1, 65_535),
            SourceDSL.integers().between(2, 64).map(i -> 2 * i))
        .checkAssert(
            (n, k) -> {
              long cap = FatTree.capacity(k, 1.0, 3);
              if (n + 1 <= cap) {
                assertThat(FatTree.design(n + 1, k, 1.0).switches())
                    .isGreaterThanOrEqualTo(FatTree.design(n, k, 1.0).switches());
              }
            });
  }

  @Test
  void everyEndpointHasALeafPort() {
    qt().forAll(
            SourceDSL.longs().between(1, 65_536),
            SourceDSL.integers().between(2, 64).map(i -> 2 * i))
        .checkAssert(
            (n, k) -> {
              if (n <= FatTree.capacity(k, 1.0, 3)) {
                FatTree t = FatTree.design(n, k, 1.0);
                long down = t.tiers() == 1 ? k : k / 2;
                assertThat(t.leaves() * down).isGreaterThanOrEqualTo(n);
                // every leaf uplink lands on a spine port
                assertThat(t.spines() * (t.tiers() == 3 ? k / 2 : k))
                    .isGreaterThanOrEqualTo(t.leafSpineLinks());
              }
            });
  }

  /**
   * DeepSeek's Table 3 (Insights into DeepSeek-V3, arXiv:2505.09343, ISCA '25, section 5.1; figures
   * and source in the research file fabrics/designs.yaml, id deepseek-mpft-h800): 64-port 400G
   * switches, non-blocking; the paper's "links" are switch-to-switch links only.
   */
  @ParameterizedTest(name = "{0}: {1} endpoints in {2} planes -> {3} switches, {4} links")
  @CsvSource({
    "FT2, 2048, 1, 96, 2048",
    "MPFT, 16384, 8, 768, 16384",
    "FT3, 65536, 1, 5120, 131072"
  })
  void test_deepseekTable3(
      String topology, long endpoints, long planes, long switches, long links) {
    FatTree t = FatTree.design(endpoints, 64, 1.0, 0, planes, 1);
    assertThat(t.switches()).isEqualTo(switches);
    assertThat(t.switchLinks()).isEqualTo(links);
    assertThat(t.tiers()).isEqualTo(topology.equals("FT3") ? 3 : 2);
  }

  /**
   * Rail-optimised counts when rails do not fill their leaves: 40 DGX B300 (8 rails of 800G) on
   * Quantum-X800 Q3400-RA (radix 144) use 8 leaves and 4 spines ("For 40 DGX nodes: 40 x 8 = 320 x
   * 800 Gb/s compute connections. The example compute fabric design: 8 x Q3400-RA Leaf, 4 x
   * Q3400-RA Spine", Openzeka, "NVIDIA DGX B300 vs GB300 NVL72 Cluster Architecture Comparison",
   * July 2026; research file fabrics/designs.yaml, id dgx-b300-xdr-40node-example). A plain fat
   * tree would use 5 and 3.
   */
  @Test
  void test_railOptimised_partnerExample() {
    FatTree rail = FatTree.design(320, 144, 1.0, 0, 1, 8);
    assertThat(rail.leaves()).isEqualTo(8);
    assertThat(rail.spines()).isEqualTo(4);
    FatTree plain = FatTree.design(320, 144, 1.0);
    assertThat(plain.leaves()).isEqualTo(5);
    assertThat(plain.spines()).isEqualTo(3);
  }

  /**
   * When the rails fill their leaves the counts are those of a plain fat tree: the DGX SuperPOD
   * B200 four-SU build (RA-11334-001 V08 Table 4.1 via a third-party transcription, research file
   * fabrics/designs.yaml id nvidia-dgx-superpod-b200-ra): 32 leaves, 16 spines, 1,024 spine-to-leaf
   * cables for 128 nodes (127 DGX and the UFM) of 8 rails on QM9700.
   */
  @Test
  void test_railOptimised_superPodB200FourSu() {
    FatTree rail = FatTree.design(128 * 8, 64, 1.0, 0, 1, 8);
    assertThat(rail.leaves()).isEqualTo(32);
    assertThat(rail.spines()).isEqualTo(16);
    assertThat(rail.leafSpineLinks()).isEqualTo(1024);
    FatTree plain = FatTree.design(1024, 64, 1.0);
    assertThat(rail.switches()).isEqualTo(plain.switches());
    assertThat(rail.switchLinks()).isEqualTo(plain.switchLinks());
  }

  @Test
  void test_limit_planes() {
    // 131,072 endpoints on radix 64: twice a 3-tier tree; 2 planes fit
    assertThatThrownBy(() -> FatTree.design(131_072, 64, 1.0, 0, 1, 1))
        .hasMessage(
            "endpoints must be <= 65536 for a 3-tier fat tree of radix 64 at 1:1 oversubscription in 1 plane "
                + "(use 2 planes, or a switch of radix >= 82) but was 131072, 2x that");
    assertThat(FatTree.design(131_072, 64, 1.0, 0, 2, 1).switches()).isEqualTo(2 * 5_120);
  }

  @Test
  void test_limit_tiers() {
    // a fixed two-tier design of 4 planes holds 4 x 2,048; 3 tiers, 8 planes or radix 92 would fit
    // 12,000
    assertThatThrownBy(() -> FatTree.design(12_000, 64, 1.0, 2, 4, 1))
        .hasMessage(
            "endpoints must be <= 8192 for a fixed 2-tier fat tree of radix 64 at 1:1 oversubscription in 4 planes "
                + "(use 3 tiers, or 6 planes, or a switch of radix >= 78) but was 12000, 1.47x that");
  }

  @Test
  void test_limit_radix() {
    // one plane per port already: only a bigger switch helps
    assertThatThrownBy(() -> FatTree.checkFits(8 * 70_000, 64, 1.0, 0, 8, 1, 8))
        .hasMessage(
            "endpoints must be <= 524288 for a 3-tier fat tree of radix 64 at 1:1 oversubscription in 8 planes "
                + "(use a switch of radix >= 66) but was 560000, 1.07x that");
  }

  @Test
  void test_limit_rails() {
    // 72 rails need 72 leaves per plane; a 2-tier plane of radix 64 has at most 64
    assertThatThrownBy(() -> FatTree.design(72 * 10, 64, 1.0, 2, 1, 72))
        .hasMessage(
            "rails must be <= 64 per plane for a 2-tier rail-optimised fat tree of radix 64 at 1:1 oversubscription "
                + "(one leaf per rail; use more planes, rail-only or more tiers) but was 72");
  }

  @Test
  void planesMultiplyOneTreesCounts() {
    qt().forAll(
            SourceDSL.longs().between(1, 20_000),
            SourceDSL.integers().between(1, 16),
            SourceDSL.integers().between(2, 72).map(i -> 2 * i))
        .checkAssert(
            (perPlane, p, k) -> {
              if (perPlane <= FatTree.capacity(k, 1.0, 3)) {
                FatTree one = FatTree.design(perPlane, k, 1.0);
                FatTree many = FatTree.design(perPlane * p, k, 1.0, 0, p, 1);
                assertThat(many.tiers()).isEqualTo(one.tiers());
                assertThat(many.leaves()).isEqualTo(p * one.leaves());
                assertThat(many.spines()).isEqualTo(p * one.spines());
                assertThat(many.cores()).isEqualTo(p * one.cores());
                assertThat(many.switchLinks()).isEqualTo(p * one.switchLinks());
              }
            });
  }

  @Test
  void switchesNeverFallWhenServersRise() {
    // for every topology: planes and rails fixed, one more server never needs fewer switches
    qt().forAll(
            SourceDSL.longs().between(1, 4_000),
            SourceDSL.integers().between(0, 3),
            SourceDSL.integers().between(0, 2),
            SourceDSL.integers().between(2, 64).map(i -> 2 * i))
        .checkAssert(
            (servers, planeExp, topo, k) -> {
              long ports = 8;
              long planes = 1L << planeExp; // 1, 2, 4 or 8: divides the 8 ports
              long rails = topo == 1 ? ports / planes : 1; // rail-optimised
              long p = topo == 2 ? ports : planes; // rail-only: one plane per port
              long cap = FatTree.capacity(k, 1.0, 3, rails) * p;
              if ((servers + 1) * ports <= cap) {
                FatTree a = FatTree.design(servers * ports, k, 1.0, 0, p, rails);
                FatTree b = FatTree.design((servers + 1) * ports, k, 1.0, 0, p, rails);
                assertThat(b.switches()).isGreaterThanOrEqualTo(a.switches());
                assertThat(b.switchLinks()).isGreaterThanOrEqualTo(a.switchLinks());
              }
            });
  }

  @Test
  void railOptimisedNeverFewerLeavesThanPlain() {
    qt().forAll(
            SourceDSL.longs().between(1, 2_000),
            SourceDSL.integers().between(1, 8),
            SourceDSL.integers().between(8, 72).map(i -> 2 * i))
        .checkAssert(
            (servers, rails, k) -> {
              long e = servers * rails;
              if (e <= FatTree.capacity(k, 1.0, 3, rails)) {
                FatTree rail = FatTree.design(e, k, 1.0, 0, 1, rails);
                FatTree plain = FatTree.design(e, k, 1.0);
                assertThat(rail.leaves()).isGreaterThanOrEqualTo(plain.leaves());
                long d = k / 2;
                if (servers % d == 0) {
                  assertThat(rail.leaves()).isEqualTo(plain.leaves());
                }
              }
            });
  }
}
