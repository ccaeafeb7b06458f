package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.ClusterResult}. */
@Value.Immutable
public interface ClusterResult extends dev.flopex.costing.ClusterResult {}
