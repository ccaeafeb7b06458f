package dev.flopex.report;

import org.immutables.value.Value;

/**
 * A labelled line across a {@link Chart}'s value axis, e.g. the base case of a tornado or the 5th
 * percentile of a histogram.
 *
 * @since 0.1
 */
@Value.Immutable
public interface ChartMarker {

  /** Returns the label, e.g. {@code P95}. */
  @Value.Parameter
  String label();

  /** Returns the value on the value axis, in the chart's value unit. */
  @Value.Parameter
  double value();

  /** Returns a marker. */
  static ChartMarker of(String label, double value) {
    return ImmutableChartMarker.of(label, value);
  }
}
