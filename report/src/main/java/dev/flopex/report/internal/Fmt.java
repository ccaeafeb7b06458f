package dev.flopex.report.internal;

import dev.flopex.core.money.Money;
import dev.flopex.core.units.Quantity;
import dev.flopex.core.units.Unit;
import dev.flopex.core.validation.Check;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/** Locale-independent formatting of numbers and quantities for the CLI's text output. */
public final class Fmt {
  /** Shown where a value is unknown. */
  public static final String NONE = "-";

  private Fmt() {}

  /** Rounds to 10 significant digits, removing binary noise from unit conversions. */
  public static double round(double v) {
    if (!Double.isFinite(v) || v == 0) {
      return v;
    }
    return new BigDecimal(v).round(new MathContext(10)).doubleValue();
  }

  /** Formats a number in plain notation, e.g. {@code 989.5}, {@code 85.89934592}, {@code 700}. */
  public static String num(double v) {
    return Check.format(round(v));
  }

  /** Formats a number with a fixed number of decimals, e.g. a ratio {@code 0.76}. */
  public static String fixed(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** Formats a whole number with thousands separators, e.g. {@code 20,480}. */
  public static String grouped(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  /**
   * Formats a number with thousands separators and a fixed number of decimals, e.g. {@code
   * 1,234,567} or {@code 28.72}; never {@code -0}.
   */
  public static String grouped(double v, int decimals) {
    String s = String.format(Locale.ROOT, "%,." + decimals + "f", v);
    return s.matches("-[0.,]*") ? s.substring(1) : s;
  }

  /**
   * Formats a money amount for a table: whole units with thousands separators from 1,000 up ({@code
   * 1,234,567}), cents below ({@code 27.50}).
   */
  public static String money(double v) {
    return grouped(v, Math.abs(v) >= 1000 ? 0 : 2);
  }

  /** Converts a fraction to percentage points for printing, e.g. {@code 0.523 -> 52.3}. */
  public static double percentPoints(double fraction) {
    return fraction * 100;
  }

  /**
   * Prefixes formatted text with {@code +} unless it is negative or zero, e.g. {@code +1,234} for a
   * difference.
   */
  public static String sign(String formatted) {
    if (formatted.startsWith("-") || !formatted.matches(".*[1-9].*")) {
      return formatted;
    }
    return "+" + formatted;
  }

  /** Formats a share as a percentage with one decimal, e.g. {@code 52.3%}. */
  public static String percent(double share) {
    return grouped(share * 100, 1) + "%";
  }

  /**
   * Returns a money amount for JSON: rounded half-even to cents, as a {@link BigDecimal} (printed
   * in plain notation, e.g. {@code 1234567890.12}), or a {@link Long} when it is whole.
   */
  public static Number jsonMoney(Money m) {
    return jsonMoney(m.amount());
  }

  /** Returns the amounts of {@code money}, in order, for printing (e.g. by {@link Apportion}). */
  public static double[] amounts(java.util.List<Money> money) {
    double[] a = new double[money.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = money.get(i).amount();
    }
    return a;
  }

  /** As {@link #jsonMoney(Money)}, for an amount in USD. */
  public static Number jsonMoney(double usd) {
    BigDecimal d = new BigDecimal(usd).setScale(2, RoundingMode.HALF_EVEN);
    if (d.signum() == 0) {
      return 0L;
    }
    if (d.stripTrailingZeros().scale() <= 0
        && d.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000_000L)) < 0) {
      return d.longValueExact();
    }
    return d;
  }

  /** Formats a quantity as stored, e.g. {@code 80 GiB}. */
  public static String q(Quantity<?> q) {
    return num(q.value()) + " " + q.unit().symbol();
  }

  /** Formats a quantity converted to {@code unit}, e.g. {@code 85.89934592 GB}. */
  public static <U extends Enum<U> & Unit<U>> String q(Quantity<U> q, U unit) {
    return num(q.in(unit)) + " " + unit.symbol();
  }

  /** Formats an optional value, {@code -} when empty. */
  public static String opt(Optional<?> v) {
    return v.map(Fmt::cell).orElse(NONE);
  }

  /** Formats any value for a table cell: numbers plain, null as {@code -}. */
  public static String cell(Object v) {
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
  public static Number json(double v) {
    double r = round(v);
    if (r == Math.rint(r) && Math.abs(r) < 1e15) {
      return (long) r;
    }
    return r;
  }

  /** Normalises a value for JSON: doubles through {@link #json(double)}, others unchanged. */
  public static Object jsonValue(Object v) {
    if (v instanceof Double || v instanceof Float) {
      return json(((Number) v).doubleValue());
    }
    return v;
  }

  /**
   * Lower-cases an enum constant's name for display, e.g. {@code NOT_CONTROLLED -> not controlled}.
   */
  public static String words(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Lower-cases an enum constant's name as a key, e.g. {@code NOT_CONTROLLED -> not_controlled}.
   */
  public static String key(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** Collapses a message to one line, with any control character in it made visible. */
  public static String oneLine(String s) {
    return s == null ? "" : visible(s.strip().replaceAll("\\s*\\R\\s*", " "), false);
  }

  /**
   * Makes control characters visible as {@code \\uXXXX}, so text from a user's file or argument
   * cannot move the cursor, recolour the terminal or reorder what is shown: C0 controls, DEL, C1
   * controls (e.g. the one-byte CSI U+009B), and the Unicode bidirectional and line-separator
   * controls (U+200E-200F, U+2028-202E, U+2066-2069). Line feed, carriage return and tab are kept
   * when {@code keepLayout} is true (whole outputs), escaped otherwise (one table cell, one line).
   *
   * @param s the text
   * @param keepLayout whether {@code \n}, {@code \r} and {@code \t} stay as they are
   * @return the text, unchanged when it has no such character
   */
  public static String visible(String s, boolean keepLayout) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean layout = c == '\n' || c == '\r' || c == '\t';
      boolean control =
          c < 0x20
              || (c >= 0x7f && c <= 0x9f)
              || c == 0x200e
              || c == 0x200f
              || (c >= 0x2028 && c <= 0x202e)
              || (c >= 0x2066 && c <= 0x2069);
      if (control && !(layout && keepLayout)) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * Formats a large count (FLOP, tokens) in scientific notation without trailing zeros, e.g. {@code
   * 3.8e25}; values below 10^6 as {@link #num(double)}.
   *
   * @param v the value
   * @return the text
   */
  public static String sci(double v) {
    if (Math.abs(v) < 1e6) {
      return num(v);
    }
    String s = String.format(java.util.Locale.ROOT, "%.6e", round(v));
    String[] parts = s.split("e");
    String mantissa = parts[0].replaceAll("0+$", "").replaceAll("\\.$", "");
    return mantissa + "e" + Integer.parseInt(parts[1]);
  }
}
