package dev.flopex.core.random;

import dev.flopex.core.validation.Suggestions;
import dev.flopex.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a sampler turns a uniform number into a value of a distribution: the exact inverse
 * distribution function, or a table of it where the exact one is iterative.
 *
 * <p>A Monte Carlo result names the method it used, as every headline names its basis. Fleet files
 * ({@code uncertainty.quantiles}) and the command line ({@code --quantiles}) name it by {@link
 * #key()}.
 *
 * @since 0.2
 */
public enum QuantileMethod {
  /** {@link Distribution#quantile} itself: Halley's method for PERT, closed forms elsewhere. */
  EXACT,

  /**
   * {@link Distribution#tabulated()}: PERT's quantile read from a cubic Hermite table of {@value
   * Distribution#TABLE_INTERVALS} equal intervals of probability, with the exact slope at every
   * node; the two tail intervals, and any interval whose midpoint misses the exact quantile by more
   * than {@value Distribution#TABLE_TOLERANCE} of the range, get a finer table of 32 sub-intervals
   * checked the same way, and a sub-interval that still misses uses the exact quantile (so the
   * table is within that error of the exact quantile, or within the rounding of the values where a
   * range is narrow beside its magnitude; {@code TabulatedQuantileTest} checks it on dense grids).
   * Other distributions, whose quantiles are closed forms, are unchanged.
   */
  TABULATED;

  /**
   * Returns the name used in fleet files and on the command line: {@code exact} or {@code
   * tabulated}.
   *
   * @return the lower-case key
   * @since 0.4
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a key ({@link #key()}), ignoring case and surrounding space.
   *
   * @param text e.g. {@code "tabulated"}
   * @return the method
   * @throws ValidationException {@code "quantiles must be one of exact, tabulated; did you mean
   *     tabulated? but was 'tabulate'"}
   * @since 0.4
   */
  public static QuantileMethod fromKey(String text) {
    String k = text.strip().toLowerCase(Locale.ROOT);
    List<String> keys = new ArrayList<>();
    for (QuantileMethod m : values()) {
      if (m.key().equals(k)) {
        return m;
      }
      keys.add(m.key());
    }
    throw new ValidationException("quantiles", "'" + text + "'", Suggestions.oneOf(text, keys));
  }
}
