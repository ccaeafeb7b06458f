package dev.flopex.costing.economics;

import dev.flopex.core.money.Money;
import dev.flopex.core.validation.Check;
import org.immutables.value.Value;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.FinancialTerms;

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

  /** Returns the rental price per GPU-hour sold in year 1 ({@code >= 0}), in the cluster's currency. */
  Money pricePerGpuHour();

  /** Returns the share of GPU-hours sold, in (0, 1]. Independent of the cluster terms' utilisation. */
  double utilisation();

  /** Returns the yearly change of the rental price ({@code > -1}); 0 by default. Rental prices of a GPU generation tend to fall. */
  @Value.Default
  default double priceChangePerYear() {
    return 0;
  }

  /**
   * Returns the discount rate for the NPV and the capital charge, in (0, 1); by default the WACC the
   * cluster was costed at, so that the break-even price equals the cluster's economic cost per
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
    Check.that(pricePerGpuHour().currency().equals(cluster().capexTotal().currency()), "pricePerGpuHour.currency", cur,
        "must be the cluster's currency " + cluster().capexTotal().currency().getCurrencyCode() + " (flopex does not convert)");
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
    return builder().cluster(cluster).pricePerGpuHour(pricePerGpuHour).utilisation(utilisation).build();
  }

  /** Returns a new builder. */
  static ImmutableRentalTerms.Builder builder() {
    return ImmutableRentalTerms.builder();
  }
}
