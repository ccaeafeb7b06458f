package dev.flopex.cli;

import dev.flopex.core.validation.ValidationException;
import dev.flopex.report.ReportFiles;
import java.nio.file.Path;

/**
 * Files the CLI writes ({@code catalog export --output}, {@code --html}, {@code --charts}): checked
 * before any work and written atomically by {@link ReportFiles}, with errors that name the option.
 */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * Returns whether an output option's value means standard output: {@code -} or {@code
   * /dev/stdout}.
   */
  static boolean isStandardOutput(String text) {
    return text.equals("-") || text.equals("/dev/stdout");
  }

  /**
   * Checks that {@code text}, the value of {@code option}, names a file that can be written: a new
   * or regular file, or a link to one ({@link ReportFiles#checkWritable}); a device, FIFO or
   * directory is refused, never replaced.
   */
  static Path check(String option, String text) {
    Path p = Context.path(option, text);
    try {
      return ReportFiles.checkWritable(p);
    } catch (ValidationException e) {
      throw new ValidationException(option, "'" + text + "'", e.rule(), e);
    }
  }

  /** Writes {@code content} to {@code file} atomically; {@code text} is how the user spelled it. */
  static void write(String option, String text, Path file, byte[] content) {
    try {
      ReportFiles.write(file, content);
    } catch (ValidationException e) {
      throw new ValidationException(option, "'" + text + "'", e.rule(), e);
    }
  }
}
