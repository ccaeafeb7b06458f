package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.CapacityPlan}. */
@Value.Immutable
public interface CapacityPlan extends dev.flopex.costing.CapacityPlan {}
