package dev.flopex.report.internal;

import java.io.PrintStream;
import java.util.List;

/** RFC 4180 CSV output: fields quoted when they hold a comma, quote or line break. */
public final class Csv {
  private Csv() {}

  /** Prints one record, values through {@link #field(Object)}, CRLF-free (one '\n'). */
  public static void row(PrintStream out, List<?> values) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(values.get(i)));
    }
    out.print(b.append('\n'));
  }

  /** Formats one field: null empty, numbers plain and locale-free, text quoted when needed. */
  public static String field(Object v) {
    if (v == null) {
      return "";
    }
    String s =
        v instanceof Double || v instanceof Float
            ? Fmt.num(((Number) v).doubleValue())
            : v.toString();
    if (s.indexOf(',') >= 0
        || s.indexOf('"') >= 0
        || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
