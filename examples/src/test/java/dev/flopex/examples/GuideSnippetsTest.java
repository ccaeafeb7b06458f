package dev.flopex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of {@code docs/java-api.md} is code that compiles and runs: each fenced block
 * marked {@code <!-- snippet: NAME -->} must equal the region {@code // snippet: NAME} ... {@code
 * // end snippet} of {@link JavaApiGuideTest}, whose test methods run it and check its results.
 * Whitespace at line ends and the common indentation are ignored; nothing else is.
 */
class GuideSnippetsTest {

  private static final Path ROOT = findRoot();
  private static final Pattern DOC_SNIPPET =
      Pattern.compile("<!-- snippet: ([\\w-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CODE_SNIPPET =
      Pattern.compile("// snippet: ([\\w-]+)\\n(.*?)\\n\\s*// end snippet", Pattern.DOTALL);

  private static Path findRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("docs/java-api.md"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException(
          "docs/java-api.md not found above " + Path.of("").toAbsolutePath());
    }
    return p;
  }

  static Map<String, String> snippets(String text, Pattern pattern) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String previous = out.put(m.group(1), normalise(m.group(2)));
      assertThat(previous).as("snippet %s is defined twice", m.group(1)).isNull();
    }
    return out;
  }

  static String normalise(String block) {
    List<String> lines = new ArrayList<>();
    for (String l : block.split("\n", -1)) {
      lines.add(l.stripTrailing());
    }
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isEmpty()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(l.isEmpty() ? "" : l.substring(indent)).append('\n');
    }
    return b.toString();
  }

  @Test
  void everyGuideSnippetIsRunCodeAndEveryRunSnippetIsInTheGuide() throws IOException {
    Map<String, String> doc =
        snippets(Files.readString(ROOT.resolve("docs/java-api.md")), DOC_SNIPPET);
    Map<String, String> code =
        snippets(
            Files.readString(
                ROOT.resolve("examples/src/test/java/dev/flopex/examples/JavaApiGuideTest.java")),
            CODE_SNIPPET);
    assertThat(doc).as("snippets in docs/java-api.md").isNotEmpty();
    assertThat(doc.keySet()).containsExactlyInAnyOrderElementsOf(code.keySet());
    for (Map.Entry<String, String> e : doc.entrySet()) {
      assertThat(e.getValue())
          .as("docs/java-api.md snippet %s against JavaApiGuideTest", e.getKey())
          .isEqualTo(code.get(e.getKey()));
    }
  }

  @Test
  void theComparisonCanFail() {
    Map<String, String> a =
        snippets("<!-- snippet: x -->\n```java\nint a = 1;\n```\n", DOC_SNIPPET);
    Map<String, String> b =
        snippets("  // snippet: x\n  int a = 2;\n  // end snippet\n", CODE_SNIPPET);
    assertThat(a.get("x")).isEqualTo("int a = 1;\n");
    assertThat(b.get("x")).isEqualTo("int a = 2;\n");
    assertThat(a.get("x")).isNotEqualTo(b.get("x"));
  }
}
