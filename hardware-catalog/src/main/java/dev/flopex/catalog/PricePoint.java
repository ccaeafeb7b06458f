package dev.flopex.catalog;

import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.PartialDate;
import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.validation.Check;
import org.immutables.value.Value;

/**
 * A price as of a date: the unit price of one part, what kind of price it is ({@link #basis()}:
 * list, street, used, cloud...), what one unit buys ({@link #unit()}: a GPU, a system, a rack), the
 * market it was observed in ({@link #region()}), a description in the source's words, and where it
 * came from. Prices are estimates and usually carry low or medium confidence.
 *
 * @since 0.1
 */
@Value.Immutable
public interface PricePoint {

  /** Returns the unit price. */
  Money price();

  /** Returns the date the price applies to. */
  PartialDate asOf();

  /**
   * Returns what kind of price it is.
   *
   * @since 0.2
   */
  PriceBasis basis();

  /**
   * Returns what one unit of the price buys.
   *
   * @since 0.2
   */
  PriceUnit unit();

  /**
   * Returns the market the price was observed in, e.g. {@code US}, {@code CN} or {@code global}.
   *
   * @since 0.2
   */
  String region();

  /** Returns what the price is, in the source's words, e.g. "street price per GPU (new)". */
  String description();

  /** Returns where it came from. */
  Provenance provenance();

  /**
   * Returns the name of the overlay file that added this price on top of earlier catalog data
   * ({@link CatalogLoader#overlay}); empty for the built-in data and for prices built in code.
   *
   * @since 0.4
   */
  java.util.Optional<String> overlay();

  /** Checks the price is positive and the unit fits the basis. */
  @Value.Check
  default void check() {
    Check.positive(price().amount(), "price", price().currency().getCurrencyCode());
    Check.notBlank(description(), "description");
    Check.notBlank(region(), "region");
    boolean hourly = unit() == PriceUnit.PER_GPU_HOUR || unit() == PriceUnit.PER_INSTANCE_HOUR;
    Check.that(
        basis().isRental() == hourly,
        "unit",
        unit().key(),
        basis().isRental()
            ? "must be per-gpu-hour or per-instance-hour for a " + basis().key() + " price"
            : "must not be hourly for a "
                + basis().key()
                + " price (rental prices are cloud-on-demand or cloud-reserved)");
  }

  /** Returns a new builder. */
  static ImmutablePricePoint.Builder builder() {
    return ImmutablePricePoint.builder();
  }
}
