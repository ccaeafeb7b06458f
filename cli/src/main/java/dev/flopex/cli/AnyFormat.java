package dev.flopex.cli;

import picocli.CommandLine.Option;

/**
 * {@code --format FORMAT} of the commands that render a library report as a table, JSON, CSV or
 * Markdown ({@code fleet}, {@code tco}, {@code compare}, {@code montecarlo}, {@code sensitivity},
 * {@code rental}, {@code training-cost}, {@code inference-cost}): one declaration, one parse.
 */
final class AnyFormat {
  /** The default, {@code table}; also what {@link FleetCommand#plain} sets without picocli. */
  static final String DEFAULT = "table";

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = DEFAULT,
      description = "table, json, csv or markdown (default: ${DEFAULT-VALUE}).")
  String format;

  /**
   * Returns the format asked for.
   *
   * @throws dev.flopex.core.validation.ValidationException naming {@code --format} and the four
   *     formats when the value is another
   */
  Format get() {
    return Format.parse(format, Format.TABLE, Format.JSON, Format.CSV, Format.MARKDOWN);
  }
}
