package dev.flopex.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.flopex.core.provenance.Source;
import dev.flopex.core.validation.Suggestions;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The immutable catalog built by {@link CatalogLoader}. */
final class DefaultHardwareCatalog implements HardwareCatalog {
  private final String version;
  private final Optional<LocalDate> asOf;
  private final Index<Accelerator> accelerators;
  private final Index<SystemSpec> systems;
  private final Index<Nic> nics;
  private final Index<NetworkSwitch> switches;
  private final Index<LinkPart> links;
  private final ImmutableList<Source> sources;
  private final ImmutableList<OverlayChange> changes;
  private final java.util.function.Supplier<dev.flopex.catalog.exportcontrol.ExportControls>
      exportControls;
  private final java.util.function.Supplier<CloudInstanceTable> instances;
  private final java.util.function.Supplier<List<CatalogField>> fields;

  DefaultHardwareCatalog(
      String version,
      Optional<LocalDate> asOf,
      CatalogReader.Bound b,
      Map<String, Source> sources,
      List<OverlayChange> changes,
      java.util.function.Supplier<dev.flopex.catalog.exportcontrol.ExportControls> exportControls,
      java.util.function.Supplier<List<CatalogField>> fields) {
    this.version = version;
    this.asOf = asOf;
    this.accelerators = Index.lazy("accelerator", b.accelerators);
    this.systems = Index.lazy("system", b.systems);
    this.nics = new Index<>("nic", b.nics);
    this.switches = new Index<>("switch", b.switches);
    this.links = new Index<>("link", b.links);
    java.util.function.Supplier<List<CloudInstanceTable.Entry>> entries = b.instances;
    this.instances =
        com.google.common.base.Suppliers.memoize(() -> new CloudInstanceTable(entries.get()));
    this.sources = ImmutableList.copyOf(sources.values());
    this.changes = ImmutableList.copyOf(changes);
    this.exportControls = exportControls;
    this.fields = fields;
  }

  @Override
  public List<CloudInstance> cloudInstances() {
    return instances.get().exactInstances();
  }

  @Override
  public CloudInstance cloudInstance(String name) {
    return instances.get().get(name);
  }

  @Override
  public dev.flopex.catalog.exportcontrol.ExportControls exportControls() {
    return exportControls.get();
  }

  /** Normalises a name for lookup: lower case, letters and digits only. */
  static String normalise(String name) {
    return Suggestions.normalise(name);
  }

  /**
   * One section's entries by id, with an alias index and "did you mean" suggestions. The entries
   * are either bound already or bound on first use ({@link LazyEntries}); the names come from the
   * same id and {@code aliases} fields either way, so lookups, "unknown part" errors and
   * suggestions do not depend on which.
   */
  static final class Index<T extends Part> {
    private final String kind;
    private final int size;
    private final java.util.function.Supplier<List<T>> all;
    private final java.util.function.Function<String, @Nullable T> byId;
    private final ImmutableMap<String, String> idByKey;

    /**
     * Indexes {@code entries} by normalised id and alias. {@link CatalogReader} has already refused
     * empty or ambiguous names, at the file and line they came from, before any catalog is built.
     */
    Index(String kind, Map<String, T> entries) {
      this.kind = kind;
      ImmutableList<T> list = ImmutableList.copyOf(entries.values());
      this.size = list.size();
      this.all = () -> list;
      this.byId = entries::get;
      Map<String, String> keys = new HashMap<>();
      for (T t : list) {
        keys.put(normalise(t.id()), t.id());
        for (String alias : t.aliases()) {
          keys.put(normalise(alias), t.id());
        }
      }
      this.idByKey = ImmutableMap.copyOf(keys);
    }

    /**
     * Indexes entries bound on first use by the same names: the id and the {@code aliases} field
     * (appended across overlays) that binding copies into {@link Part#aliases()}.
     */
    private Index(String kind, LazyEntries<T> entries) {
      this.kind = kind;
      this.size = entries.keySet().size();
      this.all = entries::all;
      this.byId = entries::get;
      Map<String, String> keys = new HashMap<>();
      entries
          .nodes()
          .forEach(
              (id, n) -> {
                keys.put(normalise(id), id);
                for (dev.flopex.catalog.internal.yaml.YNode a : n.appendedList("aliases")) {
                  keys.put(normalise(a.text()), id);
                }
              });
      this.idByKey = ImmutableMap.copyOf(keys);
    }

    static <T extends Part> Index<T> lazy(String kind, LazyEntries<T> entries) {
      return new Index<>(kind, entries);
    }

    Optional<T> find(String name) {
      String id = idByKey.get(normalise(name));
      return id == null ? Optional.empty() : Optional.ofNullable(byId.apply(id));
    }

    T get(String name) {
      return find(name).orElseThrow(() -> new UnknownPartException(kind, name, suggest(name)));
    }

    List<String> suggest(String name) {
      return Suggestions.closest(name, new HashMap<>(idByKey));
    }
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  @Override
  public List<Accelerator> accelerators() {
    return accelerators.all.get();
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
    return systems.all.get();
  }

  @Override
  public SystemSpec system(String idOrAlias) {
    return systems.get(idOrAlias);
  }

  @Override
  public List<Nic> nics() {
    return nics.all.get();
  }

  @Override
  public Nic nic(String idOrAlias) {
    return nics.get(idOrAlias);
  }

  @Override
  public List<NetworkSwitch> switches() {
    return switches.all.get();
  }

  @Override
  public NetworkSwitch networkSwitch(String idOrAlias) {
    return switches.get(idOrAlias);
  }

  @Override
  public List<LinkPart> links() {
    return links.all.get();
  }

  @Override
  public LinkPart link(String idOrAlias) {
    return links.get(idOrAlias);
  }

  @Override
  public List<Source> sources() {
    return sources;
  }

  /**
   * Returns every field of every entry and source as the files state them; see {@link
   * CatalogFields}.
   */
  List<CatalogField> fields() {
    return fields.get();
  }

  @Override
  public List<OverlayChange> overlayChanges() {
    return changes;
  }

  @Override
  public String toString() {
    return "HardwareCatalog["
        + version
        + ", as of "
        + asOf.map(LocalDate::toString).orElse("unstated")
        + ", "
        + accelerators.size
        + " accelerators, "
        + systems.size
        + " systems]";
  }
}
