package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --html FILE} and {@code --charts DIR} on the commands that have charts. */
class ReportOptionsTest {
  private static final String H100 = Examples.fleet("h100-neocloud.yaml");
  private static final String MIXED = Examples.fleet("mixed-fleet.yaml");

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  /** HTML-escapes text as HtmlReport does. */
  private static String escape(String t) {
    return t.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  @Test
  void fleetWritesAnHtmlReportWithTheMarkdownContentAndThreeCharts(@TempDir Path dir)
      throws IOException {
    Path html = dir.resolve("fleet.html");
    Cli.Result r = Cli.run("fleet", MIXED, "--html", html.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo("wrote " + html + " (3 charts)\n");
    assertThat(r.out()).as("stdout keeps the table").startsWith("fleet mixed-fleet");
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(count(page, "<svg")).isEqualTo(3);
    assertThat(page)
        .contains(
            "<title>fleet mixed-fleet",
            "<h2>Charts</h2>",
            "CapEx by component",
            "Operating cost by year",
            "Economic cost per GPU-hour by component",
            "<p>Warnings:",
            "<th>CLUSTER</th>");
    // it opens on the summary (headline numbers, the cluster table, warnings), then the charts,
    // then the collapsed detail
    int summary = page.indexOf("<section class=\"summary\">");
    int charts = page.indexOf("<h2>Charts</h2>");
    assertThat(page.indexOf("economic cost per GPU-hour: USD "))
        .isGreaterThan(summary)
        .isLessThan(charts);
    assertThat(page.indexOf("<th>CLUSTER</th>")).isGreaterThan(summary).isLessThan(charts);
    assertThat(page.indexOf("<p>Warnings:")).isGreaterThan(summary).isLessThan(charts);
    assertThat(page.indexOf("<details class=\"subsection\">\n<summary><h3>Cost by component"))
        .isGreaterThan(page.lastIndexOf("</figure>"));
    // the basis lines sit under the title, before the first section
    dev.flopex.costing.FleetResult expected = Results.evaluate(MIXED);
    int basis = page.indexOf("<ul class=\"basis\">");
    assertThat(basis).isGreaterThan(page.indexOf("</h1>")).isLessThan(page.indexOf("<table"));
    assertThat(page).contains("<li>" + escape(expected.basis().headline()) + "</li>");
  }

  @Test
  void aFleetFileWithASensitivitySectionGetsItsTornadoInTheReport(@TempDir Path dir)
      throws IOException {
    Path html = dir.resolve("h100.html");
    Cli.Result r = Cli.run("fleet", H100, "--html", html.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo("wrote " + html + " (4 charts)\n");
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(count(page, "<svg")).isEqualTo(4);
    assertThat(page).contains("data-chart=\"tornado\"", "<h2>sensitivity of fleet h100-neocloud");
    // the fleet's and the sensitivity's basis are the same lines: listed once
    assertThat(count(page, "<ul class=\"basis\">")).isEqualTo(1);
    assertThat(count(page, "<li>accounting: ")).isEqualTo(1);
    // stdout is the fleet table alone, as without --html
    assertThat(r.out()).isEqualTo(Cli.run("fleet", H100).out());
  }

  @Test
  void chartsDirectoryGetsPngAndSvgOfEachChart(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("charts");
    Cli.Result r =
        Cli.run(
            "tco",
            "--system",
            "hgx-h100",
            "--gpus",
            "1024",
            "--purchase-date",
            "2024-09-01",
            "--assumptions",
            "neocloud",
            "--region",
            "us-virginia",
            "--facility",
            "colocation-wholesale",
            "--charts",
            out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              "capex-breakdown.png",
              "capex-breakdown.svg",
              "cost-per-gpu-hour.png",
              "cost-per-gpu-hour.svg",
              "opex-by-year.png",
              "opex-by-year.svg");
    }
    byte[] png = Files.readAllBytes(out.resolve("capex-breakdown.png"));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    assertThat(Files.readString(out.resolve("opex-by-year.svg")))
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg");
  }

  @Test
  void sensitivityMonteCarloAndCompareEachHaveTheirChart(@TempDir Path dir) throws IOException {
    Path t = dir.resolve("t.html");
    Path m = dir.resolve("m.html");
    Path c = dir.resolve("c.html");
    assertThat(Cli.run("sensitivity", H100, "--html", t.toString()).code()).isZero();
    assertThat(Cli.run("montecarlo", H100, "--samples", "500", "--html", m.toString()).code())
        .isZero();
    assertThat(Cli.run("compare", H100, MIXED, "--html", c.toString()).code()).isZero();
    assertThat(Files.readString(t))
        .contains(
            "data-chart=\"tornado\"",
            "Sensitivity of economic cost per GPU-hour",
            "<ul class=\"basis\">");
    assertThat(Files.readString(m))
        .contains(
            "data-chart=\"montecarlo-histogram\"",
            "over 500 samples",
            "P95 (marker)",
            "<ul class=\"basis\">");
    assertThat(Files.readString(c))
        .contains(
            "data-chart=\"comparison\"",
            "Economic cost by component per scenario",
            "Basis:",
            "h100-neocloud: economic: ");
  }

  @Test
  void aReportInAMissingDirectoryIsOneClearErrorBeforeAnyWork(@TempDir Path dir) {
    Path html = dir.resolve("missing").resolve("r.html");
    Cli.Result r = Cli.run("fleet", H100, "--html", html.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).as("nothing printed before the error").isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err())
        .contains(
            "--html must be in an existing directory ("
                + html.getParent()
                + " does not exist) but was '"
                + html
                + "'");
    assertThat(Files.exists(html.getParent())).isFalse();
  }

  @Test
  void aDirectoryGivenAsHtmlFileOrAFileAsChartsDirectoryIsRefused(@TempDir Path dir)
      throws IOException {
    Cli.Result r = Cli.run("fleet", H100, "--html", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--html must be a file, not a directory");
    Path file = Files.writeString(dir.resolve("f"), "x");
    Cli.Result c = Cli.run("fleet", H100, "--charts", file.toString());
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("--charts must be a directory, but it is a file");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void anUnknownFormatIsOneClearError() {
    Cli.Result r = Cli.run("fleet", H100, "--format", "pdf");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err())
        .contains("--format must be one of table, json, csv, markdown but was 'pdf'");
  }

  @Test
  void markdownOutputIsUnchangedByTheSharedDocumentWriter() {
    Cli.Result r = Cli.run("fleet", H100, "--format", "markdown");
    assertThat(r.out())
        .startsWith("## fleet h100-neocloud")
        .contains("\n\nTerms: 5 years")
        .contains("\n\n### Warnings\n\n")
        .doesNotContain("\n\n\n");
  }
}
