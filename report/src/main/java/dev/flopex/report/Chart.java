package dev.flopex.report;

import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A chart: the numbers it plots (rows, value columns and markers) and how to draw them ({@link
 * #kind()}). Built by {@link Charts} from costing results, or by hand through {@link #builder()}.
 * Renders to PNG ({@link #png(int, int)}) and SVG ({@link #svg(int, int)}) through JFreeChart.
 *
 * <p>Invariants, checked when built: at least one row (a chart of an empty result is refused with a
 * {@link ValidationException} naming the chart), every row has one value per column, every value is
 * finite, and the {@link ChartKind}'s own shape (a waterfall's total is the sum of its steps; a
 * tornado has two columns and a base marker; a histogram's bins are ordered with non-negative
 * counts).
 *
 * @since 0.1
 */
@Value.Immutable
public interface Chart {
  /** The smallest width or height, in pixels, a chart renders at. */
  int MIN_PIXELS = 100;

  /** The largest width or height, in pixels, a chart renders at. */
  int MAX_PIXELS = 10_000;

  /** The default width in pixels of {@link #png()} and {@link #svg()}. */
  int DEFAULT_WIDTH = 900;

  /** The default height in pixels of {@link #png()} and {@link #svg()}. */
  int DEFAULT_HEIGHT = 500;

  /** Returns the identifier, used as a file name stem: lower-case letters, digits and hyphens. */
  String id();

  /** Returns the title. */
  String title();

  /** Returns a subtitle (terms, units, data source), or an empty string. */
  @Value.Default
  default String subtitle() {
    return "";
  }

  /** Returns how the data is drawn. */
  ChartKind kind();

  /** Returns the label of the category axis, e.g. {@code component}. */
  String categoryAxisLabel();

  /** Returns the label of the value axis with its unit, e.g. {@code USD}. */
  String valueAxisLabel();

  /** Returns whether the category axis runs vertically (bars drawn horizontally). */
  @Value.Default
  default boolean horizontal() {
    return false;
  }

  /** Returns the names of the value columns (for stacked bars: the legend's series). */
  List<String> columns();

  /** Returns the rows, in drawing order. */
  List<ChartRow> rows();

  /** Returns the markers drawn across the value axis. */
  List<ChartMarker> markers();

  /** Renders the chart as a PNG image of the given size in pixels. */
  default byte[] png(int width, int height) {
    return ChartRenderer.png(this, pixels(width, "width"), pixels(height, "height"));
  }

  /** Renders the chart as a PNG image of {@link #DEFAULT_WIDTH} x {@link #DEFAULT_HEIGHT}. */
  default byte[] png() {
    return png(DEFAULT_WIDTH, DEFAULT_HEIGHT);
  }

  /**
   * Renders the chart as an SVG document ({@code <svg>} element) of the given size in pixels;
   * definitions (clip paths) are prefixed with the chart id so several charts can be inlined in one
   * HTML page.
   */
  default String svg(int width, int height) {
    return ChartRenderer.svg(this, pixels(width, "width"), pixels(height, "height"));
  }

  /** Renders the chart as SVG of {@link #DEFAULT_WIDTH} x {@link #DEFAULT_HEIGHT}. */
  default String svg() {
    return svg(DEFAULT_WIDTH, DEFAULT_HEIGHT);
  }

  /**
   * Writes {@link #png()} to {@code file} atomically.
   *
   * @throws ValidationException if the file cannot be written (see {@link ReportFiles#write})
   */
  default void writePng(Path file) {
    ReportFiles.write(file, png());
  }

  /**
   * Writes {@link #svg()} to {@code file} atomically, UTF-8, with an XML declaration.
   *
   * @throws ValidationException if the file cannot be written (see {@link ReportFiles#write})
   */
  default void writeSvg(Path file) {
    ReportFiles.write(file, svgFile());
  }

  /**
   * Returns {@link #svg()} as the bytes of a standalone SVG file: UTF-8, with an XML declaration.
   */
  default byte[] svgFile() {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg() + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns the plotted data as plain text, one line per row ({@code label: column=value, ...})
   * followed by the markers: the chart's text alternative.
   */
  default String describe() {
    StringBuilder b = new StringBuilder(title());
    if (!subtitle().isEmpty()) {
      b.append(" (").append(subtitle()).append(')');
    }
    b.append(" [").append(valueAxisLabel()).append("]\n");
    for (ChartRow r : rows()) {
      b.append(r.label()).append(':');
      for (int i = 0; i < columns().size(); i++) {
        b.append(i == 0 ? " " : ", ")
            .append(columns().get(i))
            .append('=')
            .append(number(r.values().get(i)));
      }
      b.append('\n');
    }
    for (ChartMarker m : markers()) {
      b.append(m.label()).append(" = ").append(number(m.value())).append('\n');
    }
    return b.toString();
  }

  /** Returns a new builder. */
  static ImmutableChart.Builder builder() {
    return ImmutableChart.builder();
  }

  /** Checks the invariants listed on the type. */
  @Value.Check
  default void check() {
    String field = "chart '" + id() + "'";
    if (!Charts.ID.matcher(id()).matches()) {
      throw new ValidationException(
          "chart id",
          "'" + id() + "'",
          "must be lower-case letters, digits and hyphens, starting with a letter");
    }
    Check.notBlank(title(), field + " title");
    if (rows().isEmpty()) {
      throw new ValidationException(
          field + " rows", "0", "must have at least one row: the result to chart is empty");
    }
    if (columns().isEmpty()) {
      throw new ValidationException(field + " columns", "0", "must have at least one value column");
    }
    for (ChartRow r : rows()) {
      if (r.values().size() != columns().size()) {
        throw new ValidationException(
            field + " row '" + r.label() + "'",
            r.values().size() + " values",
            "must have one value per column (" + columns().size() + ")");
      }
      for (int i = 0; i < r.values().size(); i++) {
        Check.finite(
            r.values().get(i),
            field + " row '" + r.label() + "' " + columns().get(i),
            valueAxisLabel());
      }
    }
    for (ChartMarker m : markers()) {
      Check.finite(m.value(), field + " marker '" + m.label() + "'", valueAxisLabel());
    }
    switch (kind()) {
      case WATERFALL:
        checkWaterfall(field);
        break;
      case TORNADO:
        if (columns().size() != 2 || markers().size() != 1) {
          throw new ValidationException(
              field,
              columns().size() + " columns, " + markers().size() + " markers",
              "a tornado must have 2 columns (output at low, output at high) and 1 marker (the base)");
        }
        break;
      case HISTOGRAM:
        checkHistogram(field);
        break;
      default:
        break;
    }
  }

  private void checkWaterfall(String field) {
    if (columns().size() != 1 || rows().size() < 2) {
      throw new ValidationException(
          field,
          columns().size() + " columns, " + rows().size() + " rows",
          "a waterfall must have 1 column and at least 2 rows (steps and a total)");
    }
    double sum = 0;
    for (int i = 0; i < rows().size() - 1; i++) {
      sum += rows().get(i).values().get(0);
    }
    double total = rows().get(rows().size() - 1).values().get(0);
    if (Math.abs(sum - total) > 1e-9 * Math.max(1, Math.abs(total))) {
      throw new ValidationException(
          field + " total", number(total), "must equal the sum of the steps, " + number(sum));
    }
  }

  private void checkHistogram(String field) {
    if (columns().size() != 3) {
      throw new ValidationException(
          field,
          columns().size() + " columns",
          "a histogram must have 3 columns (lower edge, upper edge, count)");
    }
    double previous = Double.NEGATIVE_INFINITY;
    for (ChartRow r : rows()) {
      double lo = r.values().get(0);
      double hi = r.values().get(1);
      double n = r.values().get(2);
      if (lo < previous || hi < lo || n < 0) {
        throw new ValidationException(
            field + " bin '" + r.label() + "'",
            number(lo) + " to " + number(hi) + ", count " + number(n),
            "bins must be ordered, with lower edge <= upper edge and count >= 0");
      }
      previous = hi;
    }
  }

  private static int pixels(int value, String field) {
    if (value < MIN_PIXELS || value > MAX_PIXELS) {
      throw new ValidationException(
          field, value + " px", "must be between " + MIN_PIXELS + " and " + MAX_PIXELS + " px");
    }
    return value;
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
