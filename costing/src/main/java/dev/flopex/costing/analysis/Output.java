package dev.flopex.costing.analysis;

import dev.flopex.core.validation.Suggestions;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.CompiledFleet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fleet result that scenarios, sensitivity and Monte Carlo analyses report on. The default is the
 * headline, {@link #COST_PER_GPU_HOUR} (economic basis); the accounting TCO is named as such.
 *
 * @since 0.1
 */
public enum Output {
  /** The economic cost per GPU-hour used, USD/GPU-h: the headline. */
  COST_PER_GPU_HOUR("cost_per_gpu_hour_usd"),
  /**
   * The economic cost per useful GPU-hour (after goodput), USD/GPU-h.
   *
   * @since 0.2
   */
  COST_PER_USEFUL_GPU_HOUR("cost_per_useful_gpu_hour_usd"),
  /**
   * The economic cost over the horizon (level annual cost x horizon), USD.
   *
   * @since 0.2
   */
  ECONOMIC_COST("economic_cost_usd"),
  /** The present value of costs at the WACC, net of the market value kept, USD. */
  NPV_OF_COSTS("npv_of_costs_usd"),
  /**
   * The accounting (book) TCO over the horizon, USD.
   *
   * @since 0.2
   */
  ACCOUNTING_TCO("accounting_tco_usd"),
  /** CapEx, USD. */
  CAPEX("capex_usd"),
  /** Year-1 operating cost, USD. */
  OPEX_YEAR1("opex_year1_usd");

  private final String key;

  Output(String key) {
    this.key = key;
  }

  /** Returns the key used in JSON and CSV output, e.g. {@code cost_per_gpu_hour_usd}. */
  public String key() {
    return key;
  }

  /**
   * Returns the spelling in fleet files and options, e.g. {@code cost_per_gpu_hour}.
   *
   * @since 0.2
   */
  public String fileKey() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Finds an output by its file spelling.
   *
   * @param name e.g. {@code accounting_tco}
   * @return the output
   * @throws ValidationException naming the known outputs; {@code tco} is refused as ambiguous
   * @since 0.2
   */
  public static Output fromKey(String name) {
    String k = name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    List<String> keys = new ArrayList<>();
    for (Output o : values()) {
      keys.add(o.fileKey());
      if (o.fileKey().equals(k)) {
        return o;
      }
    }
    String hint =
        k.equals("tco")
            ? "tco is ambiguous: use economic_cost (the economic basis, the headline) or accounting_tco (book depreciation and interest); it "
            : "";
    throw new ValidationException(
        "output",
        "'" + name + "'",
        hint
            + "must be one of "
            + String.join(", ", keys)
            + (hint.isEmpty() ? Suggestions.didYouMean(name, keys) : ""));
  }

  /**
   * Returns a label for people, e.g. {@code cost per GPU-hour}.
   *
   * @since 0.1
   */
  public String label() {
    switch (this) {
      case COST_PER_USEFUL_GPU_HOUR:
        return "cost per useful GPU-hour";
      case ECONOMIC_COST:
        return "economic cost";
      case NPV_OF_COSTS:
        return "present value of costs";
      case ACCOUNTING_TCO:
        return "accounting TCO";
      case CAPEX:
        return "CapEx";
      case OPEX_YEAR1:
        return "year-1 OpEx";
      default:
        return "cost per GPU-hour";
    }
  }

  /**
   * Returns true for the per-GPU-hour outputs.
   *
   * @since 0.2
   */
  public boolean perGpuHour() {
    return this == COST_PER_GPU_HOUR || this == COST_PER_USEFUL_GPU_HOUR;
  }

  /**
   * Returns the unit, {@code USD} or {@code USD/GPU-h}.
   *
   * @since 0.1
   */
  public String unit() {
    return perGpuHour() ? "USD/GPU-h" : "USD";
  }

  /**
   * Returns this output's value in an evaluation of a compiled fleet.
   *
   * @param e the evaluation
   * @return the value, in {@link #unit()}
   */
  public double of(CompiledFleet.Evaluation e) {
    switch (this) {
      case COST_PER_USEFUL_GPU_HOUR:
        return e.costPerUsefulGpuHour();
      case ECONOMIC_COST:
        return e.economicCost();
      case NPV_OF_COSTS:
        return e.npvOfCosts();
      case ACCOUNTING_TCO:
        return e.accountingTco();
      case CAPEX:
        return e.capex();
      case OPEX_YEAR1:
        return e.opexYear1();
      default:
        return e.costPerGpuHour();
    }
  }
}
