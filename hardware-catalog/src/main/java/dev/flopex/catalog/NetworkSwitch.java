package dev.flopex.catalog;

import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.LinkBandwidth;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.units.Quantity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A network switch: its protocol, radix (ports) and port speed, and its switching capacity with the
 * direction the vendor's figure counts.
 *
 * @since 0.1
 */
@Value.Immutable
public interface NetworkSwitch extends Part {

  /** Returns the protocol: {@code InfiniBand} or {@code Ethernet}. */
  String protocol();

  /** Returns the number of ports at {@link #portSpeed()} (the radix). */
  Sourced<Integer> ports();

  /** Returns the line rate of one port, per direction. */
  Sourced<Quantity<DataRateUnit>> portSpeed();

  /** Returns the switching capacity as the vendor states it. */
  Optional<Sourced<LinkBandwidth>> switchingCapacity();

  /** Returns the height in rack units. */
  Optional<Sourced<Integer>> rackUnits();

  /** Returns the power drawn. */
  Optional<Sourced<Quantity<PowerUnit>>> power();

  /** Returns a new builder. */
  static ImmutableNetworkSwitch.Builder builder() {
    return ImmutableNetworkSwitch.builder();
  }
}
