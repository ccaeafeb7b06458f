package dev.flopex.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What every catalog entry has: an identifier, aliases, a vendor, a name, dated prices and the
 * price trend of its generation.
 *
 * @since 0.1
 */
public interface Part {

  /** Returns the stable identifier, e.g. {@code h100-sxm5}. */
  String id();

  /** Returns other names the part is looked up by, e.g. {@code "H100"}. */
  List<String> aliases();

  /** Returns the vendor, e.g. {@code NVIDIA}. */
  String vendor();

  /** Returns the full name. */
  String name();

  /**
   * Returns the part's dated lifecycle, oldest first: when it was announced, sampled, shipped,
   * cancelled or ended, each with its source. Empty when the catalog records none.
   *
   * @since 0.3
   */
  List<StatusChange> statusHistory();

  /**
   * Returns the latest lifecycle status recorded, if any.
   *
   * @since 0.3
   */
  default Optional<StatusChange> status() {
    List<StatusChange> h = statusHistory();
    return h.isEmpty() ? Optional.empty() : Optional.of(h.get(h.size() - 1));
  }

  /**
   * Returns the lifecycle status in force on {@code date}: the last change whose date starts on or
   * before it.
   *
   * @param date the date
   * @return the status then, or empty when none was recorded by that date
   * @since 0.3
   */
  default Optional<StatusChange> statusOn(LocalDate date) {
    StatusChange out = null;
    for (StatusChange c : statusHistory()) {
      if (!c.date().start().isAfter(date)) {
        out = c;
      }
    }
    return Optional.ofNullable(out);
  }

  /** Returns dated prices of every basis (new, used, rental), oldest first. */
  List<PricePoint> prices();

  /**
   * Returns how the prices of the part's generation move with time; {@link
   * PriceTrend#EPOCH_FALLBACK} when the catalog has no sourced curve for it.
   *
   * @since 0.2
   */
  @Value.Default
  default PriceTrend priceTrend() {
    return PriceTrend.EPOCH_FALLBACK;
  }

  /**
   * Returns the price of a new unit bought on {@code date}, read off the part's new-purchase prices
   * (list, street, negotiated, estimate; never used or rental prices) by the rules of {@link
   * PriceQuote}: the price dated that day, geometric interpolation between two dated prices, the
   * last price declining at the part's {@link #priceTrend()} after it, or the first price before
   * it.
   *
   * @param date the purchase date
   * @return the quote, or empty when the part has no new-purchase price
   * @since 0.2
   */
  default Optional<PriceQuote> newPrice(LocalDate date) {
    return PriceTimeline.quote(this, date, PriceBasis::isNewPurchase);
  }

  /**
   * Returns the price of a new unit bought on {@code date} as {@link #newPrice(LocalDate)} does,
   * but read only off new-purchase prices per {@code unit}, so that a part priced both per GPU and
   * per system (or per rack) is never interpolated across the two, and prices of different parts
   * compare like for like (e.g. $/TFLOP of accelerators from {@link PriceUnit#PER_GPU} prices).
   *
   * @param date the purchase date
   * @param unit what one unit of the price buys
   * @return the quote, or empty when the part has no new-purchase price per {@code unit}
   * @since 0.4
   */
  default Optional<PriceQuote> newPrice(LocalDate date, PriceUnit unit) {
    return PriceTimeline.quoteOf(this, date, p -> p.basis().isNewPurchase() && p.unit() == unit);
  }

  /**
   * Returns the price of a used unit on {@code date}, read off the part's {@link PriceBasis#USED}
   * prices by the same rules as {@link #newPrice}.
   *
   * @param date the date
   * @return the quote, or empty when the part has no used price
   * @since 0.2
   */
  default Optional<PriceQuote> usedPrice(LocalDate date) {
    return PriceTimeline.quote(this, date, b -> b == PriceBasis.USED);
  }

  /** Returns the most recent price of any basis, if any (for display; check its basis). */
  default Optional<PricePoint> latestPrice() {
    return prices().stream().max(Comparator.comparing(PricePoint::asOf));
  }

  /**
   * Returns the most recent new-purchase price, if any, of whatever unit (check {@link
   * PricePoint#unit()}; to compare parts use {@link #latestNewPrice(PriceUnit)}).
   *
   * @since 0.2
   */
  default Optional<PricePoint> latestNewPrice() {
    return prices().stream()
        .filter(p -> p.basis().isNewPurchase())
        .max(Comparator.comparing(PricePoint::asOf));
  }

  /**
   * Returns the most recent new-purchase price (list, street, negotiated or estimate; never used or
   * rental) per {@code unit}, if any: the like-for-like price for comparing parts, e.g. {@code
   * latestNewPrice(PriceUnit.PER_GPU)} for accelerators. Points dated alike: the first listed.
   *
   * @param unit what one unit of the price buys
   * @return the price point, or empty when the part has no new-purchase price per {@code unit}
   * @since 0.4
   */
  default Optional<PricePoint> latestNewPrice(PriceUnit unit) {
    PricePoint best = null;
    for (PricePoint p : prices()) {
      if (p.basis().isNewPurchase()
          && p.unit() == unit
          && (best == null || p.asOf().compareTo(best.asOf()) > 0)) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }
}
