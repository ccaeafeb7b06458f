package dev.flopex.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flopex.catalog.internal.yaml.YNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Flattens catalog entries, as read from their files (an overlay entry over its base entry), into
 * {@link CatalogField}s. It walks the YAML of each entry rather than the Java value types, so a
 * field added to the schema is listed (and diffed) without any change here.
 */
final class CatalogFields {
  /**
   * List fields an overlay appends to rather than replaces (as {@link CatalogReader} merges them).
   */
  private static final Set<String> APPENDED = Set.of("prices", "aliases");

  /**
   * What names an element of a list of mappings, by the list's name; otherwise its id, else its
   * position.
   */
  private static final Map<String, List<String>> LIST_KEYS =
      Map.of(
          "prices", List.of("as_of", "basis", "unit", "region"),
          "alternatives", List.of("source"),
          "nics", List.of("part", "role"));

  /** Units the schema puts in a key's name (docs/catalog.md §3.3), by suffix. */
  private static final List<String[]> KEY_UNITS =
      List.of(
          new String[] {"usd", "USD"},
          new String[] {"tflops", "TFLOP/s"},
          new String[] {"pflops", "PFLOP/s"},
          new String[] {"_tops", "TOP/s"},
          new String[] {"_pops", "POP/s"},
          new String[] {"tops", "TOP/s"},
          new String[] {"pops", "POP/s"},
          new String[] {"_kw", "kW"},
          new String[] {"_w", "W"},
          new String[] {"_mm2", "mm2"},
          new String[] {"_m", "m"});

  private CatalogFields() {}

