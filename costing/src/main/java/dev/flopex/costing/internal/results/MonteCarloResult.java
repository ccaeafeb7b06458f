package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.analysis.MonteCarloResult}. */
@Value.Immutable
public interface MonteCarloResult extends dev.flopex.costing.analysis.MonteCarloResult {}
