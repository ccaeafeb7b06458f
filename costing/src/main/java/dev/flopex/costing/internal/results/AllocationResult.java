package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.economics.AllocationResult}. */
@Value.Immutable
public interface AllocationResult extends dev.flopex.costing.economics.AllocationResult {}
