package dev.flopex.catalog;

import dev.flopex.core.validation.ValidationException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a catalog file (built-in or a user's overlay) is malformed or breaks a rule. The
 * message names the file and line, the field's path, the value and the rule:
 *
 * <pre>
 * my-prices.yaml:12: accelerators[0] (h100-sxm5).compute.bf16.sparse_tflops must be &gt;= dense_tflops (989.4) but was 500
 * </pre>
 *
 * @since 0.1
 */
public final class CatalogException extends ValidationException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /**
   * Creates an exception.
   *
   * @param file the file name
   * @param line the 1-based line, or 0 when unknown
   * @param field the field path, e.g. {@code accelerators[0].tdp_w.value}
   * @param value the rejected value as text, or {@code null} when missing
   * @param rule the rule broken
   * @param cause the cause, or {@code null}
   */
  public CatalogException(
      String file, int line, String field, @Nullable String value, String rule, @Nullable Throwable cause) {
    super(field, value, rule, compose(file, line, field, value, rule), cause);
    this.file = file;
    this.line = line;
  }

  private static String compose(String file, int line, String field, @Nullable String value, String rule) {
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
