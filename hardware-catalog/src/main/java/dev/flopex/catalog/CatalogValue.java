package dev.flopex.catalog;

import dev.flopex.core.validation.Check;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One value of a catalog entry as the catalog files state it: the value, its unit, the source the
 * figure, price or alternative holding it cites, and the data file and line it was read from. The
 * unit is the figure's {@code unit} field or, where the schema puts the unit in the key's name,
 * that unit ({@code tdp_w} is W, {@code dense_tflops} TFLOP/s, {@code usd} USD; {@code
 * docs/catalog.md} §3.3). Numbers are written in plain decimal form without trailing zeros ({@code
 * 989.50} and {@code 9.895e2} are both {@code 989.5}), so two values are equal exactly when they
 * state the same number in the same unit.
 *
 * @since 0.3
 */
@Value.Immutable
public interface CatalogValue {

  /** Returns the value as text, e.g. {@code 700}, {@code HBM3} or {@code 2024-06}. */
  String value();

  /** Returns the unit, e.g. {@code W} or {@code GiB}; empty for text, counts and enums. */
  Optional<String> unit();

  /**
   * Returns the id of the source cited by the figure, price point or alternative that holds the
   * value (for a field of a source entry, that source's id); empty for a field no source covers,
   * such as {@code vendor} or {@code aliases}.
   */
  Optional<String> source();

  /**
   * Returns the data file the value was read from, e.g. {@code accelerators-nvidia-hopper.yaml}.
   */
  String file();

  /** Returns the 1-based line in {@link #file()}, or 0 when unknown. */
  int line();

  /** Returns the value with its unit, e.g. {@code 700 W}. */
  default String withUnit() {
    return unit().map(u -> value() + " " + u).orElse(value());
  }

  /** Returns {@code file:line}, or the file alone when the line is unknown. */
  default String where() {
    return line() > 0 ? file() + ":" + line() : file();
  }

  /**
   * Returns true when {@code other} states the same value (sources and places aside): the same text
   * in the same unit, or exactly the same amount in another unit of the same dimension ({@code 2.5
   * PFLOP/s} and {@code 2500 TFLOP/s}, {@code 1.8 TB/s} and {@code 1800 GB/s}; but {@code 96 GiB}
   * and {@code 103.08 GB} differ).
   */
  default boolean sameValue(CatalogValue other) {
    return (value().equals(other.value()) && unit().equals(other.unit()))
        || CatalogUnits.sameAmount(this, other);
  }

  /** Checks the line is not negative. */
  @Value.Check
  default void check() {
    Check.that(line() >= 0, "line", String.valueOf(line()), "must be >= 0");
  }

  /** Returns a new builder. */
  static ImmutableCatalogValue.Builder builder() {
    return ImmutableCatalogValue.builder();
  }
}
