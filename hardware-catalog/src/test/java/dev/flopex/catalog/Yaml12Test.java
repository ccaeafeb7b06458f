package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.flopex.catalog.internal.yaml.YNode;
import dev.flopex.catalog.internal.yaml.YamlDoc;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, finding 3: data files are read once as YAML 1.2, so text stays as written. YAML 1.1
 * turned {@code name: NO} into "false" and {@code description: 1e3} into "1000.0".
 */
class Yaml12Test {

  private static YNode root(String yaml) {
    return YamlDoc.parse("x.yaml", yaml, CatalogException::new).rootNode();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NO",
        "no",
        "No",
        "off",
        "Off",
        "OFF",
        "on",
        "On",
        "ON",
        "yes",
        "Yes",
        "YES",
        "y",
        "Y",
        "n",
        "N",
        "1e3",
        "0.10",
        "+1",
        ".5",
        "1.0",
        "-0",
        "007x",
        "true",
        "False",
        "12:30",
        "2024-01-01"
      })
  void test_textFieldsKeepThePlainScalarAsWritten(String written) {
    assertThat(root("name: " + written + "\n").get("name").text()).isEqualTo(written);
  }

  @Test
  void test_listsOfTextKeepTheirSpelling() {
    List<String> aliases =
        root("aliases: [on, Off, NO, 0.10]\n").get("aliases").elements().stream()
            .map(YNode::text)
            .toList();
    assertThat(aliases).containsExactly("on", "Off", "NO", "0.10");
  }

  @Test
  void test_numbersAndBooleansStillReadAsSuch() {
    YNode r = root("a: 1e3\nb: 0.10\nc: +1\nd: .5\ne: 42\nf: true\ng: FALSE\n");
    assertThat(r.get("a").number("")).isEqualTo(1000.0);
    assertThat(r.get("b").number("")).isEqualTo(0.10);
    assertThat(r.get("c").number("")).isEqualTo(1.0);
    assertThat(r.get("d").number("")).isEqualTo(0.5);
    assertThat(r.get("e").positiveInt()).isEqualTo(42);
    assertThat(r.get("f").bool()).isTrue();
    assertThat(r.get("g").bool()).isFalse();
  }

  @Test
  void test_yaml11BooleansAreNotBooleans() {
    YNode r = root("a: yes\nb: off\n");
    assertThatThrownBy(() -> r.get("a").bool())
        .hasMessage("x.yaml:1: a must be true or false but was 'yes'");
    assertThatThrownBy(() -> r.get("b").bool())
        .hasMessage("x.yaml:2: b must be true or false but was 'off'");
  }

  @Test
  void test_quotedScalarsAreAlwaysText() {
    YNode r = root("a: \"1e3\"\nb: '42'\n");
    assertThat(r.get("a").text()).isEqualTo("1e3");
    assertThatThrownBy(() -> r.get("b").number("W"))
        .hasMessage("x.yaml:2: b must be a number (W) but was '42'");
  }

  @Test
  void test_nullAndEmptyAreNotText() {
    YNode r = root("a:\nb: ~\nc: null\n");
    for (String k : List.of("a", "b", "c")) {
      assertThatThrownBy(() -> r.get(k).text())
          .hasMessage(
              "x.yaml:"
                  + (k.charAt(0) - 'a' + 1)
                  + ": "
                  + k
                  + " must have a value (null is not allowed; leave the field out instead)");
    }
  }

  @Test
  void test_everyNodeKnowsItsLine() {
    YNode r = root("schema: x\nlist:\n  - a\n  - {b: 1,\n     c: 2}\nlast: z\n");
    assertThat(r.get("schema").line()).isEqualTo(1);
    assertThat(r.get("list").line()).isEqualTo(2);
    assertThat(r.get("list").elements().get(0).line()).isEqualTo(3);
    assertThat(r.get("list").elements().get(1).line()).isEqualTo(4);
    assertThat(r.get("list").elements().get(1).get("c").line()).isEqualTo(5);
    assertThat(r.get("last").line()).isEqualTo(6);
  }

  @Test
  void test_whatPlainDataMustNotHave_isRefusedWithLineAndField() {
    assertThatThrownBy(() -> root("a: 1\n---\nb: 2\n"))
        .hasMessage("x.yaml:2: file must contain exactly one YAML document (found a second '---')");
    assertThatThrownBy(() -> root("a:\n  b: 1\n  b: 2\n"))
        .hasMessage("x.yaml:3: a.b must not repeat a key (first given at line 2) but was 'b'");
    assertThatThrownBy(() -> root("? [a]\n: 1\n")).hasMessageContaining("must use plain text keys");
    assertThatThrownBy(() -> root("a: 012\n"))
        .hasMessageContaining("a must be a plain decimal number");
    assertThatThrownBy(() -> root("a: 0x1F\n"))
        .hasMessageContaining("a must be a plain decimal number");
    assertThatThrownBy(() -> root("a: 1_000\n"))
        .hasMessageContaining("a must be a plain decimal number");
    assertThatThrownBy(() -> root("a: .nan\n"))
        .hasMessage("x.yaml:1: a must be finite but was .nan");
    assertThatThrownBy(() -> root("a: [1, .inf]\n"))
        .hasMessage("x.yaml:1: a[1] must be finite but was .inf");
    assertThatThrownBy(() -> root("a: !foo x\n")).hasMessageContaining("type tags are not allowed");
    assertThatThrownBy(() -> root("- 1\n- 2\n"))
        .hasMessage("x.yaml:1: file must be a YAML mapping at the top level");
    assertThatThrownBy(() -> root(""))
        .hasMessage("x.yaml:1: file must be a YAML mapping at the top level");
    assertThat(root("a: ${HOME}\n").get("a").text())
        .as("no environment substitution")
        .isEqualTo("${HOME}");
  }

  @Test
  void test_deepNestingIsRefused_inBlockAndFlowStyle() {
    StringBuilder block = new StringBuilder();
    for (int i = 0; i < 45; i++) {
      block.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    block.append("  ".repeat(45)).append("v: 1\n");
    assertThatThrownBy(() -> root(block.toString()))
        .hasMessageContaining("must nest lists and mappings at most 40 deep");
    assertThatThrownBy(() -> root("a: " + "[".repeat(100) + "\n"))
        .hasMessageContaining("must nest lists and mappings at most 40 deep");
  }

  @Test
  void test_aLongLineIsReadInLinearTime() {
    // issue 10: a 7 MB file with one long line took 30 s and 2 GB; this is a hang guard, not a
    // benchmark
    String yaml = "name: " + "x".repeat(7_000_000) + "\n";
    assertTimeoutPreemptively(
        Duration.ofSeconds(30), () -> assertThat(root(yaml).get("name").text()).hasSize(7_000_000));
  }
}
