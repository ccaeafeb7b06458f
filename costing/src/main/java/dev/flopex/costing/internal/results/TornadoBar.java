package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.analysis.TornadoBar}. */
@Value.Immutable
public interface TornadoBar extends dev.flopex.costing.analysis.TornadoBar {}
