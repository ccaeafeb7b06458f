package dev.flopex.costing;

/**
 * What a result's numbers mean, in one line per basis: which basis the headline is on (economic, at
 * which WACC, which residual value, which region and facility, which price basis), and what the
 * accounting figures include (book lives, financing, and the book value a short horizon keeps).
 * Every output flopex writes prints these lines next to the numbers.
 *
 * @since 0.2
 */
public interface CostBasis {

  /**
   * Returns the headline's basis, e.g. "economic: costs at WACC 9.4 %/year (hyperscaler: 95 %
   * equity at 9.64 %, 5 % debt at 5.07 % before 21 % tax); hardware kept at 31.6 % of its price
   * after 3 years (hopper, 31.9 %/year); site us-virginia colocation-wholesale; new-purchase prices
   * as of 2024-09-01".
   */
  String headline();

  /**
   * Returns the accounting figures' basis, e.g. "accounting: straight-line to zero over 6 years
   * (servers) and 6 (network), cash; book value kept after 3 years USD 104,600,000 (50 % of CapEx),
   * so the book TCO is below CapEx".
   */
  String accounting();
}
