/**
 * The flopex costing engine: capacity, bill of materials, CapEx, OpEx, financing and TCO of
 * accelerator clusters and fleets, on top of the hardware catalog. Formulas are documented with
 * their sources in {@code docs/model.md}, defaults in {@code docs/assumptions.md}.
 */
@NullMarked
@FlopexStyle
package dev.flopex.costing;

import dev.flopex.core.FlopexStyle;
import org.jspecify.annotations.NullMarked;
