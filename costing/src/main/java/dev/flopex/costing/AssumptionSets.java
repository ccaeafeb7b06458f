package dev.flopex.costing;

import dev.flopex.catalog.internal.yaml.Figures;
import dev.flopex.catalog.internal.yaml.YNode;
import dev.flopex.catalog.internal.yaml.YamlDoc;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.validation.DataFileException;
import dev.flopex.core.validation.Suggestions;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.internal.Resources;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The named assumption sets: the built-in {@code hyperscaler}, {@code neocloud} and {@code
 * enterprise-colo} ({@code assumption-sets.yaml}, sources in {@code docs/assumptions.md}), and sets
 * read from user files in the same schema.
 *
 * @since 0.1
 */
public final class AssumptionSets {
  private static final String RESOURCE = "/dev/flopex/costing/assumptions/assumption-sets.yaml";
  private static final Map<String, AssumptionSet> BUILT_IN =
      load(Resources.yaml(RESOURCE, "assumption-sets.yaml"));

  private AssumptionSets() {}

  /** Returns the built-in sets by id, in file order. */
  public static Map<String, AssumptionSet> builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns a built-in set.
   *
   * @param id e.g. {@code neocloud}
   * @return the set
   * @throws ValidationException naming the known ids
   */
  public static AssumptionSet get(String id) {
    AssumptionSet s = BUILT_IN.get(id);
    if (s == null) {
      throw new ValidationException(
          "assumption_set", "'" + id + "'", Suggestions.oneOf(id, BUILT_IN.keySet()));
    }
    return s;
  }

  /**
   * Reads assumption sets from YAML text (schema {@code flopex-assumptions/1}).
   *
   * @param name the file name for messages
   * @param yaml the text
   * @return the sets by id
   * @throws DataFileException naming file, line, field, value and rule
   */
  public static Map<String, AssumptionSet> load(String name, String yaml) {
    return load(YamlDoc.parse(name, yaml, DataFileException::new));
  }

  private static Map<String, AssumptionSet> load(YamlDoc doc) {
    YNode root = doc.rootNode();
    root.get("schema").requireText("flopex-assumptions/1");
    Figures fr = new Figures(Figures.readSources(root.get("sources")));
    Map<String, AssumptionSet> out = new LinkedHashMap<>();
    for (YNode s : root.get("assumption_sets").elements()) {
      s.requireObject();
      YNode id = s.get("id");
      Map<AssumptionKey, Sourced<Double>> values = new EnumMap<>(AssumptionKey.class);
      YNode vs = s.get("values");
      for (String k : vs.fieldNames()) {
        YNode v = vs.get(k);
        AssumptionKey key;
        try {
          key = AssumptionKey.fromKey(k);
        } catch (ValidationException e) {
          throw v.error("'" + k + "'", e.rule());
        }
        values.put(
            key,
            fr.figure(
                v,
                n -> {
                  YNode val = n.get("value");
                  try {
                    return key.check(val.number(key.unit()));
                  } catch (DataFileException e) {
                    throw e;
                  } catch (ValidationException e) {
                    throw val.error(e.value().orElse(null), e.rule());
                  }
                }));
      }
      vs.done();
      for (AssumptionKey k : AssumptionKey.values()) {
        if (!values.containsKey(k) && k.scope() == AssumptionKey.Scope.OPERATOR) {
          throw vs.error(
              vs.path + "." + k.key(),
              null,
              "is required (every set defines every operator key: "
                  + java.util.Arrays.stream(AssumptionKey.values())
                      .filter(x -> x.scope() == AssumptionKey.Scope.OPERATOR)
                      .map(AssumptionKey::key)
                      .collect(Collectors.joining(", "))
                  + ")");
        }
      }
      AssumptionSet set;
      try {
        set =
            AssumptionSet.builder()
                .id(id.text())
                .name(s.get("name").text())
                .description(s.get("description").text())
                .putAllValues(values)
                .build();
      } catch (DataFileException e) {
        throw e;
      } catch (ValidationException e) {
        throw s.error(e.field(), e.value().orElse(null), e.rule());
      }
      s.done();
      if (out.put(set.id(), set) != null) {
        throw id.error("'" + set.id() + "'", "must be unique (duplicate assumption set id)");
      }
    }
    root.done();
    return Collections.unmodifiableMap(out);
  }
}
