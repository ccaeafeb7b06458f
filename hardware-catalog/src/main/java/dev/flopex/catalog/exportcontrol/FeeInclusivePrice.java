package dev.flopex.catalog.exportcontrol;

import dev.flopex.catalog.PricePoint;
import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.Confidence;
import dev.flopex.core.provenance.Provenance;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A chip's procurement price with a US export fee added, and the basis in words: which fee, under
 * which rule, and the pass-through assumption. Made by {@link Decision#feeInclusivePrice}; the
 * price a costing model should use for a buyer the rule covers, e.g. as a price override with
 * {@link #asPricePoint}.
 *
 * @since 0.3
 */
@Value.Immutable
public interface FeeInclusivePrice {

  /** Returns the catalog id of the chip. */
  String sku();

  /** Returns the id of the rule whose classification carries the fee. */
  String ruleId();

  /** Returns the fee. */
  ExportFee fee();

  /** Returns the pass-through assumption. */
  PassThrough passThrough();

  /** Returns the price without the fee. */
  Money basePrice();

  /** Returns the price with the share of the fee the buyer bears ({@link ExportFee#buyerPrice}). */
  Money price();

  /** Returns {@code price / basePrice - 1}, e.g. 0.25. */
  default double uplift() {
    return price().ratio(basePrice()) - 1;
  }

  /** Returns the lower of the fee's confidence and the pass-through assumption's. */
  default Confidence confidence() {
    return fee().confidence().compareTo(passThrough().confidence()) >= 0
        ? fee().confidence()
        : passThrough().confidence();
  }

  /**
   * Returns the basis in words, e.g. "h200-sxm price includes the 25% US share collected as a duty
   * on the US import value (us-2026-01, fee h200-band-sec232-duty-25pct; assumed passed through in
   * full to the buyer; customs value taken as the pre-fee price; low confidence)".
   */
  default String basis() {
    String what =
        fee().base() == ExportFee.Base.SALE_REVENUE
            ? "the " + fee().percent() + " US revenue share"
            : "the " + fee().percent() + " US share collected as a duty on the US import value";
    String how =
        fee().base() == ExportFee.Base.SALE_REVENUE
            ? (passThrough().fraction() > 0
                ? "; grossed up so that the share is paid out of the price charged"
                : "")
            : "; customs value taken as the pre-fee price";
    return sku()
        + " price includes "
        + what
        + " ("
        + ruleId()
        + ", fee "
        + fee().id()
        + "; "
        + passThrough().basis()
        + how
        + "; "
        + confidence().name().toLowerCase(Locale.ROOT)
        + " confidence)";
  }

  /**
   * Returns {@code base} with this price, for use as a sourced price override: the same date,
   * basis, unit and region, the description marked as fee-inclusive, and provenance citing the
   * fee's primary source at {@link #confidence()} with the basis and the original price's source in
   * the note.
   *
   * @param base the catalog price point the fee is added to (its price should be {@link
   *     #basePrice()})
   * @return the fee-inclusive price point
   */
  default PricePoint asPricePoint(PricePoint base) {
    String was =
        "pre-fee price "
            + base.price()
            + " from "
            + base.provenance().source().id()
            + " ("
            + base.provenance().confidence().name().toLowerCase(Locale.ROOT)
            + ")";
    return PricePoint.builder()
        .price(base.price().times(price().ratio(basePrice())))
        .asOf(base.asOf())
        .basis(base.basis())
        .unit(base.unit())
        .region(base.region())
        .description(base.description() + ", including the US export fee")
        .provenance(Provenance.of(fee().sources().get(0), confidence(), basis() + "; " + was))
        .build();
  }

  /** Checks the base price is positive and the price is no lower. */
  @Value.Check
  default void check() {
    dev.flopex.core.validation.Check.that(
        price().compareTo(basePrice()) >= 0,
        "price",
        price().toString(),
        "must not be below the base price " + basePrice());
  }

  /** Returns a new builder. */
  static ImmutableFeeInclusivePrice.Builder builder() {
    return ImmutableFeeInclusivePrice.builder();
  }
}
