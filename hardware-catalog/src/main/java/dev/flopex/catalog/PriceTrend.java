package dev.flopex.catalog;

import dev.flopex.core.provenance.Confidence;
import dev.flopex.core.provenance.PartialDate;
import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.provenance.Source;
import dev.flopex.core.provenance.SourceKind;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.validation.Check;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * How the prices of a part's generation move with time, as two sourced yearly decline rates:
 *
 * <ul>
 *   <li>{@link #resaleDeclinePerYear()}: the fraction of its market value a unit loses each year of
 *       age (economic depreciation, from used and resale prices and rental declines); a unit bought
 *       for {@code P} is worth {@code P (1 - d)^t} after {@code t} years;
 *   <li>{@link #newPriceDeclinePerYear()}: how fast the price of a new unit falls after its last
 *       dated new-purchase price ({@link Part#newPrice}).
 * </ul>
 *
 * <p>Trends come from the catalog's {@code price-trends.yaml}, one per accelerator generation and
 * part family; a part without one uses {@link #EPOCH_FALLBACK}: Epoch AI's 0.14 orders of magnitude
 * per year (the decline of ML GPU price-performance), a value loss of {@code 1 - 10^-0.14 = 27.6 %}
 * a year. Sources and fits: {@code docs/catalog.md}, section "Prices in time".
 *
 * @since 0.2
 */
@Value.Immutable
public interface PriceTrend {

  /** Epoch AI's decline of ML GPU price-performance, 0.14 orders of magnitude per year. */
  double EPOCH_OOM_PER_YEAR = 0.14;

  /** The documented fallback: Epoch AI's 0.14 orders of magnitude per year, for both rates. */
  PriceTrend EPOCH_FALLBACK = epochFallback();

  /** Returns the trend's id, e.g. {@code hopper} or {@code epoch-fallback}. */
  String id();

  /** Returns the fraction of market value lost per year of age, in [0, 1). */
  Sourced<Double> resaleDeclinePerYear();

  /** Returns the yearly fall of the new-unit price after its last dated price, in [0, 1). */
  Sourced<Double> newPriceDeclinePerYear();

  /** Returns true for {@link #EPOCH_FALLBACK}: the part's generation has no sourced curve. */
  @Value.Default
  default boolean fallback() {
    return false;
  }

  /**
   * Returns the fraction of its price a unit is worth after {@code years} of age, {@code (1 -
   * resaleDecline)^years}.
   *
   * @param years the age, {@code >= 0}
   * @return the fraction, in (0, 1]
   */
  default double valueFraction(double years) {
    Check.nonNegative(years, "years", "years");
    return Math.pow(1 - resaleDeclinePerYear().value(), years);
  }

  /** Checks both rates are in [0, 1). */
  @Value.Check
  default void check() {
    Check.identifier(id(), "price_trend.id");
    Check.inHalfOpenRange(
        resaleDeclinePerYear().value(), 0, 1, id() + ".resale_decline_per_year", "/year");
    Check.inHalfOpenRange(
        newPriceDeclinePerYear().value(), 0, 1, id() + ".new_price_decline_per_year", "/year");
  }

  /** Returns a new builder. */
  static ImmutablePriceTrend.Builder builder() {
    return ImmutablePriceTrend.builder();
  }

  private static PriceTrend epochFallback() {
    Source epoch =
        Source.builder()
            .id("cottier-2024-rising-costs-arxiv")
            .title(
                "The rising costs of training frontier AI models (Cottier et al.), arXiv:2405.21015: hardware value"
                    + " depreciated by ML GPU price-performance progress, 0.14 orders of magnitude per year")
            .publisher("Epoch AI / arXiv")
            .url("https://arxiv.org/abs/2405.21015")
            .published(PartialDate.parse("2024-05"))
            .read(LocalDate.of(2026, 11, 28))
            .kind(SourceKind.WHITEPAPER)
            .build();
    double d = 1 - Math.pow(10, -EPOCH_OOM_PER_YEAR);
    Provenance p =
        Provenance.of(
            epoch,
            Confidence.LOW,
            "fallback for parts without a sourced curve: 1 - 10^-0.14 = "
                + Check.format(Math.round(d * 1e4) / 1e4)
                + " of value per year");
    return builder()
        .id("epoch-fallback")
        .resaleDeclinePerYear(Sourced.of(d, p))
        .newPriceDeclinePerYear(Sourced.of(d, p))
        .fallback(true)
        .build();
  }
}
