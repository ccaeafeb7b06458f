package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.BomLine}. */
@Value.Immutable
public interface BomLine extends dev.flopex.costing.BomLine {}
