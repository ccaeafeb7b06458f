package dev.flopex.costing;

import dev.flopex.catalog.LinkPart;
import dev.flopex.catalog.NetworkSwitch;
import dev.flopex.catalog.NicRole;
import dev.flopex.core.validation.Check;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A network for a cluster: which server NICs it connects (by {@link NicRole}), the switch, the
 * transceivers or cables for server links and switch-to-switch links, the leaf oversubscription
 * and, optionally, a fixed number of tiers (by default the fewest that fit).
 *
 * <p>Server links use {@link #serverLinkNicEnd()} at the NIC and {@link #serverLinkSwitchEnd()} at
 * the switch (e.g. a 400G OSFP at a ConnectX-7, half a twin-port 800G OSFP at a Quantum-2 switch);
 * a cable (DAC/AOC) part is one per link. Switch-to-switch links use {@link #fabricLink()} at both
 * ends.
 *
 * <p>The {@link #topology()} and {@link #planes()} say how the switches are arranged: one fat tree
 * (the default), a multi-plane fat tree (P independent planes, each with E/P endpoints), a
 * rail-optimised fat tree (each of a server's NIC ports on its own leaf) or rail-only (one
 * independent network per NIC port); see {@code docs/model.md} §3.
 *
 * @since 0.1
 */
@Value.Immutable
public interface NetworkDesign {

  /** Returns a name, e.g. {@code scale-out}. */
  String name();

  /** Returns which server NICs this network connects. */
  NicRole role();

  /** Returns the switch used at every tier. */
  NetworkSwitch networkSwitch();

  /** Returns the part at the NIC end of a server link. */
  LinkPart serverLinkNicEnd();

  /** Returns the part at the switch end of a server link. */
  LinkPart serverLinkSwitchEnd();

  /** Returns the part at both ends of a switch-to-switch link. */
  LinkPart fabricLink();

  /** Returns the leaf oversubscription (down:up), 1 for non-blocking. */
  @Value.Default
  default double oversubscription() {
    return 1.0;
  }

  /** Returns a fixed tier count, or empty to use the fewest tiers that fit. */
  OptionalInt tiers();

  /**
   * Returns how the switches are arranged; by default one {@link Topology#FAT_TREE} per plane.
   *
   * @since 0.3
   */
  @Value.Default
  default Topology topology() {
    return Topology.FAT_TREE;
  }

  /**
   * Returns the independent planes the server ports are spread over (1 by default); must divide
   * the NIC ports each server has on this network. A {@link Topology#RAIL_ONLY} design has one
   * plane per port whatever this says, so it must be 1 or that port count.
   *
   * @since 0.3
   */
  @Value.Default
  default int planes() {
    return 1;
  }

  /**
   * Returns whether the design is rail-optimised.
   *
   * @deprecated since 0.3: read {@link #topology()}; before 0.3 this was documentation only and
   *     the counts were those of a plain fat tree.
   */
  @Deprecated
  default boolean railOptimized() {
    return topology() == Topology.RAIL_OPTIMIZED;
  }

  /**
   * Returns the design's name for output, e.g. {@code fat tree}, {@code multi-plane fat tree (8
   * planes)} or {@code rail-only}.
   *
   * @since 0.3
   */
  default String designName() {
    if (topology() == Topology.RAIL_ONLY) {
      return topology().label();
    }
    String base = planes() > 1 && topology() == Topology.FAT_TREE ? "multi-plane fat tree" : topology().label();
    return planes() > 1 ? base + " (" + planes() + " planes)" : base;
  }

  /** Returns a note on the design. */
  Optional<String> note();

  /** Checks the oversubscription and tier count. */
  @Value.Check
  default void check() {
    Check.atLeast(oversubscription(), 1, "network." + name() + ".oversubscription", "");
    tiers().ifPresent(t -> Check.that(t >= 1 && t <= 3, "network." + name() + ".tiers", Integer.toString(t), "must be 1, 2 or 3"));
    Check.that(planes() >= 1, "network." + name() + ".planes", Integer.toString(planes()), "must be >= 1");
  }

  /** Returns a new builder. */
  static ImmutableNetworkDesign.Builder builder() {
    return ImmutableNetworkDesign.builder();
  }
}
