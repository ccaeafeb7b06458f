package dev.flopex.core.validation;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a data file (a catalog overlay, an assumption set, a fleet file) is malformed or
 * breaks a rule. The message names the file and line, the field's path, the value and the rule:
 *
 * <pre>
 * fleet.yaml:12: clusters[0].gpus must be &gt; 0 but was -3
 * </pre>
 *
 * @since 0.1
 */
public class DataFileException extends ValidationException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /**
   * Creates an exception.
   *
   * @param file the file name
   * @param line the 1-based line, or 0 when unknown
   * @param field the field path, e.g. {@code clusters[0].gpus}
   * @param value the rejected value as text, or {@code null} when missing
   * @param rule the rule broken
   * @param cause the cause, or {@code null}
   */
  public DataFileException(
      String file,
      int line,
      String field,
      @Nullable String value,
      String rule,
      @Nullable Throwable cause) {
    super(field, value, rule, compose(file, line, field, value, rule), cause);
    this.file = file;
    this.line = line;
  }

  private static String compose(
      String file, int line, String field, @Nullable String value, String rule) {
    String where = line > 0 ? file + ":" + line : file;
    String tail = value == null ? "" : " but was " + value;
    return where + ": " + field + " " + rule + tail;
  }

  /** Returns the file the problem is in. */
  public String file() {
    return file;
  }

  /** Returns the 1-based line of the problem, or empty when unknown. */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }
}
