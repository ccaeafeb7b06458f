package dev.flopex.cli;

import dev.flopex.core.validation.ValidationException;
import dev.flopex.report.Chart;
import dev.flopex.report.HtmlReport;
import dev.flopex.report.ReportFiles;
import dev.flopex.report.internal.Doc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * {@code --html FILE} and {@code --charts DIR}, shared by the commands whose results have charts.
 * Paths are checked before the computation; charts are all rendered before the first file is
 * written; the files are written as a set, all or none ({@link ReportFiles#writeAll}): a failed
 * write leaves no file of the set behind.
 */
final class ReportOptions {
  @Option(
      names = "--html",
      paramLabel = "FILE",
      description =
          "Also write one self-contained HTML report (the Markdown content plus charts, inline SVG) to FILE.")
  String html;

  @Option(
      names = "--charts",
      paramLabel = "DIR",
      description = "Also write each chart as PNG and SVG into DIR (created if its parent exists).")
  String charts;

  boolean any() {
    return html != null || charts != null;
  }

  /** Checks the paths before any work is done, so a typo fails fast. */
  void check() {
    for (String[] o : new String[][] {{"--html", html}, {"--charts", charts}}) {
      if (o[1] != null && OutputFiles.isStandardOutput(o[1])) {
        throw new ValidationException(
            o[0],
            "'" + o[1] + "'",
            "must name a file or directory (standard output carries the command's own output)");
      }
    }
    if (html != null) {
      OutputFiles.check("--html", html);
    }
    if (charts != null) {
      Path p = Context.path("--charts", charts).toAbsolutePath();
      if (Files.exists(p) && !Files.isDirectory(p)) {
        throw new ValidationException(
            "--charts", "'" + charts + "'", "must be a directory, but it is a file");
      }
      if (!Files.exists(p) && (p.getParent() == null || !Files.isDirectory(p.getParent()))) {
        throw new ValidationException(
            "--charts",
            "'" + charts + "'",
            "must be a directory or a new one in an existing directory ("
                + p.getParent()
                + " does not exist)");
      }
    }
  }

  /**
   * Writes what was asked for.
   *
   * @param ctx where to report the files written (standard error)
   * @param content writes the report's text blocks (the same as the Markdown output)
   * @param chartList the charts of the result
   */
  void write(Context ctx, Consumer<Doc> content, Supplier<List<Chart>> chartList) {
    write(ctx, () -> new Doc.Html(), content, chartList);
  }

  /**
   * As {@link #write(Context, Consumer, Supplier)}, continuing an HTML report a result began (e.g.
   * {@link dev.flopex.report.FleetReport#htmlBuilder()}): {@code content} adds sections after the
   * result's; {@code chartList} is every chart.
   */
  void write(
      Context ctx,
      Supplier<Doc.Html> start,
      Consumer<Doc> content,
      Supplier<List<Chart>> chartList) {
    if (!any()) {
      return;
    }
    List<Chart> list = chartList.get();
    Map<Path, byte[]> files = new LinkedHashMap<>();
    if (html != null) {
      Doc.Html d = start.get();
      content.accept(d);
      HtmlReport r = d.build(list);
      files.put(Path.of(html), r.html().getBytes(StandardCharsets.UTF_8));
    }
    Path dir = charts == null ? null : Path.of(charts);
    boolean created = false;
    if (dir != null) {
      for (Chart c : list) {
        files.put(dir.resolve(c.id() + ".png"), c.png());
        files.put(dir.resolve(c.id() + ".svg"), c.svgFile());
      }
      try {
        created = !Files.exists(dir);
        Files.createDirectories(dir);
      } catch (java.io.IOException e) {
        throw new ValidationException(
            "--charts",
            "'" + charts + "'",
            "must be a directory that can be created (" + e + ")",
            e);
      }
    }
    try {
      ReportFiles.writeAll(files);
    } catch (ValidationException e) {
      if (created) {
        try {
          Files.deleteIfExists(dir);
        } catch (java.io.IOException ignored) {
          // the directory is not empty or already gone; the write error is what to report
        }
      }
      boolean isHtml =
          html != null && e.value().map(v -> v.equals("'" + Path.of(html) + "'")).orElse(false);
      throw new ValidationException(
          isHtml ? "--html" : "--charts", "'" + (isHtml ? html : charts) + "'", e.rule(), e);
    }
    if (html != null) {
      ctx.err()
          .println(
              "wrote "
                  + html
                  + " ("
                  + list.size()
                  + " chart"
                  + (list.size() == 1 ? "" : "s")
                  + ")");
    }
    if (charts != null) {
      ctx.err().println("wrote " + list.size() * 2 + " chart files (PNG and SVG) to " + charts);
    }
  }
}
