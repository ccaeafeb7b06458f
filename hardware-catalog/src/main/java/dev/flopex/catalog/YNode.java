package dev.flopex.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flopex.core.validation.Check;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A node of a parsed YAML document that knows its file, line and path, records which fields were
 * read, and reports unread (unknown) fields. An overlay entry has a {@code fallback}: the base
 * entry it overrides field by field.
 */
final class YNode {
  final JsonNode json;
  final YamlDoc doc;
  final String path;
  final String pointer;
  private final @Nullable YNode fallback;
  private final Set<String> read = new HashSet<>();

  YNode(JsonNode json, YamlDoc doc, String path, String pointer, @Nullable YNode fallback) {
    this.json = json;
    this.doc = doc;
    this.path = path;
    this.pointer = pointer;
    this.fallback = fallback;
  }

  int line() {
    return doc.line(pointer);
  }

  CatalogException error(String field, @Nullable String value, String rule) {
    return new CatalogException(doc.name, line(), field, value, rule, null);
  }

  CatalogException error(@Nullable String value, String rule) {
    return error(path, value, rule);
  }

  private String childPath(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  Optional<YNode> opt(String name) {
    requireObject();
    read.add(name);
    JsonNode c = json.get(name);
    if (c == null || c.isNull()) {
      return fallback == null ? Optional.empty() : fallback.opt(name);
    }
    return Optional.of(new YNode(c, doc, childPath(name), pointer + "/" + escape(name), null));
  }

  YNode get(String name) {
    return opt(name).orElseThrow(() -> error(childPath(name), null, "is required"));
  }

  boolean has(String name) {
    return json.has(name) || (fallback != null && fallback.has(name));
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  void requireObject() {
    if (!json.isObject()) {
      throw error(describe(json), "must be a mapping");
    }
  }

  List<YNode> elements() {
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
  List<YNode> appendedList(String name) {
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

  List<String> fieldNames() {
    requireObject();
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }

  String text() {
    if (!json.isTextual() && !json.isNumber() && !json.isBoolean()) {
      throw error(describe(json), "must be text");
    }
    String s = json.asText();
    if (s.isBlank()) {
      throw error("''", "must not be blank");
    }
    return s.strip();
  }

  double number(String unit) {
    if (!json.isNumber()) {
      throw error(describe(json), "must be a number" + (unit.isEmpty() ? "" : " (" + unit + ")"));
    }
    double v = json.doubleValue();
    if (!Double.isFinite(v)) {
      throw error(Check.format(v, unit), "must be finite");
    }
    return v;
  }

  double positive(String unit) {
    double v = number(unit);
    if (!(v > 0)) {
      throw error(Check.format(v, unit), "must be > 0" + (unit.isEmpty() ? "" : " " + unit));
    }
    return v;
  }

  int positiveInt() {
    if (!json.isIntegralNumber() || !json.canConvertToInt()) {
      throw error(describe(json), "must be a whole number");
    }
    int v = json.intValue();
    if (v <= 0) {
      throw error(Integer.toString(v), "must be > 0");
    }
    return v;
  }

  boolean bool() {
    if (!json.isBoolean()) {
      throw error(describe(json), "must be true or false");
    }
    return json.booleanValue();
  }

  /** Throws if the mapping has fields nobody read: unknown fields are errors, not ignored. */
  void done(Set<String> known) {
    requireObject();
    Iterator<String> it = json.fieldNames();
    while (it.hasNext()) {
      String f = it.next();
      if (!read.contains(f)) {
        YNode child = new YNode(json.get(f), doc, childPath(f), pointer + "/" + escape(f), null);
        throw child.error(
            childPath(f), "'" + f + "'", "is not a known field (known here: " + String.join(", ", new TreeSet<>(known)) + ")");
      }
    }
  }

  /** As {@link #done(Set)}, where the known fields are the ones read. */
  void done() {
    done(read);
  }

  static String describe(JsonNode n) {
    if (n.isTextual()) {
      return "'" + n.asText() + "'";
    }
    if (n.isContainerNode()) {
      return n.isArray() ? "a list" : "a mapping";
    }
    return n.asText();
  }
}
