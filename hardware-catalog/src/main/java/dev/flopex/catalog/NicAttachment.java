package dev.flopex.catalog;

import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.validation.Check;
import org.immutables.value.Value;

/**
 * A number of one NIC in a system, with the network it serves.
 *
 * @since 0.1
 */
@Value.Immutable
public interface NicAttachment {

  /** Returns the NIC. */
  Nic nic();

  /** Returns how many the system has. */
  int count();

  /** Returns which network they serve. */
  NicRole role();

  /** Returns where the figure came from. */
  Provenance provenance();

  /** Checks the count. */
  @Value.Check
  default void check() {
    Check.positive(count(), "nics.count");
  }

  /** Returns a new builder. */
  static ImmutableNicAttachment.Builder builder() {
    return ImmutableNicAttachment.builder();
  }
}
