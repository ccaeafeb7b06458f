package dev.flopex.core.provenance;

import dev.flopex.core.validation.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date known to the year, the month or the day, as sources state them ("2024", "2024-06",
 * "2024-06-15"). Prices and launch dates are often known only to the month; flopex keeps that
 * precision instead of inventing a day.
 *
 * <p>{@link #start()} is the first day the date can mean. Comparison orders by start, then by
 * precision (coarser first). Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PartialDate implements Comparable<PartialDate> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::start)
          .thenComparing(PartialDate::precision, Comparator.reverseOrder());

  /** How precisely a {@link PartialDate} is known. */
  public enum Precision {
    /** Known to the day. */
    DAY,
    /** Known to the month. */
    MONTH,
    /** Known to the year. */
    YEAR
  }

  private final LocalDate start;
  private final Precision precision;

  private PartialDate(LocalDate start, Precision precision) {
    this.start = start;
    this.precision = precision;
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param text the date
   * @return the partial date
   * @throws ValidationException naming the text and the accepted forms
   */
  public static PartialDate parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new ValidationException(
          "date", "'" + text + "'", "must be YYYY, YYYY-MM or YYYY-MM-DD");
    }
    try {
      int y = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return new PartialDate(LocalDate.of(y, 1, 1), Precision.YEAR);
      }
      int mo = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return new PartialDate(LocalDate.of(y, mo, 1), Precision.MONTH);
      }
      return new PartialDate(LocalDate.of(y, mo, Integer.parseInt(m.group(3))), Precision.DAY);
    } catch (DateTimeException e) {
      throw new ValidationException("date", "'" + text + "'", "must be a real calendar date", e);
    }
  }

  /**
   * Returns a date known to the day.
   *
   * @param date the date
   * @return the partial date
   */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(Objects.requireNonNull(date, "date"), Precision.DAY);
  }

  /**
   * Returns a date known to the month.
   *
   * @param month the month
   * @return the partial date
   */
  public static PartialDate of(YearMonth month) {
    return new PartialDate(month.atDay(1), Precision.MONTH);
  }

  /** Returns the first day this date can mean. */
  public LocalDate start() {
    return start;
  }

  /** Returns the last day this date can mean. */
  public LocalDate end() {
    switch (precision) {
      case YEAR:
        return start.plus(1, ChronoUnit.YEARS).minusDays(1);
      case MONTH:
        return start.plus(1, ChronoUnit.MONTHS).minusDays(1);
      default:
        return start;
    }
  }

  /** Returns how precisely the date is known. */
  public Precision precision() {
    return precision;
  }

  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PartialDate
        && ((PartialDate) o).start.equals(start)
        && ((PartialDate) o).precision == precision;
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 3 + precision.hashCode();
  }

  /**
   * Returns the date in the form it was given: {@code 2024}, {@code 2024-06} or {@code 2024-06-15}.
   */
  @Override
  public String toString() {
    switch (precision) {
      case YEAR:
        return String.format(java.util.Locale.ROOT, "%04d", start.getYear());
      case MONTH:
        return YearMonth.from(start).toString();
      default:
        return start.toString();
    }
  }
}
