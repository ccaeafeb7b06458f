package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.CostLine}. */
@Value.Immutable
public interface CostLine extends dev.flopex.costing.CostLine {}
