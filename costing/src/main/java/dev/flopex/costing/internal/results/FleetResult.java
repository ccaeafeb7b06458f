package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.FleetResult}. */
@Value.Immutable
public interface FleetResult extends dev.flopex.costing.FleetResult {}
