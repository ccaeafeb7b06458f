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

  /** Creates the exception thrown for a problem in a file. */
  @FunctionalInterface
  public interface Errors {
    /**
     * Creates an exception.
     *
     * @param file the file name
     * @param line the 1-based line, or 0
     * @param field the field path
     * @param value the value as text, or null when missing
     * @param rule the rule broken
     * @param cause the cause, or null
     * @return the exception
     */
    DataFileException create(String file, int line, String field, @Nullable String value, String rule, @Nullable Throwable cause);
  }

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

  /**
   * Scans the raw event stream (no construction) for anchors and aliases, which Jackson would
   * otherwise resolve or, for scalars, silently read as the alias name.
   */
  private static void rejectAnchorsAndAliases(String name, String text, Errors errors) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setNestingDepthLimit(40);
    try {
      for (Event e : new org.yaml.snakeyaml.Yaml(options).parse(new java.io.StringReader(text))) {
        String found = null;
        if (e instanceof AliasEvent) {
          found = "*" + ((AliasEvent) e).getAnchor();
        } else if (e instanceof NodeEvent && ((NodeEvent) e).getAnchor() != null) {
          found = "&" + ((NodeEvent) e).getAnchor();
        }
        if (found != null) {
          int line = e.getStartMark() == null ? 0 : e.getStartMark().getLine() + 1;
          throw errors.create(name, line, "file", "'" + found + "'",
              "must be plain YAML (anchors and aliases are not allowed)", null);
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
    return pointer.isEmpty() ? "file" : pointer.substring(1).replace('/', '.');
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
