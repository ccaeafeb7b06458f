package dev.flopex.core.validation;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks that return the checked value and throw {@link ValidationException} with a
 * message naming the field, the value, its unit and the rule.
 *
 * <pre>{@code
 * this.gpuCount = Check.positive(gpuCount, "gpuCount");          // "gpuCount must be > 0 but was -3"
 * this.tdp = Check.positive(tdpW, "tdpW", "W");                  // "tdpW must be > 0 W but was -5 W"
 * this.pue = Check.atLeast(pue, 1.0, "pue", "");                 // "pue must be >= 1 but was 0.9"
 * }</pre>
 *
 * <p>Every check on a {@code double} also rejects NaN and the infinities ("must be finite"), so no
 * NaN can slip past a range check. Units are given as a symbol ({@code "W"}, {@code "GB/s"}) or an
 * empty string for dimensionless values.
 *
 * @since 0.1
 */
public final class Check {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

  private Check() {}

  /**
   * Formats a number for messages: plain notation, no trailing zeros, independent of the default
   * locale ({@code 1e-9 -> "0.000000001"}, {@code 3.0 -> "3"}, {@code NaN -> "NaN"}).
   *
   * @param value the number
   * @return its text
   */
  public static String format(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
    return Math.abs(value) >= 1e-6 && Math.abs(value) < 1e21 ? d.toPlainString() : d.toString();
  }

  /**
   * Formats a number with its unit for messages, e.g. {@code "700 W"}; with an empty unit just the
   * number.
   *
   * @param value the number
   * @param unit the unit symbol, or empty
   * @return the text
   */
  public static String format(double value, String unit) {
    return unit.isEmpty() ? format(value) : format(value) + " " + unit;
  }

  private static String bound(double bound, String unit) {
    return format(bound, unit);
  }

  /**
   * Checks that {@code value} is finite (not NaN, not infinite).
   *
   * @param value the value
   * @param field the field name for the message
   * @param unit the unit symbol, or empty
   * @return {@code value}
   * @throws ValidationException "field must be finite but was NaN"
   */
  @CanIgnoreReturnValue
  public static double finite(double value, String field, String unit) {
    if (!Double.isFinite(value)) {
      throw new ValidationException(field, format(value, unit), "must be finite");
    }
    return value;
  }

  /**
   * Checks that {@code value} is finite and strictly positive.
   *
   * @param value the value
   * @param field the field name
   * @param unit the unit symbol, or empty
   * @return {@code value}
   * @throws ValidationException "field must be > 0 W but was -5 W"
   */
  @CanIgnoreReturnValue
  public static double positive(double value, String field, String unit) {
    finite(value, field, unit);
    if (!(value > 0)) {
      throw new ValidationException(field, format(value, unit), "must be > " + bound(0, unit));
    }
    return value;
  }

  /**
   * Checks that {@code value} is finite and {@code >= 0}. Negative zero is accepted.
   *
   * @param value the value
   * @param field the field name
   * @param unit the unit symbol, or empty
   * @return {@code value}
   * @throws ValidationException "field must be >= 0 USD but was -1 USD"
   */
  @CanIgnoreReturnValue
  public static double nonNegative(double value, String field, String unit) {
    finite(value, field, unit);
    if (value < 0) {
      throw new ValidationException(field, format(value, unit), "must be >= " + bound(0, unit));
    }
    return value;
  }

  /**
   * Checks that {@code value} is finite and {@code >= min}.
   *
   * @param value the value
   * @param min the inclusive lower bound
   * @param field the field name
   * @param unit the unit symbol, or empty
   * @return {@code value}
   * @throws ValidationException "pue must be >= 1 but was 0.9"
   */
  @CanIgnoreReturnValue
  public static double atLeast(double value, double min, String field, String unit) {
    finite(value, field, unit);
    if (value < min) {
      throw new ValidationException(field, format(value, unit), "must be >= " + bound(min, unit));
    }
    return value;
  }

  /**
   * Checks that {@code value} is finite and {@code > min}.
   *
   * @param value the value
   * @param min the exclusive lower bound
   * @param field the field name
   * @param unit the unit symbol, or empty
   * @return {@code value}
   * @throws ValidationException "discountRate must be > -1 but was -1"
   */
  @CanIgnoreReturnValue
  public static double greaterThan(double value, double min, String field, String unit) {
    finite(value, field, unit);
    if (!(value > min)) {
      throw new ValidationException(field, format(value, unit), "must be > " + bound(min, unit));
    }
    return value;
  }

  /**
   * Checks that {@code value} lies in the half-open interval (0, 1], the range of a utilisation, a
   * load factor or a model-FLOPs utilisation.
   *
   * @param value the value
   * @param field the field name
   * @return {@code value}
   * @throws ValidationException "mfu must be in (0, 1] but was 1.2"
   */
  @CanIgnoreReturnValue
  public static double fraction(double value, String field) {
    finite(value, field, "");
    if (!(value > 0 && value <= 1)) {
      throw new ValidationException(field, format(value), "must be in (0, 1]");
    }
    return value;
  }

