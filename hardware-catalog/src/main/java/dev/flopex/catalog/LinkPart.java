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

  /** Returns a new builder. */
  static ImmutableLinkPart.Builder builder() {
    return ImmutableLinkPart.builder();
  }
}
