package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CLI output quoted in README.md and docs/deepseek.md is real: every quoted line (except "..."
 * and lines cut short with "…") appears in what the command prints today, so a model change that
 * moves a number fails here until the docs are updated with it. (DeepSeekFleetTest does the same
 * for the example's output quoted in docs/deepseek.md.)
 */
class DocExcerptsTest {
  private static final Path ROOT = Path.of("..");

  /**
   * Returns the lines of the first fenced block in {@code doc} whose first line starts with {@code
   * firstLine}.
   */
  static List<String> block(Path doc, String firstLine) throws IOException {
    List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size() - 1; i++) {
      if (lines.get(i).startsWith("```") && lines.get(i + 1).startsWith(firstLine)) {
        List<String> out = new ArrayList<>();
        for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("```"); j++) {
          out.add(lines.get(j));
        }
        return out;
      }
    }
    throw new AssertionError(doc + " has no fenced block starting with '" + firstLine + "'");
  }

  static void assertQuoted(List<String> quoted, String actual, String what) {
    assertThat(quoted).as(what).hasSizeGreaterThan(3);
    for (String line : quoted) {
      if (line.isBlank() || line.equals("...") || line.startsWith("wrote ")) {
        continue;
      }
      if (line.endsWith("…")) {
        assertThat(actual)
            .as("%s: quoted line is a prefix of a printed line", what)
            .contains(line.substring(0, line.length() - 1).stripTrailing());
      } else {
        assertThat(actual.lines()).as("%s: quoted line is printed", what).contains(line);
      }
    }
  }

  @Test
  void test_readmeQuickStartExcerptIsTheRealOutput() throws IOException {
    Cli.Result r =
        Cli.run("fleet", ROOT.resolve("examples/fleets/deepseek-2025-01.yaml").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertQuoted(block(ROOT.resolve("README.md"), "fleet deepseek-2025-01:"), r.out(), "README.md");
  }

  /**
   * docs/deepseek.md's 4-NIC what-if: the committed overlay, applied to the DeepSeek fleet, prints
   * the lines the page quotes, so the what-if cannot go stale again when the model moves.
   */
  @Test
  void test_deepseekDocFourNicWhatIfIsTheRealOutput() throws IOException {
    Cli.Result r =
        Cli.run(
            "fleet",
            "--catalog",
            ROOT.resolve("docs/whatif/hgx-h20-4-nics.yaml").toString(),
            ROOT.resolve("examples/fleets/deepseek-2025-01.yaml").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertQuoted(
        block(ROOT.resolve("docs/deepseek.md"), "h20      hgx-h20   30,000"),
        r.out(),
        "docs/deepseek.md 4-NIC what-if");
  }

  @Test
  void test_deepseekDocMonteCarloPercentilesAreTheRealOutput() throws IOException {
    Cli.Result m =
        Cli.run("montecarlo", ROOT.resolve("examples/fleets/deepseek-2025-01.yaml").toString());
    assertThat(m.code()).as(m.err()).isZero();
    String doc = Files.readString(ROOT.resolve("docs/deepseek.md"), StandardCharsets.UTF_8);
    for (String p : List.of("P5", "P50", "P95")) {
      String value =
          m.out()
              .lines()
              .filter(l -> l.strip().startsWith(p + " "))
              .findFirst()
              .orElseThrow()
              .strip()
              .split("\\s+")[1];
      long millions = Math.round(Long.parseLong(value.replace(",", "")) / 1e6);
      assertThat(doc)
          .as("docs/deepseek.md quotes the Monte Carlo %s", p)
          .contains(p + " USD " + String.format(java.util.Locale.ROOT, "%,d", millions) + "M");
    }
  }

  /**
   * docs/catalog.md §10.2: the overlay it shows, written to a file, gives the diff output it
   * quotes, line for line.
   */
  @Test
  void test_catalogDocDiffExampleIsTheRealOutput(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path doc = ROOT.resolve("docs/catalog.md");
    Path overlay = dir.resolve("my-prices.yaml");
    Files.writeString(
        overlay, String.join("\n", block(doc, "# my-prices.yaml")) + "\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("catalog", "diff", "builtin", overlay.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> quoted = block(doc, "catalog 2026.12.04 (data as of");
    assertQuoted(quoted, r.out(), "docs/catalog.md");
    assertThat(quoted).as("the whole output is quoted").hasSameSizeAs(r.outLines());
  }

  /**
   * Every {@code ./flopex ...} command the README shows runs and exits 0. Files the commands would
   * write go to a temporary directory; example fleet paths are resolved from the repository root; a
   * command that names a file the reader supplies (e.g. {@code my-prices.yaml}) is skipped.
   */
  @Test
  void test_everyReadmeCommandRuns(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<List<String>> commands = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("./flopex ")) {
        continue;
      }
      StringBuilder cmd = new StringBuilder(line);
      while (cmd.toString().stripTrailing().endsWith("\\") && i + 1 < lines.size()) {
        cmd.setLength(cmd.toString().stripTrailing().length() - 1);
        cmd.append(' ').append(lines.get(++i).strip());
      }
      String text = cmd.toString();
      int hash = text.indexOf(" #");
      if (hash >= 0) {
        text = text.substring(0, hash);
      }
      commands.add(tokens(text.substring("./flopex ".length())));
    }
    assertThat(commands).as("README.md shows flopex commands").hasSizeGreaterThan(15);
    int ran = 0;
    for (List<String> c : commands) {
      List<String> args = new ArrayList<>();
      boolean readerFile = false;
      for (int k = 0; k < c.size(); k++) {
        String a = c.get(k);
        String before = k == 0 ? "" : c.get(k - 1);
        if (before.equals("--output") || before.equals("--html") || before.equals("--charts")) {
          args.add(dir.resolve(a).toString());
        } else if (a.endsWith(".yaml")) {
          Path f = ROOT.resolve(a);
          readerFile |= !Files.exists(f);
          args.add(f.toString());
        } else {
          args.add(a);
        }
      }
      if (readerFile) {
        continue;
      }
      Cli.Result r = Cli.run(args.toArray(new String[0]));
      assertThat(r.code())
          .as("README command: flopex %s%n%s", String.join(" ", c), r.err())
          .isZero();
      ran++;
    }
    assertThat(ran).isEqualTo(commands.size() - 1);
  }

  /** Splits a shell command line on spaces, keeping double-quoted words whole. */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char ch : s.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
        any = true;
      } else if (ch == ' ' && !quoted) {
        if (any) {
          out.add(w.toString());
        }
        w.setLength(0);
        any = false;
      } else {
        w.append(ch);
        any = true;
      }
    }
    if (any) {
      out.add(w.toString());
    }
    return out;
  }
}
