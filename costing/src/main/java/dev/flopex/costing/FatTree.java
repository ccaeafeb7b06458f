package dev.flopex.costing;

import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * Switch counts of a folded-Clos ("fat tree") network of switches with {@code radix} ports, for
 * {@code endpoints} host ports, with an optional oversubscription at the leaf.
 *
 * <p>With radix k and leaf oversubscription o (1 = non-blocking, 2 = 2:1), a leaf has d =
 * floor(k·o/(1+o)) down-ports and u = k − d up-ports. Capacities: one tier serves k endpoints; two
 * tiers k·d (each spine port reaches one leaf, at most k leaves); three tiers (k/2)·k·d (k pods of
 * k/2 leaves, each aggregation switch k/2 down and k/2 up). Counts for N endpoints:
 *
 * <ul>
 *   <li>leaves L = ceil(N / d) (one leaf when N ≤ k in a one-tier design);
 *   <li>two tiers: spines S = ceil(L·u / k);
 *   <li>three tiers: aggregation (spine) switches S = ceil(L·u / (k/2)), core C = ceil(S·(k/2) / k).
 * </ul>
 *
 * <p>For N = k³/4 non-blocking this gives the textbook k²/2 edge, k²/2 aggregation and k²/4 core
 * switches (Al-Fares et al., "A Scalable, Commodity Data Center Network Architecture", SIGCOMM
 * 2008). See {@code docs/model.md}.
 *
 * @since 0.1
 */
@Value.Immutable
public interface FatTree {

  /** Returns the number of endpoint (host) ports. */
  long endpoints();

  /** Returns the switch radix used (ports at the endpoint speed). */
  int radix();

  /** Returns the leaf oversubscription ratio (down:up), 1 for non-blocking. */
  double oversubscription();

  /** Returns the number of tiers, 1 to 3. */
  int tiers();

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
   * Returns the largest number of endpoints a design of {@code tiers} tiers can serve.
   *
   * @param radix the switch radix
   * @param oversubscription leaf down:up ratio, at least 1
   * @param tiers 1, 2 or 3
   * @return the capacity
   */
  static long capacity(int radix, double oversubscription, int tiers) {
    long k = radix;
    long d = down(radix, oversubscription);
    switch (tiers) {
      case 1:
        return k;
      case 2:
        return k * d;
      case 3:
        return (k / 2) * k * d;
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
    Check.positive(endpoints, "endpoints");
    checkRadix(radix, oversubscription);
    for (int t = 1; t <= 3; t++) {
      if (endpoints <= capacity(radix, oversubscription, t)) {
        return design(endpoints, radix, oversubscription, t);
      }
    }
    throw new ValidationException("endpoints", Long.toString(endpoints),
        "must be <= " + capacity(radix, oversubscription, 3) + ", the capacity of a 3-tier fat tree of radix " + radix
            + " at " + dev.flopex.core.validation.Check.format(oversubscription) + ":1 oversubscription");
  }

  private static void checkRadix(int radix, double oversubscription) {
    Check.that(radix >= 4 && radix % 2 == 0, "radix", Integer.toString(radix), "must be an even number >= 4");
    Check.atLeast(oversubscription, 1, "oversubscription", "");
    Check.that(down(radix, oversubscription) < radix, "oversubscription", Check.format(oversubscription),
        "must leave at least one uplink on a radix-" + radix + " leaf");
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
    Check.positive(endpoints, "endpoints");
    checkRadix(radix, oversubscription);
    long cap = capacity(radix, oversubscription, tiers);
    if (endpoints > cap) {
      throw new ValidationException("endpoints", Long.toString(endpoints),
          "must be <= " + cap + " for a " + tiers + "-tier fat tree of radix " + radix);
    }
    long[] c = new long[COUNTS];
    counts(endpoints, radix, oversubscription, tiers, c);
    return ImmutableFatTree.builder().endpoints(endpoints).radix(radix).oversubscription(oversubscription).tiers(tiers)
        .leaves(c[LEAVES]).spines(c[SPINES]).cores(c[CORES]).leafSpineLinks(c[LEAF_SPINE_LINKS])
        .spineCoreLinks(c[SPINE_CORE_LINKS]).build();
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
   * Writes the counts of a design into {@code out} without allocating, for the calculation
   * kernel. Inputs must already be valid (as checked by {@link #design}); with {@code tiers} 0
   * the fewest tiers that fit are used.
   *
   * @param endpoints host ports
   * @param radix switch ports at the endpoint speed
   * @param oversubscription leaf down:up ratio
   * @param tiers 1 to 3, or 0 for the fewest that fit
   * @param out receives tiers, leaves, spines, cores, leaf-spine links, spine-core links
   */
  static void counts(long endpoints, int radix, double oversubscription, int tiers, long[] out) {
    long k = radix;
    long d = down(radix, oversubscription);
    long u = k - d;
    int t = tiers;
    if (t == 0) {
      t = endpoints <= k ? 1 : endpoints <= k * d ? 2 : 3;
    }
    out[TIERS] = t;
    if (t == 1) {
      out[LEAVES] = 1;
      out[SPINES] = 0;
      out[CORES] = 0;
      out[LEAF_SPINE_LINKS] = 0;
      out[SPINE_CORE_LINKS] = 0;
      return;
    }
    long leaves = ceilDiv(endpoints, d);
    out[LEAVES] = leaves;
    out[LEAF_SPINE_LINKS] = leaves * u;
    if (t == 2) {
      out[SPINES] = ceilDiv(leaves * u, k);
      out[CORES] = 0;
      out[SPINE_CORE_LINKS] = 0;
      return;
    }
    long spines = ceilDiv(leaves * u, k / 2);
    out[SPINES] = spines;
    out[CORES] = ceilDiv(spines * (k / 2), k);
    out[SPINE_CORE_LINKS] = spines * (k / 2);
  }

  private static long ceilDiv(long a, long b) {
    return Math.floorDiv(a + b - 1, b);
  }
}
