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
 * ends. A rail-optimised design connects each of a server's NICs to a different leaf; it changes
 * which leaf a port lands on, not how many switches there are.
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

  /** Returns whether the design is rail-optimised (documentation only; counts are the same). */
  @Value.Default
  default boolean railOptimized() {
    return true;
  }

  /** Returns a note on the design. */
  Optional<String> note();

  /** Checks the oversubscription and tier count. */
  @Value.Check
  default void check() {
    Check.atLeast(oversubscription(), 1, "network." + name() + ".oversubscription", "");
    tiers().ifPresent(t -> Check.that(t >= 1 && t <= 3, "network." + name() + ".tiers", Integer.toString(t), "must be 1, 2 or 3"));
  }

  /** Returns a new builder. */
  static ImmutableNetworkDesign.Builder builder() {
    return ImmutableNetworkDesign.builder();
  }
}
