package dev.flopex.costing.internal.results;

import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.AccountingCost}. */
@Value.Immutable
public interface AccountingCost extends dev.flopex.costing.AccountingCost {}
