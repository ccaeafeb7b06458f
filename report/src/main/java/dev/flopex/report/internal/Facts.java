package dev.flopex.report.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A result as a list of facts, each with a JSON key (whose name carries the unit, e.g. {@code
 * gpu_hours}, {@code rental_cost_usd}), a value for JSON and CSV, and a label and text for people;
 * optionally grouped under section titles (text and Markdown only). Notes are text only.
 */
public final class Facts {
  private record Fact(
      @Nullable String key,
      @Nullable String label,
      @Nullable Object value,
      @Nullable String text,
      boolean section,
      boolean csvOnly) {
    Fact(
        @Nullable String key,
        @Nullable String label,
        @Nullable Object value,
        @Nullable String text,
        boolean section) {
      this(key, label, value, text, section, false);
    }
  }

  private final List<Fact> facts = new ArrayList<>();

  /** Creates an empty list of facts. */
  public Facts() {}

  /** Adds a fact; {@code value} is a JSON value (number, text, boolean, null, list or map). */
  public Facts add(String key, String label, @Nullable Object value, String text) {
    facts.add(new Fact(key, label, value, text, false));
    return this;
  }

  /** Adds a value for JSON and CSV only. */
  public Facts data(String key, @Nullable Object value) {
    facts.add(new Fact(key, null, value, null, false));
    return this;
  }

  /** Adds a record for CSV only (its JSON form is elsewhere, e.g. inside an object). */
  public Facts csvOnly(String key, @Nullable Object value) {
    facts.add(new Fact(key, null, value, null, false, true));
    return this;
  }

  /** Adds a line for people only (text and Markdown). */
  public Facts note(String label, String text) {
    facts.add(new Fact(null, label, null, text, false));
    return this;
  }

  /** Starts a section (a title in text and Markdown). */
  public Facts section(String title) {
    facts.add(new Fact(null, title, null, null, true));
    return this;
  }

  /** Returns the JSON object: every fact with a key, in order. */
  public Map<String, Object> json() {
    Map<String, Object> j = new LinkedHashMap<>();
    for (Fact f : facts) {
      if (f.key() != null && !f.csvOnly()) {
        j.put(f.key(), f.value());
      }
    }
    return j;
  }

  /**
   * Prints {@code field,value} records (RFC 4180) for the facts whose value is not a list or map.
   */
  public void printCsv(PrintStream out) {
    Csv.row(out, List.of("field", "value"));
    for (Fact f : facts) {
      if (f.key() != null && !(f.value() instanceof Map) && !(f.value() instanceof List)) {
        Csv.row(out, java.util.Arrays.asList(f.key(), f.value()));
      }
    }
  }

  /** Prints aligned {@code label text} lines under the title, sections as titled blocks. */
  public void printText(PrintStream out, String title) {
    out.println(title);
    Table t = new Table();
    for (Fact f : facts) {
      if (f.section()) {
        t.print(out, "  ");
        t = new Table();
        out.println();
        out.println(f.label());
      } else if (f.label() != null) {
        t.add(f.label(), java.util.Objects.requireNonNull(f.text()));
      }
    }
    t.print(out, "  ");
  }

  /** Prints a Markdown heading and one two-column table per section. */
  public void printMarkdown(PrintStream out, String title) {
    out.println("## " + Fmt.oneLine(title));
    Table t = new Table("FIELD", "VALUE");
    for (Fact f : facts) {
      if (f.section()) {
        if (!t.isEmpty()) {
          out.println();
          t.printMarkdown(out);
        }
        t = new Table("FIELD", "VALUE");
        out.println();
        out.println("### " + f.label());
      } else if (f.label() != null) {
        t.add(f.label(), java.util.Objects.requireNonNull(f.text()));
      }
    }
    if (!t.isEmpty()) {
      out.println();
      t.printMarkdown(out);
    }
  }

  /** Prints the facts in {@code format} (JSON: the object of {@link #json()}). */
  public void print(PrintStream out, dev.flopex.report.ReportFormat format, String title) {
    Render.print(
        out,
        format,
        this::json,
        this::printCsv,
        ps -> printMarkdown(ps, title),
        ps -> printText(ps, title));
  }

  /**
   * Adds a result's two basis lines: text and Markdown print them, JSON has a {@code basis} object,
   * CSV two records.
   */
  public static Facts basis(Facts x, String label, dev.flopex.costing.CostBasis b) {
    x.add("basis", label, Basis.json(b), b.headline());
    x.note("", b.accounting());
    x.csvOnly(Basis.CSV_COLUMNS.get(0), b.headline());
    x.csvOnly(Basis.CSV_COLUMNS.get(1), b.accounting());
    return x;
  }
}
