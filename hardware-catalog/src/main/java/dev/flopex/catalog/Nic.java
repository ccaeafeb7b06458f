package dev.flopex.catalog;

import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.units.Quantity;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A network adapter (NIC, SuperNIC or DPU). Port speed is a per-direction line rate in bits per
 * second, as network vendors quote it.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Nic extends Part {

  /** Returns the number of network ports. */
  Sourced<Integer> ports();

  /** Returns the line rate of one port, per direction. */
  Sourced<Quantity<DataRateUnit>> portSpeed();

  /** Returns the protocols, e.g. {@code InfiniBand NDR}, {@code Ethernet}. */
  List<String> protocols();

  /** Returns the host interface. */
  Optional<Sourced<String>> hostInterface();

  /** Returns the power drawn. */
  Optional<Sourced<Quantity<PowerUnit>>> power();

  /** Returns a new builder. */
  static ImmutableNic.Builder builder() {
    return ImmutableNic.builder();
  }
}
