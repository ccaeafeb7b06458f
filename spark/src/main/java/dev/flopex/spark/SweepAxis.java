package dev.flopex.spark;

import dev.flopex.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * One axis of a {@link SweepGrid}: an input path of the compiled kernel ({@code terms.utilisation},
 * {@code terms.horizon_years}, {@code assumptions.<key>}, {@code prices.<part id>}, {@code
 * servers}, or {@code clusters.<name>.<path>} for one cluster of a fleet; see {@link
 * dev.flopex.costing.CompiledFleet}) and the values it takes, in the input's own unit (USD per kWh,
 * a fraction, years, USD).
 *
 * @since 0.1
 */
@Value.Immutable
public interface SweepAxis {

  /** Returns the input path, e.g. {@code assumptions.electricity_usd_per_kwh}. */
  String path();

  /** Returns the values, in the order the grid enumerates them. */
  List<Double> values();

  /**
   * Returns an axis over the given values.
   *
   * @param path the input path
   * @param values the values (at least one, finite, no repeats)
   * @return the axis
   */
  static SweepAxis of(String path, double... values) {
    ImmutableSweepAxis.Builder b = ImmutableSweepAxis.builder().path(path);
    for (double v : values) {
      b.addValues(v);
    }
    return b.build();
  }

  /**
   * Returns {@code count} evenly spaced values from {@code first} to {@code last}, both included:
   * {@code first + i * (last - first) / (count - 1)} rounded to 15 significant digits, so that the
   * values are the decimals one would write (0.08, not 0.07999999999999999).
   *
   * @param path the input path
   * @param first the first value
   * @param last the last value
   * @param count how many values, at least 1 (1 gives {@code first} alone)
   * @return the axis
   * @throws ValidationException if {@code count < 1}, a bound is not finite, or {@code count > 1}
   *     and {@code first == last}
   */
  static SweepAxis linspace(String path, double first, double last, int count) {
    if (count < 1) {
      throw new ValidationException(
          "axis " + path + " count",
          Integer.toString(count),
          "must be >= 1 (an empty range sweeps nothing)");
    }
    double[] v = new double[count];
    for (int i = 0; i < count; i++) {
      v[i] = count == 1 ? first : decimal(first + i * (last - first) / (count - 1));
    }
    return of(path, v);
  }

  /**
   * Returns {@code from}, {@code from + step}, ... while {@code <= to} (for a positive step),
   * computed as {@code from + i * step} (so that errors do not accumulate) rounded to 15
   * significant digits (0.3, not 0.30000000000000004).
   *
   * @param path the input path
   * @param from the first value
   * @param to the last value allowed, {@code >= from}
   * @param step the step, {@code > 0}
   * @return the axis
   * @throws ValidationException if {@code to < from} (an empty range) or {@code step <= 0}
   */
  static SweepAxis range(String path, double from, double to, double step) {
    if (!(step > 0) || !Double.isFinite(step)) {
      throw new ValidationException(
          "axis " + path + " step", Double.toString(step), "must be finite and > 0");
    }
    if (!(to >= from) || !Double.isFinite(from) || !Double.isFinite(to)) {
      throw new ValidationException(
          "axis " + path + " range",
          "[" + from + ", " + to + "]",
          "must have finite bounds and to >= from (an empty range sweeps nothing)");
    }
    List<Double> v = new ArrayList<>();
    // a relative tolerance keeps `to` when (to - from) / step is an integer up to rounding
    long n = (long) Math.floor((to - from) / step * (1 + 1e-12)) + 1;
    if (n > MAX_VALUES) {
      throw new ValidationException(
          "axis " + path + " range",
          "[" + from + ", " + to + "] step " + step + " (" + n + " values)",
          "must have at most " + MAX_VALUES + " values");
    }
    for (long i = 0; i < n; i++) {
      v.add(decimal(from + i * step));
    }
    return ImmutableSweepAxis.builder().path(path).addAllValues(v).build();
  }

  /**
   * Rounds to 15 significant digits: a double carries 15 to 17, so this removes only the binary
   * rounding of the arithmetic that produced {@code v}.
   */
  private static double decimal(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(15)).doubleValue();
  }

  /** The most values one axis may have. */
  int MAX_VALUES = 1_000_000;

  /** Checks the path and the values. */
  @Value.Check
  default void check() {
    if (path().isBlank()) {
      throw new ValidationException("axis path", "'" + path() + "'", "must not be blank");
    }
    if (values().isEmpty()) {
      throw new ValidationException(
          "axis " + path() + " values", "[]", "must not be empty (an empty range sweeps nothing)");
    }
    if (values().size() > MAX_VALUES) {
      throw new ValidationException(
          "axis " + path() + " values",
          values().size() + " values",
          "must have at most " + MAX_VALUES + " values");
    }
    java.util.Set<Double> seen = new java.util.HashSet<>();
    for (int i = 0; i < values().size(); i++) {
      double v = values().get(i);
      if (!Double.isFinite(v)) {
        throw new ValidationException(
            "axis " + path() + " values[" + i + "]", Double.toString(v), "must be finite");
      }
      if (!seen.add(v)) {
        throw new ValidationException(
            "axis " + path() + " values[" + i + "]",
            Double.toString(v),
            "must not repeat an earlier value of the axis");
      }
    }
  }
}
