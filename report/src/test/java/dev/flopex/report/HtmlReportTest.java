package dev.flopex.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.FleetResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML reports are self-contained, escaped, deterministic and written atomically. */
class HtmlReportTest {
  private static final FleetResult RESULT = Results.evaluate("mixed-fleet.yaml");

  private static HtmlReport report() {
    return HtmlReport.builder("Mixed <fleet> & co")
        .heading("Totals")
        .paragraph("TCO \"5 years\"")
        .table(List.of("cluster", "GPUs"), List.of(List.of("a|b", "1,024")), 1)
        .bullets(List.of("one", "two"))
        .chart(Charts.capexBreakdown(RESULT))
        .chart(Charts.opexByYear(RESULT))
        .chart(Charts.costPerGpuHourWaterfall(RESULT))
        .basis(RESULT.basis())
        .build();
  }

  @Test
  void printsTheBasisLinesUnderTheTitleOnceWhateverTheOrder() {
    String html = report().html();
    String headline = HtmlReport.escape(RESULT.basis().headline());
    String accounting = HtmlReport.escape(RESULT.basis().accounting());
    assertThat(headline).startsWith("economic");
    assertThat(accounting).startsWith("accounting");
    int h1 = html.indexOf("</h1>");
    int first = html.indexOf("<h2>");
    assertThat(html.indexOf("<li>" + headline + "</li>")).isGreaterThan(h1).isLessThan(first);
    assertThat(html.indexOf("<li>" + accounting + "</li>")).isGreaterThan(h1).isLessThan(first);
    assertThat(count(html, headline)).isEqualTo(1);
    HtmlReport twice = HtmlReport.builder("t").basis(RESULT.basis()).basis(RESULT.basis()).build();
    assertThat(twice.basis())
        .containsExactly(RESULT.basis().headline(), RESULT.basis().accounting());
    assertThat(HtmlReport.builder("t").build().html()).doesNotContain("class=\"basis\"");
  }

  @Test
  void inlinesEveryChartAsSvgWithUniqueDefinitionIds() {
    String html = report().html();
    assertThat(report().chartCount()).isEqualTo(3);
    assertThat(count(html, "<svg")).isEqualTo(3);
    assertThat(count(html, "<figure class=\"chart\"")).isEqualTo(3);
    Matcher m = Pattern.compile("id=\"([^\"]+)\"").matcher(html);
    java.util.Set<String> ids = new java.util.HashSet<>();
    while (m.find()) {
      assertThat(ids.add(m.group(1))).as("duplicate id " + m.group(1)).isTrue();
    }
  }

  @Test
  void loadsNothingFromOutside() {
    String html = report().html();
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("<img")
        .doesNotContainPattern("(src|href)=\"(https?:|//)")
        .contains("Content-Security-Policy");
  }

  @Test
  void escapesText() {
    String html = report().html();
    assertThat(html)
        .contains("<title>Mixed &lt;fleet&gt; &amp; co</title>")
        .contains("TCO &quot;5 years&quot;")
        .contains("<td class=\"num\">1,024</td>");
  }

  @Test
  void isDeterministic() {
    assertThat(report().html()).isEqualTo(report().html());
  }

  @Test
  void writesAtomicallyAndReplacesAnOldReport(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("r.html");
    Files.writeString(file, "old");
    report().writeTo(file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aMissingDirectoryIsOneClearErrorAndWritesNothing(@TempDir Path dir) {
    Path file = dir.resolve("no-such-dir").resolve("r.html");
    assertThatThrownBy(() -> report().writeTo(file))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "report file must be in an existing directory ("
                + file.getParent()
                + " does not exist) but was '"
                + file
                + "'");
    assertThat(Files.exists(file.getParent())).isFalse();
  }

  @Test
  void aDirectoryAsTargetIsRefused(@TempDir Path dir) {
    assertThatThrownBy(() -> report().writeTo(dir))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be a file, not a directory");
  }

  @Test
  void anUnwritableDirectoryLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("r.html");
    Files.writeString(file, "old");
    boolean readOnly = dir.toFile().setWritable(false);
    try {
      if (readOnly && !Files.isWritable(dir)) {
        assertThatThrownBy(() -> report().writeTo(file))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("must be writable (writing failed");
        assertThat(Files.readString(file)).isEqualTo("old");
      } else {
        // running as root: the directory stays writable, so a file system refusal is simulated by
        // a path whose parent is a regular file
        Path under = file.resolve("child.html");
        assertThatThrownBy(() -> report().writeTo(under))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("must be in an existing directory");
      }
    } finally {
      dir.toFile().setWritable(true);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void rightAlignedColumnsMustExist() {
    assertThatThrownBy(() -> HtmlReport.builder("t").table(List.of("a"), List.of(List.of("1")), 3))
        .isInstanceOf(ValidationException.class)
        .hasMessage("rightAligned must be a column index from 0 to 0 but was 3");
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
