package dev.flopex.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in catalog's version line read from the header of {@code catalog.yaml} alone (its
 * top-level {@code version:} and {@code as_of:} lines), so that {@code flopex --version} needs no
 * catalog: parsing every data file takes most of a second on a cold JVM. When the header is not in
 * the expected form the full catalog is loaded instead, so the line is never wrong; {@code
 * BuiltInVersionTest} checks that both ways give the same line.
 */
final class BuiltInVersion {
  private static final Pattern VERSION = Pattern.compile("version: *\"([0-9A-Za-z.+-]+)\" *");
  private static final Pattern AS_OF = Pattern.compile("as_of: *([0-9]{4}-[0-9]{2}-[0-9]{2}) *");

  private BuiltInVersion() {}

  /** Returns the built-in catalog's {@link HardwareCatalog#versionLine()}. */
  static String line() {
    return fromHeader().orElseGet(() -> HardwareCatalog.builtIn().versionLine());
  }

  /** Returns the line from the index's header, or empty when the header is not as expected. */
  static Optional<String> fromHeader() {
    try (InputStream in =
        BuiltInVersion.class.getResourceAsStream(CatalogLoader.DATA + "catalog.yaml")) {
      if (in == null) {
        return Optional.empty();
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String version = null;
      LocalDate asOf = null;
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        Matcher v = VERSION.matcher(l);
        Matcher a = AS_OF.matcher(l);
        if (v.matches() && version == null) {
          version = v.group(1);
        } else if (a.matches() && asOf == null) {
          asOf = LocalDate.parse(a.group(1));
        } else if (!l.isEmpty() && !l.startsWith("#") && !l.startsWith("schema:")) {
          break; // the header ends where the first other top-level key (files:) begins
        }
      }
      return version == null || asOf == null
          ? Optional.empty()
          : Optional.of("catalog " + version + ", data as of " + asOf);
    } catch (IOException | DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
