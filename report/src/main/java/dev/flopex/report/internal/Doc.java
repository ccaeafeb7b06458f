package dev.flopex.report.internal;

import dev.flopex.costing.CostBasis;
import dev.flopex.report.Chart;
import dev.flopex.report.HtmlReport;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document written block by block: the shape shared by {@code --format markdown} and {@code
 * --html}, so both show the same headings, tables and lists. The first {@link #h2} is the title.
 */
public interface Doc {
  /** A section heading (the first one is the document title). */
  void h2(String text);

  /** A sub-section heading. */
  void h3(String text);

  /** A paragraph. */
  void para(String text);

  /** A bulleted list. */
  void bullets(List<String> items);

  /** A table. */
  void table(Table table);

  /** A result's basis lines (what its numbers mean); see {@link Basis}. */
  void basis(CostBasis basis);

  /** GitHub-flavoured Markdown on a stream; blocks are separated by one blank line. */
  final class Markdown implements Doc {
    private final PrintStream out;
    private boolean first = true;

    public Markdown(PrintStream out) {
      this.out = out;
    }

    private void block() {
      if (!first) {
        out.println();
      }
      first = false;
    }

    @Override
    public void h2(String text) {
      block();
      out.println("## " + Fmt.oneLine(text));
    }

    @Override
    public void h3(String text) {
      block();
      out.println("### " + Fmt.oneLine(text));
    }

    @Override
    public void para(String text) {
      block();
      out.println(text);
    }

    @Override
    public void bullets(List<String> items) {
      block();
      items.forEach(i -> out.println("- " + Fmt.oneLine(i)));
    }

    @Override
    public void table(Table table) {
      block();
      table.printMarkdown(out);
    }

    @Override
    public void basis(CostBasis basis) {
      para("Basis:");
      bullets(List.of(basis.headline(), basis.accounting()));
    }
  }

  /** An {@link HtmlReport} under construction; charts are added after the text. */
  final class Html implements Doc {
    private HtmlReport.@Nullable Builder builder;

    /** Starts a report whose first {@link #h2} is its title. */
    public Html() {}

    /**
     * Continues a report already begun, e.g. a result's own ({@code FleetReport#htmlBuilder()}).
     */
    public Html(HtmlReport.Builder builder) {
      this.builder = builder;
    }

    /**
     * Returns the report begun so far (one titled {@code flopex report} if nothing was written).
     */
    public HtmlReport.Builder builder() {
      if (builder == null) {
        builder = HtmlReport.builder("flopex report");
      }
      return builder;
    }

    @Override
    public void h2(String text) {
      if (builder == null) {
        builder = HtmlReport.builder(Fmt.oneLine(text));
      } else {
        builder.heading(Fmt.oneLine(text));
      }
    }

    @Override
    public void h3(String text) {
      builder().subheading(Fmt.oneLine(text));
    }

    @Override
    public void para(String text) {
      builder().paragraph(text);
    }

    @Override
    public void bullets(List<String> items) {
      builder().bullets(new ArrayList<>(items));
    }

    @Override
    public void table(Table table) {
      builder().table(table.headers(), table.rows(), table.rightAligned());
    }

    /**
     * The basis lines go under the report's title, whatever the order (HtmlReport lists each line
     * once).
     */
    @Override
    public void basis(CostBasis basis) {
      builder().basis(basis);
    }

    /** Adds the charts (the report shows them after its summary), then returns the report. */
    public HtmlReport build(List<Chart> charts) {
      HtmlReport.Builder b = builder();
      charts.forEach(b::chart);
      return b.build();
    }
  }
}
