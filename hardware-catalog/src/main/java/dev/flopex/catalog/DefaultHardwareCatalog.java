package dev.flopex.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.flopex.core.provenance.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The immutable catalog built by {@link CatalogLoader}. */
final class DefaultHardwareCatalog implements HardwareCatalog {
  private final String version;
  private final Index<Accelerator> accelerators;
  private final Index<SystemSpec> systems;
  private final Index<Nic> nics;
  private final Index<NetworkSwitch> switches;
  private final Index<LinkPart> links;
  private final ImmutableList<Source> sources;
  private final ImmutableList<OverlayChange> changes;
  private final dev.flopex.catalog.exportcontrol.ExportControls exportControls;

  DefaultHardwareCatalog(
      String version,
      CatalogReader.Bound b,
      Map<String, Source> sources,
      List<OverlayChange> changes,
      List<dev.flopex.catalog.exportcontrol.Rule> rules) {
    this.version = version;
    this.accelerators = new Index<>("accelerator", b.accelerators);
    this.systems = new Index<>("system", b.systems);
    this.nics = new Index<>("nic", b.nics);
    this.switches = new Index<>("switch", b.switches);
    this.links = new Index<>("link", b.links);
    this.sources = ImmutableList.copyOf(sources.values());
    this.changes = ImmutableList.copyOf(changes);
    this.exportControls = dev.flopex.catalog.exportcontrol.ExportControls.of(rules);
  }

  @Override
  public dev.flopex.catalog.exportcontrol.ExportControls exportControls() {
    return exportControls;
  }

  /** Normalises a name for lookup: lower case, letters and digits only. */
  static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** One section's entries by id, with an alias index and "did you mean" suggestions. */
  static final class Index<T extends Part> {
    private final String kind;
    private final ImmutableList<T> all;
    private final ImmutableMap<String, T> byKey;

    /**
     * Indexes {@code entries} by normalised id and alias. {@link CatalogReader} has already
     * refused empty or ambiguous names, at the file and line they came from, before any catalog
     * is built.
     */
    Index(String kind, Map<String, T> entries) {
      this.kind = kind;
      this.all = ImmutableList.copyOf(entries.values());
      Map<String, T> keys = new HashMap<>();
      for (T t : all) {
        keys.put(normalise(t.id()), t);
        for (String alias : t.aliases()) {
          keys.put(normalise(alias), t);
        }
      }
      this.byKey = ImmutableMap.copyOf(keys);
    }

    Optional<T> find(String name) {
      return Optional.ofNullable(byKey.get(normalise(name)));
    }

    T get(String name) {
      return find(name).orElseThrow(() -> new UnknownPartException(kind, name, suggest(name)));
    }

    List<String> suggest(String name) {
      String q = normalise(name);
      record Scored(String id, int score) {}
      List<Scored> scored = new ArrayList<>();
      for (Map.Entry<String, T> e : byKey.entrySet()) {
        String k = e.getKey();
        int d = distance(q, k);
        if (!q.isEmpty() && (k.startsWith(q) || k.contains(q))) {
          d = Math.min(d, 1);
        }
        scored.add(new Scored(e.getValue().id(), d));
      }
      scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::id));
      int limit = Math.max(2, q.length() / 2);
      List<String> out = new ArrayList<>();
      for (Scored s : scored) {
        if (s.score() <= limit && !out.contains(s.id())) {
          out.add(s.id());
        }
        if (out.size() == 3) {
          break;
        }
      }
      return out;
    }
  }

  /** Levenshtein edit distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public List<Accelerator> accelerators() {
    return accelerators.all;
  }

  @Override
  public Accelerator accelerator(String idOrAlias) {
    return accelerators.get(idOrAlias);
  }

  @Override
  public Optional<Accelerator> findAccelerator(String idOrAlias) {
    return accelerators.find(idOrAlias);
  }

  @Override
  public List<SystemSpec> systems() {
    return systems.all;
  }

  @Override
  public SystemSpec system(String idOrAlias) {
    return systems.get(idOrAlias);
  }

  @Override
  public List<Nic> nics() {
    return nics.all;
  }

  @Override
  public Nic nic(String idOrAlias) {
    return nics.get(idOrAlias);
  }

  @Override
  public List<NetworkSwitch> switches() {
    return switches.all;
  }

  @Override
  public NetworkSwitch networkSwitch(String idOrAlias) {
    return switches.get(idOrAlias);
  }

  @Override
  public List<LinkPart> links() {
    return links.all;
  }

  @Override
  public LinkPart link(String idOrAlias) {
    return links.get(idOrAlias);
  }

  @Override
  public List<Source> sources() {
    return sources;
  }

  @Override
  public List<OverlayChange> overlayChanges() {
    return changes;
  }

  @Override
  public String toString() {
    return "HardwareCatalog[" + version + ", " + accelerators.all.size() + " accelerators, "
        + systems.all.size() + " systems]";
  }
}
