package dev.flopex.catalog.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.DataFileException;
import dev.flopex.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Support code for flopex's data-file readers; not a stable API.
 *
 * <p>A node of a parsed YAML document that knows its file, line and path, records which fields were
 * read, and reports unread (unknown) fields. An overlay entry has a {@code fallback}: the base
 * entry it overrides field by field.
 */
public final class YNode {
  /** The JSON tree node. */
  public final JsonNode json;

  /** The document. */
  public final YamlDoc doc;

  /** The field path for messages, e.g. {@code accelerators[0].tdp_w}. */
  public final String path;

  /** The JSON pointer, e.g. {@code /accelerators/0/tdp_w}. */
  public final String pointer;

  private final @Nullable YNode fallback;
  private final Set<String> read = new HashSet<>();

  /**
   * Creates a node; {@code fallback} is consulted for fields this node lacks (overlays).
   *
   * @param json the JSON tree node
   * @param doc its document
   * @param path the field path for messages
   * @param pointer its JSON pointer
   * @param fallback the base node it overrides, or null
   */
  public YNode(JsonNode json, YamlDoc doc, String path, String pointer, @Nullable YNode fallback) {
    this.json = json;
    this.doc = doc;
    this.path = path;
    this.pointer = pointer;
    this.fallback = fallback;
  }

  public int line() {
    return doc.line(pointer);
  }

  /**
   * Returns the base node this overlay node overrides field by field, or null. Reading through it
   * does not mark fields as read.
   *
   * @return the fallback, or null
   */
  public @Nullable YNode fallback() {
    return fallback;
  }

  public DataFileException error(String field, @Nullable String value, String rule) {
    return doc.errors.create(doc.name, line(), field, value, rule, null);
  }

  public DataFileException error(@Nullable String value, String rule) {
    return error(path, value, rule);
  }

  /**
   * Runs {@code f}, which builds a value from this entry, turning the value type's own invariant
   * failure into an error located at this entry: the failing field is named under the entry's path
   * and, if the entry has one, its id (e.g. {@code accelerators[3] (h100-sxm5).fp8TflopsDense}). An
   * error already located in the file passes through unchanged.
   *
   * @param f builds the value
   * @return the value
   * @throws DataFileException if {@code f} fails validation
   */
  public <T> T guarded(Supplier<T> f) {
    try {
      return f.get();
    } catch (DataFileException e) {
      throw e;
    } catch (ValidationException e) {
      String id = json.path("id").asText();
      String entry = id.isEmpty() ? path : path + " (" + id + ")";
      throw error(
          entry.isEmpty() ? e.field() : entry + "." + e.field(), e.value().orElse(null), e.rule());
    }
  }

  /**
   * Checks that this scalar's text is {@code expected}, e.g. a file's {@code schema:} line.
   *
   * @throws DataFileException "schema must be flopex-fleet/1 but was 'flopex-fleet/2'"
   */
  public void requireText(String expected) {
    if (!text().equals(expected)) {
      throw error("'" + text() + "'", "must be " + expected);
    }
  }

