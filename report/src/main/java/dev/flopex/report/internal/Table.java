package dev.flopex.report.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns, two spaces apart. Columns are left-aligned unless marked
 * right-aligned (numbers). A table without headers prints rows only (key/value lists).
 */
public final class Table {
  private final List<String> headers;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(String... headers) {
    this.headers = Arrays.asList(headers);
    this.right = new boolean[Math.max(headers.length, 32)];
  }

  /** Marks columns (0-based) as right-aligned. */
  public Table right(int... columns) {
    for (int c : columns) {
      right[c] = true;
    }
    return this;
  }

  /**
   * Adds a row; each cell goes through {@link Fmt#cell(Object)}, control characters made visible.
   */
  public Table add(Object... cells) {
    List<String> r = new ArrayList<>(cells.length);
    for (Object c : cells) {
      r.add(Fmt.visible(Fmt.cell(c), false));
    }
    rows.add(r);
    return this;
  }

  /** Returns the headers (empty for a key/value list). */
  public List<String> headers() {
    return headers;
  }

  /** Returns the rows as formatted cells. */
  public List<List<String>> rows() {
    return rows;
  }

  /** Returns the right-aligned columns (0-based) that exist in this table. */
  public int[] rightAligned() {
    int n = columnCount();
    return java.util.stream.IntStream.range(0, Math.min(n, right.length))
        .filter(i -> right[i])
        .toArray();
  }

  /** Returns the number of columns: the widest of the headers and the rows. */
  private int columnCount() {
    int n = headers.size();
    for (List<String> r : rows) {
      n = Math.max(n, r.size());
    }
    return n;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Prints the table, each line prefixed with {@code indent}. */
  public void print(PrintStream out, String indent) {
    int n = columnCount();
    int[] width = new int[n];
    List<List<String>> all = new ArrayList<>();
    if (!headers.isEmpty()) {
      all.add(headers);
    }
    all.addAll(rows);
    for (List<String> r : all) {
      for (int i = 0; i < r.size(); i++) {
        width[i] = Math.max(width[i], len(r.get(i)));
      }
    }
    for (List<String> r : all) {
      StringBuilder b = new StringBuilder(indent);
      for (int i = 0; i < r.size(); i++) {
        String cell = r.get(i);
        int pad = width[i] - len(cell);
        boolean alignRight = i < right.length && right[i];
        if (i > 0) {
          b.append("  ");
        }
        if (alignRight) {
          b.append(" ".repeat(pad)).append(cell);
        } else {
          b.append(cell);
          if (i < r.size() - 1) {
            b.append(" ".repeat(pad));
          }
        }
      }
      out.println(stripTrailing(b));
    }
  }

  /**
   * Prints the table as a GitHub-flavoured Markdown table: a header row, a separator row ({@code
   * ---}, or {@code --:} for right-aligned columns) and the rows; {@code |} in cells is escaped. A
   * table without headers gets empty header cells.
   */
  public void printMarkdown(PrintStream out) {
    int n = columnCount();
    List<String> head = new ArrayList<>(headers);
    while (head.size() < n) {
      head.add("");
    }
    out.println(markdownRow(head, n));
    StringBuilder sep = new StringBuilder("|");
    for (int i = 0; i < n; i++) {
      sep.append(i < right.length && right[i] ? " --: |" : " --- |");
    }
    out.println(sep);
    for (List<String> r : rows) {
      out.println(markdownRow(r, n));
    }
  }

  private static String markdownRow(List<String> cells, int n) {
    StringBuilder b = new StringBuilder("|");
    for (int i = 0; i < n; i++) {
      String c = i < cells.size() ? cells.get(i) : "";
      b.append(' ')
          .append(c.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\R", " "))
          .append(" |");
    }
    return b.toString();
  }

  private static String stripTrailing(StringBuilder b) {
    return b.toString().stripTrailing();
  }

  private static int len(String s) {
    return s.codePointCount(0, s.length());
  }
}
