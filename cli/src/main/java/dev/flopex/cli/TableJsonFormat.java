package dev.flopex.cli;

import picocli.CommandLine.Option;

/**
 * {@code --format FORMAT} of the commands that print a table or JSON only ({@code catalog show},
 * {@code export-control check} and {@code export-control rules}): one declaration, one parse.
 */
final class TableJsonFormat {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  String format;

  /**
   * Returns the format asked for.
   *
   * @throws dev.flopex.core.validation.ValidationException naming {@code --format} and the two
   *     formats when the value is another
   */
  Format get() {
    return Format.parse(format, Format.TABLE, Format.JSON);
  }
}
