package dev.flopex.catalog;

import dev.flopex.core.provenance.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The hardware catalog: accelerators, systems and network parts, each figure with its provenance.
 * The entry point of the {@code hardware-catalog} module.
 *
 * <pre>{@code
 * HardwareCatalog catalog = HardwareCatalog.builtIn();
 * Accelerator h200 = catalog.accelerator("H200");
 * List<Accelerator> big = catalog.accelerators(AcceleratorFilters.memoryAtLeast(DataSizeUnit.GIBIBYTES.of(141)));
 * }</pre>
 *
 * <p>Lookups accept an identifier or any alias, ignoring case, spaces, hyphens and underscores
 * ({@code "H100"}, {@code "h100-sxm"}, {@code "H100 SXM5"}). A miss throws {@link
 * UnknownPartException} with "did you mean" suggestions. Implementations are immutable and
 * thread-safe; lists keep the order of the data files.
 *
 * @since 0.1
 */
public interface HardwareCatalog {

  /**
   * Returns the catalog built into this version of flopex. It is loaded once and shared; its
   * accelerators, systems and cloud instances are bound to value types on first use (the tests bind
   * every bundled entry).
   *
   * @return the built-in catalog
   * @throws CatalogException if the bundled data is corrupt (a packaging error; a corrupt entry
   *     throws when it is first asked for)
   */
  static HardwareCatalog builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * Returns the built-in catalog's {@link #versionLine()} without loading the catalog: it is read
   * from the header of the bundled index, so a command that only names its data (such as {@code
   * flopex --version}) does not pay for parsing every data file.
   *
   * @return the line, equal to {@code builtIn().versionLine()}
   * @since 0.4
   */
  static String builtInVersionLine() {
    return BuiltInVersion.line();
  }

  /**
   * Returns a loader, to layer user files (extra SKUs, negotiated prices) over the built-in data.
   *
   * @return a new loader
   */
  static CatalogLoader loader() {
    return new CatalogLoader();
  }

  /**
   * Returns the data version, e.g. {@code 2026.12.02}, plus {@code +overlay} when overlaid; {@code
   * user+overlay} for a catalog built only from user files.
   */
  String version();

  /**
   * Returns the day the built-in data was last checked against its sources ({@code as_of} in {@code
   * catalog.yaml}): no source of the built-in data was read after it. Overlays do not change it; a
   * catalog built without the built-in data has none.
   *
   * @return the date, or empty for a catalog built only from user files
   * @since 0.3
   */
  Optional<LocalDate> asOf();

  /**
   * Returns the one line that says which catalog this is, as the CLI prints it: {@code catalog
   * 2026.12.02, data as of 2026-12-02}, or {@code catalog user+overlay, data as of unstated}.
   *
   * @return the line
   * @since 0.3
   */
  default String versionLine() {
    return "catalog "
        + version()
        + ", data as of "
        + asOf().map(LocalDate::toString).orElse("unstated");
  }

  /** Returns every accelerator. */
  List<Accelerator> accelerators();

  /**
   * Returns the accelerators that match {@code filter}; see {@link AcceleratorFilters}.
   *
   * @param filter the filter
   * @return the matching accelerators, in catalog order
   */
  default List<Accelerator> accelerators(Predicate<? super Accelerator> filter) {
    return accelerators().stream()
        .filter(filter)
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Returns the accelerator with this id or alias.
   *
   * @param idOrAlias e.g. {@code "h100-sxm5"} or {@code "H100"}
   * @return the accelerator
   * @throws UnknownPartException with suggestions when there is none
   */
  Accelerator accelerator(String idOrAlias);

  /**
   * Returns the accelerator with this id or alias, if any.
   *
   * @param idOrAlias the name
   * @return the accelerator, or empty
   */
  Optional<Accelerator> findAccelerator(String idOrAlias);

  /** Returns every system (servers and racks). */
  List<SystemSpec> systems();

  /**
   * Returns the system with this id or alias.
   *
   * @param idOrAlias e.g. {@code "hgx-h100"} or {@code "DGX H100"}
   * @return the system
   * @throws UnknownPartException with suggestions when there is none
   */
  SystemSpec system(String idOrAlias);

  /** Returns every network adapter. */
  List<Nic> nics();

  /**
   * Returns the NIC with this id or alias.
   *
   * @param idOrAlias the name
   * @return the NIC
   * @throws UnknownPartException with suggestions when there is none
   */
  Nic nic(String idOrAlias);

  /** Returns every switch. */
  List<NetworkSwitch> switches();

  /**
   * Returns the switch with this id or alias.
   *
   * @param idOrAlias the name
   * @return the switch
   * @throws UnknownPartException with suggestions when there is none
   */
  NetworkSwitch networkSwitch(String idOrAlias);

  /** Returns every transceiver and cable. */
  List<LinkPart> links();

  /**
   * Returns the transceiver or cable with this id or alias.
   *
   * @param idOrAlias the name
   * @return the part
   * @throws UnknownPartException with suggestions when there is none
   */
  LinkPart link(String idOrAlias);

  /**
   * Returns the cloud instances, VM sizes and shapes with an exact name, in catalog order (name
   * families such as Google's {@code v5p-{N}} are resolved by {@link #cloudInstance(String)}).
   *
   * @return the instances
   * @since 0.3
   */
  List<CloudInstance> cloudInstances();

  /**
   * Returns the cloud instance with this name, ignoring case, spaces, dots, hyphens and underscores
   * ({@code "p5.48xlarge"}, {@code "Standard_ND96isr_H100_v5"}, {@code "v5p-128"}).
   *
   * @param name the provider's name for it
   * @return the instance, with the accelerator and count it carries
   * @throws UnknownPartException with suggestions when there is none
   * @since 0.3
   */
  CloudInstance cloudInstance(String name);

  /** Returns every source the catalog cites. */
  List<Source> sources();

  /**
   * Returns the US export-control rules bundled with the catalog, to classify its accelerators.
   *
   * @return the export-control classifier
   */
  dev.flopex.catalog.exportcontrol.ExportControls exportControls();

  /** Returns what user overlays changed, in the order applied; empty for the built-in catalog. */
  List<OverlayChange> overlayChanges();
}
