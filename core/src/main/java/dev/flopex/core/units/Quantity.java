package dev.flopex.core.units;

import com.google.common.base.Preconditions;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An amount in an explicit unit of one dimension: {@code Quantity<PowerUnit>}, {@code
 * Quantity<DataSizeUnit>}, and so on. The type parameter makes mixing dimensions a compile error;
 * the stored unit keeps the figure as its source stated it ("80 GiB" stays 80 GiB).
 *
 * <p>The amount is a {@code double}: quantities feed fast models, not ledgers. It is always finite
 * ({@link #of} rejects NaN and the infinities) and {@code -0.0} is stored as {@code 0.0}.
 *
 * <p>Conversions: {@link #in(Enum)} returns the amount in another unit. Converting to the same unit
 * returns the amount unchanged; converting between units whose factors are both powers of two (B,
 * KiB, MiB, GiB...) is exact; other conversions are correctly rounded to within 2 ulps and
 * round-trip to within 2 ulps.
 *
 * <p>Equality follows {@link java.math.BigDecimal}: {@link #equals} compares amount and unit, so
 * {@code 1 GB} and {@code 1000 MB} are not {@code equals}, while {@link #compareTo} and {@link
 * #isEquivalentTo} compare the amounts in the base unit.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <U> the unit type, which fixes the dimension
 * @since 0.1
 */
public final class Quantity<U extends Enum<U> & Unit<U>> implements Comparable<Quantity<U>> {
  private final double value;
  private final U unit;

  private Quantity(double value, U unit) {
    this.value = value + 0.0; // turns -0.0 into 0.0
    this.unit = unit;
  }

  /**
   * Returns {@code value} in {@code unit}.
   *
   * @param value a finite amount
   * @param unit its unit
   * @param <U> the unit type
   * @return the quantity
   * @throws ValidationException "value must be finite but was NaN GiB" for NaN or infinity
   */
  public static <U extends Enum<U> & Unit<U>> Quantity<U> of(double value, U unit) {
    Objects.requireNonNull(unit, "unit");
    Check.finite(value, "value", unit.symbol());
    return new Quantity<>(value, unit);
  }

  /**
   * Parses text such as {@code "80 GiB"}, {@code "400Gb/s"} or {@code "989.4 TFLOP/s"}.
   *
   * @param text the amount followed by a unit symbol of {@code type}
   * @param type the unit enum
   * @param <U> the unit type
   * @return the quantity
   * @throws ValidationException when the text is not a finite number followed by a known symbol
   */
  public static <U extends Enum<U> & Unit<U>> Quantity<U> parse(String text, Class<U> type) {
    String s = text.strip();
    int i = 0;
    while (i < s.length() && "+-.0123456789eE".indexOf(s.charAt(i)) >= 0) {
      // stop at an 'E' that begins a unit (EFLOP/s) rather than an exponent
      if ((s.charAt(i) == 'e' || s.charAt(i) == 'E')
          && (i + 1 >= s.length() || "+-0123456789".indexOf(s.charAt(i + 1)) < 0)) {
        break;
      }
      i++;
    }
    double v;
    try {
      v = Double.parseDouble(s.substring(0, i));
    } catch (NumberFormatException e) {
      throw new ValidationException(
          "quantity", "'" + text + "'", "must be a number followed by a unit", e);
    }
    return of(v, Unit.parse(type, s.substring(i)));
  }

  /** Returns the amount in {@link #unit()}. */
  public double value() {
    return value;
  }

  /** Returns the unit the amount is stated in. */
  public U unit() {
    return unit;
  }

  /**
   * Returns the amount converted to {@code target}.
   *
   * @param target the unit wanted
   * @return the amount in {@code target}
   */
  public double in(U target) {
    if (target == unit) {
      return value;
    }
    return value * unit.factor() / target.factor();
  }

  /**
   * Returns this quantity restated in {@code target}.
   *
   * @param target the unit wanted
   * @return an equivalent quantity in {@code target}
   */
  public Quantity<U> to(U target) {
    return target == unit ? this : new Quantity<>(in(target), target);
  }

  /** Returns the amount in the dimension's base unit (bytes, bits per second, watts...). */
  public double inBaseUnit() {
    return value * unit.factor();
  }

  /**
   * Returns the sum, stated in this quantity's unit.
   *
   * @param other a quantity of the same dimension
   * @return {@code this + other}
   * @throws ValidationException if the sum overflows to infinity
   */
  public Quantity<U> plus(Quantity<U> other) {
    return of(value + other.in(unit), unit);
  }

  /**
   * Returns the difference, stated in this quantity's unit.
   *
   * @param other a quantity of the same dimension
   * @return {@code this - other}
   */
  public Quantity<U> minus(Quantity<U> other) {
    return of(value - other.in(unit), unit);
  }

  /**
   * Returns this quantity multiplied by a dimensionless factor.
   *
   * @param factor a finite number
   * @return {@code this * factor}
   * @throws ValidationException if {@code factor} or the product is not finite
   */
  public Quantity<U> times(double factor) {
    Check.finite(factor, "factor", "");
    return of(value * factor, unit);
  }

  /**
   * Returns this quantity divided by a dimensionless, non-zero divisor.
   *
   * @param divisor a finite, non-zero number
   * @return {@code this / divisor}
   * @throws ValidationException if {@code divisor} is zero or not finite
   */
  public Quantity<U> dividedBy(double divisor) {
    Check.finite(divisor, "divisor", "");
    Check.that(divisor != 0, "divisor", "0", "must not be 0");
    return of(value / divisor, unit);
  }

  /**
   * Returns the dimensionless ratio {@code this / other}.
   *
   * @param other a non-zero quantity of the same dimension
   * @return the ratio
   * @throws ValidationException if {@code other} is zero
   */
  public double ratio(Quantity<U> other) {
    double o = other.inBaseUnit();
    Check.that(o != 0, "other", other.toString(), "must not be 0");
    return inBaseUnit() / o;
  }

  /** Returns true when the amount is exactly zero. */
  public boolean isZero() {
    return value == 0;
  }

  /** Returns true when the amount is greater than zero. */
  public boolean isPositive() {
    return value > 0;
  }

  /**
   * Returns true when both quantities have the same amount in the base unit.
   *
   * @param other a quantity of the same dimension
   * @return whether they are equivalent
   */
  public boolean isEquivalentTo(Quantity<U> other) {
    return compareTo(other) == 0;
  }

  /** Compares amounts in the base unit. */
  @Override
  public int compareTo(Quantity<U> other) {
    Preconditions.checkArgument(
        other.unit.getDeclaringClass() == unit.getDeclaringClass(), "mixed dimensions");
    return Double.compare(inBaseUnit(), other.inBaseUnit());
  }

  /** Amount and unit both equal; see the class documentation. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Quantity
        && ((Quantity<?>) o).unit == unit
        && Double.compare(((Quantity<?>) o).value, value) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(value) * 31 + unit.hashCode();
  }

  /** Returns the amount and unit, e.g. {@code "989.4 TFLOP/s"}, independent of locale. */
  @Override
  public String toString() {
    return Check.format(value, unit.symbol());
  }
}
