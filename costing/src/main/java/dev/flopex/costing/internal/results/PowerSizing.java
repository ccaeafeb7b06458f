package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.PowerSizing}. */
@Value.Immutable
public interface PowerSizing extends dev.flopex.costing.PowerSizing {}
