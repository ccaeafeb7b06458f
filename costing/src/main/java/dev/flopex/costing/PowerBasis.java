package dev.flopex.costing;

/**
 * What a power budget measures ({@code docs/model.md} §1, "Power-first sizing").
 *
 * <ul>
 *   <li>{@link #UTILITY}: MW the utility delivers to the whole facility, so cooling and power
 *       losses come out of it: critical IT MW = utility MW / PUE.
 *   <li>{@link #CRITICAL_IT}: MW of critical IT load, the figure a colocation contract or a data
 *       centre's "IT capacity" states; PUE does not enter.
 * </ul>
 *
 * <p>Either way the systems counted against the budget draw their contracted critical IT power:
 * systems at maximum power + network + storage ({@link PowerSizing#CONTRACTED_POWER_CONVENTION}).
 *
 * @since 0.3
 */
public enum PowerBasis {
  /** Utility (facility) MW at the meter, PUE included. */
  UTILITY("utility_mw", "utility", "utility (facility) MW, PUE included"),
  /** Critical IT MW, PUE not included. */
  CRITICAL_IT("it_mw", "critical IT", "critical IT MW, PUE not included");

  private final String key;
  private final String label;
  private final String description;

  PowerBasis(String key, String label, String description) {
    this.key = key;
    this.label = label;
    this.description = description;
  }

  /** Returns the spelling in fleet files and messages: {@code utility_mw} or {@code it_mw}. */
  public String key() {
    return key;
  }

  /** Returns a short name for people: {@code utility} or {@code critical IT}. */
  public String label() {
    return label;
  }

  /** Returns what the budget measures, e.g. "utility (facility) MW, PUE included". */
  public String description() {
    return description;
  }

  /**
   * Returns the MW of this basis that {@code contractedItMw} of contracted critical IT power uses:
   * contracted x PUE for {@link #UTILITY}, contracted for {@link #CRITICAL_IT}.
   *
   * @param contractedItMw contracted critical IT power, MW
   * @param pue the site's PUE
   * @return MW counted against a budget of this basis
   */
  public double used(double contractedItMw, double pue) {
    return this == UTILITY ? contractedItMw * pue : contractedItMw;
  }
}
