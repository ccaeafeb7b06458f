package dev.flopex.report;

import dev.flopex.core.validation.ValidationException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws a {@link Chart} with JFreeChart; PNG through ChartUtils, SVG through Apache Batik's SVG
 * generator.
 */
final class ChartRenderer {
  /** Okabe and Ito's colour-blind-safe palette, then Tol's muted colours for more series. */
  private static final Paint[] PALETTE = {
    new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
    new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x332288),
    new Color(0x882255), new Color(0x44AA99), new Color(0x999933), new Color(0x777777),
    new Color(0xAA4499), new Color(0x117733), new Color(0x000000)
  };

  private static final Color GRID = new Color(0xDDDDDD);
  private static final String FONT = Font.SANS_SERIF;

  private ChartRenderer() {}

  static byte[] png(Chart chart, int width, int height) {
    JFreeChart c = build(chart);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, c, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException("rendering chart '" + chart.id() + "' as PNG", e);
    }
    return out.toByteArray();
  }

  static String svg(Chart chart, int width, int height) {
    return svg(chart, width, height, "flopex-" + chart.id() + "-");
  }

  /**
   * Renders SVG through Apache Batik's SVG generator (Apache License 2.0) into a JDK DOM document.
   * Every id (clip paths, gradients) starts with {@code defsPrefix}, so several charts can be
   * inlined in one HTML page; ids are numbered in drawing order, so the output is deterministic.
   */
  static String svg(Chart chart, int width, int height, String defsPrefix) {
    JFreeChart c = build(chart);
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      doc = f.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's DOM implementation is unavailable", e);
    }
    SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
    ctx.setComment(null);
    ctx.setEmbeddedFontsOn(false);
    ctx.setPrecision(4);
    ctx.setIDGenerator(
        new SVGIDGenerator() {
          @Override
          public String generateID(String prefix) {
            return super.generateID(defsPrefix + prefix);
          }
        });
    SVGGraphics2D g2 = new SVGGraphics2D(ctx, false);
    g2.setSVGCanvasSize(new Dimension(width, height));
    c.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    Element root = g2.getRoot();
    // Batik names its fixed <defs id="genericDefs">; prefix it like every other id, and give the
    // root the browser's sans-serif instead of Java's logical 'Dialog' font
    org.w3c.dom.NodeList defs = root.getElementsByTagNameNS("*", "defs");
    for (int i = 0; i < defs.getLength(); i++) {
      Element d = (Element) defs.item(i);
      if (d.getAttribute("id").equals("genericDefs")) {
        d.setAttributeNS(null, "id", defsPrefix + "genericDefs");
      }
    }
    if (root.getAttribute("font-family").contains("Dialog")) {
      root.setAttributeNS(null, "font-family", "sans-serif");
    }
    root.setAttributeNS(null, "id", defsPrefix + "svg");
    root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
    root.setAttributeNS(null, "role", "img");
    root.setAttributeNS(null, "aria-label", chart.title());
    StringWriter out = new StringWriter();
    try {
      g2.stream(root, out, true, false);
    } catch (SVGGraphics2DIOException e) {
      throw new UncheckedIOException(
          "rendering chart '" + chart.id() + "' as SVG", new IOException(e));
    } finally {
      g2.dispose();
    }
    String svg = out.toString();
    int start = svg.indexOf("<svg");
    return (start > 0 ? svg.substring(start) : svg).strip();
  }

  static JFreeChart build(Chart chart) {
    JFreeChart c;
    switch (chart.kind()) {
      case STACKED_BARS:
        c = stackedBars(chart);
        break;
      case WATERFALL:
        c = waterfall(chart);
        break;
      case TORNADO:
        c = tornado(chart);
        break;
      case HISTOGRAM:
        c = histogram(chart);
        break;
      default:
        throw new ValidationException("chart kind", chart.kind().toString(), "is not drawable");
    }
    theme().apply(c);
    if (!chart.subtitle().isEmpty()) {
      TextTitle sub = new TextTitle(chart.subtitle(), new Font(FONT, Font.PLAIN, 12));
      sub.setPaint(Color.DARK_GRAY);
      c.addSubtitle(0, sub);
    }
    LegendTitle legend = c.getLegend();
    if (legend != null) {
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    c.setPadding(new RectangleInsets(8, 8, 8, 16));
    c.setAntiAlias(true);
    c.setTextAntiAlias(true);
    return c;
  }

  private static StandardChartTheme theme() {
    StandardChartTheme t = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    t.setExtraLargeFont(new Font(FONT, Font.BOLD, 18));
    t.setLargeFont(new Font(FONT, Font.BOLD, 13));
    t.setRegularFont(new Font(FONT, Font.PLAIN, 12));
    t.setSmallFont(new Font(FONT, Font.PLAIN, 10));
    t.setChartBackgroundPaint(Color.WHITE);
    t.setPlotBackgroundPaint(Color.WHITE);
    t.setPlotOutlinePaint(GRID);
    t.setDomainGridlinePaint(GRID);
    t.setRangeGridlinePaint(GRID);
    t.setBarPainter(new StandardBarPainter());
    t.setXYBarPainter(new StandardXYBarPainter());
    t.setShadowVisible(false);
    t.setAxisOffset(RectangleInsets.ZERO_INSETS);
    t.setDrawingSupplier(
        new DefaultDrawingSupplier(
            PALETTE,
            DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
            DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
            DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
            DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
            DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    return t;
  }

  private static PlotOrientation orientation(Chart chart) {
    return chart.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
  }

  private static JFreeChart stackedBars(Chart chart) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ChartRow r : chart.rows()) {
      for (int i = 0; i < chart.columns().size(); i++) {
        data.addValue(r.values().get(i), chart.columns().get(i), r.label());
      }
    }
    JFreeChart c =
        ChartFactory.createStackedBarChart(
            chart.title(),
            chart.categoryAxisLabel(),
            chart.valueAxisLabel(),
            data,
            orientation(chart),
            chart.columns().size() > 1,
            false,
            false);
    CategoryPlot plot = c.getCategoryPlot();
    styleCategoryAxis(chart, plot.getDomainAxis());
    styleValueAxis((NumberAxis) plot.getRangeAxis(), values(chart));
    ((org.jfree.chart.renderer.category.BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.12);
    addRangeMarkers(chart, plot);
    return c;
  }

  private static JFreeChart waterfall(Chart chart) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ChartRow r : chart.rows()) {
      data.addValue(r.values().get(0), chart.columns().get(0), r.label());
    }
    JFreeChart c =
        ChartFactory.createWaterfallChart(
            chart.title(),
            chart.categoryAxisLabel(),
            chart.valueAxisLabel(),
            data,
            orientation(chart),
            false,
            false,
            false);
    CategoryPlot plot = c.getCategoryPlot();
    org.jfree.chart.renderer.category.WaterfallBarRenderer r =
        (org.jfree.chart.renderer.category.WaterfallBarRenderer) plot.getRenderer();
    r.setFirstBarPaint(PALETTE[0]);
    r.setPositiveBarPaint(PALETTE[5]);
    r.setNegativeBarPaint(PALETTE[3]);
    r.setLastBarPaint(PALETTE[0]);
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    styleCategoryAxis(chart, plot.getDomainAxis());
    double total = chart.rows().get(chart.rows().size() - 1).values().get(0);
    styleValueAxis((NumberAxis) plot.getRangeAxis(), new double[] {0, total});
    return c;
  }

  private static JFreeChart tornado(Chart chart) {
    int n = chart.rows().size();
    double base = chart.markers().get(0).value();
    Number[][] starts = new Number[2][n];
    Number[][] ends = new Number[2][n];
    String[] categories = new String[n];
    for (int j = 0; j < n; j++) {
      ChartRow r = chart.rows().get(j);
      categories[j] = r.label();
      for (int s = 0; s < 2; s++) {
        double v = r.values().get(s);
        starts[s][j] = Math.min(base, v);
        ends[s][j] = Math.max(base, v);
      }
    }
    // one dataset and renderer per column, so each input's two bars share its row (a classic
    // tornado) instead of standing side by side; the high bar is drawn over the low one
    CategoryAxis categoryAxis = new CategoryAxis(chart.categoryAxisLabel());
    NumberAxis valueAxis = new NumberAxis(chart.valueAxisLabel());
    CategoryPlot plot = new CategoryPlot();
    plot.setDomainAxis(categoryAxis);
    plot.setRangeAxis(valueAxis);
    for (int s = 0; s < 2; s++) {
      plot.setDataset(
          s,
          new DefaultIntervalCategoryDataset(
              new String[] {chart.columns().get(s)},
              categories,
              new Number[][] {starts[s]},
              new Number[][] {ends[s]}));
      IntervalBarRenderer renderer = new IntervalBarRenderer();
      renderer.setSeriesPaint(0, PALETTE[s]);
      renderer.setDrawBarOutline(false);
      renderer.setIncludeBaseInRange(false); // zoom on the outputs, not on 0
      plot.setRenderer(s, renderer);
    }
    plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
    plot.setOrientation(orientation(chart));
    JFreeChart c = new JFreeChart(chart.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    styleCategoryAxis(chart, categoryAxis);
    double[] all = values(chart);
    double[] withBase = java.util.Arrays.copyOf(all, all.length + 1);
    withBase[all.length] = base;
    styleValueAxis(valueAxis, withBase);
    valueAxis.setAutoRangeIncludesZero(false);
    addRangeMarkers(chart, plot);
    return c;
  }

  private static JFreeChart histogram(Chart chart) {
    XYIntervalSeries s = new XYIntervalSeries(chart.columns().get(2));
    for (ChartRow r : chart.rows()) {
      double lo = r.values().get(0);
      double hi = r.values().get(1);
      double n = r.values().get(2);
      s.add((lo + hi) / 2, lo, hi, n, n, n);
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    data.addSeries(s);
    JFreeChart c =
        ChartFactory.createXYBarChart(
            chart.title(),
            chart.valueAxisLabel(),
            false,
            chart.categoryAxisLabel(),
            data,
            PlotOrientation.VERTICAL,
            false,
            false,
            false);
    XYPlot plot = c.getXYPlot();
    XYBarRenderer r = (XYBarRenderer) plot.getRenderer();
    r.setSeriesPaint(0, PALETTE[5]);
    r.setDrawBarOutline(true);
    r.setSeriesOutlinePaint(0, Color.WHITE);
    r.setShadowVisible(false);
    r.setBarPainter(new StandardXYBarPainter());
    NumberAxis x = (NumberAxis) plot.getDomainAxis();
    double[] edges = new double[chart.rows().size() * 2];
    for (int i = 0; i < chart.rows().size(); i++) {
      edges[2 * i] = chart.rows().get(i).values().get(0);
      edges[2 * i + 1] = chart.rows().get(i).values().get(1);
    }
    styleValueAxis(x, edges);
    x.setAutoRangeIncludesZero(false);
    ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    List<ChartMarker> markers = chart.markers();
    for (int i = 0; i < markers.size(); i++) {
      plot.addDomainMarker(marker(markers.get(i), i));
    }
    return c;
  }

  private static void addRangeMarkers(Chart chart, CategoryPlot plot) {
    List<ChartMarker> markers = chart.markers();
    for (int i = 0; i < markers.size(); i++) {
      plot.addRangeMarker(marker(markers.get(i), i));
    }
  }

  private static ValueMarker marker(ChartMarker m, int index) {
    ValueMarker v = new ValueMarker(m.value());
    v.setPaint(index == 0 ? Color.BLACK : PALETTE[3 + (index % 3)]);
    v.setStroke(
        new BasicStroke(
            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f));
    v.setLabel(m.label());
    v.setLabelFont(new Font(FONT, Font.PLAIN, 11));
    v.setLabelPaint(Color.BLACK);
    v.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    v.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    v.setLabelOffset(new RectangleInsets(4 + 14 * index, 2, 2, 2));
    return v;
  }

  private static void styleCategoryAxis(Chart chart, CategoryAxis axis) {
    axis.setMaximumCategoryLabelLines(2);
    if (chart.horizontal()) {
      axis.setMaximumCategoryLabelWidthRatio(0.4f);
    }
    if (!chart.horizontal() && chart.rows().size() > 6) {
      axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
  }

  private static void styleValueAxis(NumberAxis axis, double[] values) {
    axis.setNumberFormatOverride(format(values));
  }

  private static double[] values(Chart chart) {
    double[] all = new double[chart.rows().size() * chart.columns().size()];
    int k = 0;
    for (ChartRow r : chart.rows()) {
      for (double v : r.values()) {
        all[k++] = v;
      }
    }
    return all;
  }

  /** Compact (1.2M, 3.4B) from 10,000 up; otherwise grouped with up to 3 decimals. */
  static NumberFormat format(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, Math.abs(v));
    }
    if (max >= 10_000) {
      NumberFormat f = NumberFormat.getCompactNumberInstance(Locale.US, NumberFormat.Style.SHORT);
      f.setMaximumFractionDigits(2);
      return f;
    }
    return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.US));
  }
}
