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
      List<String> files = new ArrayList<>();
      files.add(trends);
      for (YNode f : root.get("files").elements()) {
        files.add(f.text());
      }
      // reading the pre-parsed files was about a third of the load: a helper thread reads them
      // from the last while this one reads and checks them from the first (issue 13, W4)
      BundledDocs docs = new BundledDocs(files);
      reader.readTrends(docs.get(0));
      for (int i = 1; i < files.size(); i++) {
        reader.read(docs.get(i), false);
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
   * The documents of bundled data files, read on two threads: a daemon helper takes them from the
   * last, the caller of {@link #get} from the first, each file read once by whichever thread comes
   * to it first. {@link #get} gives each file's document, or throws the very exception {@link
   * #bundled} threw for it, so a load fails at the same file, with the same message, as one read in
   * order on one thread. The documents are the same whichever thread reads them ({@link #bundled}
   * depends only on the bundled bytes).
   */
  static final class BundledDocs {
    private final List<java.util.concurrent.FutureTask<YamlDoc>> tasks = new ArrayList<>();

    BundledDocs(List<String> files) {
      for (String f : files) {
        tasks.add(new java.util.concurrent.FutureTask<>(() -> bundled(f)));
      }
      Thread helper =
          new Thread(
              () -> {
                // FutureTask.run does nothing for a task the caller has already started
                for (int i = tasks.size() - 1; i >= 0; i--) {
                  tasks.get(i).run();
                }
              },
              "flopex-catalog-read");
      helper.setDaemon(true);
      helper.start();
    }

    /** Returns file {@code i}'s document, reading it here unless the helper has begun it. */
    YamlDoc get(int i) {
      java.util.concurrent.FutureTask<YamlDoc> t = tasks.get(i);
      t.run();
      boolean interrupted = false;
      try {
        while (true) {
          try {
            return t.get();
          } catch (InterruptedException e) {
            interrupted = true; // the helper finishes the file; keep waiting, interrupt again after
          }
        }
      } catch (java.util.concurrent.ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw new IllegalStateException(cause);
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /**
   * Returns a bundled data file's document: read from the pre-parsed form the build made of these
   * very bytes ({@link PreparsedYaml}), which skips the YAML parser, else parsed from the text.
   */
  static YamlDoc bundled(String file) {
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
