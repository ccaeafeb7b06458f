package dev.flopex.catalog.exportcontrol;

import dev.flopex.core.validation.ValidationException;

/**
 * How a {@link ThresholdTest} compares a metric with its threshold, spelled in the rules file as
 * {@code >=, >, <, <=, ==} or {@code in} (a list of named products).
 *
 * @since 0.4
 */
public enum Operator {
  /** The value is at least the threshold ({@code >=}). */
  AT_LEAST(">="),
  /** The value is above the threshold ({@code >}). */
  ABOVE(">"),
  /** The value is below the threshold ({@code <}). */
  BELOW("<"),
  /** The value is at most the threshold ({@code <=}). */
  AT_MOST("<="),
  /** The value equals the threshold ({@code ==}; used for the yes/no datacenter test). */
  EQUALS("=="),
  /** The part is one of the named products ({@code in}; only with {@link Metric#SKU}). */
  IN("in");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  /** Returns the symbol used in the rules file and in explanations, e.g. {@code >=}. */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns whether {@code value} passes this comparison with {@code threshold}.
   *
   * @param value the metric's value
   * @param threshold the threshold
   * @return the result
   * @throws IllegalStateException for {@link #IN}, which compares no numbers
   */
  public boolean test(double value, double threshold) {
    switch (this) {
      case AT_LEAST:
        return value >= threshold;
      case ABOVE:
        return value > threshold;
      case BELOW:
        return value < threshold;
      case AT_MOST:
        return value <= threshold;
      case EQUALS:
        return value == threshold;
      default:
        throw new IllegalStateException("operator 'in' compares no numbers");
    }
  }

  /**
   * Finds an operator by its symbol.
   *
   * @param symbol e.g. {@code >=}
   * @return the operator
   * @throws ValidationException naming the known symbols
   */
  public static Operator fromSymbol(String symbol) {
    for (Operator o : values()) {
      if (o.symbol.equals(symbol.strip())) {
        return o;
      }
    }
    throw new ValidationException("op", "'" + symbol + "'", "must be one of >=, >, <, <=, ==, in");
  }
}
