package dev.flopex.report;

import dev.flopex.report.internal.Doc;
import dev.flopex.report.internal.Render;
import java.io.PrintStream;
import java.util.List;

/**
 * Not API (the report classes inherit its methods): a report whose Markdown and HTML are one
 * document ({@link #write(Doc)}), with JSON, CSV, text and charts of its own.
 */
abstract class DocumentReport extends TextReport {
  DocumentReport() {}

  @Override
  final void print(PrintStream out, ReportFormat format) {
    Render.print(
        out,
        format,
        this::json,
        this::printCsv,
        ps -> write(new Doc.Markdown(ps)),
        this::printText);
  }

  /**
   * Returns the HTML report: the Markdown output's sections and the charts ({@link #charts()}).
   * Self-contained: no scripts and no external resources.
   *
   * @return the report
   */
  public HtmlReport html() {
    return Render.html(htmlBuilder(), charts());
  }

  /**
   * Returns a builder holding {@link #html()}'s text but not its charts, to which more sections and
   * charts can be added before {@link HtmlReport.Builder#build()}.
   *
   * @return the builder
   */
  public HtmlReport.Builder htmlBuilder() {
    return Render.htmlBuilder(this::write);
  }

  /**
   * Returns the charts of the result, in the order the HTML report shows them.
   *
   * @return the charts
   */
  public abstract List<Chart> charts();

  /** Returns the JSON output's value (plain maps, lists, strings and numbers). */
  abstract Object json();

  /** Prints the CSV output. */
  abstract void printCsv(PrintStream out);

  /** Prints the text output (the table format). */
  abstract void printText(PrintStream out);

  /** Writes the document: the Markdown output, and the HTML report's text. */
  abstract void write(Doc d);
}
