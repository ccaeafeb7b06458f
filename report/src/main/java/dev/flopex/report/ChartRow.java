package dev.flopex.report;

import java.util.List;
import org.immutables.value.Value;

/**
 * One row of a {@link Chart}'s data: a label on the category axis and one value per value column.
 *
 * @since 0.1
 */
@Value.Immutable
public interface ChartRow {

  /** Returns the label, e.g. {@code SERVERS} or {@code Year 3}. */
  @Value.Parameter
  String label();

  /** Returns the values, one per value column of the chart. */
  @Value.Parameter
  List<Double> values();

  /** Returns a row. */
  static ChartRow of(String label, List<Double> values) {
    return ImmutableChartRow.of(label, values);
  }
}
