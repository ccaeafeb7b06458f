package dev.flopex.cli;

import picocli.CommandLine.Option;

/**
 * {@code --format FORMAT} of the catalog commands that print a table, JSON or CSV ({@code catalog
 * list}, {@code compare}, {@code diff}, {@code instances}): one declaration, one parse.
 */
final class TableJsonCsvFormat {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  String format;

  /**
   * Returns the format asked for.
   *
   * @throws dev.flopex.core.validation.ValidationException naming {@code --format} and the three
   *     formats when the value is another
   */
  Format get() {
    return Format.parse(format, Format.TABLE, Format.JSON, Format.CSV);
  }
}
