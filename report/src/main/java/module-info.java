/**
 * flopex report: charts of every result (PNG and SVG, drawn by JFreeChart) and self-contained HTML
 * reports. The only package, {@code dev.flopex.report}, is API; its entry points are {@code Charts}
 * and {@code HtmlReport}.
 */
module dev.flopex.report {
  requires transitive dev.flopex.costing;
  requires java.desktop; // java.awt for chart drawing
  requires java.xml;
  requires com.google.common; // the generated Immutables classes use its immutable collections
  requires org.jfree.jfreechart;
  requires org.apache.xmlgraphics.batik.svggen;
  requires static org.immutables.value;
  requires static java.compiler; // @Generated on the Immutables classes
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports dev.flopex.report;
}
