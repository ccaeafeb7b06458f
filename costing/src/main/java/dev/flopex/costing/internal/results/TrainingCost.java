package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.economics.TrainingCost}. */
@Value.Immutable
public interface TrainingCost extends dev.flopex.costing.economics.TrainingCost {}