  /**
   * Checks that {@code value} lies in the closed interval [min, max].
   *
   * @param value the value
   * @param min the inclusive lower bound
   * @param max the inclusive upper bound
   * @param field the field name
   * @param unit the unit symbol, or empty
   * @return {@code value}
   * @throws ValidationException "share must be in [0, 1] but was 2"
   */
  @CanIgnoreReturnValue
  public static double inClosedRange(
      double value, double min, double max, String field, String unit) {
    finite(value, field, unit);
    if (value < min || value > max) {
      throw new ValidationException(
          field,
          format(value, unit),
          "must be in ["
              + format(min)
              + ", "
              + format(max)
              + "]"
              + (unit.isEmpty() ? "" : " " + unit));
    }
    return value;
  }

  /**
   * Checks that {@code value} lies in the open interval (min, max).
   *
   * @param value the value
   * @param min the exclusive lower bound
   * @param max the exclusive upper bound
   * @param field the field name
   * @param unit the unit symbol, or empty
   * @return {@code value}
   * @throws ValidationException "wacc must be in (0, 1) /year but was 1.2 /year"
   */
  @CanIgnoreReturnValue
  public static double inOpenRange(
      double value, double min, double max, String field, String unit) {
    finite(value, field, unit);
    if (!(value > min && value < max)) {
      throw new ValidationException(
          field,
          format(value, unit),
          "must be in ("
              + format(min)
              + ", "
              + format(max)
              + ")"
              + (unit.isEmpty() ? "" : " " + unit));
    }
    return value;
  }

  /**
   * Checks that {@code value} lies in the half-open interval [min, max).
   *
   * @param value the value
   * @param min the inclusive lower bound
   * @param max the exclusive upper bound
   * @param field the field name
   * @param unit the unit symbol, or empty
   * @return {@code value}
   * @throws ValidationException "taxRate must be in [0, 1) but was 1"
   */
  @CanIgnoreReturnValue
  public static double inHalfOpenRange(
      double value, double min, double max, String field, String unit) {
    finite(value, field, unit);
    if (!(value >= min && value < max)) {
      throw new ValidationException(
          field,
          format(value, unit),
          "must be in ["
              + format(min)
              + ", "
              + format(max)
              + ")"
              + (unit.isEmpty() ? "" : " " + unit));
    }
    return value;
  }

  /**
   * Checks that {@code value} is strictly positive.
   *
   * @param value the value
   * @param field the field name
   * @return {@code value}
   * @throws ValidationException "gpuCount must be > 0 but was -3"
   */
  @CanIgnoreReturnValue
  public static long positive(long value, String field) {
    if (value <= 0) {
      throw new ValidationException(field, Long.toString(value), "must be > 0");
    }
    return value;
  }

  /**
   * Checks that {@code value} is strictly positive.
   *
   * @param value the value
   * @param field the field name
   * @return {@code value}
   * @throws ValidationException "gpuCount must be > 0 but was -3"
   */
  @CanIgnoreReturnValue
  public static int positive(int value, String field) {
    return Math.toIntExact(positive((long) value, field));
  }

  /**
   * Checks that {@code value} is not null, empty or only white space.
   *
   * @param value the value
   * @param field the field name
   * @return {@code value}
   * @throws ValidationException "name must not be blank but was ''"
   */
  @CanIgnoreReturnValue
  public static String notBlank(@Nullable String value, String field) {
    if (value == null) {
      throw new ValidationException(field, null, "must be present");
    }
    if (value.isBlank()) {
      throw new ValidationException(field, "'" + value + "'", "must not be blank");
    }
    return value;
  }

  /**
   * Checks that {@code value} is an identifier: lower-case letters, digits, dots and hyphens,
   * starting with a letter or digit (e.g. {@code "h100-sxm5"}).
   *
   * @param value the value
   * @param field the field name
   * @return {@code value}
   * @throws ValidationException "id must match [a-z0-9][a-z0-9.-]* but was 'H100 SXM'"
   */
  @CanIgnoreReturnValue
  public static String identifier(@Nullable String value, String field) {
    String v = notBlank(value, field);
    if (!ID.matcher(v).matches()) {
      throw new ValidationException(field, "'" + v + "'", "must match " + ID.pattern());
    }
    return v;
  }

  /**
   * Checks a condition that relates several fields and throws with the caller's rule text.
   *
   * @param condition the condition that must hold
   * @param field the field most to blame
   * @param value its value as text
   * @param rule the rule, e.g. {@code "must be >= dense (989.4 TFLOP/s)"}
   * @throws ValidationException "field rule but was value"
   */
  public static void that(boolean condition, String field, @Nullable String value, String rule) {
    if (!condition) {
      throw new ValidationException(field, value, rule);
    }
  }
}
