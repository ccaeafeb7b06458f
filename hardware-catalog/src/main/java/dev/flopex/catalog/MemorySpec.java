package dev.flopex.catalog;

import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.Quantity;
import dev.flopex.core.validation.Check;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An accelerator's local memory: type, capacity and peak bandwidth. Capacity keeps the unit the
 * vendor meant: HBM "80GB" is JEDEC binary, stored as 80 GiB (85.9 GB).
 *
 * @since 0.1
 */
@Value.Immutable
public interface MemorySpec {

  /** Returns the memory technology, e.g. {@link MemoryType#HBM3E}, when known. */
  Optional<MemoryType> type();

  /** Returns the capacity. */
  Sourced<Quantity<DataSizeUnit>> capacity();

  /** Returns the peak bandwidth (bytes per second), when known. */
  Optional<Sourced<Quantity<DataRateUnit>>> bandwidth();

  /** Checks positive figures. */
  @Value.Check
  default void check() {
    Quantity<DataSizeUnit> c = capacity().value();
    Check.positive(c.value(), "memory.capacity", c.unit().symbol());
    bandwidth()
        .ifPresent(
            b -> Check.positive(b.value().value(), "memory.bandwidth", b.value().unit().symbol()));
  }

  /** Returns a new builder. */
  static ImmutableMemorySpec.Builder builder() {
    return ImmutableMemorySpec.builder();
  }
}
