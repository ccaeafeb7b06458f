package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.CostBasis}. */
@Value.Immutable
public interface CostBasis extends dev.flopex.costing.CostBasis {}
