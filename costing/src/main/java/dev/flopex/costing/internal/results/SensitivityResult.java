package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.analysis.SensitivityResult}. */
@Value.Immutable
public interface SensitivityResult extends dev.flopex.costing.analysis.SensitivityResult {}
