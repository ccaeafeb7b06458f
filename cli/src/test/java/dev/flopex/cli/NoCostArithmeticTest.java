package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line does no cost arithmetic: the library computes every number and the CLI only
 * parses options and prints. A scan of {@code cli/src/main/java} enforces three rules:
 *
 * <ol>
 *   <li>no arithmetic on money ({@code Money.plus}, {@code minus}, {@code times}, {@code
 *       dividedBy});
 *   <li>a money amount ({@code .amount()}) goes straight into a formatter ({@code Fmt.x(...)}) as a
 *       whole argument, never into a variable or an expression;
 *   <li>money is made ({@code Money.usd}) only from an option value parsed by {@code Opts};
 *   <li>an analysis result (sensitivity, Monte Carlo, comparison) goes to its report whole: the CLI
 *       reads none of its figures (tornado bars, swings, statistics, percentiles, histogram bins,
 *       deltas and their shares), so ranks, sums, shares and bins are the library's.
 * </ol>
 *
 * The rules are checked on the code with string literals and comments removed; {@link
 * #theScanFindsArithmetic()} shows each rule catches what it is meant to.
 */
class NoCostArithmeticTest {
  private static final Path SOURCES = Path.of("src", "main", "java", "dev", "flopex", "cli");
  private static final Pattern MONEY_ARITHMETIC =
      Pattern.compile("\\.(plus|minus|times|dividedBy)\\(");
  private static final Pattern AMOUNT = Pattern.compile("\\.amount\\(\\)");
  private static final Pattern FORMATTER_CALL = Pattern.compile("\\bFmt\\.\\w+\\($");
  private static final Pattern MONEY_MADE = Pattern.compile("Money\\.usd\\((?!Opts\\.)");
  private static final Pattern ANALYSIS_FIGURE =
      Pattern.compile(
          "\\.(bars|baseOutput|outputAtLow|outputAtHigh|swing|elasticity|statistics|percentiles"
              + "|histogram|economicCostDeltas|economicCostDeltaShares|deltas)\\(");

  @Test
  void theCommandLineDoesNoCostArithmetic() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        problems.addAll(
            scan(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    assertThat(problems)
        .as("cost arithmetic belongs in the library (costing), printing in report")
        .isEmpty();
  }

  @Test
  void theScanFindsArithmetic() {
    assertThat(scan("A", "double s = 0; for (Money v : r.cashFlows()) { s += v.amount(); }"))
        .hasSize(1);
    assertThat(scan("A", "Money p = l.unitPrice().dividedBy(per);")).hasSize(1);
    assertThat(scan("A", "double share = r.delta().amount() / base;")).hasSize(1);
    assertThat(scan("A", "t.add(Fmt.money(a.amount() * 2));")).hasSize(1);
    assertThat(scan("A", "return Money.usd(s);")).hasSize(1);
    assertThat(scan("A", "for (TornadoBar b : r.bars()) { rank++; }")).hasSize(1);
    assertThat(scan("A", "Histogram h = r.statistics().histogram(BINS);")).hasSize(1);
    assertThat(scan("A", "double share = c.economicCostDeltaShares().get(i);")).hasSize(1);
    assertThat(
            scan(
                "A",
                "t.add(Fmt.money(r.capexTotal().amount()), Fmt.grouped(r.opex().amount(), 0));"))
        .isEmpty();
    assertThat(
            scan(
                "A",
                "b.price(Money.usd(Opts.nonNegative(\"--price\", price))); // s += x.amount()"))
        .isEmpty();
    assertThat(scan("A", "String s = \"total.amount() * 2\";")).isEmpty();
  }

  /** Returns one line per broken rule: file, line and the code. */
  static List<String> scan(String file, String source) {
    List<String> problems = new ArrayList<>();
    String[] lines = code(source).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      String where = file + ":" + (i + 1) + ": " + l.strip();
      if (MONEY_ARITHMETIC.matcher(l).find()) {
        problems.add(where + " (arithmetic on money)");
      }
      if (MONEY_MADE.matcher(l).find()) {
        problems.add(where + " (money made from a computed value)");
      }
      if (ANALYSIS_FIGURE.matcher(l).find()) {
        problems.add(where + " (an analysis figure read outside its report)");
      }
      Matcher m = AMOUNT.matcher(l);
      while (m.find()) {
        String before = l.substring(0, receiverStart(l, m.start()));
        String after = l.substring(m.end());
        if (!FORMATTER_CALL.matcher(before).find() || !after.matches("\\s*[,)].*")) {
          problems.add(where + " (an amount used other than as a formatter's argument)");
        }
      }
    }
    return problems;
  }

  /**
   * Returns where the expression whose {@code .amount()} is called starts, e.g. {@code r.capex()}.
   */
  private static int receiverStart(String line, int dot) {
    int j = dot;
    int depth = 0;
    while (j > 0) {
      char c = line.charAt(j - 1);
      if (c == ')') {
        depth++;
      } else if (c == '(') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (depth == 0 && !(Character.isLetterOrDigit(c) || c == '.' || c == '_')) {
        break;
      }
      j--;
    }
    return j;
  }

  /** Removes comments and the contents of string and character literals, keeping line breaks. */
  private static String code(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (s.startsWith("//", i)) {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
        s.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> b.append('\n'));
        i = end;
      } else if (c == '"' || c == '\'') {
        b.append(c).append(c);
        i++;
        while (i < s.length() && s.charAt(i) != c && s.charAt(i) != '\n') {
          i += s.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }
}
