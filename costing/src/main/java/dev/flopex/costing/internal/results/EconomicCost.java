package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.EconomicCost}. */
@Value.Immutable
public interface EconomicCost extends dev.flopex.costing.EconomicCost {}
