/**
 * flopex report: every output of a result as an embedder or the CLI gets it — tables, CSV, JSON,
 * Markdown ({@code FleetReport}), charts (PNG and SVG, drawn by JFreeChart; {@code Charts}) and
 * self-contained HTML reports ({@code HtmlReport}). {@code dev.flopex.report} is the API; {@code
 * dev.flopex.report.internal} (number formatting, tables, JSON writing) is not exported.
 */
module dev.flopex.report {
  requires transitive dev.flopex.costing;
  requires java.desktop; // java.awt for chart drawing
  requires java.xml;
  requires com.fasterxml.jackson.databind; // JSON output of reports
  requires com.google.common; // the generated Immutables classes use its immutable collections
  requires org.jfree.jfreechart;
  requires org.apache.xmlgraphics.batik.svggen;
  requires static org.immutables.value;
  requires static java.compiler; // @Generated on the Immutables classes
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports dev.flopex.report;
}
