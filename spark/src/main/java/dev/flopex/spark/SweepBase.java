package dev.flopex.spark;

import dev.flopex.core.validation.DataFileException;
import dev.flopex.core.validation.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.immutables.value.Value;

/**
 * One base fleet of a sweep: the text of a fleet file ({@code flopex-fleet/1}, {@code
 * docs/fleet-files.md}) and a name for the {@code base} column. The text, not the parsed fleet, is
 * what travels to the executors; each re-reads it with {@link dev.flopex.costing.files.FleetFiles}
 * against the built-in catalog, so the executors cost exactly what the driver checked.
 *
 * @since 0.1
 */
@Value.Immutable
public interface SweepBase {

  /** Returns the name written to the {@code base} column (and used in messages). */
  String name();

  /** Returns the fleet file's YAML text. */
  String fleetYaml();

  /**
   * Returns a base from fleet YAML text.
   *
   * @param name the name for the {@code base} column, e.g. {@code hgx-h100@us-virginia}
   * @param fleetYaml the fleet file's text
   * @return the base
   */
  static SweepBase of(String name, String fleetYaml) {
    return ImmutableSweepBase.builder().name(name).fleetYaml(fleetYaml).build();
  }

  /**
   * Reads a fleet file; the base is named after the file without its {@code .yaml} extension.
   *
   * @param file the fleet file
   * @return the base
   * @throws DataFileException if the file cannot be read
   */
  static SweepBase load(Path file) {
    Path fileName = file.getFileName();
    String name = fileName == null ? file.toString() : fileName.toString();
    name = name.replaceFirst("\\.ya?ml$", "");
    try {
      return of(name, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DataFileException(
          file.toString(), 0, "fleet file", null, "must be a readable UTF-8 file (" + e + ")", e);
    }
  }

  /** Checks the name. */
  @Value.Check
  default void check() {
    if (name().isBlank()) {
      throw new ValidationException("base name", "'" + name() + "'", "must not be blank");
    }
    if (fleetYaml().isBlank()) {
      throw new ValidationException(
          "base " + name() + " fleetYaml", "blank text", "must be a fleet file's text");
    }
  }
}
