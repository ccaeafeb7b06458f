package dev.flopex.catalog.exportcontrol;

import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.Confidence;
import dev.flopex.core.provenance.Source;
import dev.flopex.core.validation.Check;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A payment to the US government that a licence or a measure attaches to exports of a
 * classification, e.g. the reported 15% of H20 / MI308 China revenue (August 2025) or the 25%
 * Section 232 duty on H200-band chips imported into the United States for the testing that the
 * January 2026 licence policy requires. Typed data with its own effective dates, sources and
 * confidence, read from {@code export-control-rules.yaml} ({@code fees:}).
 *
 * <p>Who bears the fee in the end is not part of the fee: the payer named here pays the US
 * government; how much of it reaches the buyer's price is an assumption the caller states with a
 * {@link PassThrough} (see {@link #buyerPrice}).
 *
 * @since 0.3
 */
@Value.Immutable
public interface ExportFee {

  /** What the fraction is a fraction of. */
  enum Base {
    /** A share of the exporter's revenue from the sale to the buyer (H20 / MI308, August 2025). */
    SALE_REVENUE,
    /**
     * A duty on the customs value of the chip when it is imported into the United States (the
     * Section 232 duty of January 2026, paid as the chips enter the US for the mandatory testing).
     */
    US_IMPORT_VALUE
  }

  /** Who pays the US government. */
  enum Payer {
    /**
     * The US exporter, i.e. the chip vendor (NVIDIA, AMD), as the licence holder or importer of
     * record.
     */
    EXPORTER,
    /** The foreign buyer. */
    BUYER
  }

  /** Returns the id, e.g. {@code h20-mi308-revenue-share-15pct}. */
  String id();

  /**
   * Returns a one-line description, e.g. "15% of H20 / MI308 China revenue paid to the US
   * government".
   */
  String title();

  /** Returns the fraction, e.g. 0.15 for 15%; strictly between 0 and 1. */
  double fraction();

  /** Returns what the fraction applies to. */
  Base base();

  /** Returns who pays the US government. */
  Payer payer();

  /** Returns the first day the fee applied. */
  LocalDate effectiveFrom();

  /** Returns the last day it applied, if it is known to have ended. */
  Optional<LocalDate> effectiveUntil();

  /** Returns the sources that report it, primary first. */
  List<Source> sources();

  /** Returns the confidence that the fee exists at this fraction and from this date. */
  Confidence confidence();

  /** Returns caveats: whether it is in rule text, how it is collected, what is not verified. */
  String note();

  /**
   * Returns whether the fee applied on {@code date}.
   *
   * @param date the date
   * @return true when {@code effectiveFrom <= date <= effectiveUntil}
   */
  default boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom())
        && effectiveUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  /** Returns the fraction as a percentage for people, e.g. "15%" or "12.5%". */
  default String percent() {
    return Check.format(Math.round(fraction() * 1e6) / 1e4) + "%";
  }

  /**
   * Returns the buyer's price of a chip whose price without the fee is {@code price}, when the
   * buyer bears the share {@code p = passThrough.fraction()} of the fee (fraction {@code s}):
   *
   * <ul>
   *   <li>{@link Base#SALE_REVENUE}: the fee is {@code s} of the price actually charged, so the
   *       price {@code P'} solves {@code P' = P + p s P'}, i.e. {@code P' = P / (1 - p s)} (in
   *       full, {@code P / (1 - s)}: the vendor's net after the share is unchanged);
   *   <li>{@link Base#US_IMPORT_VALUE}: the duty is {@code s} of the customs value at US entry,
   *       taken to be {@code P} (an assumption: the declared value of a chip shipped for testing is
   *       not published), so {@code P' = P (1 + p s)}.
   * </ul>
   *
   * @param price the price without the fee
   * @param passThrough how much of the fee the buyer bears (an assumption, not a fact)
   * @return the buyer's price, in the same currency
   */
  default Money buyerPrice(Money price, PassThrough passThrough) {
    double ps = passThrough.fraction() * fraction();
    return base() == Base.SALE_REVENUE ? price.dividedBy(1 - ps) : price.times(1 + ps);
  }

  /** Checks the id, the fraction, the dates and that there is a source. */
  @Value.Check
  default void check() {
    Check.identifier(id(), "fee.id");
    Check.notBlank(title(), "fee.title");
    Check.inOpenRange(fraction(), 0, 1, "fee.fraction", "");
    Check.that(!sources().isEmpty(), "fee.sources", "[]", "must name at least one source");
    effectiveUntil()
        .ifPresent(
            u ->
                Check.that(
                    !u.isBefore(effectiveFrom()),
                    "fee.effective_until",
                    u.toString(),
                    "must not be before effective_from (" + effectiveFrom() + ")"));
  }

  /** Returns a new builder. */
  static ImmutableExportFee.Builder builder() {
    return ImmutableExportFee.builder();
  }
}
