package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.economics.UseCost}. */
@Value.Immutable
public interface UseCost extends dev.flopex.costing.economics.UseCost {}
