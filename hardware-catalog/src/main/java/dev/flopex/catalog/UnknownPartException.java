package dev.flopex.catalog;

import dev.flopex.core.validation.ValidationException;
import java.util.List;

/**
 * Thrown when an identifier or alias names no entry of the catalog. The message suggests the
 * closest known names: {@code accelerator 'H10' is not in the catalog; did you mean h100-sxm5
 * (H100), h100-pcie, h200-sxm?}.
 *
 * @since 0.1
 */
public final class UnknownPartException extends ValidationException {
  private static final long serialVersionUID = 1L;

  private final List<String> suggestions;

  UnknownPartException(String kind, String name, List<String> suggestions) {
    super(
        kind,
        "'" + name + "'",
        "must name a catalog entry",
        kind
            + " '"
            + name
            + "' is not in the catalog"
            + (suggestions.isEmpty()
                ? ""
                : "; did you mean " + String.join(", ", suggestions) + "?"),
        null);
    this.suggestions = List.copyOf(suggestions);
  }

  /** Returns the closest known identifiers, best first. */
  public List<String> suggestions() {
    return suggestions;
  }
}
