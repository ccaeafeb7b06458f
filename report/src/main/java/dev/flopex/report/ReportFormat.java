package dev.flopex.report;

import java.util.Locale;

/**
 * A text format a result renders to ({@link FleetReport#render(ReportFormat, Appendable)}); the
 * command line's {@code --format} values. An HTML report is {@link FleetReport#html()}.
 *
 * @since 0.3
 */
public enum ReportFormat {
  /** Aligned plain-text tables for a terminal. */
  TABLE,
  /**
   * Indented JSON with every figure unrounded (money to the cent, other numbers to 10 significant
   * digits).
   */
  JSON,
  /** RFC 4180 CSV, one record per row, unrounded figures as in JSON. */
  CSV,
  /** GitHub-flavoured Markdown: headings, paragraphs, lists and tables. */
  MARKDOWN;

  /** Returns the lower-case key, e.g. {@code markdown}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
