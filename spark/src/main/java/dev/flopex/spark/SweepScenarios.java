package dev.flopex.spark;

import dev.flopex.core.validation.DataFileException;
import dev.flopex.core.validation.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A scenario sweep: a CSV file with one row per scenario whose columns are input paths (see {@link
 * SweepAxis#path()}), each value in the input's own unit. An optional column {@code base} names the
 * base fleet of each row; without it every scenario is evaluated on every base (the base is the
 * most significant part of the row index). Lines that are blank or start with {@code #} are
 * skipped; fields are separated by commas and may be enclosed in double quotes (a field cannot
 * contain a comma).
 *
 * <pre>
 * base,assumptions.electricity_usd_per_kwh,terms.utilisation
 * h100-neocloud,0.06,0.8
 * h100-neocloud,0.09,0.7
 * </pre>
 *
 * <p>The whole file is checked on the driver before any executor starts: an unknown column, a
 * missing or non-numeric value, an unknown base or a value the kernel refuses (e.g. a utilisation
 * of 1.5) is reported with the file, the line and the path.
 *
 * @since 0.1
 */
@Value.Immutable
public interface SweepScenarios {

  /** The most scenarios one file may hold (they are parsed on the driver and broadcast). */
  int MAX_SCENARIOS = 10_000_000;

  /** Returns the base fleets (at least one, distinct names). */
  List<SweepBase> bases();

  /** Returns the file name, for messages. */
  String fileName();

  /** Returns the CSV text. */
  String csv();

  /**
   * Returns a scenario sweep from CSV text.
   *
   * @param bases the base fleets
   * @param fileName the name for messages
   * @param csv the text
   * @return the sweep
   */
  static SweepScenarios of(List<SweepBase> bases, String fileName, String csv) {
    return ImmutableSweepScenarios.builder().addAllBases(bases).fileName(fileName).csv(csv).build();
  }

  /**
   * Reads a scenario file.
   *
   * @param bases the base fleets
   * @param file the CSV file
   * @return the sweep
   * @throws DataFileException if the file cannot be read
   */
  static SweepScenarios load(List<SweepBase> bases, Path file) {
    try {
      return of(bases, file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DataFileException(
          file.toString(),
          0,
          "scenario file",
          null,
          "must be a readable UTF-8 file (" + e + ")",
          e);
    }
  }

  /** Checks the bases. */
  @Value.Check
  default void check() {
    if (bases().isEmpty()) {
      throw new ValidationException("sweep bases", "[]", "must list at least one base fleet");
    }
    Set<String> names = new HashSet<>();
    for (SweepBase b : bases()) {
      if (!names.add(b.name())) {
        throw new ValidationException("sweep bases", b.name(), "must have distinct names");
      }
    }
  }
}
