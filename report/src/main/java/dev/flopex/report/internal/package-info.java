/**
 * Not API: the text formatting shared by the report renderers and flopex's own command line (number
 * formats, aligned tables, Markdown and HTML documents, CSV records, JSON printing,
 * largest-remainder rounding of printed parts). It may change in any release; embedders use {@link
 * dev.flopex.report.FleetReport} and {@link dev.flopex.report.ReportFormat} instead.
 */
@NullMarked
@FlopexStyle
package dev.flopex.report.internal;

import dev.flopex.core.FlopexStyle;
import org.jspecify.annotations.NullMarked;
