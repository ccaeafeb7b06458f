package dev.flopex.catalog.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flopex.core.validation.DataFileException;
import dev.flopex.core.validation.TextFiles;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * One parsed YAML data file, with the line of every node. Support code for flopex's own data-file
 * readers (catalog, assumption sets, fleet files); not a stable API.
 *
 * <p>The text is read once, as YAML 1.2 (SnakeYAML Engine's event parser), into a tree of plain
 * mappings, lists and scalars; no Java type is ever named or instantiated from the file. What plain
 * data must not have is refused with the file, line and field: explicit tags ({@code
 * !!java.lang.Runtime}, {@code !foo}), anchors and aliases, a second document, a repeated key, a
 * key that is not plain text, nesting deeper than {@value #MAX_DEPTH}, non-finite numbers, and
 * number forms that do not read as written (octal {@code 012}, hex, {@code 1_000}).
 *
 * <p>Plain scalars resolve by the YAML 1.2 core schema: {@code null}, {@code ~} and an empty value
 * are null; {@code true} and {@code false} are booleans; decimal numbers are numbers; everything
 * else is text. So {@code no}, {@code on}, {@code off} and {@code y} stay text, and a field read as
 * text gets the scalar exactly as written ({@code 0.10}, {@code 1e3}, {@code +1}), never a
 * re-formatted number. Quoted and block scalars are always text.
 */
public final class YamlDoc {
  static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

  /** Maximum nesting of mappings and lists. */
  static final int MAX_DEPTH = 40;

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final Pattern NULL = Pattern.compile("|~|null|Null|NULL");
  private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
  private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern NON_FINITE = Pattern.compile("[-+]?\\.(nan|NaN|NAN|inf|Inf|INF)");
  private static final Pattern NON_DECIMAL =
      Pattern.compile(
          "[-+]?(0[0-9]+(\\.[0-9]*)?|0[xXoObB][0-9a-fA-F_]+|[0-9][0-9_]*_[0-9_]*(\\.[0-9_]*)?)");

  /**
   * Creates the exception thrown for a problem in a file (the same shape as {@link
   * TextFiles.Errors}).
   */
  @FunctionalInterface
  public interface Errors extends TextFiles.Errors {}

  final String name;
  final JsonNode root;
  final Errors errors;
  private final Map<String, Integer> lines;
  private final Map<String, String> plain;

  private YamlDoc(
      String name,
      JsonNode root,
      Map<String, Integer> lines,
      Map<String, String> plain,
      Errors errors) {
    this.name = name;
    this.root = root;
    this.lines = lines;
    this.plain = plain;
    this.errors = errors;
  }

  /** Creates a document from its parts (the pre-parsed form, {@link PreparsedYaml}). */
  static YamlDoc of(
      String name,
      JsonNode root,
      Map<String, Integer> lines,
      Map<String, String> plain,
      Errors errors) {
    return new YamlDoc(name, root, lines, plain, errors);
  }

  /** Every node's line, by JSON pointer. */
  Map<String, Integer> lines() {
    return lines;
  }

  /** Every plain scalar that resolved to a number or boolean, as written, by JSON pointer. */
  Map<String, String> plain() {
    return plain;
  }

  /** Returns the file name used in messages. */
  public String name() {
    return name;
  }

  /**
   * Returns a plain scalar exactly as written in the file when it resolved to a number or a boolean
   * ({@code 0.10}, {@code 1e3}, {@code true}), so that a field read as text keeps it.
   *
   * @param pointer the node's JSON pointer
   * @return the text as written, or empty for any other node
   */
  Optional<String> asWritten(String pointer) {
    return Optional.ofNullable(plain.get(pointer));
  }

  /**
   * Parses {@code text}, reporting problems with {@code errors}.
   *
   * @param name the file name for messages
   * @param text the YAML text
   * @param errors creates the exception to throw
   * @return the document
   */
  public static YamlDoc parse(String name, String text, Errors errors) {
    if (text.length() > MAX_CODE_POINTS
        && text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
      throw errors.create(
          name,
          0,
          "file",
          text.length() + " characters",
          "must be at most " + MAX_CODE_POINTS + " characters",
          null);
    }
    rejectDeepFlowNesting(name, text, errors);
    return new Builder(name, errors).build(text);
  }

  /** Where the event scan is: a mapping (awaiting a key or a value) or a list (at an index). */
  private static final class Frame {
    final JsonNode node;
    final String pointer;
    final String path;
    @Nullable String key;
    final Map<String, Integer> keyLines = new HashMap<>();

    Frame(JsonNode node, String pointer, String path) {
      this.node = node;
      this.pointer = pointer;
      this.path = path;
    }

    boolean mapping() {
      return node.isObject();
    }
  }

  /** Builds the tree from the event stream in one pass. */
  private static final class Builder {
    final String name;
    final Errors errors;
    final Map<String, Integer> lines = new HashMap<>();
    final Map<String, String> plain = new HashMap<>();
    final ArrayDeque<Frame> stack = new ArrayDeque<>();
    @Nullable JsonNode root;
    int documents;

    Builder(String name, Errors errors) {
      this.name = name;
      this.errors = errors;
    }

    YamlDoc build(String text) {
      LoadSettings settings =
          LoadSettings.builder()
              .setLabel(name)
              .setCodePointLimit(MAX_CODE_POINTS)
              .setAllowDuplicateKeys(false)
              .setMaxAliasesForCollections(0)
              .setEnvConfig(Optional.empty())
              // the whole text in one buffer: with the default 1 KiB the reader re-copies its
              // window for
              // every chunk of a long scalar, quadratic in the line (a 7 MB line took 16 s; now
              // 0.07 s)
              .setBufferSize(Math.max(1024, text.length() + 1))
              .build();
      try {
        // the exported parser API (api.lowlevel is not exported by the module)
        ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
        while (parser.hasNext()) {
          event(parser.next());
        }
      } catch (MarkedYamlEngineException e) {
        int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
        throw errors.create(
            name, line, "file", null, "must be well-formed YAML: " + e.getProblem(), e);
      } catch (YamlEngineException e) {
        throw errors.create(
            name, 0, "file", null, "must be well-formed YAML: " + e.getMessage(), e);
      }
      if (root == null || !root.isObject()) {
        throw errors.create(name, 1, "file", null, "must be a YAML mapping at the top level", null);
      }
      return new YamlDoc(name, root, lines, plain, errors);
    }

    private static int line(Event e) {
      return e.getStartMark().map(Mark::getLine).orElse(-1) + 1;
    }

    private String path() {
      Frame top = stack.peek();
      if (top == null) {
        return "file";
      }
      String p = top.path;
      if (top.mapping()) {
        p = top.key == null ? p : (p.isEmpty() ? top.key : p + "." + top.key);
      } else {
        p = p + "[" + top.node.size() + "]";
      }
      return p.isEmpty() ? "file" : p;
    }

    private DataFileException error(Event e, @Nullable String value, String rule) {
      return errors.create(name, line(e), path(), value, rule, null);
    }

    private void event(Event e) {
      if (e instanceof DocumentStartEvent && ++documents > 1) {
        throw errors.create(
            name,
            line(e),
            "file",
            null,
            "must contain exactly one YAML document (found a second '---')",
            null);
      }
      if (e instanceof AliasEvent) {
        throw error(
            e,
            "'*" + ((AliasEvent) e).getAlias().getValue() + "'",
            "must be plain YAML (anchors and aliases are not allowed)");
      }
      if (e instanceof NodeEvent && ((NodeEvent) e).getAnchor().isPresent()) {
        throw error(
            e,
            "'&" + ((NodeEvent) e).getAnchor().get().getValue() + "'",
            "must be plain YAML (anchors and aliases are not allowed)");
      }
      Frame top = stack.peek();
      boolean isKey = top != null && top.mapping() && top.key == null;
      if (e instanceof ScalarEvent) {
        ScalarEvent s = (ScalarEvent) e;
        if (s.getTag().isPresent()) {
          throw error(
              e,
              "'" + asWrittenTag(s.getTag().get()) + "'",
              "must be plain YAML (type tags are not allowed)");
        }
        if (isKey) {
          key(top, s);
        } else {
          attach(e, scalar(e, s), s.isPlain() ? s.getValue() : null);
        }
      } else if (e instanceof CollectionStartEvent) {
        CollectionStartEvent c = (CollectionStartEvent) e;
        if (c.getTag().isPresent()) {
          throw error(
              e,
              "'" + asWrittenTag(c.getTag().get()) + "'",
              "must be plain YAML (type tags are not allowed)");
        }
        if (isKey) {
          throw error(e, null, "must use plain text keys");
        }
        if (stack.size() >= MAX_DEPTH) {
          throw error(e, null, "must nest lists and mappings at most " + MAX_DEPTH + " deep");
        }
        JsonNode node = e instanceof MappingStartEvent ? NODES.objectNode() : NODES.arrayNode();
        String at = path();
        String pointer = attach(e, node, null);
        stack.push(new Frame(node, pointer, at.equals("file") ? "" : at));
      } else if (e instanceof MappingEndEvent || e instanceof SequenceEndEvent) {
        stack.pop();
        Frame parent = stack.peek();
        if (parent != null && parent.mapping()) {
          parent.key = null;
        }
      }
    }

    /** Shows a tag as the file wrote it: {@code !!str}, not {@code tag:yaml.org,2002:str}. */
    private static String asWrittenTag(String tag) {
      return tag.startsWith("tag:yaml.org,2002:")
          ? "!!" + tag.substring("tag:yaml.org,2002:".length())
          : tag;
    }

    private void key(Frame top, ScalarEvent s) {
      String k = s.getValue();
      Integer first = top.keyLines.putIfAbsent(k, line(s));
      if (first != null) {
        top.key = k;
        throw error(s, "'" + k + "'", "must not repeat a key (first given at line " + first + ")");
      }
      top.key = k;
    }

    /**
     * Adds a node under the current mapping key or list index (or as the root); returns its
     * pointer.
     */
    private String attach(Event e, JsonNode node, @Nullable String asWritten) {
      Frame top = stack.peek();
      String pointer;
      if (top == null) {
        root = node;
        pointer = "";
        lines.put(pointer, line(e));
      } else if (top.mapping()) {
        String k = java.util.Objects.requireNonNull(top.key, "a mapping value follows its key");
        pointer = top.pointer + "/" + k.replace("~", "~0").replace("/", "~1");
        ((ObjectNode) top.node).set(k, node);
        lines.putIfAbsent(pointer, top.keyLines.getOrDefault(k, line(e)));
        top.key = null;
      } else {
        pointer = top.pointer + "/" + top.node.size();
        ((ArrayNode) top.node).add(node);
        lines.putIfAbsent(pointer, line(e));
      }
      if (asWritten != null && (node.isNumber() || node.isBoolean())) {
        plain.put(pointer, asWritten);
      }
      return pointer;
    }

    /** Resolves a scalar by the YAML 1.2 core schema; quoted and block scalars are text. */
    private JsonNode scalar(Event e, ScalarEvent s) {
      String v = s.getValue();
      if (!s.isPlain()) {
        return NODES.textNode(v);
      }
      if (NULL.matcher(v).matches()) {
        return NODES.nullNode();
      }
      if (BOOL.matcher(v).matches()) {
        return NODES.booleanNode(v.charAt(0) == 't' || v.charAt(0) == 'T');
      }
      if (NON_FINITE.matcher(v).matches()) {
        throw error(e, v, "must be finite");
      }
      if (NON_DECIMAL.matcher(v).matches()) {
        throw error(
            e,
            v,
            "must be a plain decimal number (octal, hex and '_' forms read differently than written)");
      }
      if (INT.matcher(v).matches()) {
        BigInteger i = new BigInteger(v.startsWith("+") ? v.substring(1) : v);
        return i.bitLength() < 64 ? NODES.numberNode(i.longValue()) : NODES.numberNode(i);
      }
      if (FLOAT.matcher(v).matches()) {
        double d = Double.parseDouble(v);
        if (!Double.isFinite(d)) {
          throw error(e, v, "must be finite (it is beyond the range of a double)");
        }
        return NODES.numberNode(d);
      }
      return NODES.textNode(v);
    }
  }

  /**
   * Rejects, in time linear in the text, flow collections nested deeper than {@link #MAX_DEPTH}
   * before the parser sees them.
   */
  private static void rejectDeepFlowNesting(String name, String text, Errors errors) {
    int depth = 0;
    int line = 1;
    char quote = 0;
    boolean comment = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        line++;
        comment = false;
        continue;
      }
      if (comment) {
        continue;
      }
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        } else if (ch == '\\' && quote == '"') {
          i++;
        }
        continue;
      }
      if (ch == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
        comment = true;
      } else if (ch == '"' || ch == '\'') {
        quote = ch;
      } else if (ch == '[' || ch == '{') {
        if (++depth > MAX_DEPTH) {
          throw errors.create(
              name,
              line,
              "file",
              null,
              "must nest lists and mappings at most " + MAX_DEPTH + " deep",
              null);
        }
      } else if ((ch == ']' || ch == '}') && depth > 0) {
        depth--;
      }
    }
  }

  /**
   * Returns the line of the node at a JSON pointer, or of its nearest ancestor; 0 when unknown.
   *
   * @param pointer e.g. {@code /accelerators/0/tdp_w}
   * @return the line
   */
  public int line(String pointer) {
    String p = pointer;
    while (true) {
      Integer l = lines.get(p);
      if (l != null) {
        return l;
      }
      int i = p.lastIndexOf('/');
      if (i < 0) {
        return 0;
      }
      p = p.substring(0, i);
    }
  }

  /** Returns the root mapping. */
  public YNode rootNode() {
    return new YNode(root, this, "", "", null);
  }
}
