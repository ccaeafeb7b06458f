package dev.flopex.catalog.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flopex.core.validation.DataFileException;
import dev.flopex.core.validation.TextFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Issue 13 (W4): the pre-parsed form of a bundled YAML file reads back as exactly the document its
 * text parses to (tree, node kinds, key order, every node's line, every plain scalar as written),
 * and is refused (so the text is parsed) when it was made from other bytes.
 */
class PreparsedYamlTest {
  private static final YamlDoc.Errors ERRORS = DataFileException::new;

  /**
   * The catalog's data directory on the test class path (target/classes, where the build wrote).
   */
  private static Path dataDir() throws URISyntaxException {
    URL url = YamlDoc.class.getResource("/dev/flopex/catalog/data/catalog.yaml");
    assertThat(url).as("catalog.yaml on the class path").isNotNull();
    return Path.of(url.toURI()).getParent();
  }

  private static List<Path> bundledYaml() throws IOException, URISyntaxException {
    try (Stream<Path> s = Files.walk(dataDir())) {
      return s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static YamlDoc parse(String name, byte[] yaml) {
    return YamlDoc.parse(name, TextFiles.decode(name, yaml, ERRORS), ERRORS);
  }

  @Test
  void test_everyBundledCatalogFileHasAPreparsedFormEqualToItsYamlParse() throws Exception {
    List<Path> files = bundledYaml();
    // the index, the price trends, the export rules and at least ten data files
    assertThat(files).hasSizeGreaterThan(12);
    for (Path f : files) {
      String name = f.getFileName().toString();
      Path pre = f.resolveSibling(name + PreparsedYaml.SUFFIX);
      assertThat(pre).as("the build's pre-parsed form of " + name).exists();
      byte[] yaml = Files.readAllBytes(f);
      YamlDoc read = PreparsedYaml.read(name, yaml, Files.readAllBytes(pre), ERRORS);
      assertThat(read).as(name + " pre-parsed from these bytes").isNotNull();
      assertSame(parse(name, yaml), read);
    }
  }

  @Test
  void test_aPreparsedFormOfOtherBytesIsRefused() throws Exception {
    Path f = dataDir().resolve("catalog.yaml");
    byte[] yaml = Files.readAllBytes(f);
    byte[] pre = PreparsedYaml.write(parse("catalog.yaml", yaml), yaml);
    assertThat(PreparsedYaml.read("catalog.yaml", yaml, pre, ERRORS)).isNotNull();

    byte[] edited = yaml.clone();
    int at = new String(yaml, StandardCharsets.UTF_8).indexOf("2026");
    edited[at] = '3'; // same length, one byte changed
    assertThat(PreparsedYaml.read("catalog.yaml", edited, pre, ERRORS)).isNull();
    byte[] longer = Arrays.copyOf(yaml, yaml.length + 1);
    longer[yaml.length] = '\n';
    assertThat(PreparsedYaml.read("catalog.yaml", longer, pre, ERRORS)).isNull();
  }

  @Test
  void test_aCorruptOrTruncatedPreparsedFormIsRefused() throws Exception {
    byte[] yaml = "a: 1\nb: [x, 0.10, {c: true}]\n".getBytes(StandardCharsets.UTF_8);
    byte[] pre = PreparsedYaml.write(parse("x.yaml", yaml), yaml);
    for (int n = 0; n < pre.length; n++) {
      assertThat(PreparsedYaml.read("x.yaml", yaml, Arrays.copyOf(pre, n), ERRORS))
          .as("truncated to %d of %d bytes", n, pre.length)
          .isNull();
    }
    byte[] trailing = Arrays.copyOf(pre, pre.length + 1);
    assertThat(PreparsedYaml.read("x.yaml", yaml, trailing, ERRORS)).isNull();
    for (int i = 20; i < pre.length; i++) { // the contents and their CRC, one byte at a time
      byte[] damaged = pre.clone();
      damaged[i] ^= 0x20;
      assertThat(PreparsedYaml.read("x.yaml", yaml, damaged, ERRORS))
          .as("byte %d damaged", i)
          .isNull();
    }
    byte[] magic = pre.clone();
    magic[0] ^= 1;
    assertThat(PreparsedYaml.read("x.yaml", yaml, magic, ERRORS)).isNull();
    byte[] version = pre.clone();
    version[7] ^= 1;
    assertThat(PreparsedYaml.read("x.yaml", yaml, version, ERRORS)).isNull();
  }

  @Test
  void test_errorsFromAPreparsedDocumentNameTheFileLineAndField() throws Exception {
    byte[] yaml = "a: 1\nlist:\n  - x\n  - {k: -3}\n".getBytes(StandardCharsets.UTF_8);
    YamlDoc doc =
        PreparsedYaml.read("given.yaml", yaml, PreparsedYaml.write(parse("x", yaml), yaml), ERRORS);
    assertThat(doc).isNotNull();
    YNode k = doc.rootNode().get("list").elements().get(1).get("k");
    assertThat(k.line()).isEqualTo(4);
    try {
      k.positive("W");
      fail("-3 W must be refused");
    } catch (DataFileException e) {
      assertThat(e.getMessage()).contains("given.yaml").contains("4").contains("list[1].k");
    }
  }

  /** Any document that parses reads back from its pre-parsed form as exactly that document. */
  @Test
  void test_anyParsedDocumentRoundTripsExactly() {
    qt().withExamples(500)
        .forAll(documents())
        .checkAssert(
            text -> {
              byte[] yaml = text.getBytes(StandardCharsets.UTF_8);
              YamlDoc parsed;
              try {
                parsed = parse("gen.yaml", yaml);
              } catch (DataFileException e) {
                return; // not a document flopex reads (e.g. a repeated key): nothing to pre-parse
              }
              YamlDoc read =
                  PreparsedYaml.read("gen.yaml", yaml, PreparsedYaml.write(parsed, yaml), ERRORS);
              assertThat(read).as(text).isNotNull();
              assertSame(parsed, read);
            });
  }

  // ---- generated YAML documents: nested block and flow mappings and lists of every scalar form

  private static final String[] SCALARS = {
    "0",
    "-0",
    "42",
    "+7",
    "-12",
    "9223372036854775807",
    "9223372036854775808",
    "123456789012345678901234567890",
    "0.10",
    "1e3",
    "1.5E-7",
    ".5",
    "-2.25",
    "3.",
    "1.0e+300",
    "true",
    "False",
    "TRUE",
    "null",
    "~",
    "",
    "NO",
    "on",
    "2024-01-01",
    "12:30",
    "h100-sxm5",
    "\"quoted: text\"",
    "'single ''q'''",
    "\"tab\\tand\\u00e9\"",
    "\"0.10\"",
    "text with spaces",
    "ünïcödé",
    "中文",
    "\"emoji \\U0001F600\"",
    "a~b",
    "x/y"
  };
  private static final String[] KEYS = {
    "id", "name", "value", "a~b", "x/y", "~", "ünï", "\"quoted key\"", "k1", "k2", "k3", "2024"
  };

  private static Gen<String> scalar() {
    return Generate.pick(Arrays.asList(SCALARS));
  }

  private static Gen<String> key() {
    return Generate.pick(Arrays.asList(KEYS));
  }

  /** A flow value: a scalar, or a flow list or mapping of scalars. */
  private static Gen<String> flow() {
    Gen<String> list =
        SourceDSL.lists()
            .of(scalar().map(s -> s.isEmpty() ? "~" : s))
            .ofSizeBetween(0, 4)
            .map(l -> "[" + String.join(", ", l) + "]");
    Gen<String> map =
        SourceDSL.lists()
            .of(key().zip(scalar(), (k, v) -> k + ": " + (v.isEmpty() ? "~" : v)))
            .ofSizeBetween(0, 3)
            .map(l -> "{" + String.join(", ", l) + "}");
    return scalar().mix(list.mix(map), 40);
  }

  /** A block mapping (the root), each value a flow value or a nested block mapping or list. */
  private static Gen<String> documents() {
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, 5).zip(key(), flow(), Entry::new))
        .ofSizeBetween(1, 12)
        .map(PreparsedYamlTest::render);
  }

  private static final class Entry {
    final int shape;
    final String key;
    final String value;

    Entry(int shape, String key, String value) {
      this.shape = shape;
      this.key = key;
      this.value = value;
    }
  }

  /** A key made unique in the document (a repeated key is refused by the parser). */
  private static String unique(String key, int n) {
    return key.endsWith("\"") ? key.substring(0, key.length() - 1) + " " + n + "\"" : key + n;
  }

  private static String render(List<Entry> entries) {
    StringBuilder b = new StringBuilder("# generated\n");
    String indent = "";
    int n = 0;
    for (Entry entry : entries) {
      Entry e = new Entry(entry.shape, unique(entry.key, n++), entry.value);
      switch (e.shape) {
        case 0: // a nested block mapping follows: later entries go inside it
          b.append(indent).append(e.key).append(":\n");
          indent = indent + "  ";
          b.append(indent).append("inner: ").append(e.value).append('\n');
          break;
        case 1: // a block list of the value, twice
          b.append(indent).append(e.key).append(":\n");
          b.append(indent).append("  - ").append(e.value).append('\n');
          b.append(indent).append("  - ").append(e.value).append("  # comment\n");
          break;
        case 2: // back out of one nesting level
          indent = indent.isEmpty() ? "" : indent.substring(2);
          b.append(indent).append(e.key).append(": ").append(e.value).append('\n');
          break;
        case 3: // a blank line and a comment first
          b.append("\n").append(indent).append("# note\n");
          b.append(indent).append(e.key).append(": ").append(e.value).append('\n');
          break;
        default:
          b.append(indent).append(e.key).append(": ").append(e.value).append('\n');
          break;
      }
    }
    return b.toString();
  }

  // ---- strict equality: name, tree (node classes, key order, values), lines, written forms

  private static void assertSame(YamlDoc expected, YamlDoc actual) {
    assertThat(actual.name()).isEqualTo(expected.name());
    List<String> diffs = new ArrayList<>();
    compare(expected.root, actual.root, "", diffs);
    assertThat(diffs).as(expected.name() + ": tree differences").isEmpty();
    assertThat(actual.root).isEqualTo(expected.root);
    assertThat(actual.lines()).as(expected.name() + ": lines").isEqualTo(expected.lines());
    assertThat(actual.plain()).as(expected.name() + ": as written").isEqualTo(expected.plain());
    assertThat(actual.errors).isSameAs(expected.errors);
  }

  private static void compare(JsonNode e, JsonNode a, String at, List<String> diffs) {
    if (e.getClass() != a.getClass()) {
      diffs.add(at + ": " + e.getClass().getSimpleName() + " vs " + a.getClass().getSimpleName());
      return;
    }
    if (e.isObject()) {
      List<String> ek = new ArrayList<>();
      List<String> ak = new ArrayList<>();
      e.fieldNames().forEachRemaining(ek::add);
      a.fieldNames().forEachRemaining(ak::add);
      if (!ek.equals(ak)) {
        diffs.add(at + ": keys " + ek + " vs " + ak);
        return;
      }
      Iterator<Map.Entry<String, JsonNode>> it = e.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> f = it.next();
        compare(f.getValue(), a.get(f.getKey()), at + "/" + f.getKey(), diffs);
      }
    } else if (e.isArray()) {
      if (e.size() != a.size()) {
        diffs.add(at + ": size " + e.size() + " vs " + a.size());
        return;
      }
      for (int i = 0; i < e.size(); i++) {
        compare(e.get(i), a.get(i), at + "/" + i, diffs);
      }
    } else if (e.isDouble()) {
      if (Double.doubleToRawLongBits(e.doubleValue())
          != Double.doubleToRawLongBits(a.doubleValue())) {
        diffs.add(at + ": " + e.doubleValue() + " vs " + a.doubleValue());
      }
    } else if (!e.equals(a) || !e.asText().equals(a.asText())) {
      diffs.add(at + ": " + e + " vs " + a);
    }
  }
}
