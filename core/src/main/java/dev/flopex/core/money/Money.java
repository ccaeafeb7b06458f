package dev.flopex.core.money;

import com.google.common.base.Preconditions;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money in one currency, for computation.
 *
 * <p>Like OpenGamma Strata's {@code CurrencyAmount}, the amount is a {@code double}, chosen for
 * speed in models that evaluate millions of scenarios; it is not meant for accounting ledgers. Use
 * {@link #rounded()} for figures to be reported. The amount is always finite ({@code -0.0} is
 * stored as {@code 0.0}); arithmetic that would overflow throws rather than returning infinity.
 *
 * <p>Arithmetic between two amounts requires the same currency: {@code USD 1 + EUR 1} throws {@link
 * ValidationException} ("currency mismatch"). flopex's data is in US dollars; {@link #usd(double)}
 * is the common factory.
 *
 * <p>Immutable and thread-safe. {@link #equals} compares currency and amount exactly.
 *
 * @since 0.1
 */
public final class Money implements Comparable<Money> {
  /** The US dollar. */
  public static final Currency USD = Currency.getInstance("USD");

  private final Currency currency;
  private final double amount;

  private Money(Currency currency, double amount) {
    this.currency = currency;
    this.amount = amount + 0.0;
  }

  /**
   * Returns {@code amount} in {@code currency}.
   *
   * @param currency the currency
   * @param amount a finite amount
   * @return the money
   * @throws ValidationException if {@code amount} is NaN or infinite
   */
  public static Money of(Currency currency, double amount) {
    Objects.requireNonNull(currency, "currency");
    Check.finite(amount, "amount", currency.getCurrencyCode());
    return new Money(currency, amount);
  }

  /**
   * Returns {@code amount} US dollars.
   *
   * @param amount a finite amount
   * @return the money
   * @throws ValidationException if {@code amount} is NaN or infinite
   */
  public static Money usd(double amount) {
    return of(USD, amount);
  }

  /**
   * Returns zero in {@code currency}.
   *
   * @param currency the currency
   * @return zero
   */
  public static Money zero(Currency currency) {
    return new Money(currency, 0);
  }

  /**
   * Parses {@code "USD 25000"} or {@code "USD 1.5e6"}.
   *
   * @param text an ISO 4217 code, white space, and a finite number
   * @return the money
   * @throws ValidationException when the text has another form
   */
  public static Money parse(String text) {
    String[] parts = text.strip().split("\\s+");
    if (parts.length != 2) {
      throw new ValidationException("money", "'" + text + "'", "must be '<ISO currency> <amount>'");
    }
    Currency c;
    try {
      c = Currency.getInstance(parts[0]);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          "currency", "'" + parts[0] + "'", "must be an ISO 4217 code", e);
    }
    try {
      return of(c, Double.parseDouble(parts[1]));
    } catch (NumberFormatException e) {
      throw new ValidationException("amount", "'" + parts[1] + "'", "must be a number", e);
    }
  }

  /** Returns the currency. */
  public Currency currency() {
    return currency;
  }

  /** Returns the amount. */
  public double amount() {
    return amount;
  }

  private Money checked(Money other) {
    if (!other.currency.equals(currency)) {
      throw new ValidationException(
          "currency",
          other.currency.getCurrencyCode(),
          "must equal "
              + currency.getCurrencyCode()
              + " (currency mismatch; flopex does not convert)");
    }
    return other;
  }

  /**
   * Returns the sum.
   *
   * @param other an amount in the same currency
   * @return {@code this + other}
   * @throws ValidationException on a currency mismatch or overflow
   */
  public Money plus(Money other) {
    return of(currency, amount + checked(other).amount);
  }

  /**
   * Returns the difference.
   *
   * @param other an amount in the same currency
   * @return {@code this - other}
   * @throws ValidationException on a currency mismatch or overflow
   */
  public Money minus(Money other) {
    return of(currency, amount - checked(other).amount);
  }

  /**
   * Returns this amount times a finite factor.
   *
   * @param factor the factor
   * @return {@code this * factor}
   * @throws ValidationException if the factor or the product is not finite
   */
  public Money times(double factor) {
    Check.finite(factor, "factor", "");
    return of(currency, amount * factor);
  }

  /**
   * Returns this amount divided by a finite, non-zero divisor.
   *
   * @param divisor the divisor
   * @return {@code this / divisor}
   * @throws ValidationException if the divisor is zero or not finite
   */
  public Money dividedBy(double divisor) {
    Check.finite(divisor, "divisor", "");
    Check.that(divisor != 0, "divisor", "0", "must not be 0");
    return of(currency, amount / divisor);
  }

  /**
   * Returns the ratio of two amounts in the same currency.
   *
   * @param other a non-zero amount in the same currency
   * @return {@code this / other}
   */
  public double ratio(Money other) {
    checked(other);
    Check.that(other.amount != 0, "other", other.toString(), "must not be 0");
    return amount / other.amount;
  }

  /** Returns the amount rounded half-even to the currency's minor unit (cents for USD). */
  public BigDecimal rounded() {
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    return BigDecimal.valueOf(amount).setScale(digits, RoundingMode.HALF_EVEN);
  }

  /** Returns true when the amount is exactly zero. */
  public boolean isZero() {
    return amount == 0;
  }

  /**
   * Compares amounts.
   *
   * @throws IllegalArgumentException on a currency mismatch
   */
  @Override
  public int compareTo(Money other) {
    Preconditions.checkArgument(
        other.currency.equals(currency), "currency mismatch: %s vs %s", currency, other.currency);
    return Double.compare(amount, other.amount);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Money
        && ((Money) o).currency.equals(currency)
        && Double.compare(((Money) o).amount, amount) == 0;
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + Double.hashCode(amount);
  }

  /** Returns e.g. {@code "USD 25000.00"}, independent of the default locale. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + rounded().toPlainString();
  }
}
