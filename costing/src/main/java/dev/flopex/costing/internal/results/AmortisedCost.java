package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.AmortisedCost}. */
@Value.Immutable
public interface AmortisedCost extends dev.flopex.costing.AmortisedCost {}
