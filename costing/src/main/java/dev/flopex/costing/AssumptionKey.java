package dev.flopex.costing;

import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A named, sourced model assumption. The unit is part of the name; each key knows the range its
 * values must lie in and where its default comes from ({@link #scope()}): an operator's {@link
 * AssumptionSet}, the cluster's {@link Region}, or the catalog's price-decline curve for the
 * cluster's accelerator generation. Every value can be overridden, each override with its own
 * provenance. Sources of every default: {@code docs/assumptions.md} and {@code docs/regions.md}.
 *
 * @since 0.1
 */
public enum AssumptionKey {
  // ------------------------------------------------------------------ site (from the region)
  /** Electricity price, USD per kWh drawn from the grid (facility power, after PUE). */
  ELECTRICITY_USD_PER_KWH("electricity_usd_per_kwh", "USD/kWh", Range.NON_NEGATIVE, Scope.SITE),
  /** Power usage effectiveness: facility power / IT power. */
  PUE("pue", "", Range.PUE, Scope.SITE),
  /**
   * Colocation rent, USD per contracted kW of critical IT per month: the region's wholesale or
   * retail rate, as the site's {@link Facility} says.
   */
  COLOCATION_USD_PER_KW_MONTH(
      "colocation_usd_per_kw_month", "USD/kW-month", Range.NON_NEGATIVE, Scope.SITE),
  /** Cost to build a facility, USD per MW of critical IT capacity (owned sites). */
  FACILITY_BUILD_USD_PER_MW("facility_build_usd_per_mw", "USD/MW", Range.NON_NEGATIVE, Scope.SITE),
  /** Customs duty on imported hardware, as a fraction of its price. */
  IMPORT_DUTY_FRACTION("import_duty_fraction", "", Range.UNIT_INTERVAL, Scope.SITE),
  /**
   * Sales tax or VAT on hardware that a business buyer cannot recover, as a fraction of its price.
   */
  SALES_TAX_FRACTION("sales_tax_fraction", "", Range.UNIT_INTERVAL, Scope.SITE),
  // ------------------------------------------------------------------ hardware (from the catalog)
  /**
   * Fraction of its market value hardware loses each year: the economic depreciation of the
   * cluster's accelerator generation, from the catalog's sourced price-decline curve (or Epoch AI's
   * 0.14 orders of magnitude per year where the generation has none). Value after {@code t} years =
   * price x (1 - decline)^t.
   */
  RESALE_DECLINE_PER_YEAR("resale_decline_per_year", "/year", Range.DECLINE, Scope.HARDWARE),
  // ------------------------------------------------------------------ operator (assumption set)
  /** Share of the capital raised as equity, E/V; debt is the rest. */
  EQUITY_SHARE("equity_share", "", Range.UNIT_INTERVAL, Scope.OPERATOR),
  /** Cost of equity, per year, as a fraction (0.12 = 12 %). */
  COST_OF_EQUITY("cost_of_equity", "/year", Range.RATE, Scope.OPERATOR),
  /** Pre-tax cost of debt, per year, as a fraction. */
  COST_OF_DEBT("cost_of_debt", "/year", Range.RATE_OR_ZERO, Scope.OPERATOR),
  /** Marginal income-tax rate (interest is deductible), as a fraction. */
  TAX_RATE("tax_rate", "", Range.RATE_OR_ZERO, Scope.OPERATOR),
  /** Depreciation life of an owned facility (book), and the life over which its value falls. */
  FACILITY_LIFE_YEARS("facility_life_years", "years", Range.LIFE, Scope.OPERATOR),
  /** Useful (book depreciation) life of servers, installation and spares. */
  SERVER_USEFUL_LIFE_YEARS("server_useful_life_years", "years", Range.LIFE, Scope.OPERATOR),
  /** Useful (book depreciation) life of network equipment, optics and storage. */
  NETWORK_USEFUL_LIFE_YEARS("network_useful_life_years", "years", Range.LIFE, Scope.OPERATOR),
  /** Years of vendor warranty and support included in the hardware price. */
  WARRANTY_YEARS("warranty_years", "years", Range.YEARS, Scope.OPERATOR),
  /** Maintenance and support after the warranty, per year, as a fraction of hardware CapEx. */
  MAINTENANCE_FRACTION_OF_CAPEX_PER_YEAR(
      "maintenance_fraction_of_capex_per_year", "/year", Range.UNIT_INTERVAL, Scope.OPERATOR),
  /** Software licences, USD per GPU per year. */
  SOFTWARE_USD_PER_GPU_YEAR(
      "software_usd_per_gpu_year", "USD/GPU-year", Range.NON_NEGATIVE, Scope.OPERATOR),
  /** Operations staff (fully loaded), USD per MW of contracted critical IT per year. */
  STAFF_USD_PER_MW_YEAR("staff_usd_per_mw_year", "USD/MW-year", Range.NON_NEGATIVE, Scope.OPERATOR),
  /**
   * Facility staff (mechanical, electrical, security) an owned site adds, USD per MW-year; a rented
   * site pays them in its rent.
   */
  FACILITY_STAFF_USD_PER_MW_YEAR(
      "facility_staff_usd_per_mw_year", "USD/MW-year", Range.NON_NEGATIVE, Scope.OPERATOR),
  /**
   * Insurance premium, per year, as a fraction of the insured (market) value at the start of the
   * year.
   */
  INSURANCE_FRACTION_OF_VALUE_PER_YEAR(
      "insurance_fraction_of_value_per_year", "/year", Range.UNIT_INTERVAL, Scope.OPERATOR),
  /** Installation and integration, as a fraction of hardware CapEx. */
  INSTALLATION_FRACTION_OF_CAPEX(
      "installation_fraction_of_capex", "", Range.UNIT_INTERVAL, Scope.OPERATOR),
  /** Spare parts and spare servers, as a fraction of hardware CapEx. */
  SPARES_FRACTION_OF_CAPEX("spares_fraction_of_capex", "", Range.UNIT_INTERVAL, Scope.OPERATOR),
  /** Power of an idle server (GPUs and the rest) as a fraction of its maximum. */
  IDLE_POWER_FRACTION("idle_power_fraction", "", Range.UNIT_INTERVAL, Scope.OPERATOR),
  /** Average power of a busy server as a fraction of its maximum (>= the idle fraction). */
  BUSY_POWER_FRACTION("busy_power_fraction", "", Range.FRACTION, Scope.OPERATOR),
  /**
   * Non-GPU server power as a fraction of GPU power, used when a system has no max-power figure.
   */
  SERVER_OVERHEAD_FRACTION("server_overhead_fraction", "", Range.NON_NEGATIVE, Scope.OPERATOR),
  /** Yearly escalation of operating costs other than insurance, as a fraction (0.02 = 2 %/year). */
  OPEX_ESCALATION_PER_YEAR("opex_escalation_per_year", "/year", Range.ESCALATION, Scope.OPERATOR),
  /** Power a rack can deliver and cool, kW. */
  RACK_POWER_DENSITY_KW("rack_power_density_kw", "kW", Range.POSITIVE, Scope.OPERATOR),
  /** Shared storage per GPU, TB (decimal), usable. */
  STORAGE_TB_PER_GPU("storage_tb_per_gpu", "TB", Range.NON_NEGATIVE, Scope.OPERATOR),
  /**
   * Price of shared storage systems (controllers, media, software), USD per usable TB (decimal).
   */
  STORAGE_USD_PER_TB("storage_usd_per_tb", "USD/TB", Range.NON_NEGATIVE, Scope.OPERATOR),
  /** Power of shared storage systems, W per usable TB (decimal). */
  STORAGE_W_PER_TB("storage_w_per_tb", "W/TB", Range.NON_NEGATIVE, Scope.OPERATOR),
  /** Unexpected job interruptions per million GPU-hours (hardware and software failures). */
  INTERRUPTIONS_PER_MILLION_GPU_HOURS(
      "interruptions_per_million_gpu_hours",
      "/million GPU-hours",
      Range.NON_NEGATIVE,
      Scope.OPERATOR),
  /** Time a job stops to write a checkpoint, minutes. */
  CHECKPOINT_WRITE_MINUTES("checkpoint_write_minutes", "min", Range.NON_NEGATIVE, Scope.OPERATOR),
  /**
   * Time from an interruption until the job computes again (detection, restart, reload), minutes.
   */
  RESTART_MINUTES("restart_minutes", "min", Range.NON_NEGATIVE, Scope.OPERATOR),
  /** Share of the cluster's GPUs held as hot spares, doing no work. */
  HOT_SPARE_FRACTION("hot_spare_fraction", "", Range.BELOW_ONE, Scope.OPERATOR),
  /**
   * The largest synchronous job the cluster runs, GPUs: goodput is computed for a job on the
   * smaller of this and the cluster's working GPUs.
   */
  MAX_JOB_GPUS("max_job_gpus", "GPUs", Range.POSITIVE, Scope.OPERATOR);

  /** Where a key's default value comes from. */
  public enum Scope {
    /** The operator's {@link AssumptionSet}, which must define it. */
    OPERATOR,
    /** The cluster's {@link Region}; an assumption set or a cluster may override it. */
    SITE,
    /**
     * The catalog's data for the cluster's hardware; an assumption set or a cluster may override
     * it.
     */
    HARDWARE
  }

  /** The range a value must lie in. */
  enum Range {
    NON_NEGATIVE,
    POSITIVE,
    PUE,
    ESCALATION,
    UNIT_INTERVAL,
    BELOW_ONE,
    DECLINE,
    RATE,
    RATE_OR_ZERO,
    FRACTION,
    LIFE,
    YEARS
  }

  /** The longest life accepted, in years (no equipment or building is depreciated longer). */
  public static final double MAX_LIFE_YEARS = 100;

  /** The largest PUE accepted: a facility that draws ten times its IT load is a data error. */
  public static final double MAX_PUE = 10;

  private final String key;
  private final String unit;
  private final Range range;
  private final Scope scope;

  private final double lowest;
  private final double highest;

  AssumptionKey(String key, String unit, Range range, Scope scope) {
    this.key = key;
    this.unit = unit;
    this.range = range;
    this.scope = scope;
    double[] b = bounds(range);
    this.lowest = b[0];
    this.highest = b[1];
  }

  /** The smallest and largest value {@link #check} accepts (open bounds as their next double). */
  private static double[] bounds(Range range) {
    switch (range) {
      case NON_NEGATIVE:
        return new double[] {0, MAX_VALUE};
      case POSITIVE:
        return new double[] {Double.MIN_VALUE, MAX_VALUE};
      case PUE:
        return new double[] {1, MAX_PUE};
      case ESCALATION:
        return new double[] {Math.nextUp(-1.0), Math.nextDown(1.0)};
      case UNIT_INTERVAL:
        return new double[] {0, 1};
      case BELOW_ONE:
      case DECLINE:
      case RATE_OR_ZERO:
        return new double[] {0, Math.nextDown(1.0)};
      case RATE:
        return new double[] {Double.MIN_VALUE, Math.nextDown(1.0)};
      case LIFE:
        return new double[] {Double.MIN_VALUE, MAX_LIFE_YEARS};
      case YEARS:
        return new double[] {0, MAX_LIFE_YEARS};
      default:
        return new double[] {Double.MIN_VALUE, 1};
    }
  }

  /**
   * Whether {@link #check} accepts {@code value}: the same rule, as a test that neither throws nor
   * allocates (the compiled kernel tests every value of every evaluation with it, and calls {@link
   * #check} only for the message of a value it refuses).
   *
   * @param value the value
   * @return {@code true} if {@code check(value)} returns normally
   * @since 0.2
   */
  public boolean accepts(double value) {
    return value >= lowest && value <= highest;
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
   * Returns where the default value comes from.
   *
   * @return the scope
   * @since 0.2
   */
  public Scope scope() {
    return scope;
  }

  /**
   * Returns the rule a value must satisfy, as text, e.g. {@code "in [0, 1]"} or {@code ">= 1"}.
   *
   * @return the rule
   * @since 0.2
   */
  public String rule() {
    switch (range) {
      case NON_NEGATIVE:
        return ">= 0";
      case POSITIVE:
        return "> 0";
      case PUE:
        return "in [1, " + Check.format(MAX_PUE) + "]";
      case ESCALATION:
        return "in (-1, 1)";
      case UNIT_INTERVAL:
        return "in [0, 1]";
      case BELOW_ONE:
      case DECLINE:
      case RATE_OR_ZERO:
        return "in [0, 1)";
      case RATE:
        return "in (0, 1)";
      case LIFE:
        return "in (0, " + Check.format(MAX_LIFE_YEARS) + "]";
      case YEARS:
        return "in [0, " + Check.format(MAX_LIFE_YEARS) + "]";
      default:
        return "in (0, 1]";
    }
  }

  /**
   * Checks that {@code value} is allowed for this key. Rates and fractions are fractions: a cost of
   * equity of 12 is refused with the hint "did you mean 0.12?".
   *
   * @param value the value
   * @return {@code value}
   * @throws ValidationException e.g. "pue must be in [1, 10] but was 0.9"
   */
  public double check(double value) {
    // no lambdas here: the kernel checks every value of every evaluation, and must not allocate
    try {
      switch (range) {
        case NON_NEGATIVE:
          return notHuge(Check.nonNegative(value, key, unit));
        case POSITIVE:
          return notHuge(Check.positive(value, key, unit));
        case PUE:
          return Check.inClosedRange(value, 1, MAX_PUE, key, unit);
        case ESCALATION:
          return Check.inOpenRange(value, -1, 1, key, unit);
        case UNIT_INTERVAL:
          return Check.inClosedRange(value, 0, 1, key, unit);
        case BELOW_ONE:
        case DECLINE:
        case RATE_OR_ZERO:
          return Check.inHalfOpenRange(value, 0, 1, key, unit);
        case RATE:
          return Check.inOpenRange(value, 0, 1, key, unit);
        case LIFE:
          Check.positive(value, key, unit);
          return Check.inClosedRange(value, 0, MAX_LIFE_YEARS, key, unit);
        case YEARS:
          return Check.inClosedRange(value, 0, MAX_LIFE_YEARS, key, unit);
        default:
          return Check.fraction(value, key);
      }
    } catch (ValidationException e) {
      throw hinted(value, e);
    }
  }

  /**
   * The largest value any assumption may take: none comes near it, and beyond it costs overflow to
   * Infinity.
   */
  public static final double MAX_VALUE = 1e15;

  private double notHuge(double value) {
    if (value > MAX_VALUE) {
      throw new ValidationException(
          key,
          Check.format(value, unit),
          "must be at most 1e15 (larger values overflow the costs they enter)");
    }
    return value;
  }

  /**
   * A fraction or rate that looks like a percentage (11 for 11 %) gets the hint "did you mean
   * 0.11?".
   */
  private ValidationException hinted(double value, ValidationException e) {
    boolean fraction =
        range == Range.ESCALATION
            || range == Range.UNIT_INTERVAL
            || range == Range.BELOW_ONE
            || range == Range.DECLINE
            || range == Range.RATE_OR_ZERO
            || range == Range.RATE
            || range == Range.FRACTION;
    if (fraction && Double.isFinite(value) && value > 1 && value <= 100) {
      return new ValidationException(
          key,
          e.value().orElse(null),
          e.rule() + " (a fraction: did you mean " + Check.format(value / 100) + "?)");
    }
    return e;
  }

  /**
   * Finds a key by its file name.
   *
   * @param key e.g. {@code pue}
   * @return the key
   * @throws ValidationException naming the known keys, with the closest first when one is close
   */
  public static AssumptionKey fromKey(String key) {
    String k = key.strip().toLowerCase(Locale.ROOT);
    for (AssumptionKey a : values()) {
      if (a.key.equals(k)) {
        return a;
      }
    }
    String hint = Removed.hint(k);
    java.util.List<String> keys =
        Arrays.stream(values()).map(AssumptionKey::key).collect(Collectors.toList());
    throw new ValidationException(
        "assumption",
        "'" + key + "'",
        (hint.isEmpty() ? "" : hint + "; it ")
            + "must be one of "
            + String.join(", ", keys)
            + (hint.isEmpty() ? dev.flopex.core.validation.Suggestions.didYouMean(key, keys) : ""));
  }

  /** Keys of earlier versions, and what replaced them. */
  private static final class Removed {
    static String hint(String k) {
      switch (k) {
        case "cost_of_capital":
          return "cost_of_capital was replaced by the WACC's parts (equity_share, cost_of_equity, cost_of_debt, tax_rate)";
        case "residual_value_fraction":
          return "residual_value_fraction was replaced by resale_decline_per_year (value after t years = price x (1 - decline)^t)";
        case "gpu_load_factor":
          return "gpu_load_factor was replaced by idle_power_fraction and busy_power_fraction (power follows utilisation)";
        case "insurance_fraction_of_capex_per_year":
          return "insurance_fraction_of_capex_per_year was replaced by insurance_fraction_of_value_per_year (charged on the falling insured value)";
        default:
          return "";
      }
    }
  }
}
