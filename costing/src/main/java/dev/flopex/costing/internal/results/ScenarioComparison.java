package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.analysis.ScenarioComparison}. */
@Value.Immutable
public interface ScenarioComparison extends dev.flopex.costing.analysis.ScenarioComparison {}
