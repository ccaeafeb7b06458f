package dev.flopex.catalog;

import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.units.Quantity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A transceiver or cable: its kind, speed (per direction, bits per second), reach and power.
 *
 * @since 0.1
 */
@Value.Immutable
public interface LinkPart extends Part {

  /** Returns the kind of link part. */
  LinkKind kind();

  /** Returns the data rate, per direction. */
  Sourced<Quantity<DataRateUnit>> speed();

  /** Returns the maximum reach in metres. */
  Optional<Sourced<Double>> reachMetres();

  /** Returns the power drawn (per transceiver or per cable end, as the note says). */
  Optional<Sourced<Quantity<PowerUnit>>> power();

  /**
   * Returns the passive fibre assembly one link of this transceiver runs over (kind {@link
   * LinkKind#FIBRE}), when the catalog names one; empty for cables and for transceivers whose fibre
   * has no price in the catalog.
   *
   * @since 0.5
   */
  Optional<LinkPart> fibre();

  /** Checks that only a transceiver names a fibre, and that the fibre is of kind fibre. */
  @Value.Check
  default void checkFibre() {
    fibre()
        .ifPresent(
            f -> {
              dev.flopex.core.validation.Check.that(
                  kind() == LinkKind.TRANSCEIVER,
                  "links." + id() + ".fibre",
                  f.id(),
                  "may only be given for a transceiver, but "
                      + id()
                      + " is a "
                      + kind().name().toLowerCase(java.util.Locale.ROOT));
              dev.flopex.core.validation.Check.that(
                  f.kind() == LinkKind.FIBRE,
                  "links." + id() + ".fibre",
                  f.id(),
                  "must name a link part of kind fibre, but "
                      + f.id()
                      + " is a "
                      + f.kind().name().toLowerCase(java.util.Locale.ROOT));
            });
  }

  /** Returns a new builder. */
  static ImmutableLinkPart.Builder builder() {
    return ImmutableLinkPart.builder();
  }
}