  private String childPath(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  public Optional<YNode> opt(String name) {
    requireObject();
    read.add(name);
    JsonNode c = json.get(name);
    if (c != null && c.isNull()) {
      throw new YNode(c, doc, childPath(name), pointer + "/" + escape(name), null)
          .error(null, "must have a value (null is not allowed; leave the field out instead)");
    }
    if (c == null) {
      return fallback == null ? Optional.empty() : fallback.opt(name);
    }
    return Optional.of(new YNode(c, doc, childPath(name), pointer + "/" + escape(name), null));
  }

  public YNode get(String name) {
    return opt(name).orElseThrow(() -> error(childPath(name), null, "is required"));
  }

  public boolean has(String name) {
    return json.has(name) || (fallback != null && fallback.has(name));
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  public void requireObject() {
    if (!json.isObject()) {
      throw error(describe(json), "must be a mapping");
    }
  }

  public List<YNode> elements() {
    if (!json.isArray()) {
      throw error(describe(json), "must be a list");
    }
    List<YNode> out = new ArrayList<>();
    for (int i = 0; i < json.size(); i++) {
      out.add(new YNode(json.get(i), doc, path + "[" + i + "]", pointer + "/" + i, null));
    }
    return out;
  }

  /** Elements of list field {@code name} here followed by those of the fallback (for appends). */
  public List<YNode> appendedList(String name) {
    List<YNode> out = new ArrayList<>();
    if (fallback != null) {
      out.addAll(fallback.appendedList(name));
    }
    requireObject();
    read.add(name);
    JsonNode c = json.get(name);
    if (c != null && !c.isNull()) {
      out.addAll(new YNode(c, doc, childPath(name), pointer + "/" + escape(name), null).elements());
    }
    return out;
  }

  public List<String> fieldNames() {
    requireObject();
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }

  public String text() {
    if (!json.isTextual() && !json.isNumber() && !json.isBoolean()) {
      throw error(describe(json), "must be text");
    }
    // a plain scalar that resolved to a number or boolean is text here exactly as written (0.10,
    // 1e3, true)
    String s = json.isTextual() ? json.asText() : doc.asWritten(pointer).orElse(json.asText());
    if (s.isBlank()) {
      throw error("''", "must not be blank");
    }
    return s.strip();
  }

  /**
   * The largest magnitude a number in a data file may have: no figure flopex reads comes near it.
   */
  public static final double MAX_MAGNITUDE = 1e15;

  public double number(String unit) {
    if (!json.isNumber()) {
      throw error(describe(json), "must be a number" + (unit.isEmpty() ? "" : " (" + unit + ")"));
    }
    double v = json.doubleValue();
    if (!Double.isFinite(v)) {
      throw error(Check.format(v, unit), "must be finite");
    }
    if (Math.abs(v) > MAX_MAGNITUDE) {
      // finite but so large that the arithmetic it enters overflows to Infinity
      // (1.7976931348623157e308 W)
      throw error(
          doc.asWritten(pointer).orElse(Check.format(v, unit)) + (unit.isEmpty() ? "" : " " + unit),
          "must be at most 1e15 in magnitude");
    }
    return v;
  }

  public double positive(String unit) {
    double v = number(unit);
    if (!(v > 0)) {
      throw error(Check.format(v, unit), "must be > 0" + (unit.isEmpty() ? "" : " " + unit));
    }
    return v;
  }

  public int positiveInt() {
    if (!json.isIntegralNumber() || !json.canConvertToInt()) {
      throw error(describe(json), "must be a whole number");
    }
    int v = json.intValue();
    if (v <= 0) {
      throw error(Integer.toString(v), "must be > 0");
    }
    return v;
  }

  public boolean bool() {
    if (!json.isBoolean()) {
      throw error(describe(json), "must be true or false");
    }
    return json.booleanValue();
  }

  /** Throws if the mapping has fields nobody read: unknown fields are errors, not ignored. */
  public void done(Set<String> known) {
    requireObject();
    Iterator<String> it = json.fieldNames();
    while (it.hasNext()) {
      String f = it.next();
      if (!read.contains(f)) {
        YNode child = new YNode(json.get(f), doc, childPath(f), pointer + "/" + escape(f), null);
        throw child.error(
            childPath(f),
            "'" + f + "'",
            "is not a known field (known here: " + String.join(", ", new TreeSet<>(known)) + ")");
      }
    }
  }

  /** As {@link #done(Set)}, where the known fields are the ones read. */
  public void done() {
    done(read);
  }

  /**
   * Describes a node for messages.
   *
   * @param n the node
   * @return e.g. {@code 'abc'}, {@code a list}
   */
  public static String describe(JsonNode n) {
    if (n.isTextual()) {
      return "'" + oneLine(n.asText()) + "'";
    }
    if (n.isContainerNode()) {
      return n.isArray() ? "a list" : "a mapping";
    }
    return n.asText();
  }

  /**
   * Returns {@code s} on one line: line breaks and tabs as {@code \n}, {@code \r}, {@code \t},
   * other control characters as a backslash, u and four hex digits, so a multi-line value (a block
   * scalar where a list belongs) cannot split an error message.
   */
  static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (Character.isISOControl(c)) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
