package dev.flopex.report.internal;

import dev.flopex.costing.CostBasis;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints what a result's numbers mean: the library's two basis lines ({@link CostBasis#headline()}
 * and {@link CostBasis#accounting()}), verbatim, next to the numbers, the same way in every
 * command:
 *
 * <ul>
 *   <li>table: one line each, {@code basis: economic: ...} and {@code basis: accounting: ...};
 *   <li>Markdown: a "Basis" list of the two lines (in an HTML report, under the title);
 *   <li>JSON: a {@code basis} object with {@code headline} and {@code accounting};
 *   <li>CSV: the fields {@code basis_headline} and {@code basis_accounting}, as the last two
 *       columns of a tabular CSV and as two records of a {@code field,value} CSV.
 * </ul>
 */
public final class Basis {
  private Basis() {}

  /** The CSV column (or record) names. */
  public static final List<String> CSV_COLUMNS = List.of("basis_headline", "basis_accounting");

  /** Prints the two lines for a text table, each prefixed {@code basis: }. */
  public static void printText(PrintStream out, CostBasis b) {
    printText(out, "", b);
  }

  /** Prints the two lines, each prefixed {@code <prefix>basis: }, e.g. a scenario's name. */
  public static void printText(PrintStream out, String prefix, CostBasis b) {
    out.println(prefix + "basis: " + b.headline());
    out.println(prefix + "basis: " + b.accounting());
  }

  /**
   * Writes the two lines as a "Basis" list (Markdown; an HTML report puts them under its title).
   */
  public static void write(Doc d, CostBasis b) {
    d.basis(b);
  }

  /** Returns the JSON object {@code {"headline": ..., "accounting": ...}}. */
  public static Map<String, Object> json(CostBasis b) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("headline", b.headline());
    j.put("accounting", b.accounting());
    return j;
  }

  /** Returns the two CSV values, in {@link #CSV_COLUMNS} order. */
  public static List<Object> csv(CostBasis b) {
    return List.of(b.headline(), b.accounting());
  }
}
