package dev.flopex.catalog.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import dev.flopex.core.validation.DataFileException;
import dev.flopex.core.validation.TextFiles;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * One parsed YAML data file, with the line of every node. Support code for flopex's own data-file
 * readers (catalog, assumption sets, fleet files); not a stable API.
 *
 * <p>One parsed YAML file. Parsing is safe by construction: the text becomes a tree of plain
 * mappings, lists and scalars; no Java type is ever named or instantiated from the file. Explicit
 * tags ({@code !!java.lang.Runtime}, {@code !foo}) and anchors/aliases are rejected outright, and
 * size limits guard against oversized input.
 */
public final class YamlDoc {
  static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

  private static final YAMLFactory FACTORY = factory();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  /** Creates the exception thrown for a problem in a file (the same shape as {@link TextFiles.Errors}). */
  @FunctionalInterface
  public interface Errors extends TextFiles.Errors {}

  final String name;
  final JsonNode root;
  final Errors errors;
  private final Map<String, Integer> lines;

  private YamlDoc(String name, JsonNode root, Map<String, Integer> lines, Errors errors) {
    this.name = name;
    this.root = root;
    this.lines = lines;
    this.errors = errors;
  }

  /** Returns the file name used in messages. */
  public String name() {
    return name;
  }

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setMaxAliasesForCollections(0);
    options.setAllowDuplicateKeys(false);
    options.setNestingDepthLimit(40);
    YAMLFactory f = YAMLFactory.builder().loaderOptions(options).build();
    f.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(40).build());
    f.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return f;
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
    if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
      throw errors.create(name, 0, "file", text.length() + " characters", "must be at most " + MAX_CODE_POINTS + " characters", null);
    }
    rejectAnchorsAndAliases(name, text, errors);
    Map<String, Integer> lines = new HashMap<>();
    try (YAMLParser p = (YAMLParser) FACTORY.createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        int line = p.currentTokenLocation().getLineNr();
        String tag = p.getTypeId();
        if (tag != null) {
          throw errors.create(name, line, pointerToPath(p.getParsingContext().pathAsPointer().toString()),
              "'!" + tag + "'", "must be plain YAML (type tags are not allowed)", null);
        }
        if (p.isCurrentAlias()) {
          throw errors.create(name, line, pointerToPath(p.getParsingContext().pathAsPointer().toString()),
              "'*" + p.getText() + "'", "must be plain YAML (anchors and aliases are not allowed)", null);
        }
        String anchor = p.getObjectId() != null ? p.getObjectId() : p.getCurrentAnchor();
        if (anchor != null) {
          throw errors.create(name, line, pointerToPath(p.getParsingContext().pathAsPointer().toString()),
              "'&" + anchor + "'", "must be plain YAML (anchors and aliases are not allowed)", null);
        }
        if (t == JsonToken.FIELD_NAME || t.isScalarValue() || t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), line);
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw errors.create(name, line, "file", null, "must be well-formed YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw errors.create(name, 0, "file", null, "must be readable: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (e instanceof DataFileException) {
        throw e;
      }
      // SnakeYAML reports aliases, limits and bad syntax with its own unchecked exceptions
      throw errors.create(name, 0, "file", null, "must be well-formed YAML: " + e.getMessage(), e);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (IOException | RuntimeException e) {
      throw errors.create(name, 0, "file", null, "must be well-formed YAML: " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode() || !root.isObject()) {
      throw errors.create(name, 1, "file", null, "must be a YAML mapping at the top level", null);
    }
    return new YamlDoc(name, root, lines, errors);
  }

  /** Maximum nesting of mappings and lists. */
  static final int MAX_DEPTH = 40;
  private static final java.util.regex.Pattern NON_FINITE = java.util.regex.Pattern.compile("[-+]?\\.(nan|NaN|NAN|inf|Inf|INF)");
  private static final java.util.regex.Pattern NON_DECIMAL =
      java.util.regex.Pattern.compile("[-+]?(0[0-9]+(\\.[0-9]*)?|0[xXoObB][0-9a-fA-F_]+|[0-9][0-9_]*_[0-9_]*(\\.[0-9_]*)?)");

  /**
   * Rejects, in time linear in the text, flow collections nested deeper than {@link #MAX_DEPTH}
   * (SnakeYAML's scanner is superlinear in unclosed '[').
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
          throw errors.create(name, line, "file", null, "must nest lists and mappings at most " + MAX_DEPTH + " deep", null);
        }
      } else if ((ch == ']' || ch == '}') && depth > 0) {
        depth--;
      }
    }
  }

  /** Where the event scan is: a mapping (awaiting a key or a value) or a list (at an index). */
  private static final class Frame {
    final boolean mapping;
    @Nullable String key;
    boolean expectKey = true;
    int index = -1;

    Frame(boolean mapping) {
      this.mapping = mapping;
    }
  }

  private static String path(java.util.ArrayDeque<Frame> stack) {
    StringBuilder b = new StringBuilder();
    java.util.Iterator<Frame> it = stack.descendingIterator();
    while (it.hasNext()) {
      Frame f = it.next();
      if (f.mapping) {
        if (f.key != null) {
          b.append(b.length() == 0 ? "" : ".").append(f.key);
        }
      } else if (f.index >= 0) {
        b.append('[').append(f.index).append(']');
      }
    }
    return b.length() == 0 ? "file" : b.toString();
  }

  /**
   * Scans the raw event stream (nothing is constructed) for what plain JSON-like data must not
   * have: anchors and aliases (Jackson would resolve them or, for scalars, read the alias name),
   * more than one document, nesting deeper than {@link #MAX_DEPTH}, non-finite numbers and YAML
   * 1.1 number forms that do not read as written (octal {@code 012}, hex, {@code 1_000}).
   */
  private static void rejectAnchorsAndAliases(String name, String text, Errors errors) {
    rejectDeepFlowNesting(name, text, errors);
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setNestingDepthLimit(MAX_DEPTH);
    java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
    int documents = 0;
    try {
      for (Event e : new org.yaml.snakeyaml.Yaml(options).parse(new java.io.StringReader(text))) {
        int line = e.getStartMark() == null ? 0 : e.getStartMark().getLine() + 1;
        if (e instanceof org.yaml.snakeyaml.events.DocumentStartEvent && ++documents > 1) {
          throw errors.create(name, line, "file", null, "must contain exactly one YAML document (found a second '---')", null);
        }
        boolean node = e instanceof NodeEvent;
        Frame top = stack.peek();
        boolean isKey = node && top != null && top.mapping && top.expectKey;
        if (node && top != null && !top.mapping) {
          top.index++;
        }
        String found = null;
        if (e instanceof AliasEvent) {
          found = "*" + ((AliasEvent) e).getAnchor();
        } else if (node && ((NodeEvent) e).getAnchor() != null) {
          found = "&" + ((NodeEvent) e).getAnchor();
        }
        if (found != null) {
          throw errors.create(name, line, path(stack), "'" + found + "'",
              "must be plain YAML (anchors and aliases are not allowed)", null);
        }
        if (e instanceof org.yaml.snakeyaml.events.ScalarEvent) {
          org.yaml.snakeyaml.events.ScalarEvent s = (org.yaml.snakeyaml.events.ScalarEvent) e;
          if (isKey) {
            top.key = s.getValue();
            top.expectKey = false;
            continue;
          }
          if (s.isPlain() && NON_FINITE.matcher(s.getValue()).matches()) {
            throw errors.create(name, line, path(stack), s.getValue(), "must be finite", null);
          }
          if (s.isPlain() && NON_DECIMAL.matcher(s.getValue()).matches()) {
            throw errors.create(name, line, path(stack), s.getValue(),
                "must be a plain decimal number (YAML 1.1 octal, hex and '_' forms read differently than written)", null);
          }
          if (top != null && top.mapping) {
            top.expectKey = true;
          }
        } else if (e instanceof org.yaml.snakeyaml.events.CollectionStartEvent) {
          if (isKey) {
            throw errors.create(name, line, path(stack), null, "must use plain text keys", null);
          }
          stack.push(new Frame(e instanceof org.yaml.snakeyaml.events.MappingStartEvent));
        } else if (e instanceof org.yaml.snakeyaml.events.CollectionEndEvent) {
          stack.pop();
          Frame parent = stack.peek();
          if (parent != null && parent.mapping) {
            parent.expectKey = true;
          }
        }
      }
    } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw errors.create(name, line, "file", null, "must be well-formed YAML: " + e.getProblem(), e);
    } catch (org.yaml.snakeyaml.error.YAMLException e) {
      throw errors.create(name, 0, "file", null, "must be well-formed YAML: " + e.getMessage(), e);
    }
  }

  private static String pointerToPath(String pointer) {
    if (pointer.isEmpty()) {
      return "file";
    }
    StringBuilder b = new StringBuilder();
    for (String seg : pointer.substring(1).split("/", -1)) {
      if (!seg.isEmpty() && seg.chars().allMatch(Character::isDigit)) {
        b.append('[').append(seg).append(']');
      } else {
        b.append(b.length() == 0 ? "" : ".").append(seg.replace("~1", "/").replace("~0", "~"));
      }
    }
    return b.toString();
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
