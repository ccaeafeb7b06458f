package dev.flopex.costing;

import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.validation.Check;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a site is, and what building and running a data centre there costs: the industrial
 * electricity tariff, wholesale and retail colocation rent, build cost per MW, typical PUE for new
 * builds, customs duty on hardware and sales tax a business cannot recover. Each figure is sourced;
 * a figure no source gave is absent, with the reason in {@link #gaps()}, and a cluster that needs
 * it is refused until it is set. Built-in regions: {@link Regions}; sources in {@code
 * docs/regions.md}.
 *
 * @since 0.2
 */
@Value.Immutable
public interface Region {

  /** Returns the id, e.g. {@code us-virginia}. */
  String id();

  /** Returns a name for people, e.g. "United States, Northern Virginia". */
  String name();

  /** Returns the industrial electricity price, USD/kWh. */
  Optional<Sourced<Double>> electricityUsdPerKwh();

  /** Returns the wholesale colocation rent, USD per kW of critical IT per month. */
  Optional<Sourced<Double>> colocationWholesaleUsdPerKwMonth();

  /** Returns the retail colocation rent, USD per kW of critical IT per month. */
  Optional<Sourced<Double>> colocationRetailUsdPerKwMonth();

  /** Returns the cost to build a data centre, USD per MW of critical IT. */
  Optional<Sourced<Double>> facilityBuildUsdPerMw();

  /** Returns the typical PUE of new builds. */
  Optional<Sourced<Double>> pue();

  /** Returns the customs duty on imported GPU servers, a fraction of their price. */
  Optional<Sourced<Double>> importDutyFraction();

  /** Returns sales tax on hardware that a business cannot recover, a fraction (VAT/GST: 0). */
  Optional<Sourced<Double>> salesTaxFraction();

  /**
   * Returns, for each figure the region lacks, by its file key, what was searched and why it is
   * absent.
   */
  Map<String, String> gaps();

  /**
   * Returns the region's value for a site key at a facility: the colocation key takes the wholesale
   * or retail rent as {@code facility} says.
   *
   * @param key a {@link AssumptionKey.Scope#SITE} key
   * @param facility the site's facility
   * @return the sourced value, or empty when the region has none
   */
  default Optional<Sourced<Double>> value(AssumptionKey key, Facility facility) {
    switch (key) {
      case ELECTRICITY_USD_PER_KWH:
        return electricityUsdPerKwh();
      case PUE:
        return pue();
      case COLOCATION_USD_PER_KW_MONTH:
        return facility == Facility.COLOCATION_RETAIL
            ? colocationRetailUsdPerKwMonth()
            : colocationWholesaleUsdPerKwMonth();
      case FACILITY_BUILD_USD_PER_MW:
        return facilityBuildUsdPerMw();
      case IMPORT_DUTY_FRACTION:
        return importDutyFraction();
      case SALES_TAX_FRACTION:
        return salesTaxFraction();
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns the file key of the region's figure for a site key at a facility, e.g. {@code
   * colocation_retail_usd_per_kw_month}.
   *
   * @param key a site key
   * @param facility the facility
   * @return the key
   */
  static String fileKey(AssumptionKey key, Facility facility) {
    if (key == AssumptionKey.COLOCATION_USD_PER_KW_MONTH) {
      return facility == Facility.COLOCATION_RETAIL
          ? "colocation_retail_usd_per_kw_month"
          : "colocation_wholesale_usd_per_kw_month";
    }
    return key.key();
  }

  /** Checks the id and every value against its key's range. */
  @Value.Check
  default void check() {
    Check.identifier(id(), "region.id");
    Check.notBlank(name(), "region.name");
    electricityUsdPerKwh().ifPresent(v -> AssumptionKey.ELECTRICITY_USD_PER_KWH.check(v.value()));
    colocationWholesaleUsdPerKwMonth()
        .ifPresent(v -> AssumptionKey.COLOCATION_USD_PER_KW_MONTH.check(v.value()));
    colocationRetailUsdPerKwMonth()
        .ifPresent(v -> AssumptionKey.COLOCATION_USD_PER_KW_MONTH.check(v.value()));
    facilityBuildUsdPerMw()
        .ifPresent(v -> AssumptionKey.FACILITY_BUILD_USD_PER_MW.check(v.value()));
    pue().ifPresent(v -> AssumptionKey.PUE.check(v.value()));
    importDutyFraction().ifPresent(v -> AssumptionKey.IMPORT_DUTY_FRACTION.check(v.value()));
    salesTaxFraction().ifPresent(v -> AssumptionKey.SALES_TAX_FRACTION.check(v.value()));
  }

  /** Returns a new builder. */
  static ImmutableRegion.Builder builder() {
    return ImmutableRegion.builder();
  }

  /**
   * Returns a copy with {@code id} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Region withId(String value);

  /**
   * Returns a copy with {@code name} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Region withName(String value);

  /**
   * Returns a copy with {@code electricityUsdPerKwh} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Region withElectricityUsdPerKwh(Sourced<Double> value);

  /**
   * Returns a copy with {@code electricityUsdPerKwh} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  Region withElectricityUsdPerKwh(Optional<? extends Sourced<Double>> optional);

  /**
   * Returns a copy with {@code colocationWholesaleUsdPerKwMonth} replaced, validated like a built
   * value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Region withColocationWholesaleUsdPerKwMonth(Sourced<Double> value);

  /**
   * Returns a copy with {@code colocationWholesaleUsdPerKwMonth} replaced, validated like a built
   * value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  Region withColocationWholesaleUsdPerKwMonth(Optional<? extends Sourced<Double>> optional);

  /**
   * Returns a copy with {@code colocationRetailUsdPerKwMonth} replaced, validated like a built
   * value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Region withColocationRetailUsdPerKwMonth(Sourced<Double> value);

  /**
   * Returns a copy with {@code colocationRetailUsdPerKwMonth} replaced, validated like a built
   * value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  Region withColocationRetailUsdPerKwMonth(Optional<? extends Sourced<Double>> optional);

  /**
   * Returns a copy with {@code facilityBuildUsdPerMw} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Region withFacilityBuildUsdPerMw(Sourced<Double> value);

  /**
   * Returns a copy with {@code facilityBuildUsdPerMw} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  Region withFacilityBuildUsdPerMw(Optional<? extends Sourced<Double>> optional);

  /**
   * Returns a copy with {@code pue} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Region withPue(Sourced<Double> value);

  /**
   * Returns a copy with {@code pue} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  Region withPue(Optional<? extends Sourced<Double>> optional);

  /**
   * Returns a copy with {@code importDutyFraction} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Region withImportDutyFraction(Sourced<Double> value);

  /**
   * Returns a copy with {@code importDutyFraction} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  Region withImportDutyFraction(Optional<? extends Sourced<Double>> optional);

  /**
   * Returns a copy with {@code salesTaxFraction} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  Region withSalesTaxFraction(Sourced<Double> value);

  /**
   * Returns a copy with {@code salesTaxFraction} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  Region withSalesTaxFraction(Optional<? extends Sourced<Double>> optional);

  /**
   * Returns a copy whose {@code gaps} are the given ones, validated like a built value.
   *
   * @param entries the new value
   * @return the copy
   * @since 0.5
   */
  Region withGaps(Map<String, ? extends String> entries);
}
