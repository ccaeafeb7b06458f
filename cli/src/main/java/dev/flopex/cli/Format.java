package dev.flopex.cli;

import dev.flopex.core.validation.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** An output format of {@code --format}. */
enum Format {
  TABLE,
  JSON,
  CSV,
  /** GitHub-flavoured Markdown tables. */
  MARKDOWN;

  /**
   * Parses {@code --format}'s value against the formats a command supports.
   *
   * @param value the option value, e.g. {@code json}
   * @param allowed the formats the command supports
   * @return the format
   * @throws ValidationException naming the supported formats
   */
  static Format parse(String value, Format... allowed) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    for (Format f : allowed) {
      if (f.key().equals(v)) {
        return f;
      }
    }
    throw new ValidationException(
        "--format",
        "'" + value + "'",
        "must be one of "
            + Arrays.stream(allowed).map(Format::key).collect(Collectors.joining(", ")));
  }

  /** Returns the library's format of the same name, for {@link dev.flopex.report.FleetReport}. */
  dev.flopex.report.ReportFormat report() {
    return dev.flopex.report.ReportFormat.valueOf(name());
  }

  String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
