package dev.flopex.costing.economics;

import dev.flopex.core.money.Money;
import dev.flopex.core.validation.Check;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.FinancialTerms;
import org.immutables.value.Value;

/**
 * Renting out a costed cluster's GPUs ({@code docs/model.md} §14): a price per GPU-hour, the share
 * of hours sold, an optional yearly price change, and the rate at which the project's cash flows
 * are discounted.
 *
 * <pre>{@code
 * ClusterResult r = engine.evaluate(cluster, FinancialTerms.of(5, 0.8));
 * RentalResult rent = engine.evaluate(RentalTerms.of(r, Money.usd(2.20), 0.7));
 * rent.npv(); rent.irr(); rent.paybackYears();
 * }</pre>
 *
 * @since 0.2
 */
@Value.Immutable
public interface RentalTerms {

  /** Returns the costed cluster; its horizon, CapEx and yearly costs are used. */
  ClusterResult cluster();

  /**
   * Returns the rental price per GPU-hour sold in year 1 ({@code >= 0}), in the cluster's currency.
   */
  Money pricePerGpuHour();

  /**
   * Returns the share of GPU-hours sold, in (0, 1]; by default the utilisation the cluster was
   * costed at ({@code cluster().terms().utilisation()}), so that the break-even price is the
   * cluster's economic cost per GPU-hour. Set it to study selling more or fewer hours than that.
   *
   * @since 0.2 (defaults to the cluster's utilisation since 0.4)
   */
  @Value.Default
  default double utilisation() {
    return cluster().terms().utilisation();
  }

  /**
   * Returns the yearly change of the rental price ({@code > -1}); 0 by default. Rental prices of a
   * GPU generation tend to fall.
   */
  @Value.Default
  default double priceChangePerYear() {
    return 0;
  }

  /**
   * Returns the discount rate for the NPV and the capital charge, in (0, 1); by default the WACC
   * the cluster was costed at, so that the break-even price equals the cluster's economic cost per
   * GPU-hour when the share of hours sold is the cluster's utilisation.
   */
  @Value.Default
  default double costOfCapital() {
    return cluster().economic().wacc();
  }

  /** Checks ranges and currency. */
  @Value.Check
  default void check() {
    String cur = pricePerGpuHour().currency().getCurrencyCode();
    Check.nonNegative(pricePerGpuHour().amount(), "pricePerGpuHour", cur + "/GPU-hour");
    Check.that(
        pricePerGpuHour().currency().equals(cluster().capexTotal().currency()),
        "pricePerGpuHour.currency",
        cur,
        "must be the cluster's currency "
            + cluster().capexTotal().currency().getCurrencyCode()
            + " (flopex does not convert)");
    Check.fraction(utilisation(), "utilisation");
    Check.atLeast(utilisation(), FinancialTerms.MIN_UTILISATION, "utilisation", "");
    Check.greaterThan(priceChangePerYear(), -1, "priceChangePerYear", "/year");
    Check.inOpenRange(costOfCapital(), 0, 1, "costOfCapital", "/year");
  }

  /**
   * Returns terms with no price change, discounted at the cluster's cost of capital.
   *
   * @param cluster the costed cluster
   * @param pricePerGpuHour the price per GPU-hour sold
   * @param utilisation the share of hours sold, in (0, 1]
   * @return the terms
   */
  static RentalTerms of(ClusterResult cluster, Money pricePerGpuHour, double utilisation) {
    return builder()
        .cluster(cluster)
        .pricePerGpuHour(pricePerGpuHour)
        .utilisation(utilisation)
        .build();
  }

  /**
   * Returns terms that follow the cluster's own terms: the share of hours sold is the utilisation
   * the cluster was costed at, no price change, discounted at the cluster's cost of capital.
   *
   * <pre>{@code
   * RentalResult rent = engine.evaluate(RentalTerms.of(engine.evaluate(cluster, terms), Money.usd(2.20)));
   * }</pre>
   *
   * @param cluster the costed cluster
   * @param pricePerGpuHour the price per GPU-hour sold
   * @return the terms
   * @since 0.4
   */
  static RentalTerms of(ClusterResult cluster, Money pricePerGpuHour) {
    return builder().cluster(cluster).pricePerGpuHour(pricePerGpuHour).build();
  }

  /**
   * Returns a copy with another share of GPU-hours sold.
   *
   * @param utilisation the share, in (0, 1]
   * @return the copy
   * @since 0.4
   */
  RentalTerms withUtilisation(double utilisation);

  /**
   * Returns a copy with another rental price.
   *
   * @param pricePerGpuHour the price per GPU-hour sold in year 1
   * @return the copy
   * @since 0.4
   */
  RentalTerms withPricePerGpuHour(Money pricePerGpuHour);

  /**
   * Returns a copy with another yearly price change.
   *
   * @param priceChangePerYear the change, {@code > -1}
   * @return the copy
   * @since 0.4
   */
  RentalTerms withPriceChangePerYear(double priceChangePerYear);

  /**
   * Returns a copy with another discount rate.
   *
   * @param costOfCapital the rate, in (0, 1)
   * @return the copy
   * @since 0.4
   */
  RentalTerms withCostOfCapital(double costOfCapital);

  /** Returns a new builder. */
  static ImmutableRentalTerms.Builder builder() {
    return ImmutableRentalTerms.builder();
  }

  /**
   * Returns a copy with {@code cluster} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  RentalTerms withCluster(ClusterResult value);
}