  /**
   * Returns the fields of every entry: {@code sections} in {@link CatalogReader#SECTIONS} order and
   * then {@code sources}, entries in file order, fields in the order the files give them.
   */
  static List<CatalogField> of(
      Map<String, Map<String, YNode>> sections, Map<String, YNode> sources) {
    List<CatalogField> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, YNode>> s : sections.entrySet()) {
      for (Map.Entry<String, YNode> e : s.getValue().entrySet()) {
        entry(out, s.getKey(), e.getKey(), e.getValue());
      }
    }
    for (Map.Entry<String, YNode> e : sources.entrySet()) {
      entry(out, "sources", e.getKey(), e.getValue());
    }
    return out;
  }

  private static void entry(List<CatalogField> out, String section, String id, YNode n) {
    String source = section.equals("sources") ? id : null;
    mapping(out, section, id, "", n, source, true, "", Set.of("id"));
  }

  /**
   * The fields of a mapping: its own, then those only its base has (an overlay over a base entry).
   */
  private static List<String> names(YNode n) {
    Set<String> names = new LinkedHashSet<>();
    n.json.fieldNames().forEachRemaining(names::add);
    YNode f = n.fallback();
    if (f != null) {
      names.addAll(names(f));
    }
    return new ArrayList<>(names);
  }

  private static @Nullable YNode child(YNode n, String name) {
    JsonNode c = n.json.get(name);
    if (c != null) {
      return new YNode(
          c,
          n.doc,
          n.path.isEmpty() ? name : n.path + "." + name,
          n.pointer + "/" + name.replace("~", "~0").replace("/", "~1"),
          null);
    }
    YNode f = n.fallback();
    return f == null ? null : child(f, name);
  }

  /** The elements of a list field: the base's then the overlay's for appended lists. */
  private static List<YNode> elements(YNode n, String name, boolean entryLevel) {
    List<YNode> out = new ArrayList<>();
    if (entryLevel && APPENDED.contains(name)) {
      YNode f = n.fallback();
      if (f != null) {
        out.addAll(elements(f, name, true));
      }
      JsonNode c = n.json.get(name);
      if (c != null && c.isArray()) {
        YNode list = new YNode(c, n.doc, name, n.pointer + "/" + name, null);
        out.addAll(list.elements());
      }
      return out;
    }
    YNode list = child(n, name);
    return list == null || !list.json.isArray() ? out : list.elements();
  }

  /**
   * Adds the fields of mapping {@code n} at {@code path}; {@code figureKey} is the key that names
   * the figure it is (or, for an alternative, the figure it is an alternative of), for its unit;
   * {@code keyFields} are left out because the path already names them (an entry's id, a list
   * element's identity).
   */
  private static void mapping(
      List<CatalogField> out,
      String section,
      String id,
      String path,
      YNode n,
      @Nullable String inherited,
      boolean entryLevel,
      String figureKey,
      Set<String> keyFields) {
    YNode sourceNode = child(n, "source");
    String source =
        sourceNode != null && sourceNode.json.isValueNode() ? text(sourceNode) : inherited;
    YNode unitNode = child(n, "unit");
    String joinedUnit =
        unitNode != null && unitNode.json.isValueNode() && child(n, "value") != null
            ? text(unitNode)
            : null;
    boolean unitJoinsValue = joinedUnit != null;
    for (String name : names(n)) {
      if (keyFields.contains(name) || (unitJoinsValue && name.equals("unit"))) {
        continue;
      }
      String p = path.isEmpty() ? name : path + "." + name;
      YNode c = child(n, name);
      if (c == null) {
        continue;
      }
      if (c.json.isArray() || (entryLevel && APPENDED.contains(name))) {
        list(
            out,
            section,
            id,
            p,
            name,
            elements(n, name, entryLevel),
            source,
            name.equals("alternatives") ? figureKey : name);
      } else if (c.json.isObject()) {
        mapping(out, section, id, p, c, source, false, name, Set.of());
      } else {
        String unit =
            name.equals("value")
                ? (joinedUnit != null ? joinedUnit : keyUnit(figureKey))
                : keyUnit(name);
        out.add(field(section, id, p, c, unit, source));
      }
    }
  }

  private static void list(
      List<CatalogField> out,
      String section,
      String id,
      String path,
      String name,
      List<YNode> elements,
      @Nullable String source,
      String figureKey) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      YNode e = elements.get(i);
      List<String> keyFields = e.json.isObject() ? keyFields(name, e) : List.of();
      String key = e.json.isObject() ? elementKey(keyFields, e, i) : text(e);
      int n = seen.merge(key, 1, Integer::sum);
      String p = path + "[" + key + (n > 1 ? " #" + n : "") + "]";
      if (e.json.isObject()) {
        mapping(out, section, id, p, e, source, false, figureKey, Set.copyOf(keyFields));
      } else if (e.json.isArray()) {
        list(out, section, id, p, name, e.elements(), source, figureKey);
      } else {
        out.add(field(section, id, p, e, null, source));
      }
    }
  }

  /**
   * The fields of list element {@code e} that identify it (those of {@link #LIST_KEYS} it has, else
   * its id).
   */
  private static List<String> keyFields(String listName, YNode e) {
    List<String> keys = new ArrayList<>();
    for (String k : LIST_KEYS.getOrDefault(listName, List.of("id"))) {
      JsonNode v = e.json.get(k);
      if (v != null && v.isValueNode()) {
        keys.add(k);
      }
    }
    return keys;
  }

  private static String elementKey(List<String> keyFields, YNode e, int index) {
    List<String> parts = new ArrayList<>();
    for (String k : keyFields) {
      parts.add(text(new YNode(e.json.get(k), e.doc, e.path + "." + k, e.pointer + "/" + k, null)));
    }
    return parts.isEmpty() ? String.valueOf(index) : String.join(" ", parts);
  }

  private static @Nullable String keyUnit(String key) {
    for (String[] u : KEY_UNITS) {
      if (key.equals(u[0]) || key.endsWith(u[0])) {
        return u[1];
      }
    }
    return null;
  }

  private static CatalogField field(
      String section,
      String id,
      String path,
      YNode n,
      @Nullable String unit,
      @Nullable String source) {
    return CatalogField.builder()
        .section(section)
        .id(id)
        .field(path)
        .value(
            CatalogValue.builder()
                .value(text(n))
                .unit(Optional.ofNullable(unit))
                .source(Optional.ofNullable(source))
                .file(n.doc.name())
                .line(Math.max(0, n.line()))
                .build())
        .build();
  }

  /** A scalar as text: numbers in plain form without trailing zeros, other scalars as written. */
  private static String text(YNode n) {
    JsonNode j = n.json;
    if (j.isNumber()) {
      BigDecimal d = j.decimalValue().stripTrailingZeros();
      return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
    return j.asText();
  }
}
