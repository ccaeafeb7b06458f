/**
 * Provenance: where every figure came from. A {@link dev.flopex.core.provenance.Sourced} value
 * carries a {@link dev.flopex.core.provenance.Provenance} (a {@link
 * dev.flopex.core.provenance.Source}, a {@link dev.flopex.core.provenance.Confidence} and a note)
 * and the values other sources gave, when they disagree. {@link
 * dev.flopex.core.provenance.PartialDate} keeps dates as precisely as sources give them.
 */
@NullMarked
@FlopexStyle
package dev.flopex.core.provenance;

import dev.flopex.core.FlopexStyle;
import org.jspecify.annotations.NullMarked;
