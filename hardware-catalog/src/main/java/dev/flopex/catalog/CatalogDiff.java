package dev.flopex.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * What changed between two catalogs: entries and fields added, removed or changed, each with the
 * old and new value, unit, source and the file and line it was read from.
 *
 * <pre>{@code
 * HardwareCatalog mine = HardwareCatalog.loader().overlay(Path.of("my-prices.yaml")).load();
 * for (CatalogChange c : CatalogDiff.between(HardwareCatalog.builtIn(), mine).changes()) {
 *   System.out.println(c.describe());
 *   // changed accelerators h100-sxm5 tdp_w.value: 700 W [nvidia-h100-product-page-specs,
 *   //   accelerators-nvidia-hopper.yaml:163] -> 650 W [acme-h100-quote-2026-11, my-prices.yaml:10]
 * }
 * }</pre>
 *
 * <p>The comparison is over {@link CatalogExport#fields(HardwareCatalog)}, the catalog in the terms
 * of its file schema, not over the Java types: a field added to the schema is compared without any
 * change here. Two values are equal when they state the same number (or text) in the same unit, or
 * exactly the same amount in another unit of that dimension ({@link CatalogValue#sameValue}: {@code
 * 1.8 TB/s} is {@code 1800 GB/s}); a rate keyed in peta units ({@code dense_pflops: 2.5}) is
 * matched with the same figure keyed in tera units ({@code dense_tflops: 2500}), and the change, if
 * any, is named as the new file names it. A change of source, confidence or note is a change of
 * that field ({@code tdp_w.source}, ...). An entry only one catalog has is one change, not one per
 * field.
 *
 * <p>Order: sections as in the catalog files ({@code accelerators}, {@code nics}, {@code switches},
 * {@code links}, {@code systems}), then {@code sources}; within a section by id, then by field
 * path, both by plain string order. The same two catalogs always give the same list.
 *
 * @since 0.3
 */
@Value.Immutable
public interface CatalogDiff {

  /** The sections in the order changes are listed. */
  List<String> SECTIONS =
      List.of("accelerators", "nics", "switches", "links", "systems", "sources");

  /** Returns the old catalog's version. */
  String oldVersion();

  /** Returns the old catalog's as-of date, if it has one. */
  Optional<LocalDate> oldAsOf();

  /** Returns the new catalog's version. */
  String newVersion();

  /** Returns the new catalog's as-of date, if it has one. */
  Optional<LocalDate> newAsOf();

  /** Returns the changes, in the order described above. */
  List<CatalogChange> changes();

  /** Returns true when the two catalogs state the same entries with the same values. */
  default boolean isEmpty() {
    return changes().isEmpty();
  }

  /**
   * Returns how many changes there are of each kind, every kind present (added, removed, changed).
   *
   * @return the counts by kind, in {@link CatalogChange.Kind} order
   */
  default Map<CatalogChange.Kind, Integer> counts() {
    Map<CatalogChange.Kind, Integer> m = new LinkedHashMap<>();
    for (CatalogChange.Kind k : CatalogChange.Kind.values()) {
      m.put(k, 0);
    }
    changes().forEach(c -> m.merge(c.kind(), 1, Integer::sum));
    return m;
  }

  /**
   * Returns one line naming both catalogs and counting the changes, e.g. {@code catalog 2026.12.02
   * (data as of 2026-12-02) -> catalog 2026.12.02+overlay (data as of 2026-12-02): 3 changes (1
   * added, 1 removed, 1 changed)}.
   *
   * @return the line
   */
  default String summary() {
    Map<CatalogChange.Kind, Integer> c = counts();
    int n = changes().size();
    return "catalog "
        + oldVersion()
        + " (data as of "
        + oldAsOf().map(LocalDate::toString).orElse("unstated")
        + ") -> catalog "
        + newVersion()
        + " (data as of "
        + newAsOf().map(LocalDate::toString).orElse("unstated")
        + "): "
        + (n == 0
            ? "no changes"
            : n
                + (n == 1 ? " change" : " changes")
                + " ("
                + c.get(CatalogChange.Kind.ADDED)
                + " added, "
                + c.get(CatalogChange.Kind.REMOVED)
                + " removed, "
                + c.get(CatalogChange.Kind.CHANGED)
                + " changed)");
  }

  /**
   * Compares two catalogs.
   *
   * @param old the old catalog (built-in, overlaid or loaded from files)
   * @param now the new catalog
   * @return the differences
   * @throws IllegalArgumentException for a catalog not built by {@link HardwareCatalog#builtIn()}
   *     or {@link HardwareCatalog#loader()}
   */
  static CatalogDiff between(HardwareCatalog old, HardwareCatalog now) {
    Map<String, Map<String, Map<String, CatalogField>>> a = index(CatalogExport.fields(old));
    Map<String, Map<String, Map<String, CatalogField>>> b = index(CatalogExport.fields(now));
    List<CatalogChange> changes = new ArrayList<>();
    for (String section : SECTIONS) {
      Map<String, Map<String, CatalogField>> sa = a.getOrDefault(section, Map.of());
      Map<String, Map<String, CatalogField>> sb = b.getOrDefault(section, Map.of());
      TreeSet<String> ids = new TreeSet<>(sa.keySet());
      ids.addAll(sb.keySet());
      for (String id : ids) {
        Map<String, CatalogField> ea = sa.get(id);
        Map<String, CatalogField> eb = sb.get(id);
        ImmutableCatalogChange.Builder c =
            CatalogChange.builder().section(section).id(id).field("");
        if (ea != null && eb != null) {
          fields(changes, section, id, ea, eb);
        } else if (eb != null) {
          changes.add(c.kind(CatalogChange.Kind.ADDED).after(label(eb)).build());
        } else if (ea != null) {
          changes.add(c.kind(CatalogChange.Kind.REMOVED).before(label(ea)).build());
        }
      }
    }
    return ImmutableCatalogDiff.builder()
        .oldVersion(old.version())
        .oldAsOf(old.asOf())
        .newVersion(now.version())
        .newAsOf(now.asOf())
        .addAllChanges(changes)
        .build();
  }

  private static void fields(
      List<CatalogChange> out,
      String section,
      String id,
      Map<String, CatalogField> a,
      Map<String, CatalogField> b) {
    TreeSet<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String k : keys) {
      CatalogField fa = a.get(k);
      CatalogField fb = b.get(k);
      // named as the new file names it (dense_pflops), else as the old one did
      ImmutableCatalogChange.Builder c = CatalogChange.builder().section(section).id(id);
      if (fa != null && fb != null) {
        if (!fa.value().sameValue(fb.value())) {
          out.add(
              c.field(fb.field())
                  .kind(CatalogChange.Kind.CHANGED)
                  .before(fa.value())
                  .after(fb.value())
                  .build());
        }
      } else if (fb != null) {
        out.add(c.field(fb.field()).kind(CatalogChange.Kind.ADDED).after(fb.value()).build());
      } else if (fa != null) {
        out.add(c.field(fa.field()).kind(CatalogChange.Kind.REMOVED).before(fa.value()).build());
      }
    }
  }

  /** What stands for a whole entry: its name (a source's title), else its first field. */
  private static CatalogValue label(Map<String, CatalogField> entry) {
    for (String k : List.of("name", "title")) {
      CatalogField v = entry.get(k);
      if (v != null) {
        return v.value();
      }
    }
    return entry.values().iterator().next().value();
  }

  /**
   * Indexes fields by section, id and the key a figure is matched by: its path, with a peta-unit
   * rate key named as the tera one ({@code dense_pflops} as {@code dense_tflops}), so a figure
   * restated in the other unit is compared as the same field; a path whose match key is taken (both
   * spellings in one entry) keeps its own.
   */
  private static Map<String, Map<String, Map<String, CatalogField>>> index(
      List<CatalogField> fields) {
    Map<String, Map<String, Map<String, CatalogField>>> m = new LinkedHashMap<>();
    for (CatalogField f : fields) {
      Map<String, CatalogField> entry =
          m.computeIfAbsent(f.section(), k -> new TreeMap<>())
              .computeIfAbsent(f.id(), k -> new TreeMap<>());
      String key = CatalogUnits.matchKey(f.field());
      entry.put(entry.containsKey(key) ? f.field() : key, f);
    }
    return m;
  }
}
