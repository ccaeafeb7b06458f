package dev.flopex.report;

import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.CostBasis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A self-contained HTML report: headings, paragraphs, lists, tables and charts in one file that
 * needs nothing else to display. Charts are inlined as SVG, each followed by its data in a
 * collapsible table (the chart's text alternative); styles are inline; there are no scripts and no
 * external resources, and a Content-Security-Policy forbids loading any. The output is
 * deterministic: the same report gives the same bytes.
 *
 * <p>The page opens on what a reader needs first: the title, the basis lines (what the numbers
 * mean), the summary (every block added before the first {@link Builder#heading heading} or {@link
 * Builder#subheading subheading}) and then the charts, wherever they were added. Each heading after
 * that starts a section shown collapsed ({@code <details>}), its heading the line to click; detail
 * tables go there.
 *
 * <pre>{@code
 * HtmlReport.builder("DeepSeek fleet, January 2025")
 *     .basis(result.basis())                         // printed under the title
 *     .heading("Totals")
 *     .table(List.of("SKU", "GPUs"), List.of(List.of("H800", "10,000")), 1)
 *     .chart(Charts.capexBreakdown(result))
 *     .build()
 *     .writeTo(Path.of("deepseek.html"));
 * }</pre>
 *
 * @since 0.1
 */
public final class HtmlReport {
  private final String title;
  private final List<String> basis;
  private final List<String> summary;
  private final List<String> charts;
  private final List<String> sections;

  private HtmlReport(
      String title,
      List<String> basis,
      List<String> summary,
      List<String> charts,
      List<String> sections) {
    this.title = title;
    this.basis = List.copyOf(basis);
    this.summary = List.copyOf(summary);
    this.charts = List.copyOf(charts);
    this.sections = List.copyOf(sections);
  }

  /** Returns a builder for a report with this title (the page title and first heading). */
  public static Builder builder(String title) {
    return new Builder(Check.notBlank(title, "title"));
  }

  /** Returns the title. */
  public String title() {
    return title;
  }

  /**
   * Returns the basis lines printed under the title (what the numbers mean), in order; empty when
   * none was given.
   *
   * @since 0.2
   */
  public List<String> basis() {
    return basis;
  }

  /** Returns the number of charts in the report. */
  public int chartCount() {
    return charts.size();
  }

  /** Returns the report as an HTML5 document. */
  public String html() {
    StringBuilder b = new StringBuilder(4096);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"flopex\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n")
        .append("<h1>")
        .append(escape(title))
        .append("</h1>\n");
    if (!basis.isEmpty()) {
      b.append("<ul class=\"basis\">\n");
      basis.forEach(line -> b.append("<li>").append(escape(line)).append("</li>\n"));
      b.append("</ul>\n");
    }
    if (!summary.isEmpty()) {
      b.append("<section class=\"summary\">\n");
      summary.forEach(b::append);
      b.append("</section>\n");
    }
    if (!charts.isEmpty()) {
      b.append("<section class=\"charts\">\n<h2>Charts</h2>\n");
      charts.forEach(b::append);
      b.append("</section>\n");
    }
    sections.forEach(b::append);
    b.append(
            "<footer>Written by flopex. Charts are SVG drawn by JFreeChart; each chart's data is in the table below it.</footer>\n")
        .append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  /**
   * Writes {@link #html()} to {@code file} atomically (UTF-8).
   *
   * @throws ValidationException if the file cannot be written; see {@link ReportFiles#write}
   */
  public void writeTo(Path file) {
    ReportFiles.write(file, html().getBytes(StandardCharsets.UTF_8));
  }

  /** Escapes text for HTML element content and attribute values. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          b.append("&amp;");
          break;
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&#39;");
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }

  /** Builds a report block by block, in reading order. Not thread-safe. */
  public static final class Builder {
    private final String title;
    private final List<String> basis = new ArrayList<>();
    private final List<String> summary = new ArrayList<>();
    private final List<String> charts = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();

    /** The open section's heading and blocks; null while the summary is being written. */
    private @Nullable StringBuilder section;

    private void add(String block) {
      if (section == null) {
        summary.add(block);
      } else {
        section.append(block);
      }
    }

    private void section(String tag, String cssClass, String text) {
      closeSection();
      section =
          new StringBuilder("<details class=\"")
              .append(cssClass)
              .append("\">\n<summary><")
              .append(tag)
              .append('>')
              .append(escape(text))
              .append("</")
              .append(tag)
              .append("></summary>\n");
    }

    private void closeSection() {
      if (section != null) {
        sections.add(section.append("</details>\n").toString());
        section = null;
      }
    }

    private Builder(String title) {
      this.title = title;
    }

    /**
     * Prints a result's basis, its headline line and its accounting line, under the title, whatever
     * the order of the calls: every number below is read against them. Adding a basis that is
     * already there adds nothing, so a report of several results lists each line once.
     *
     * @param basis e.g. {@code fleetResult.basis()}
     * @return this builder
     * @since 0.2
     */
    public Builder basis(CostBasis basis) {
      for (String line : List.of(basis.headline(), basis.accounting())) {
        String l = Check.notBlank(line, "basis");
        if (!this.basis.contains(l)) {
          this.basis.add(l);
        }
      }
      return this;
    }

    /**
     * Starts a section: shown after the summary and the charts, collapsed, with this heading as the
     * line that opens it. The blocks added next belong to it, up to the next heading.
     */
    public Builder heading(String text) {
      section("h2", "section", Check.notBlank(text, "heading"));
      return this;
    }

    /** Starts a sub-section: as {@link #heading}, with a smaller heading. */
    public Builder subheading(String text) {
      section("h3", "subsection", Check.notBlank(text, "subheading"));
      return this;
    }

    /** Adds a paragraph of plain text. */
    public Builder paragraph(String text) {
      add("<p>" + escape(text) + "</p>\n");
      return this;
    }

    /** Adds a bulleted list of plain-text items; an empty list adds nothing. */
    public Builder bullets(List<String> items) {
      if (!items.isEmpty()) {
        StringBuilder b = new StringBuilder("<ul>\n");
        items.forEach(i -> b.append("<li>").append(escape(i)).append("</li>\n"));
        add(b.append("</ul>\n").toString());
      }
      return this;
    }

    /**
     * Adds a table.
     *
     * @param headers the column headers (may be empty for a key/value list)
     * @param rows the rows, each with at most as many cells as the widest of headers and rows
     * @param rightAligned the 0-based columns to right-align (numbers)
     */
    public Builder table(
        List<String> headers, List<? extends List<String>> rows, int... rightAligned) {
      add(tableHtml(headers, rows, rightAligned, ""));
      return this;
    }

    /**
     * Adds a chart inline as SVG ({@link Chart#DEFAULT_WIDTH} x {@link Chart#DEFAULT_HEIGHT},
     * scaled to the page width) with its title as caption and its data in a collapsible table.
     * Charts are shown together after the summary, in the order added.
     */
    public Builder chart(Chart chart) {
      int n = charts.size() + 1;
      String prefix = "c" + n + "-";
      StringBuilder b = new StringBuilder();
      b.append("<figure class=\"chart\" id=\"chart-")
          .append(n)
          .append("\" data-chart=\"")
          .append(escape(chart.id()))
          .append("\">\n")
          .append(ChartRenderer.svg(chart, Chart.DEFAULT_WIDTH, Chart.DEFAULT_HEIGHT, prefix))
          .append('\n')
          .append("<figcaption>")
          .append(escape(chart.title()));
      if (!chart.subtitle().isEmpty()) {
        b.append(" — ").append(escape(chart.subtitle()));
      }
      b.append("</figcaption>\n<details><summary>Data (")
          .append(escape(chart.valueAxisLabel()))
          .append(")</summary>\n");
      List<String> headers = new ArrayList<>();
      headers.add(chart.categoryAxisLabel());
      headers.addAll(chart.columns());
      List<List<String>> rows = new ArrayList<>();
      for (ChartRow r : chart.rows()) {
        List<String> cells = new ArrayList<>();
        cells.add(r.label());
        r.values().forEach(v -> cells.add(Charts.number(v)));
        rows.add(cells);
      }
      for (ChartMarker m : chart.markers()) {
        List<String> cells =
            new ArrayList<>(Arrays.asList(m.label() + " (marker)", Charts.number(m.value())));
        rows.add(cells);
      }
      int[] right = new int[chart.columns().size()];
      for (int i = 0; i < right.length; i++) {
        right[i] = i + 1;
      }
      b.append(tableHtml(headers, rows, right, "data")).append("</details>\n</figure>\n");
      charts.add(b.toString());
      return this;
    }

    /** Adds preformatted text (e.g. a command line). */
    public Builder preformatted(String text) {
      add("<pre>" + escape(text) + "</pre>\n");
      return this;
    }

    /** Returns the report. */
    public HtmlReport build() {
      List<String> all = new ArrayList<>(sections);
      if (section != null) {
        all.add(section + "</details>\n");
      }
      return new HtmlReport(title, basis, summary, charts, all);
    }

    private static String tableHtml(
        List<String> headers,
        List<? extends List<String>> rows,
        int[] rightAligned,
        String cssClass) {
      int n = headers.size();
      for (List<String> r : rows) {
        n = Math.max(n, r.size());
      }
      boolean[] right = new boolean[n];
      for (int c : rightAligned) {
        if (c < 0 || c >= n) {
          throw new ValidationException(
              "rightAligned", Integer.toString(c), "must be a column index from 0 to " + (n - 1));
        }
        right[c] = true;
      }
      StringBuilder b =
          new StringBuilder("<table")
              .append(cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"")
              .append(">\n");
      if (!headers.isEmpty()) {
        b.append("<thead><tr>");
        for (int i = 0; i < n; i++) {
          b.append(cell("th", i < headers.size() ? headers.get(i) : "", right[i]));
        }
        b.append("</tr></thead>\n");
      }
      b.append("<tbody>\n");
      for (List<String> r : rows) {
        b.append("<tr>");
        for (int i = 0; i < n; i++) {
          b.append(cell("td", i < r.size() ? r.get(i) : "", right[i]));
        }
        b.append("</tr>\n");
      }
      return b.append("</tbody>\n</table>\n").toString();
    }

    private static String cell(String tag, String text, boolean right) {
      return "<" + tag + (right ? " class=\"num\"" : "") + ">" + escape(text) + "</" + tag + ">";
    }
  }

  private static final String STYLE =
      String.join(
          "\n",
          "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;color:#1b1b1b;margin:0;background:#fff}",
          "main{max-width:1100px;margin:0 auto;padding:24px}",
          "h1{font-size:1.6em;margin:0 0 .4em}h2{font-size:1.25em;margin:1.6em 0 .5em;border-bottom:1px solid #ddd}h3{font-size:1.05em}",
          "table{border-collapse:collapse;margin:.5em 0 1em;font-size:.9em}",
          "th,td{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}",
          "table{display:block;overflow-x:auto;max-width:100%}th{background:#f4f4f4}.num{text-align:right;font-variant-numeric:tabular-nums}",
          "figure.chart{margin:1.5em 0;padding:8px;border:1px solid #e4e4e4}",
          "figure.chart svg{display:block;width:100%;height:auto;max-width:900px}",
          "figcaption{font-size:.9em;color:#444;margin:.4em 0}figure details{font-size:.85em}",
          "ul.basis{font-size:.9em;color:#333;background:#f7f7f2;border-left:3px solid #c9c2a0;padding:6px 6px 6px 26px;margin:0 0 1em}",
          "pre{background:#f6f6f6;padding:8px;overflow-x:auto}footer{margin-top:2em;font-size:.8em;color:#666}",
          "section.summary{margin-bottom:1em}section.charts h2{margin-top:1em}",
          "details.section,details.subsection{margin:.4em 0;border-top:1px solid #e4e4e4;padding-top:.2em}",
          "details.subsection{margin-left:1em}details>summary{cursor:pointer}",
          "details>summary h2,details>summary h3{display:inline;border:0;margin:0}details[open]>summary{margin-bottom:.5em}",
          "");
}
