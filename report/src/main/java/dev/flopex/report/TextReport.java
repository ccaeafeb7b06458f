package dev.flopex.report;

import dev.flopex.report.internal.Render;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Not API (the report classes inherit its methods): what every report does, render itself in a
 * {@link ReportFormat} to an {@link Appendable} or as a String, the same text either way.
 */
abstract class TextReport {
  TextReport() {}

  /**
   * Writes the report in {@code format} to {@code out}. A {@link PrintStream} gets the text through
   * its own charset and line separator; any other {@link Appendable} gets the same text (lines
   * ended by the platform's line separator, as {@link PrintStream#println()} writes them).
   *
   * @param format the format
   * @param out where to write, e.g. {@code System.out} or a {@link StringBuilder}
   * @throws UncheckedIOException if {@code out} fails
   */
  public final void render(ReportFormat format, Appendable out) {
    Render.to(out, ps -> print(ps, format));
  }

  /**
   * Returns the report in {@code format} as text; see {@link #render(ReportFormat, Appendable)}.
   *
   * @param format the format
   * @return the text
   */
  public final String render(ReportFormat format) {
    return Render.toText(ps -> print(ps, format));
  }

  /** Prints the report in {@code format} to {@code out}, then flushes. */
  abstract void print(PrintStream out, ReportFormat format);
}
