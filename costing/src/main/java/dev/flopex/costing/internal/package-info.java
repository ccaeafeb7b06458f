/**
 * The costing engine's implementation: calculators, the compiled evaluation kernel (primitive
 * arrays, no allocation per sample), power planning, Monte Carlo and the unit-economics formulas.
 * Not exported by the module and not an API: use {@link dev.flopex.costing.CostEngine}.
 */
@NullMarked
@FlopexStyle
package dev.flopex.costing.internal;

import dev.flopex.core.FlopexStyle;
import org.jspecify.annotations.NullMarked;
