package dev.flopex.cli;

import dev.flopex.catalog.UnknownPartException;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.DataFileException;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.report.internal.Fmt;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Parses option values given as text, so that every bad value is a one-line {@link
 * ValidationException} naming the option, the value and the rule (picocli's own conversion errors
 * are two lines and name Java types).
 */
final class Opts {
  private Opts() {}

  /** Parses a finite number, e.g. {@code 0.8}, {@code 37e9}, {@code 14.8e12}. */
  static double number(String option, String text) {
    String t = text.strip().replace("_", "");
    double v;
    try {
      v = Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new ValidationException(
          option, "'" + text + "'", "must be a number, e.g. 0.8 or 37e9", e);
    }
    if (!Double.isFinite(v) || t.matches("(?i).*(nan|infinity).*") || t.matches("(?i).*[fdx].*")) {
      throw new ValidationException(
          option, "'" + text + "'", "must be a finite number, e.g. 0.8 or 37e9");
    }
    return v + 0.0;
  }

  /** Parses a number {@code > 0}. */
  static double positive(String option, String text) {
    return Check.positive(number(option, text), option, "");
  }

  /** Parses a number {@code >= 0}. */
  static double nonNegative(String option, String text) {
    return Check.nonNegative(number(option, text), option, "");
  }

  /** Parses a fraction in (0, 1]. */
  static double fraction(String option, String text) {
    return Check.fraction(number(option, text), option);
  }

  /**
   * Parses a whole number in [1, max]; {@code 2048}, {@code 2.048e3} and {@code 20_480} are
   * accepted, {@code 1.5} is not.
   */
  static long count(String option, String text, long max) {
    double v;
    try {
      v = number(option, text);
    } catch (ValidationException e) {
      throw new ValidationException(
          option, "'" + text + "'", "must be a whole number, e.g. 2048", e);
    }
    if (v != Math.rint(v)) {
      throw new ValidationException(option, "'" + text + "'", "must be a whole number");
    }
    if (v < 1) {
      throw new ValidationException(option, Check.format(v), "must be >= 1");
    }
    if (v > max) {
      throw new ValidationException(option, Check.format(v), "must be <= " + Fmt.grouped(max));
    }
    return (long) v;
  }

  /** Parses a real date {@code YYYY-MM-DD}. */
  static LocalDate date(String option, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ValidationException(option, "'" + text + "'", "must be a real date YYYY-MM-DD", e);
    }
  }

  /**
   * Parses an enum constant written in lower case with {@code -} or {@code _} between words, e.g.
   * {@code straight-line} for {@code STRAIGHT_LINE}.
   */
  static <E extends Enum<E>> E choice(String option, String text, Class<E> type) {
    String k = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(k)) {
        return e;
      }
    }
    throw new ValidationException(option, "'" + text + "'", "must be one of " + choices(type));
  }

  /** Lists an enum's constants as the CLI spells them, e.g. {@code cash, debt}. */
  static String choices(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Opts::spelling)
        .collect(Collectors.joining(", "));
  }

  /** Returns how the CLI spells an enum constant, e.g. {@code straight-line}. */
  static String spelling(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Throws unless exactly one of {@code given} is true, naming the options. */
  static void exactlyOne(String options, boolean... given) {
    int n = 0;
    for (boolean g : given) {
      n += g ? 1 : 0;
    }
    if (n != 1) {
      throw new ValidationException(
          options, n == 0 ? null : n + " of them", "must be given exactly once");
    }
  }

  /**
   * Runs {@code f}; a {@link ValidationException} whose field is a key of {@code fields} is
   * rethrown with the field renamed to the option (e.g. {@code utilisation -> --utilisation}).
   * Catalog look-ups ({@link UnknownPartException}, with its suggestions) and data-file errors
   * (with file and line) pass through unchanged.
   */
  static <T> T renaming(Map<String, String> fields, Supplier<T> f) {
    try {
      return f.get();
    } catch (UnknownPartException | DataFileException e) {
      throw e;
    } catch (ValidationException e) {
      String option = fields.get(e.field());
      if (option == null) {
        throw e;
      }
      throw new ValidationException(option, e.value().orElse(null), e.rule(), e);
    }
  }

  /** As {@link #renaming(Map, Supplier)} for one field name. */
  static <T> T renaming(String field, String option, Supplier<T> f) {
    return renaming(Map.of(field, option), f);
  }

  /**
   * Runs {@code f}, turning an arithmetic overflow (a count so large that {@code long} arithmetic
   * overflows) into a user error about {@code what}.
   */
  static <T> T noOverflow(String what, Supplier<T> f) {
    try {
      return f.get();
    } catch (ArithmeticException e) {
      throw new ValidationException(
          what,
          "too large (" + e.getMessage() + ")",
          "must be small enough to compute without 64-bit overflow",
          e);
    }
  }
}
