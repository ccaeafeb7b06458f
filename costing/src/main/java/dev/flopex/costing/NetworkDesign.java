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
 * ends. A link between two transceivers also costs one passive fibre assembly, the {@link
 * LinkPart#fibre()} its first end names (else its second end's); when neither names one, no fibre
 * is counted and the result carries a {@link Warning.Kind#MISSING_FIBRE} warning.
 *
 * <p>A switch with {@linkplain NetworkSwitch#hasCoPackagedOptics() co-packaged optics} (e.g. {@code
 * spectrum-6-sn6810-ld}) has its optics inside, in its power and price: its ends are then the
 * passive fibre assembly that plugs into it ({@link #serverLinkSwitchEnd()} and {@link
 * #fabricLink()} must be of {@link dev.flopex.catalog.LinkKind#FIBRE kind fibre}; a transceiver or
 * cable there is refused rather than counted twice), so a server link costs its NIC-end transceiver
 * and one fibre (the switch end, whatever fibre the transceiver names) and a switch-to-switch link
 * one fibre.
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

  /**
   * The switch of the reference scale-out network: NVIDIA Quantum-2 NDR InfiniBand, the fabric of
   * the DGX H100/H200/B200 reference architectures (catalog source {@code
   * nvidia-dgx-basepod-ra-core-components}).
   *
   * @since 0.4
   */
  String REFERENCE_SWITCH = "quantum-2-qm9700";

  /** The NIC end of a server link of the reference network: a 400G OSFP transceiver. @since 0.4 */
  String REFERENCE_NIC_LINK = "osfp-400g-sr4";

  /**
   * The switch end of a server link of the reference network: half a twin-port 800G OSFP. @since
   * 0.4
   */
  String REFERENCE_SWITCH_LINK = "osfp-800g-2xsr4";

  /**
   * Both ends of a switch-to-switch link of the reference network: twin-port 800G OSFPs. @since 0.4
   */
  String REFERENCE_FABRIC_LINK = "osfp-800g-2xsr4";

  /**
   * Returns the reference scale-out network for {@code system}, with its parts from {@code
   * catalog}: a non-blocking fat tree named {@code scale-out} of {@link #REFERENCE_SWITCH}
   * switches, {@link #REFERENCE_NIC_LINK} at the NIC, {@link #REFERENCE_SWITCH_LINK} at the switch
   * and {@link #REFERENCE_FABRIC_LINK} between switches, the fewest tiers that fit (the network the
   * CLI's {@code tco} builds by default). The reference fabric runs at the switch's port speed, so
   * the system's scale-out NICs must run at it too.
   *
   * <pre>{@code
   * SystemSpec sys = catalog.system("hgx-h100");
   * Cluster c = Cluster.builder().name("h100").system(sys).servers(128)
   *     .addNetworks(NetworkDesign.referenceFor(sys, catalog)) ... .build();
   * NetworkDesign.referenceFor(sys, catalog).withOversubscription(2);  // a 2:1 variant
   * }</pre>
   *
   * @param system the system
   * @param catalog the catalog holding the reference parts (an overlay may reprice them)
   * @return the network
   * @throws dev.flopex.core.validation.ValidationException naming the system when it has no
   *     scale-out NIC, or when its scale-out NIC ports do not run at the reference switch's port
   *     speed (e.g. 800 Gb/s ConnectX-8): build a {@code NetworkDesign} for it instead
   * @throws dev.flopex.catalog.UnknownPartException when the catalog lacks a reference part
   * @since 0.4
   */
  static NetworkDesign referenceFor(
      dev.flopex.catalog.SystemSpec system, dev.flopex.catalog.HardwareCatalog catalog) {
    NetworkSwitch sw = catalog.networkSwitch(REFERENCE_SWITCH);
    double switchGbps =
        sw.portSpeed().value().in(dev.flopex.core.units.DataRateUnit.GIGABITS_PER_SECOND);
    java.util.List<dev.flopex.catalog.NicAttachment> scaleOut =
        system.nics().stream().filter(n -> n.role() == NicRole.SCALE_OUT).toList();
    Check.that(
        !scaleOut.isEmpty(),
        "system",
        system.id(),
        "must have a scale-out NIC in the catalog for a reference scale-out network; build a NetworkDesign for it");
    for (dev.flopex.catalog.NicAttachment n : scaleOut) {
      double gbps =
          n.nic().portSpeed().value().in(dev.flopex.core.units.DataRateUnit.GIGABITS_PER_SECOND);
      Check.that(
          gbps == switchGbps,
          "system",
          system.id(),
          "must have scale-out NIC ports at "
              + Check.format(switchGbps, "Gb/s")
              + " for the reference network ("
              + REFERENCE_SWITCH
              + "; its "
              + n.nic().id()
              + " runs at "
              + Check.format(gbps, "Gb/s")
              + "): build a NetworkDesign for it");
    }
    return builder()
        .name("scale-out")
        .role(NicRole.SCALE_OUT)
        .networkSwitch(sw)
        .serverLinkNicEnd(catalog.link(REFERENCE_NIC_LINK))
        .serverLinkSwitchEnd(catalog.link(REFERENCE_SWITCH_LINK))
        .fabricLink(catalog.link(REFERENCE_FABRIC_LINK))
        .build();
  }

  /** Returns a name, e.g. {@code scale-out}. */
  String name();

  /** Returns which server NICs this network connects. */
  NicRole role();

  /** Returns the switch used at every tier. */
  NetworkSwitch networkSwitch();

  /** Returns the part at the NIC end of a server link. */
  LinkPart serverLinkNicEnd();

  /**
   * Returns the part at the switch end of a server link: a transceiver or cable, or at a switch
   * with co-packaged optics the fibre assembly that plugs into it.
   */
  LinkPart serverLinkSwitchEnd();

  /**
   * Returns the part at both ends of a switch-to-switch link: a transceiver or cable, or at a
   * switch with co-packaged optics the fibre assembly between the two switches.
   */
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
   * Returns the independent planes the server ports are spread over (1 by default); must divide the
   * NIC ports each server has on this network. A {@link Topology#RAIL_ONLY} design has one plane
   * per port whatever this says, so it must be 1 or that port count.
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
   * @deprecated since 0.3: read {@link #topology()}; before 0.3 this was documentation only and the
   *     counts were those of a plain fat tree.
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
    String base =
        planes() > 1 && topology() == Topology.FAT_TREE
            ? "multi-plane fat tree"
            : topology().label();
    return planes() > 1 ? base + " (" + planes() + " planes)" : base;
  }

  /** Returns a note on the design. */
  Optional<String> note();

  /** Checks the oversubscription and tier count. */
  @Value.Check
  default void check() {
    Check.atLeast(oversubscription(), 1, "network." + name() + ".oversubscription", "");
    tiers()
        .ifPresent(
            t ->
                Check.that(
                    t >= 1 && t <= 3,
                    "network." + name() + ".tiers",
                    Integer.toString(t),
                    "must be 1, 2 or 3"));
    Check.that(
        planes() >= 1, "network." + name() + ".planes", Integer.toString(planes()), "must be >= 1");
    notFibre(serverLinkNicEnd(), "serverLinkNicEnd");
    if (networkSwitch().hasCoPackagedOptics()) {
      Check.that(
          serverLinkNicEnd().kind() == dev.flopex.catalog.LinkKind.TRANSCEIVER,
          "network." + name() + ".serverLinkNicEnd",
          serverLinkNicEnd().id() + " (" + kindName(serverLinkNicEnd()) + ")",
          "must be a transceiver: "
              + networkSwitch().id()
              + " has co-packaged optics, with fibre connectors and no cage for a cable");
      coPackagedEnd(serverLinkSwitchEnd(), "serverLinkSwitchEnd");
      coPackagedEnd(fabricLink(), "fabricLink");
    } else {
      notFibre(serverLinkSwitchEnd(), "serverLinkSwitchEnd");
      notFibre(fabricLink(), "fabricLink");
    }
  }

  private static String kindName(LinkPart p) {
    return p.kind().name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * A switch end at a co-packaged-optics switch must be the fibre assembly that plugs into it: a
   * transceiver there would count the switch's optics a second time (they are in its power and
   * price), and a cable cannot plug into its fibre connectors.
   */
  private void coPackagedEnd(LinkPart p, String end) {
    Check.that(
        p.kind() == dev.flopex.catalog.LinkKind.FIBRE,
        "network." + name() + "." + end,
        p.id() + " (" + kindName(p) + ")",
        "must be a passive fibre assembly (link kind fibre, e.g. "
            + serverLinkNicEnd().fibre().map(LinkPart::id).orElse("fibre-mpo12-os2-8f")
            + "): "
            + networkSwitch().id()
            + " has co-packaged optics, already in its power and price, so a transceiver or"
            + " cable at its end would count its optics twice");
  }

  private void notFibre(LinkPart p, String end) {
    Check.that(
        p.kind() != dev.flopex.catalog.LinkKind.FIBRE,
        "network." + name() + "." + end,
        p.id(),
        "must be a transceiver or a cable, not a passive fibre assembly (a fibre is costed, one per"
            + " link, with the transceiver that names it)");
  }

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param name the network name
   * @return the copy
   * @since 0.4
   */
  NetworkDesign withName(String name);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param oversubscription the oversubscription, >= 1
   * @return the copy
   * @since 0.4
   */
  NetworkDesign withOversubscription(double oversubscription);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param tiers the fixed number of switch tiers
   * @return the copy
   * @since 0.4
   */
  NetworkDesign withTiers(int tiers);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param topology the topology
   * @return the copy
   * @since 0.4
   */
  NetworkDesign withTopology(Topology topology);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param planes the number of planes
   * @return the copy
   * @since 0.4
   */
  NetworkDesign withPlanes(int planes);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param networkSwitch the switch
   * @return the copy
   * @since 0.4
   */
  NetworkDesign withNetworkSwitch(dev.flopex.catalog.NetworkSwitch networkSwitch);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param link the NIC end of a server link
   * @return the copy
   * @since 0.4
   */
  NetworkDesign withServerLinkNicEnd(dev.flopex.catalog.LinkPart link);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param link the switch end of a server link
   * @return the copy
   * @since 0.4
   */
  NetworkDesign withServerLinkSwitchEnd(dev.flopex.catalog.LinkPart link);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param link the switch-to-switch link
   * @return the copy
   * @since 0.4
   */
  NetworkDesign withFabricLink(dev.flopex.catalog.LinkPart link);

  /** Returns a new builder. */
  static ImmutableNetworkDesign.Builder builder() {
    return ImmutableNetworkDesign.builder();
  }

  /**
   * Returns a copy with {@code role} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  NetworkDesign withRole(NicRole value);

  /**
   * Returns a copy with {@code tiers} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  NetworkDesign withTiers(OptionalInt optional);

  /**
   * Returns a copy with {@code note} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  NetworkDesign withNote(String value);

  /**
   * Returns a copy with {@code note} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  NetworkDesign withNote(Optional<String> optional);
}
