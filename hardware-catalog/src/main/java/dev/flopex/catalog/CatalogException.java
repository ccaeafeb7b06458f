package dev.flopex.catalog;

import dev.flopex.core.validation.DataFileException;
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
public final class CatalogException extends DataFileException {
  private static final long serialVersionUID = 1L;

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
      String file,
      int line,
      String field,
      @Nullable String value,
      String rule,
      @Nullable Throwable cause) {
    super(file, line, field, value, rule, cause);
  }
}
