package dev.flopex.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What every catalog entry has: an identifier, aliases, a vendor, a name and dated prices.
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

  /** Returns dated price estimates, oldest first. */
  List<PricePoint> prices();

  /**
   * Returns the most recent price dated on or before {@code date}: the price a buyer would have
   * used on that day.
   *
   * @param date the purchase date
   * @return the price, or empty when no price is dated on or before {@code date}
   */
  default Optional<PricePoint> priceAsOf(LocalDate date) {
    return prices().stream()
        .filter(p -> !p.asOf().start().isAfter(date))
        .max(Comparator.comparing(PricePoint::asOf));
  }

  /** Returns the most recent price, if any. */
  default Optional<PricePoint> latestPrice() {
    return prices().stream().max(Comparator.comparing(PricePoint::asOf));
  }
}
