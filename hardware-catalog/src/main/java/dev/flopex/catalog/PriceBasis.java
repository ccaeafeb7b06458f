package dev.flopex.catalog;

import java.util.Locale;

/**
 * What a price is: a new-purchase price (list, street, negotiated, or an analyst's estimate of a
 * sale price), a used price, or a cloud rental price. New and used prices never share a timeline: a
 * cluster bought new is priced only from new-purchase points ({@link Part#newPrice}).
 *
 * @since 0.2
 */
public enum PriceBasis {
  /** The vendor's published list price. */
  LIST,
  /** A dealer's, reseller's or distributor's price to an end customer (street price). */
  STREET,
  /** A price agreed in a real deal (a quote, a contract). */
  NEGOTIATED,
  /** An analyst's or journalist's estimate of the price buyers pay for new units. */
  ESTIMATE,
  /** A secondary-market price for a used unit. */
  USED,
  /** A cloud provider's on-demand rental price. */
  CLOUD_ON_DEMAND,
  /** A cloud provider's reserved or committed-use rental price. */
  CLOUD_RESERVED;

  /** Returns true for prices of new units bought outright: list, street, negotiated, estimate. */
  public boolean isNewPurchase() {
    return this == LIST || this == STREET || this == NEGOTIATED || this == ESTIMATE;
  }

  /** Returns true for rental prices. */
  public boolean isRental() {
    return this == CLOUD_ON_DEMAND || this == CLOUD_RESERVED;
  }

  /** Returns the spelling in data files, e.g. {@code cloud-on-demand}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
