package dev.flopex.catalog;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.flopex.catalog.internal.yaml.Figures;
import dev.flopex.catalog.internal.yaml.PreparsedYaml;
import dev.flopex.catalog.internal.yaml.YNode;
import dev.flopex.catalog.internal.yaml.YamlDoc;
import dev.flopex.core.provenance.Confidence;
import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.provenance.Source;
import dev.flopex.core.validation.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Loads a {@link HardwareCatalog}: the built-in data, then user overlays in the order given.
 *
 * <p>An overlay is a YAML file in the catalog schema ({@code docs/catalog.md}). An entry whose id
 * is new is added (and must be complete); an entry whose id exists replaces the fields it names and
 * appends to {@code prices} and {@code aliases}. Every change is listed by {@link
 * HardwareCatalog#overlayChanges()}. Unknown fields, missing provenance, bad numbers and dangling
 * references throw {@link CatalogException} naming file, line, field, value and rule; nothing is
 * half-applied, because the catalog is built only when every file has been read and checked.
 *
 * <p>Files are parsed as plain YAML: no type tags, anchors or aliases, and no Java type is ever
 * instantiated from a file.
 *
 * <p>Not thread-safe; the catalogs it builds are.
 *
 * @since 0.1
 */
public final class CatalogLoader {
  static final String DATA = "/dev/flopex/catalog/data/";
  static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

  private boolean builtIn = true;
  private final List<String[]> overlays = new ArrayList<>();
  private boolean eager;

  CatalogLoader() {}

  /**
   * Binds every entry at load even without overlays (tests compare this with on-first-use binding).
   */
  @CanIgnoreReturnValue
  CatalogLoader bindingEverythingAtLoad() {
    eager = true;
    return this;
  }

  /**
   * Starts from the built-in data (the default).
   *
   * @return this loader
   */
  @CanIgnoreReturnValue
  public CatalogLoader withBuiltIn() {
    builtIn = true;
    return this;
  }

  /**
   * Starts from nothing: only the overlays' entries make up the catalog.
   *
   * @return this loader
   */
  @CanIgnoreReturnValue
  public CatalogLoader withoutBuiltIn() {
    builtIn = false;
    return this;
  }

  /**
   * Adds an overlay file.
   *
   * @param file a YAML file in the catalog schema
   * @return this loader
   * @throws CatalogException if the file is missing, unreadable, not a regular file (a device, FIFO
   *     or directory is refused before it is opened), larger than 8 MiB or not UTF-8
   */
  @CanIgnoreReturnValue
  public CatalogLoader overlay(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return overlay(name, TextFiles.read(file, MAX_FILE_BYTES, CatalogException::new));
  }

  /**
   * Adds an overlay given as text.
   *
   * @param name a name for messages, e.g. the file name
   * @param yaml the YAML text
   * @return this loader
   */
  @CanIgnoreReturnValue
  public CatalogLoader overlay(String name, String yaml) {
    overlays.add(new String[] {name, yaml});
    return this;
  }

  /**
   * Reads and checks every file and builds the catalog.
   *
   * @return the catalog
   * @throws CatalogException naming file, line, field, value and rule on any problem
   */
  public HardwareCatalog load() {
    CatalogReader reader = new CatalogReader();
    String version = "user";
    Optional<LocalDate> asOf = Optional.empty();
    String rulesFile = null;
    if (builtIn) {
      YamlDoc index = bundled("catalog.yaml");
      YNode root = index.rootNode();
      root.get("schema").requireText("flopex-catalog-index/1");
      version = root.get("version").text();
      asOf = Optional.of(Figures.localDate(root.get("as_of")));
      String trends = root.get("price_trends").text();
      reader.readTrends(bundled(trends));
      for (YNode f : root.get("files").elements()) {
        String file = f.text();
        reader.read(bundled(file), false);
      }
      for (YNode m : root.get("measurements").elements()) {
        m.requireObject();
        YNode src = m.get("source");
        Source source = Figures.readSource(src.get("id").text(), src);
        Confidence c = Figures.enumValue(m.get("confidence"), Confidence.class);
        Provenance p = Provenance.of(source, c, m.get("note").text());
        String file = m.get("file").text();
        reader.addMeasurements(
            m.get("accelerator").text(), MeasurementReader.read(file, resource(file), p));
        reader.sources().putIfAbsent(source.id(), source);
        reader.addSourceNode(source.id(), src);
        m.done();
      }
      rulesFile = root.get("export_rules").text();
      root.done();
    }
    for (String[] o : overlays) {
      reader.read(YamlDoc.parse(o[0], o[1], CatalogException::new), builtIn);
    }
    if (!overlays.isEmpty()) {
      version = version + "+overlay";
    }
    // built-in data alone binds accelerators, systems and cloud instances on first use (the tests
    // bind every bundled entry); overlays bind everything now, so their errors surface here
    CatalogReader.Bound bound = reader.bind(eager || !overlays.isEmpty());
    // the export-control rules are read on first use (issue 13, W4: costing a fleet never needs
    // them). They are bundled, and their one cross-check (every SKU a condition names is a catalog
    // accelerator) holds with overlays if it holds without: overlays add accelerators, never
    // remove.
    String rulesName = rulesFile;
    java.util.Set<String> acceleratorIds = java.util.Set.copyOf(bound.accelerators.keySet());
    java.util.function.Supplier<dev.flopex.catalog.exportcontrol.ExportControls> rules =
        rulesName == null
            ? () -> dev.flopex.catalog.exportcontrol.ExportControls.of(List.of())
            : com.google.common.base.Suppliers.memoize(
                () -> ExportRulesReader.read(bundled(rulesName), acceleratorIds));
    return new DefaultHardwareCatalog(
        version, asOf, bound, reader.sources(), reader.changes(), rules, reader.fields());
  }

  /**
   * Returns a bundled data file's document: read from the pre-parsed form the build made of these
   * very bytes ({@link PreparsedYaml}), which skips the YAML parser, else parsed from the text.
   */
  private static YamlDoc bundled(String file) {
    byte[] yaml = bytes(file);
    if (yaml == null) {
      throw new CatalogException(file, 0, "file", file, "must be a bundled catalog resource", null);
    }
    byte[] preparsed = bytes(file + PreparsedYaml.SUFFIX);
    YamlDoc doc =
        preparsed == null ? null : PreparsedYaml.read(file, yaml, preparsed, CatalogException::new);
    return doc != null
        ? doc
        : YamlDoc.parse(
            file, TextFiles.decode(file, yaml, CatalogException::new), CatalogException::new);
  }

  private static byte @Nullable [] bytes(String file) {
    try (InputStream in = CatalogLoader.class.getResourceAsStream(DATA + file)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String file) {
    try (InputStream in = CatalogLoader.class.getResourceAsStream(DATA + file)) {
      if (in == null) {
        throw new CatalogException(
            file, 0, "file", file, "must be a bundled catalog resource", null);
      }
      return TextFiles.decode(file, in.readAllBytes(), CatalogException::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
