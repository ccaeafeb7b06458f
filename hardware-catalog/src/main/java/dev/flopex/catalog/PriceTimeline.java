package dev.flopex.catalog;

import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.PartialDate;
import dev.flopex.core.validation.Check;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** The rules of {@link PriceQuote}: reading a price for a date off a part's dated prices. */
final class PriceTimeline {
  /** Days in a year, as Epoch AI and flopex's date arithmetic count them. */
  static final double DAYS_PER_YEAR = 365.25;

  private PriceTimeline() {}

  static double years(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) / DAYS_PER_YEAR;
  }

  static Optional<PriceQuote> quote(Part part, LocalDate date, Predicate<PriceBasis> basis) {
    return quoteOf(part, date, p -> basis.test(p.basis()));
  }

  /** Quotes from the price points that pass {@code use} (e.g. new-purchase points of one unit). */
  static Optional<PriceQuote> quoteOf(Part part, LocalDate date, Predicate<PricePoint> use) {
    // several prices dated alike (two estimates for two channels): the first listed is used, in
    // every rule, so a date inside that month and a date after it read the same point
    List<PricePoint> points = new ArrayList<>();
    java.util.Set<PartialDate> dates = new java.util.HashSet<>();
    for (PricePoint p : part.prices()) {
      if (use.test(p) && dates.add(p.asOf())) {
        points.add(p);
      }
    }
    if (points.isEmpty()) {
      return Optional.empty();
    }
    points.sort(Comparator.comparing(PricePoint::asOf));
    PriceTrend trend = part.priceTrend();
    ImmutablePriceQuote.Builder q = PriceQuote.builder().date(date).trend(trend);
    PricePoint first = points.get(0);
    PricePoint last = points.get(points.size() - 1);
    // a point "covers" a date inside its own month or year
    for (PricePoint p : points) {
      if (!date.isBefore(p.asOf().start()) && !date.isAfter(p.asOf().end())) {
        return Optional.of(
            q.price(p.price())
                .from(p)
                .rule(PriceQuote.Rule.AT_POINT)
                .yearsFromNearestPoint(0)
                .explanation(describe(p))
                .build());
      }
    }
    if (date.isBefore(first.asOf().start())) {
      double y = years(date, first.asOf().start());
      return Optional.of(
          q.price(first.price())
              .from(first)
              .rule(PriceQuote.Rule.BEFORE_FIRST)
              .yearsFromNearestPoint(y)
              .explanation(
                  describe(first)
                      + ", the first dated price, "
                      + Check.format(round(y))
                      + " years after the purchase")
              .build());
    }
    if (date.isAfter(last.asOf().end())) {
      double y = years(last.asOf().start(), date);
      double d = trend.newPriceDeclinePerYear().value();
      double price = last.price().amount() * Math.pow(1 - d, y);
      return Optional.of(
          q.price(Money.of(last.price().currency(), price))
              .from(last)
              .rule(PriceQuote.Rule.DECLINED_AFTER_LAST)
              .yearsFromNearestPoint(years(last.asOf().end(), date))
              .explanation(
                  describe(last)
                      + " declined at "
                      + percent(d)
                      + "/year ("
                      + trend.id()
                      + ") for the "
                      + Check.format(round(y))
                      + " years since "
                      + last.asOf().start())
              .build());
    }
    PricePoint before = first;
    PricePoint after = last;
    for (PricePoint p : points) {
      if (p.asOf().end().isBefore(date)) {
        before = p;
      } else if (p.asOf().start().isAfter(date)) {
        after = p;
        break;
      }
    }
    double span = years(before.asOf().start(), after.asOf().start());
    double t = years(before.asOf().start(), date) / span;
    double p1 = before.price().amount();
    double p2 = after.price().amount();
    double price = p1 * Math.pow(p2 / p1, t);
    double nearest = Math.min(years(before.asOf().end(), date), years(date, after.asOf().start()));
    return Optional.of(
        q.price(Money.of(before.price().currency(), price))
            .from(before)
            .to(after)
            .rule(PriceQuote.Rule.INTERPOLATED)
            .yearsFromNearestPoint(nearest)
            .explanation(
                "geometric interpolation between " + describe(before) + " and " + describe(after))
            .build());
  }

  private static double round(double years) {
    return Math.round(years * 10) / 10.0;
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
  }

  static String describe(PricePoint p) {
    return p.price().currency().getCurrencyCode()
        + " "
        + Check.format(Math.round(p.price().amount()))
        + " ("
        + p.asOf()
        + ", "
        + p.basis().key()
        + ")";
  }
}
