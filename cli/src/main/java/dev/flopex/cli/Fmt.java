package dev.flopex.cli;

import dev.flopex.core.units.Quantity;
import dev.flopex.core.units.Unit;
import dev.flopex.core.validation.Check;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Optional;

/** Locale-independent formatting of numbers and quantities for the CLI's text output. */
final class Fmt {
  /** Shown where a value is unknown. */
  static final String NONE = "-";

  private Fmt() {}

  /** Rounds to 10 significant digits, removing binary noise from unit conversions. */
  static double round(double v) {
    if (!Double.isFinite(v) || v == 0) {
      return v;
    }
    return new BigDecimal(v).round(new MathContext(10)).doubleValue();
  }

  /** Formats a number in plain notation, e.g. {@code 989.5}, {@code 85.89934592}, {@code 700}. */
  static String num(double v) {
    return Check.format(round(v));
  }

  /** Formats a number with a fixed number of decimals, e.g. a ratio {@code 0.76}. */
  static String fixed(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** Formats a quantity as stored, e.g. {@code 80 GiB}. */
  static String q(Quantity<?> q) {
    return num(q.value()) + " " + q.unit().symbol();
  }

  /** Formats a quantity converted to {@code unit}, e.g. {@code 85.89934592 GB}. */
  static <U extends Enum<U> & Unit<U>> String q(Quantity<U> q, U unit) {
    return num(q.in(unit)) + " " + unit.symbol();
  }

  /** Formats an optional value, {@code -} when empty. */
  static String opt(Optional<?> v) {
    return v.map(Fmt::cell).orElse(NONE);
  }

  /** Formats any value for a table cell: numbers plain, null as {@code -}. */
  static String cell(Object v) {
    if (v == null) {
      return NONE;
    }
    if (v instanceof Double || v instanceof Float) {
      return num(((Number) v).doubleValue());
    }
    if (v instanceof Quantity) {
      return q((Quantity<?>) v);
    }
    return v.toString();
  }

  /**
   * Returns a number for JSON: a {@link Long} when integral (so 700 prints as {@code 700}, not
   * {@code 700.0}), otherwise the double rounded to 10 significant digits.
   */
  static Number json(double v) {
    double r = round(v);
    if (r == Math.rint(r) && Math.abs(r) < 1e15) {
      return (long) r;
    }
    return r;
  }

  /** Normalises a value for JSON: doubles through {@link #json(double)}, others unchanged. */
  static Object jsonValue(Object v) {
    if (v instanceof Double || v instanceof Float) {
      return json(((Number) v).doubleValue());
    }
    return v;
  }

  /** Lower-cases an enum constant's name for display, e.g. {@code NOT_CONTROLLED -> not controlled}. */
  static String words(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Lower-cases an enum constant's name as a key, e.g. {@code NOT_CONTROLLED -> not_controlled}. */
  static String key(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** Collapses a message to one line. */
  static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
