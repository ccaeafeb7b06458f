package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.economics.RentalResult}. */
@Value.Immutable
public interface RentalResult extends dev.flopex.costing.economics.RentalResult {}
