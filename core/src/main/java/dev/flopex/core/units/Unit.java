package dev.flopex.core.units;

import dev.flopex.core.validation.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A unit of one physical dimension, implemented by one enum per dimension ({@link PowerUnit},
 * {@link DataSizeUnit}, ...). Because each dimension is its own type, a power can never be added to
 * a data size, and a data size in GB can never be read as GiB by accident.
 *
 * @param <U> the enum type of the dimension, for example {@code PowerUnit}
 * @since 0.1
 */
public interface Unit<U extends Enum<U> & Unit<U>> {

  /** Returns the symbol, e.g. {@code "GiB"}, {@code "Gb/s"}, {@code "TFLOP/s"}. */
  String symbol();

  /**
   * Returns how many base units of the dimension one of this unit is: bytes for data size, bits per
   * second for data rate, watts for power, joules for energy, operations per second for compute
   * rate, square millimetres for area.
   */
  double factor();

  /**
   * Returns a quantity of {@code value} in this unit: {@code PowerUnit.WATTS.of(700)}.
   *
   * @param value a finite number
   * @return the quantity
   * @throws ValidationException if {@code value} is NaN or infinite
   */
  @SuppressWarnings("unchecked")
  default Quantity<U> of(double value) {
    return Quantity.of(value, (U) this);
  }

  /**
   * Finds the unit of enum type {@code type} whose symbol is {@code symbol}. Matching is exact for
   * the case-sensitive distinctions that matter ({@code Gb/s} is bits, {@code GB/s} bytes) and
   * otherwise forgiving of spaces.
   *
   * @param type the unit enum
   * @param symbol the symbol to look up
   * @param <U> the unit type
   * @return the unit
   * @throws ValidationException naming the known symbols when none matches
   */
  static <U extends Enum<U> & Unit<U>> U parse(Class<U> type, String symbol) {
    String s = symbol.strip().replace(" ", "");
    for (U u : type.getEnumConstants()) {
      if (u.symbol().equals(s)) {
        return u;
      }
    }
    throw new ValidationException(
        "unit",
        "'" + symbol.strip() + "'",
        "must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Unit::symbol)
                .collect(Collectors.joining(", "))
            + " ("
            + type.getSimpleName().replace("Unit", "").toLowerCase(Locale.ROOT)
            + " units)");
  }
}
