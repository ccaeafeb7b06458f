package dev.flopex.costing;

/**
 * A fleet result that scenarios, sensitivity and Monte Carlo analyses report on.
 *
 * @since 0.1
 */
public enum Output {
  /** TCO over the horizon, USD. */
  TCO("tco_usd"),
  /** NPV of costs, USD. */
  NPV_OF_COSTS("npv_of_costs_usd"),
  /** CapEx, USD. */
  CAPEX("capex_usd"),
  /** Year-1 operating cost, USD. */
  OPEX_YEAR1("opex_year1_usd"),
  /** Cost per GPU-hour used, USD. */
  COST_PER_GPU_HOUR("cost_per_gpu_hour_usd");

  private final String key;

  Output(String key) {
    this.key = key;
  }

  /** Returns the key with its unit, e.g. {@code tco_usd}. */
  public String key() {
    return key;
  }

  /**
   * Returns a label for people, e.g. {@code cost per GPU-hour}.
   *
   * @since 0.1
   */
  public String label() {
    switch (this) {
      case TCO:
        return "TCO";
      case NPV_OF_COSTS:
        return "NPV of costs";
      case CAPEX:
        return "CapEx";
      case OPEX_YEAR1:
        return "year-1 OpEx";
      default:
        return "cost per GPU-hour";
    }
  }

  /**
   * Returns the unit, {@code USD} or {@code USD/GPU-h}.
   *
   * @since 0.1
   */
  public String unit() {
    return this == COST_PER_GPU_HOUR ? "USD/GPU-h" : "USD";
  }

  /** Reads this output from a fleet evaluation. */
  double of(CompiledFleet.Evaluation e) {
    switch (this) {
      case TCO:
        return e.tco();
      case NPV_OF_COSTS:
        return e.npvOfCosts();
      case CAPEX:
        return e.capex();
      case OPEX_YEAR1:
        return e.opexYear1();
      default:
        return e.costPerGpuHour();
    }
  }
}
