package dev.flopex.costing;

import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * Switch counts of a network built from folded-Clos ("fat tree") planes of switches with {@code
 * radix} ports, for {@code endpoints} host ports, with an optional oversubscription at the leaf.
 *
 * <p>With radix k and leaf oversubscription o (1 = non-blocking, 2 = 2:1), a leaf has d =
 * floor(k·o/(1+o)) down-ports and u = k − d up-ports. A design has P independent planes (1 for a
 * single fat tree; DeepSeek's multi-plane fat tree; one per rail for rail-only), each carrying E/P
 * endpoints, and within a plane R leaf groups (1, or one per rail for a rail-optimised design).
 * Counts per plane for E<sub>p</sub> = E/P endpoints:
 *
 * <ul>
 *   <li>leaves L = R·ceil(E<sub>p</sub>/(R·d)) (one leaf when E<sub>p</sub> ≤ k in a one-tier
 *       design);
 *   <li>two tiers: spines S = ceil(L·u / k);
 *   <li>three tiers: aggregation (spine) switches S = ceil(L·u / (k/2)), core C = ceil(S·(k/2) /
 *       k).
 * </ul>
 *
 * <p>A plane of one tier holds k endpoints, of two tiers at most k leaves, of three tiers at most
 * k²/2 leaves (k pods of k/2 leaves); with R = 1 that is k·d and (k/2)·k·d endpoints. Every count,
 * link count and endpoint count of this type is the total over all planes. For N = k³/4
 * non-blocking this gives the textbook k²/2 edge, k²/2 aggregation and k²/4 core switches (Al-Fares
 * et al., "A Scalable, Commodity Data Center Network Architecture", SIGCOMM 2008). See {@code
 * docs/model.md} §3.
 *
 * @since 0.1
 */
@Value.Immutable
public interface FatTree {

  /** Returns the number of endpoint (host) ports, over all planes. */
  long endpoints();

  /** Returns the switch radix used (ports at the endpoint speed). */
  int radix();

  /** Returns the leaf oversubscription ratio (down:up), 1 for non-blocking. */
  double oversubscription();

  /** Returns the number of tiers of each plane, 1 to 3. */
  int tiers();

  /**
   * Returns the number of independent planes, each a fat tree of {@code endpoints / planes}.
   *
   * @since 0.3
   */
  @Value.Default
  default long planes() {
    return 1;
  }

  /**
   * Returns the leaf groups per plane: 1, or the rails of a rail-optimised design (each rail on its
   * own leaves).
   *
   * @since 0.3
   */
  @Value.Default
  default long rails() {
    return 1;
  }

  /** Returns the leaf switches. */
  long leaves();

  /** Returns the spine (aggregation) switches; 0 in a one-tier design. */
  long spines();

  /** Returns the core switches; 0 below three tiers. */
  long cores();

  /** Returns the leaf-to-spine links. */
  long leafSpineLinks();

  /** Returns the spine-to-core links. */
  long spineCoreLinks();

  /** Returns all switches. */
  default long switches() {
    return leaves() + spines() + cores();
  }

  /**
   * Returns the switch-to-switch links (leaf-spine plus spine-core), the "links" of DeepSeek's
   * Table 3.
   *
   * @since 0.3
   */
  default long switchLinks() {
    return leafSpineLinks() + spineCoreLinks();
  }

  /**
   * Returns the endpoints of one plane.
   *
   * @since 0.3
   */
  default long endpointsPerPlane() {
    return endpoints() / planes();
  }

  /**
   * Returns the largest number of endpoints one plane of {@code tiers} tiers can serve.
   *
   * @param radix the switch radix
   * @param oversubscription leaf down:up ratio, at least 1
   * @param tiers 1, 2 or 3
   * @return the capacity
   */
  static long capacity(int radix, double oversubscription, int tiers) {
    return capacity(radix, oversubscription, tiers, 1);
  }

  /**
   * Returns the largest number of endpoints one plane of {@code tiers} tiers with {@code rails}
   * leaf groups can serve: k for one tier, R·⌊k/R⌋·d for two, R·⌊(k²/2)/R⌋·d for three.
   *
   * @param radix the switch radix
   * @param oversubscription leaf down:up ratio, at least 1
   * @param tiers 1, 2 or 3
   * @param rails leaf groups per plane, at least 1
   * @return the capacity (0 when there are more rails than a plane can have leaves)
   * @since 0.3
   */
  static long capacity(int radix, double oversubscription, int tiers, long rails) {
    long k = radix;
    long d = down(radix, oversubscription);
    switch (tiers) {
      case 1:
        return k;
      case 2:
        return Math.multiplyExact(rails * (k / rails), d);
      case 3:
        return Math.multiplyExact(rails * (k * k / 2 / rails), d);
      default:
        throw new ValidationException("tiers", Integer.toString(tiers), "must be 1, 2 or 3");
    }
  }

  private static long down(int radix, double oversubscription) {
    return (long) Math.floor(radix * oversubscription / (1 + oversubscription));
  }

  /**
   * Designs a fat tree with the fewest tiers that serves {@code endpoints}.
   *
   * @param endpoints host ports, at least 1
   * @param radix switch ports at the endpoint speed, an even number of at least 4
   * @param oversubscription leaf down:up ratio, at least 1
   * @return the design
   * @throws ValidationException if the endpoints exceed a three-tier design
   */
  static FatTree design(long endpoints, int radix, double oversubscription) {
    return design(endpoints, radix, oversubscription, 0, 1, 1);
  }

  /**
   * Designs a fat tree with exactly {@code tiers} tiers.
   *
   * @param endpoints host ports, at least 1
   * @param radix switch ports at the endpoint speed
   * @param oversubscription leaf down:up ratio, at least 1
   * @param tiers 1, 2 or 3
   * @return the design
   * @throws ValidationException if the endpoints exceed that many tiers
   */
  static FatTree design(long endpoints, int radix, double oversubscription, int tiers) {
    Check.that(tiers >= 1 && tiers <= 3, "tiers", Integer.toString(tiers), "must be 1, 2 or 3");
    return design(endpoints, radix, oversubscription, tiers, 1, 1);
  }

  /**
   * Designs a network of {@code planes} identical planes, each of {@code endpoints / planes}
   * endpoints in {@code rails} leaf groups.
   *
   * @param endpoints host ports over all planes, at least 1, a multiple of planes × rails
   * @param radix switch ports at the endpoint speed, an even number of at least 4
   * @param oversubscription leaf down:up ratio, at least 1
   * @param tiers 1 to 3, or 0 for the fewest that fit
   * @param planes independent planes, at least 1
   * @param rails leaf groups per plane (rails of a rail-optimised design), at least 1
   * @return the design
   * @throws ValidationException if a plane cannot hold its endpoints, naming the limit hit (tiers,
   *     radix, planes) and by how much
   * @since 0.3
   */
  static FatTree design(
      long endpoints, int radix, double oversubscription, int tiers, long planes, long rails) {
    Check.positive(endpoints, "endpoints");
    checkRadix(radix, oversubscription);
    Check.that(
        tiers >= 0 && tiers <= 3,
        "tiers",
        Integer.toString(tiers),
        "must be 1, 2 or 3 (or 0 for the fewest that fit)");
    Check.that(planes >= 1, "planes", Long.toString(planes), "must be >= 1");
    Check.that(rails >= 1, "rails", Long.toString(rails), "must be >= 1");
    Check.that(
        endpoints % (planes * rails) == 0,
        "endpoints",
        Long.toString(endpoints),
        "must be a multiple of planes x rails (" + planes * rails + ")");
    checkFits(endpoints, radix, oversubscription, tiers, planes, rails, 0);
    long[] c = new long[COUNTS];
    counts(endpoints, radix, oversubscription, tiers, planes, rails, c);
    return ImmutableFatTree.builder()
        .endpoints(endpoints)
        .radix(radix)
        .oversubscription(oversubscription)
        .tiers((int) c[TIERS])
        .planes(planes)
        .rails(rails)
        .leaves(c[LEAVES])
        .spines(c[SPINES])
        .cores(c[CORES])
        .leafSpineLinks(c[LEAF_SPINE_LINKS])
        .spineCoreLinks(c[SPINE_CORE_LINKS])
        .build();
  }

  /**
   * Checks that {@code planes} planes of {@code rails} leaf groups hold {@code endpoints}; if not,
   * throws one message naming the limit hit (tiers, radix, planes or rails), by how much, and what
   * would fit.
   *
   * @param endpoints host ports over all planes
   * @param radix switch ports at the endpoint speed
   * @param oversubscription leaf down:up ratio
   * @param tiers 1 to 3, or 0 for the fewest that fit (then 3 is the limit)
   * @param planes independent planes
   * @param rails leaf groups per plane
   * @param portsPerServer the NIC ports each server has on this network (planes must divide it), or
   *     0 when unknown
   * @throws ValidationException if the endpoints do not fit
   * @since 0.3
   */
  static void checkFits(
      long endpoints,
      int radix,
      double oversubscription,
      int tiers,
      long planes,
      long rails,
      long portsPerServer) {
    int t = tiers == 0 ? 3 : tiers;
    long perPlane = endpoints / planes;
    long cap = capacity(radix, oversubscription, t, rails);
    if (perPlane <= cap) {
      return;
    }
    String design =
        (rails > 1 ? "rail-optimised fat tree" : "fat tree")
            + " of radix "
            + radix
            + " at "
            + Check.format(oversubscription)
            + ":1 oversubscription";
    long leafLimit = t == 2 ? radix : (long) radix * radix / 2;
    if (cap == 0) {
      throw new ValidationException(
          "rails",
          Long.toString(rails),
          "must be <= "
              + leafLimit
              + " per plane for a "
              + t
              + "-tier "
              + design
              + " (one leaf per rail; use more planes, rail-only or more tiers)");
    }
    java.util.List<String> fixes = new java.util.ArrayList<>();
    if (t < 3 && perPlane <= capacity(radix, oversubscription, 3, rails)) {
      fixes.add("3 tiers");
    }
    long limitPlanes =
        portsPerServer > 0 ? portsPerServer : Math.max(planes, Math.min(1L << 20, endpoints));
    for (long p = planes + 1; p <= limitPlanes; p++) {
      long railsAll = rails * planes;
      if (portsPerServer > 0 && portsPerServer % p != 0 || rails > 1 && railsAll % p != 0) {
        continue;
      }
      long r = rails > 1 ? railsAll / p : 1;
      if ((endpoints + p - 1) / p <= capacity(radix, oversubscription, t, r)) {
        fixes.add(p + " planes");
        break;
      }
    }
    for (long k = radix + 2; k <= 1 << 16; k += 2) {
      if (perPlane <= capacity((int) k, oversubscription, t, rails)) {
        fixes.add("a switch of radix >= " + k);
        break;
      }
    }
    String ratio = Check.format(Math.ceil((double) perPlane / cap * 100) / 100);
    String where =
        (tiers == 0 ? "" : "fixed ")
            + t
            + "-tier "
            + design
            + " in "
            + planes
            + (planes == 1 ? " plane" : " planes");
    throw new ValidationException(
        "endpoints",
        endpoints + ", " + ratio + "x that",
        "must be <= "
            + Math.multiplyExact(cap, planes)
            + " for a "
            + where
            + (fixes.isEmpty() ? "" : " (use " + String.join(", or ", fixes) + ")"));
  }

  private static void checkRadix(int radix, double oversubscription) {
    Check.that(
        radix >= 4 && radix % 2 == 0,
        "radix",
        Integer.toString(radix),
        "must be an even number >= 4");
    Check.atLeast(oversubscription, 1, "oversubscription", "");
    Check.that(
        down(radix, oversubscription) < radix,
        "oversubscription",
        Check.format(oversubscription),
        "must leave at least one uplink on a radix-" + radix + " leaf");
  }

  /** Number of slots {@link #counts} writes. */
  int COUNTS = 6;

  /** Slot of the tier count. */
  int TIERS = 0;

  /** Slot of the leaf count. */
  int LEAVES = 1;

  /** Slot of the spine count. */
  int SPINES = 2;

  /** Slot of the core count. */
  int CORES = 3;

  /** Slot of the leaf-to-spine link count. */
  int LEAF_SPINE_LINKS = 4;

  /** Slot of the spine-to-core link count. */
  int SPINE_CORE_LINKS = 5;

  /**
   * Writes the counts of a single-plane design into {@code out} without allocating, for the
   * calculation kernel. Inputs must already be valid (as checked by {@link #design}); with {@code
   * tiers} 0 the fewest tiers that fit are used.
   *
   * @param endpoints host ports
   * @param radix switch ports at the endpoint speed
   * @param oversubscription leaf down:up ratio
   * @param tiers 1 to 3, or 0 for the fewest that fit
   * @param out receives tiers, leaves, spines, cores, leaf-spine links, spine-core links
   */
  static void counts(long endpoints, int radix, double oversubscription, int tiers, long[] out) {
    counts(endpoints, radix, oversubscription, tiers, 1, 1, out);
  }

  /**
   * Writes the counts of {@code planes} planes of {@code rails} leaf groups into {@code out}
   * without allocating, for the calculation kernel: the per-plane counts times the planes. Inputs
   * must already be valid (as checked by {@link #design(long, int, double, int, long, long)}); with
   * {@code tiers} 0 each plane uses the fewest tiers that fit.
   *
   * @param endpoints host ports over all planes, a multiple of planes × rails
   * @param radix switch ports at the endpoint speed
   * @param oversubscription leaf down:up ratio
   * @param tiers 1 to 3, or 0 for the fewest that fit
   * @param planes independent planes
   * @param rails leaf groups per plane
   * @param out receives tiers, leaves, spines, cores, leaf-spine links, spine-core links
   * @since 0.3
   */
  static void counts(
      long endpoints,
      int radix,
      double oversubscription,
      int tiers,
      long planes,
      long rails,
      long[] out) {
    long k = radix;
    long d = down(radix, oversubscription);
    long u = k - d;
    long perPlane = endpoints / planes;
    long leaves = rails * ceilDiv(perPlane / rails, d);
    int t = tiers;
    if (t == 0) {
      t = perPlane <= k ? 1 : leaves <= k ? 2 : 3;
    }
    out[TIERS] = t;
    if (t == 1) {
      out[LEAVES] = planes;
      out[SPINES] = 0;
      out[CORES] = 0;
      out[LEAF_SPINE_LINKS] = 0;
      out[SPINE_CORE_LINKS] = 0;
      return;
    }
    out[LEAVES] = planes * leaves;
    out[LEAF_SPINE_LINKS] = planes * leaves * u;
    if (t == 2) {
      out[SPINES] = planes * ceilDiv(leaves * u, k);
      out[CORES] = 0;
      out[SPINE_CORE_LINKS] = 0;
      return;
    }
    long spines = ceilDiv(leaves * u, k / 2);
    out[SPINES] = planes * spines;
    out[CORES] = planes * ceilDiv(spines * (k / 2), k);
    out[SPINE_CORE_LINKS] = planes * spines * (k / 2);
  }

  private static long ceilDiv(long a, long b) {
    return Math.floorDiv(a + b - 1, b);
  }

  /**
   * Returns a copy with {@code endpoints} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  FatTree withEndpoints(long value);

  /**
   * Returns a copy with {@code radix} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  FatTree withRadix(int value);

  /**
   * Returns a copy with {@code oversubscription} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  FatTree withOversubscription(double value);

  /**
   * Returns a copy with {@code tiers} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  FatTree withTiers(int value);

  /**
   * Returns a copy with {@code planes} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  FatTree withPlanes(long value);

  /**
   * Returns a copy with {@code rails} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  FatTree withRails(long value);

  /**
   * Returns a copy with {@code leaves} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  FatTree withLeaves(long value);

  /**
   * Returns a copy with {@code spines} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  FatTree withSpines(long value);

  /**
   * Returns a copy with {@code cores} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  FatTree withCores(long value);

  /**
   * Returns a copy with {@code leafSpineLinks} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  FatTree withLeafSpineLinks(long value);

  /**
   * Returns a copy with {@code spineCoreLinks} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  FatTree withSpineCoreLinks(long value);
}
