/**
 * US export-control classification of accelerators: {@link
 * dev.flopex.catalog.exportcontrol.ExportMetrics} computes TPP and performance density from catalog
 * figures; {@link dev.flopex.catalog.exportcontrol.Rule}s (data with effective dates) classify a
 * chip into a {@link dev.flopex.catalog.exportcontrol.Decision} that explains which threshold
 * triggered. Entry point: {@link dev.flopex.catalog.HardwareCatalog#exportControls()}.
 */
@NullMarked
@FlopexStyle
package dev.flopex.catalog.exportcontrol;

import dev.flopex.core.FlopexStyle;
import org.jspecify.annotations.NullMarked;
