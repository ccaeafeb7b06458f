package dev.flopex.catalog;

import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.PartialDate;
import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.validation.Check;
import org.immutables.value.Value;

/**
 * A price as of a date: the unit price of one part, what the price means ({@link #basis()}, e.g.
 * "street price per GPU") and where it came from. Prices are estimates and usually carry low or
 * medium confidence.
 *
 * @since 0.1
 */
@Value.Immutable
public interface PricePoint {

  /** Returns the unit price. */
  Money price();

  /** Returns the date the price applies to. */
  PartialDate asOf();

  /** Returns what the price is: list price, street price, per GPU or per server. */
  String basis();

  /** Returns where it came from. */
  Provenance provenance();

  /** Checks the price is positive. */
  @Value.Check
  default void check() {
    Check.positive(price().amount(), "price", price().currency().getCurrencyCode());
    Check.notBlank(basis(), "basis");
  }

  /** Returns a new builder. */
  static ImmutablePricePoint.Builder builder() {
    return ImmutablePricePoint.builder();
  }
}
