package dev.flopex.catalog;

import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.Quantity;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Filters for {@link HardwareCatalog#accelerators(Predicate)}; combine them with {@link
 * Predicate#and}.
 *
 * <pre>{@code
 * catalog.accelerators(AcceleratorFilters.vendor("NVIDIA")
 *     .and(AcceleratorFilters.denseAtLeast(Precision.FP8, ComputeRateUnit.TERAFLOP_PER_SECOND.of(1000))));
 * }</pre>
 *
 * @since 0.1
 */
public final class AcceleratorFilters {
  private AcceleratorFilters() {}

  /**
   * Matches the vendor, ignoring case.
   *
   * @param vendor e.g. {@code "nvidia"}
   * @return the filter
   */
  public static Predicate<Accelerator> vendor(String vendor) {
    String v = vendor.strip().toLowerCase(Locale.ROOT);
    return a -> a.vendor().toLowerCase(Locale.ROOT).equals(v);
  }

  /**
   * Matches a dense peak at {@code precision} of at least {@code min}; unknown figures do not
   * match.
   *
   * @param precision the precision
   * @param min the minimum dense rate
   * @return the filter
   */
  public static Predicate<Accelerator> denseAtLeast(
      Precision precision, Quantity<ComputeRateUnit> min) {
    return a -> a.dense(precision).map(d -> d.compareTo(min) >= 0).orElse(false);
  }

  /**
   * Matches memory capacity of at least {@code min} (compared in bytes, so GB and GiB mix safely).
   *
   * @param min the minimum capacity
   * @return the filter
   */
  public static Predicate<Accelerator> memoryAtLeast(Quantity<DataSizeUnit> min) {
    return a -> a.memory().capacity().value().compareTo(min) >= 0;
  }

  /**
   * Matches the market.
   *
   * @param market the market
   * @return the filter
   */
  public static Predicate<Accelerator> market(Market market) {
    return a -> a.market() == market;
  }
}
