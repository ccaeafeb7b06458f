package dev.flopex.report.internal;

import dev.flopex.report.Chart;
import dev.flopex.report.HtmlReport;
import dev.flopex.report.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How a report's {@code render} methods write: a {@link PrintStream} gets the text through its own
 * charset and line separator; any other {@link Appendable} gets the same text, printed to a UTF-8
 * buffer first.
 */
public final class Render {
  private Render() {}

  /** Prints with {@code print} to a buffer and returns the text. */
  public static String toText(Consumer<PrintStream> print) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(bytes, false, StandardCharsets.UTF_8);
    print.accept(ps);
    ps.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Prints with {@code print} straight to {@code out} when it is a {@link PrintStream}, else to a
   * buffer appended to {@code out}.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void to(Appendable out, Consumer<PrintStream> print) {
    if (out instanceof PrintStream) {
      PrintStream ps = (PrintStream) out;
      print.accept(ps);
      ps.flush();
      return;
    }
    try {
      out.append(toText(print));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Prints a report in {@code format} with the printer for that format, then flushes: the one
   * dispatch every report's {@code render} goes through.
   *
   * @param json returns the JSON value (plain maps, lists, strings and numbers)
   * @param csv prints the CSV records
   * @param markdown prints the Markdown document
   * @param text prints the text (the table format)
   */
  public static void print(
      PrintStream out,
      ReportFormat format,
      Supplier<Object> json,
      Consumer<PrintStream> csv,
      Consumer<PrintStream> markdown,
      Consumer<PrintStream> text) {
    switch (format) {
      case JSON:
        Json.print(out, json.get());
        break;
      case CSV:
        csv.accept(out);
        break;
      case MARKDOWN:
        markdown.accept(out);
        break;
      default:
        text.accept(out);
        break;
    }
    out.flush();
  }

  /** Returns an HTML report begun with what {@code write} writes (its first heading the title). */
  public static HtmlReport.Builder htmlBuilder(Consumer<Doc> write) {
    Doc.Html d = new Doc.Html();
    write.accept(d);
    return d.builder();
  }

  /** Adds {@code charts} to {@code builder} and builds the report. */
  public static HtmlReport html(HtmlReport.Builder builder, List<Chart> charts) {
    charts.forEach(builder::chart);
    return builder.build();
  }
}
