package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.report.internal.Fmt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, finding 7: raw ESC and BEL bytes from names reached tables, CSV and error lines. Every
 * output now shows a control character as {@code \\u001B}; only the layout flopex writes itself
 * (line breaks) is kept.
 */
class ControlCharactersTest {
  /** ESC [ 2 J (clear screen), BEL, C1 CSI, and a right-to-left override. */
  private static final String HOSTILE_YAML = "\\e[2Jevil\\a\\x9b31m\\u202Eeman";

  private static boolean hasControl(String s) {
    return s.chars()
        .anyMatch(
            c ->
                (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
                    || (c >= 0x7f && c <= 0x9f)
                    || c == 0x202e);
  }

  private static Path fleet(Path dir) throws IOException {
    String text =
        Files.readString(
            Path.of("..", "examples", "fleets", "h100-neocloud.yaml"), StandardCharsets.UTF_8);
    String hostile =
        text.replaceFirst(
                "(?m)^name: .*$",
                java.util.regex.Matcher.quoteReplacement("name: \"" + HOSTILE_YAML + "\""))
            .replaceFirst(
                "(?m)^  - name: .*$",
                java.util.regex.Matcher.quoteReplacement("  - name: \"c" + HOSTILE_YAML + "\""));
    assertThat(hostile).isNotEqualTo(text);
    return Files.writeString(dir.resolve("hostile.yaml"), hostile, StandardCharsets.UTF_8);
  }

  @Test
  void test_tableCsvJsonAndMarkdown_showControlsAsEscapes(@TempDir Path dir) throws IOException {
    Path f = fleet(dir);
    for (String format : new String[] {"table", "csv", "json", "markdown"}) {
      Cli.Result r = Cli.run("fleet", f.toString(), "--format", format);
      assertThat(r.code()).as("%s: %s", format, r.err()).isZero();
      assertThat(hasControl(r.out())).as("%s output has a raw control character", format).isFalse();
      assertThat(r.out()).as(format).contains("u001B[2Jevil").contains("u202E");
    }
  }

  @Test
  void test_errorLines_showControlsAsEscapes() {
    Cli.Result r = Cli.run("catalog", "show", "h100\u001b[2J\u0007");
    assertThat(r.code()).isEqualTo(2);
    assertThat(hasControl(r.err())).isFalse();
    assertThat(r.err()).contains("h100\\u001B[2J\\u0007");
  }

  @Test
  void test_visible_keepsLayoutOnlyWhenAsked() {
    assertThat(Fmt.visible("a\tb\nc", true)).isEqualTo("a\tb\nc");
    assertThat(Fmt.visible("a\tb\nc", false)).isEqualTo("a\\u0009b\\u000Ac");
    assertThat(Fmt.visible("plain µ ≤ █", false)).isEqualTo("plain µ ≤ █");
    assertThat(Fmt.visible("\u007f\u0085\u2028\u2066", true))
        .isEqualTo("\\u007F\\u0085\\u2028\\u2066");
  }
}
