package dev.flopex.costing;

import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A named, sourced model assumption. The unit is part of the name; each key knows the range its
 * values must lie in. Every default lives in an {@link AssumptionSet} with its source
 * ({@code docs/assumptions.md}); every value can be overridden.
 *
 * @since 0.1
 */
public enum AssumptionKey {
  /** Electricity price, USD per kWh drawn from the grid (facility power, after PUE). */
  ELECTRICITY_USD_PER_KWH("electricity_usd_per_kwh", "USD/kWh", Range.NON_NEGATIVE),
  /** Power usage effectiveness: facility power / IT power. */
  PUE("pue", "", Range.AT_LEAST_ONE),
  /** Colocation rent, USD per contracted kW of critical IT per month (0 when the facility is owned). */
  COLOCATION_USD_PER_KW_MONTH("colocation_usd_per_kw_month", "USD/kW-month", Range.NON_NEGATIVE),
  /** Cost to build a facility, USD per MW of critical IT capacity. */
  FACILITY_BUILD_USD_PER_MW("facility_build_usd_per_mw", "USD/MW", Range.NON_NEGATIVE),
  /** Depreciation life of an owned facility. */
  FACILITY_LIFE_YEARS("facility_life_years", "years", Range.LIFE),
  /** Useful (depreciation) life of servers. */
  SERVER_USEFUL_LIFE_YEARS("server_useful_life_years", "years", Range.LIFE),
  /** Useful life of network equipment, optics and storage. */
  NETWORK_USEFUL_LIFE_YEARS("network_useful_life_years", "years", Range.LIFE),
  /** Cost of capital (discount rate), per year, as a fraction (0.08 = 8%). */
  COST_OF_CAPITAL("cost_of_capital", "/year", Range.ABOVE_MINUS_ONE),
  /** Hardware maintenance and support, per year, as a fraction of hardware CapEx. */
  MAINTENANCE_FRACTION_OF_CAPEX_PER_YEAR("maintenance_fraction_of_capex_per_year", "/year", Range.UNIT_INTERVAL),
  /** Software licences, USD per GPU per year. */
  SOFTWARE_USD_PER_GPU_YEAR("software_usd_per_gpu_year", "USD/GPU-year", Range.NON_NEGATIVE),
  /** Operations staff, USD per MW of critical IT per year. */
  STAFF_USD_PER_MW_YEAR("staff_usd_per_mw_year", "USD/MW-year", Range.NON_NEGATIVE),
  /** Insurance, per year, as a fraction of CapEx. */
  INSURANCE_FRACTION_OF_CAPEX_PER_YEAR("insurance_fraction_of_capex_per_year", "/year", Range.UNIT_INTERVAL),
  /** Installation and integration, as a fraction of hardware CapEx. */
  INSTALLATION_FRACTION_OF_CAPEX("installation_fraction_of_capex", "", Range.UNIT_INTERVAL),
  /** Spare parts and spare servers, as a fraction of hardware CapEx. */
  SPARES_FRACTION_OF_CAPEX("spares_fraction_of_capex", "", Range.UNIT_INTERVAL),
  /** Average GPU power draw as a fraction of TDP. */
  GPU_LOAD_FACTOR("gpu_load_factor", "", Range.FRACTION),
  /** Non-GPU server power as a fraction of GPU power, used when a system has no max-power figure. */
  SERVER_OVERHEAD_FRACTION("server_overhead_fraction", "", Range.NON_NEGATIVE),
  /** Yearly escalation of operating costs, as a fraction (0.02 = 2%/year). */
  OPEX_ESCALATION_PER_YEAR("opex_escalation_per_year", "/year", Range.ABOVE_MINUS_ONE),
  /** Resale value at the end of the useful life, as a fraction of the purchase price. */
  RESIDUAL_VALUE_FRACTION("residual_value_fraction", "", Range.UNIT_INTERVAL),
  /** Power a rack can deliver and cool, kW. */
  RACK_POWER_DENSITY_KW("rack_power_density_kw", "kW", Range.POSITIVE),
  /** Shared storage per GPU, TB (decimal). */
  STORAGE_TB_PER_GPU("storage_tb_per_gpu", "TB", Range.NON_NEGATIVE),
  /** Price of shared storage, USD per TB (decimal) of usable capacity. */
  STORAGE_USD_PER_TB("storage_usd_per_tb", "USD/TB", Range.NON_NEGATIVE);

  /** The range a value must lie in. */
  enum Range {
    NON_NEGATIVE,
    POSITIVE,
    AT_LEAST_ONE,
    ABOVE_MINUS_ONE,
    UNIT_INTERVAL,
    FRACTION,
    LIFE
  }

  /** The longest life accepted, in years (no equipment or building is depreciated longer). */
  public static final double MAX_LIFE_YEARS = 100;

  private final String key;
  private final String unit;
  private final Range range;

  AssumptionKey(String key, String unit, Range range) {
    this.key = key;
    this.unit = unit;
    this.range = range;
  }

  /** Returns the key used in files, e.g. {@code electricity_usd_per_kwh}. */
  public String key() {
    return key;
  }

  /** Returns the unit, e.g. {@code USD/kWh}; empty for dimensionless values. */
  public String unit() {
    return unit;
  }

  /**
   * Checks that {@code value} is allowed for this key.
   *
   * @param value the value
   * @return {@code value}
   * @throws ValidationException e.g. "pue must be >= 1 but was 0.9"
   */
  public double check(double value) {
    switch (range) {
      case NON_NEGATIVE:
        return Check.nonNegative(value, key, unit);
      case POSITIVE:
        return Check.positive(value, key, unit);
      case AT_LEAST_ONE:
        return Check.atLeast(value, 1, key, unit);
      case ABOVE_MINUS_ONE:
        return Check.greaterThan(value, -1, key, unit);
      case UNIT_INTERVAL:
        return Check.inClosedRange(value, 0, 1, key, unit);
      case LIFE:
        Check.positive(value, key, unit);
        return Check.inClosedRange(value, 0, MAX_LIFE_YEARS, key, unit);
      default:
        return Check.fraction(value, key);
    }
  }

  /**
   * Finds a key by its file name.
   *
   * @param key e.g. {@code pue}
   * @return the key
   * @throws ValidationException naming the known keys
   */
  public static AssumptionKey fromKey(String key) {
    String k = key.strip().toLowerCase(Locale.ROOT);
    for (AssumptionKey a : values()) {
      if (a.key.equals(k)) {
        return a;
      }
    }
    throw new ValidationException("assumption", "'" + key + "'",
        "must be one of " + Arrays.stream(values()).map(AssumptionKey::key).collect(Collectors.joining(", ")));
  }
}
