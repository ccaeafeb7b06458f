package dev.flopex.cli;

import dev.flopex.core.validation.ValidationException;
import dev.flopex.report.Chart;
import dev.flopex.report.HtmlReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * {@code --html FILE} and {@code --charts DIR}, shared by the commands whose results have charts.
 * Paths are checked before the computation; charts are all rendered before the first file is
 * written; each file is written atomically (temporary file, then moved into place).
 */
final class ReportOptions {
  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Also write one self-contained HTML report (the Markdown content plus charts, inline SVG) to FILE.")
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
    if (html != null) {
      OutputFiles.check("--html", html);
    }
    if (charts != null) {
      Path p = Context.path("--charts", charts).toAbsolutePath();
      if (Files.exists(p) && !Files.isDirectory(p)) {
        throw new ValidationException("--charts", "'" + charts + "'", "must be a directory, but it is a file");
      }
      if (!Files.exists(p) && (p.getParent() == null || !Files.isDirectory(p.getParent()))) {
        throw new ValidationException("--charts", "'" + charts + "'", "must be a directory or a new one in an existing directory ("
            + p.getParent() + " does not exist)");
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
    if (!any()) {
      return;
    }
    List<Chart> list = chartList.get();
    List<Path> files = new ArrayList<>();
    List<byte[]> bytes = new ArrayList<>();
    if (html != null) {
      Doc.Html d = new Doc.Html();
      content.accept(d);
      HtmlReport r = d.build(list);
      files.add(Path.of(html));
      bytes.add(r.html().getBytes(StandardCharsets.UTF_8));
    }
    if (charts != null) {
      Path dir = Path.of(charts);
      for (Chart c : list) {
        files.add(dir.resolve(c.id() + ".png"));
        bytes.add(c.png());
        files.add(dir.resolve(c.id() + ".svg"));
        bytes.add(c.svgFile());
      }
      try {
        Files.createDirectories(dir);
      } catch (java.io.IOException e) {
        throw new ValidationException("--charts", "'" + charts + "'", "must be a directory that can be created (" + e + ")", e);
      }
    }
    for (int i = 0; i < files.size(); i++) {
      boolean isHtml = html != null && i == 0;
      OutputFiles.write(isHtml ? "--html" : "--charts", isHtml ? html : charts, files.get(i), bytes.get(i));
    }
    if (html != null) {
      ctx.err().println("wrote " + html + " (" + list.size() + " chart" + (list.size() == 1 ? "" : "s") + ")");
    }
    if (charts != null) {
      ctx.err().println("wrote " + list.size() * 2 + " chart files (PNG and SVG) to " + charts);
    }
  }

}
