package dev.flopex.cli;

import dev.flopex.catalog.CatalogLoader;
import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.report.internal.Json;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What one run of the CLI shares between its commands: streams, the catalog, today's date. */
final class Context {
  private final PrintStream out;
  private final PrintStream err;
  private final LocalDate today;
  private final List<String> overlays = new ArrayList<>();
  private final @Nullable CatalogPrefetch prefetch;
  private HardwareCatalog catalog;

  Context(PrintStream out, PrintStream err, LocalDate today) {
    this(out, err, today, null);
  }

  /** A context whose built-in catalog may already be loading ({@link CatalogPrefetch}). */
  Context(PrintStream out, PrintStream err, LocalDate today, @Nullable CatalogPrefetch prefetch) {
    this.out = out;
    this.err = err;
    this.today = today;
    this.prefetch = prefetch;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  LocalDate today() {
    return today;
  }

  void addOverlays(List<String> files) {
    overlays.addAll(files);
  }

  /** Returns the {@code --catalog} overlay files given, in order. */
  List<String> overlays() {
    return List.copyOf(overlays);
  }

  /** Returns the built-in catalog with the {@code --catalog} overlays applied, loaded once. */
  HardwareCatalog catalog() {
    if (catalog == null) {
      if (overlays.isEmpty()) {
        catalog = prefetch == null ? HardwareCatalog.builtIn() : prefetch.get();
      } else {
        CatalogLoader loader = HardwareCatalog.loader().withBuiltIn();
        for (String f : overlays) {
          loader.overlay(path("--catalog", f));
        }
        catalog = loader.load();
      }
    }
    return catalog;
  }

  /**
   * Returns the catalog for reading a fleet file: while the built-in catalog is still loading on
   * the prefetch thread (no overlays), a {@link PendingCatalog} that waits for it on first use, so
   * the file's own parse overlaps the load; otherwise {@link #catalog()} itself. A caller passes
   * {@link PendingCatalog.Unavailable} on as {@link PendingCatalog.Unavailable#unwrap()}.
   */
  HardwareCatalog catalogForReading() {
    return catalog == null && prefetch != null && overlays.isEmpty()
        ? new PendingCatalog(this)
        : catalog();
  }

  /** Converts an option value to a path, as a user error when the text is no valid path. */
  static Path path(String option, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new ValidationException(
          option, "'" + value + "'", "must be a valid file path (" + e.getReason() + ")", e);
    }
  }

  /** Prints {@code value} (plain maps, lists, strings, numbers) as indented JSON. */
  void printJson(Object value) {
    Json.print(out, value);
  }

  /**
   * Returns a writer that prints to {@code stream}, so text goes through the stream's own charset
   * (an {@code OutputStreamWriter} would use the platform default instead).
   */
  static Writer writer(PrintStream stream) {
    return Json.writer(stream);
  }
}
