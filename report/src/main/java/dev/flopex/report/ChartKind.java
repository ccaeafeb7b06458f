package dev.flopex.report;

/**
 * How a {@link Chart}'s rows and columns are drawn.
 *
 * @since 0.1
 */
public enum ChartKind {
  /**
   * Stacked bars: one bar per row (the category axis), one stacked segment per value column (the
   * legend). Used for CapEx by component (stacked by cluster), OpEx by year (stacked by component)
   * and scenario comparisons (stacked by component).
   */
  STACKED_BARS,
  /**
   * A waterfall: one column of values; each row but the last is a step added to the running total,
   * and the last row is the total, which must equal the sum of the steps.
   */
  WATERFALL,
  /**
   * A tornado: per row (an input) two columns, the output with the input at its low value and at
   * its high value, drawn as bars from the base output (a {@link ChartMarker}) to each.
   */
  TORNADO,
  /**
   * A histogram: per row (a bin) three columns, the bin's lower edge, upper edge and count; markers
   * (percentiles, mean) are drawn as vertical lines on the value axis.
   */
  HISTOGRAM
}
