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
 * A server or rack built around accelerators: which accelerator and how many, CPUs, memory, NICs,
 * storage, maximum power and rack units.
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

  /** Checks counts. */
  @Value.Check
  default void check() {
    Check.identifier(id(), "id");
    Check.positive(acceleratorCount().value(), "accelerator_count");
    cpuCount().ifPresent(c -> Check.positive(c.value(), "cpu_count"));
    rackUnits().ifPresent(c -> Check.positive(c.value(), "rack_units"));
    maxPower().ifPresent(p -> Check.positive(p.value().value(), "max_power", p.value().unit().symbol()));
  }

  /** Returns a new builder. */
  static ImmutableSystemSpec.Builder builder() {
    return ImmutableSystemSpec.builder();
  }
}
