/**
 * Charts, HTML reports and text renderings of flopex results.
 *
 * <p>{@link dev.flopex.report.FleetReport} renders a costed fleet (or one cluster) exactly as the
 * command line prints it: {@code render(ReportFormat, Appendable)} for table, JSON, CSV and
 * Markdown, {@code html()} for the HTML report (summary and charts first, detail collapsible) and
 * {@code charts()}. Every other command's output has its report of the same shape: {@link
 * dev.flopex.report.ComparisonReport} ({@code flopex compare}), {@link
 * dev.flopex.report.SensitivityReport} ({@code flopex sensitivity}), {@link
 * dev.flopex.report.MonteCarloReport} ({@code flopex montecarlo}), {@link
 * dev.flopex.report.RentalReport} ({@code flopex rental}), {@link dev.flopex.report.TrainingReport}
 * ({@code flopex training-cost}) and {@link dev.flopex.report.InferenceReport} ({@code flopex
 * inference-cost}); each names its basis. Every number in them is the result's; the renderers only
 * format. Package {@code dev.flopex.report.internal} holds the shared formatting and is not API.
 *
 * <p>{@link dev.flopex.report.Charts} turns a costing result into a {@link
 * dev.flopex.report.Chart}: a value holding exactly the numbers it plots (rows, columns and
 * markers), which renders itself to PNG or SVG through JFreeChart (and Apache Batik's SVG
 * generator). Keeping the data apart from the drawing means a chart can be tested ("the waterfall's
 * steps add up to the cost per GPU-hour") and described in text without looking at pixels.
 *
 * <p>{@link dev.flopex.report.HtmlReport} assembles headings, paragraphs, tables and charts into
 * one self-contained HTML file (charts inline as SVG, styles inline, no scripts, no external
 * resources). {@link dev.flopex.report.ReportFiles} writes files atomically: to a temporary file
 * beside the target, then moved into place, so a failed write never leaves a half-written report.
 *
 * <pre>{@code
 * FleetResult result = CostEngine.create().evaluate(fleet, terms);
 * HtmlReport.builder("H100 neocloud")
 *     .paragraph("Five-year TCO at 80% utilisation.")
 *     .chart(Charts.capexBreakdown(result))
 *     .chart(Charts.costPerGpuHourWaterfall(result))
 *     .build()
 *     .writeTo(Path.of("report.html"));
 * }</pre>
 */
@NullMarked
@FlopexStyle
package dev.flopex.report;

import dev.flopex.core.FlopexStyle;
import org.jspecify.annotations.NullMarked;
