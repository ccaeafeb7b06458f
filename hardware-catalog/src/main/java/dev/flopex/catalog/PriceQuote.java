package dev.flopex.catalog;

import dev.flopex.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The price of a new unit of a part on a date, and how it was read off the part's dated
 * new-purchase prices ({@link Part#newPrice}):
 *
 * <ul>
 *   <li>{@link Rule#AT_POINT}: a price is dated on that day (or its month or year);
 *   <li>{@link Rule#INTERPOLATED}: between two dated prices, geometrically ({@code p1 (p2 / p1)^((d
 *       - t1) / (t2 - t1))});
 *   <li>{@link Rule#DECLINED_AFTER_LAST}: after the last dated price, that price falling at the
 *       part's {@link PriceTrend#newPriceDeclinePerYear()} ({@code p (1 - d)^years});
 *   <li>{@link Rule#BEFORE_FIRST}: before the first dated price, that price unchanged (flopex does
 *       not extrapolate prices backwards to dates when the part may not have been on sale).
 * </ul>
 *
 * <p>When several prices carry the same date (two estimates for two sales channels), the first
 * listed in the catalog is used by every rule.
 *
 * @since 0.2
 */
@Value.Immutable
public interface PriceQuote {

  /** How a quote was derived from the dated points. */
  enum Rule {
    /** A price is dated on the purchase date. */
    AT_POINT,
    /** Geometric interpolation between the nearest earlier and later prices. */
    INTERPOLATED,
    /** The last dated price, declined at the part's new-price trend. */
    DECLINED_AFTER_LAST,
    /** The first dated price, for a purchase before it. */
    BEFORE_FIRST
  }

  /** Returns the price per unit on {@link #date()}. */
  Money price();

  /** Returns the purchase date. */
  LocalDate date();

  /** Returns the dated price the quote starts from (the earlier one when interpolating). */
  PricePoint from();

  /** Returns the later dated price, when interpolating. */
  Optional<PricePoint> to();

  /** Returns how the price was derived. */
  Rule rule();

  /** Returns the trend applied after the last point. */
  PriceTrend trend();

  /** Returns the years between {@link #date()} and the nearest dated price (0 at a point). */
  double yearsFromNearestPoint();

  /**
   * Returns the rule in words, e.g. "USD 27500 (2023-08, street) declined at 27.6 %/year
   * (epoch-fallback) for the 1.6 years since 2023-08-01". The years run from the start of the
   * point's month (or year); {@link #yearsFromNearestPoint()} runs from its end, so it can be 0.1
   * smaller.
   */
  String explanation();

  /** Returns a new builder. */
  static ImmutablePriceQuote.Builder builder() {
    return ImmutablePriceQuote.builder();
  }
}
