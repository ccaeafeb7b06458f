package dev.flopex.catalog;

import dev.flopex.core.provenance.PartialDate;
import dev.flopex.core.provenance.Provenance;
import org.immutables.value.Value;

/**
 * A dated change of a part's {@link LifecycleStatus}, with the source that reports it.
 *
 * @since 0.3
 */
@Value.Immutable
public interface StatusChange {

  /** Returns the status entered on {@link #date()}. */
  LifecycleStatus status();

  /** Returns the date the status was entered, to the precision the source gives. */
  PartialDate date();

  /** Returns where the status and date come from. */
  Provenance provenance();

  /** Returns a new builder. */
  static ImmutableStatusChange.Builder builder() {
    return ImmutableStatusChange.builder();
  }
}
