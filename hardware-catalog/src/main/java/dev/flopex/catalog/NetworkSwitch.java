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

  /**
   * Returns the power drawn. For a switch with {@linkplain #hasCoPackagedOptics() co-packaged
   * optics} it includes the switch-side optics.
   */
  Optional<Sourced<Quantity<PowerUnit>>> power();

  /**
   * Returns whether the switch's optics are co-packaged with its ASIC (catalog field {@code
   * co_packaged_optics}): its ports are fibre connectors, not transceiver cages, and its power (and
   * any price) includes the switch-side optics. Empty when the catalog does not say, which the
   * costing reads as pluggable optics.
   *
   * @since 0.5
   */
  Optional<Sourced<Boolean>> coPackagedOptics();

  /**
   * Returns whether the catalog says the optics are co-packaged: {@link #coPackagedOptics()} is
   * present and true. A fabric of such switches costs no transceiver at a switch end (see {@code
   * docs/model.md} §3).
   *
   * @since 0.5
   */
  default boolean hasCoPackagedOptics() {
    return coPackagedOptics().map(Sourced::value).orElse(false);
  }

  /** Returns a new builder. */
  static ImmutableNetworkSwitch.Builder builder() {
    return ImmutableNetworkSwitch.builder();
  }
}
