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
  private final CloudInstanceTable instances;
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
    this.accelerators = new Index<>("accelerator", b.accelerators);
    this.systems = new Index<>("system", b.systems);
    this.nics = new Index<>("nic", b.nics);
    this.switches = new Index<>("switch", b.switches);
    this.links = new Index<>("link", b.links);
    this.instances = new CloudInstanceTable(b.instances);
    this.sources = ImmutableList.copyOf(sources.values());
    this.changes = ImmutableList.copyOf(changes);
    this.exportControls = exportControls;
    this.fields = fields;
  }

  @Override
  public List<CloudInstance> cloudInstances() {
    return instances.exactInstances();
  }

  @Override
  public CloudInstance cloudInstance(String name) {
    return instances.get(name);
  }

  @Override
  public dev.flopex.catalog.exportcontrol.ExportControls exportControls() {
    return exportControls.get();
  }

  /** Normalises a name for lookup: lower case, letters and digits only. */
  static String normalise(String name) {
    return Suggestions.normalise(name);
  }

  /** One section's entries by id, with an alias index and "did you mean" suggestions. */
  static final class Index<T extends Part> {
    private final String kind;
    private final ImmutableList<T> all;
    private final ImmutableMap<String, T> byKey;

    /**
     * Indexes {@code entries} by normalised id and alias. {@link CatalogReader} has already refused
     * empty or ambiguous names, at the file and line they came from, before any catalog is built.
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
      Map<String, String> names = new HashMap<>();
      byKey.forEach((k, v) -> names.put(k, v.id()));
      return Suggestions.closest(name, names);
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
        + accelerators.all.size()
        + " accelerators, "
        + systems.all.size()
        + " systems]";
  }
}
