package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.economics.InferenceCost}. */
@Value.Immutable
public interface InferenceCost extends dev.flopex.costing.economics.InferenceCost {}
