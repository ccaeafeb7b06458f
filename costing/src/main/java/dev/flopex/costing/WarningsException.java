package dev.flopex.costing;

import dev.flopex.core.validation.ValidationException;
import java.util.List;

/**
 * Thrown by a {@linkplain CostEngine#strict() strict engine} when a result has warnings: the
 * message lists every one, and {@link #warnings()} returns them.
 *
 * <pre>{@code
 * try {
 *   CostEngine.strict().evaluate(cluster, terms);
 * } catch (WarningsException e) {
 *   e.warnings();   // what the lenient engine would have attached to the result
 * }
 * }</pre>
 *
 * @since 0.4
 */
public final class WarningsException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /** The warnings; a List.copyOf, so serialisable. */
  @SuppressWarnings("serial")
  private final List<Warning> warnings;

  /**
   * Creates the exception.
   *
   * @param warnings the warnings, at least one
   * @throws IllegalArgumentException when {@code warnings} is empty
   */
  public WarningsException(List<Warning> warnings) {
    super(
        "warnings",
        Integer.toString(warnings.size()),
        "must be none in strict mode",
        message(warnings),
        null);
    this.warnings = List.copyOf(warnings);
  }

  private static String message(List<Warning> warnings) {
    if (warnings.isEmpty()) {
      throw new IllegalArgumentException("a WarningsException needs at least one warning");
    }
    StringBuilder b =
        new StringBuilder("strict mode: the result has ")
            .append(warnings.size())
            .append(warnings.size() == 1 ? " warning: " : " warnings: ");
    for (int i = 0; i < warnings.size(); i++) {
      b.append(i == 0 ? "" : "; ").append(warnings.get(i).message());
    }
    return b.toString();
  }

  /** Returns the warnings, in the order the result lists them. */
  public List<Warning> warnings() {
    return warnings;
  }
}
