package dev.flopex.catalog;

import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.units.Quantity;
import dev.flopex.core.validation.Check;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A server, rack or multi-rack pod built around accelerators: which accelerator and how many, CPUs,
 * memory, NICs, storage, maximum power, rack units, cooling, and the parts around it (scale-up
 * switch trays, coolant distribution units) as {@link SystemComponent}s, each either inside the
 * system's price or priced on its own, never dropped.
 *
 * @since 0.1
 */
@Value.Immutable
public interface SystemSpec extends Part {

  /** Returns whether it is a server or a rack. */
  SystemKind kind();

  /** Returns the accelerator it holds. */
  Accelerator accelerator();

  /** Returns how many accelerators it holds. */
  Sourced<Integer> acceleratorCount();

  /** Returns the CPUs, as text (model and core count). */
  Optional<Sourced<String>> cpu();

  /** Returns the number of CPU sockets. */
  Optional<Sourced<Integer>> cpuCount();

  /** Returns the host memory. */
  Optional<Sourced<Quantity<DataSizeUnit>>> systemMemory();

  /** Returns its network adapters. */
  List<NicAttachment> nics();

  /** Returns its local storage. */
  Optional<Sourced<Quantity<DataSizeUnit>>> storage();

  /** Returns its maximum power. */
  Optional<Sourced<Quantity<PowerUnit>>> maxPower();

  /** Returns its height in rack units. */
  Optional<Sourced<Integer>> rackUnits();

  /**
   * Returns the racks one system fills: 1 for a {@link SystemKind#RACK}, the sourced count for a
   * {@link SystemKind#POD}; empty for a server (servers are packed into racks by power).
   *
   * @since 0.3
   */
  Optional<Sourced<Integer>> racks();

  /**
   * Returns how the system is cooled, when known.
   *
   * @since 0.3
   */
  Optional<Sourced<Cooling>> cooling();

  /**
   * Returns the parts that come with each system: inside its price (listed so they are never
   * dropped) or bought beside it (priced on their own, or flagged as unpriced).
   *
   * @since 0.3
   */
  List<SystemComponent> components();

  /** Checks counts. */
  @Value.Check
  default void check() {
    Check.identifier(id(), "id");
    Check.positive(acceleratorCount().value(), "accelerator_count");
    cpuCount().ifPresent(c -> Check.positive(c.value(), "cpu_count"));
    rackUnits().ifPresent(c -> Check.positive(c.value(), "rack_units"));
    maxPower()
        .ifPresent(p -> Check.positive(p.value().value(), "max_power", p.value().unit().symbol()));
    racks().ifPresent(r -> Check.positive(r.value(), "racks"));
    Check.that(
        kind() != SystemKind.POD || racks().isPresent(),
        "racks",
        null,
        "must be given for a pod (how many racks one pod fills)");
    Check.that(
        kind() == SystemKind.POD || racks().isEmpty(),
        "racks",
        racks().map(r -> r.value().toString()).orElse(""),
        "must be given only for a pod (a rack is 1, servers are packed by power)");
  }

  /** Returns a new builder. */
  static ImmutableSystemSpec.Builder builder() {
    return ImmutableSystemSpec.builder();
  }
}
