package dev.flopex.core.random;

import dev.flopex.core.validation.Check;
import java.util.Arrays;
import org.apache.datasketches.quantilescommon.DoublesSortedView;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SampleSummary} streamed by {@link StreamingAccumulator}: exact moments and extremes,
 * percentiles and histogram counts from the sorted view of a KLL sketch. Immutable (the sorted view
 * is a copy of the sketch's retained values and weights).
 */
final class StreamingStatistics implements SampleSummary {
  private final long count;
  private final double mean;
  private final double standardDeviation;
  private final double min;
  private final double max;
  private final DoublesSortedView view;
  private final PercentileMethod method;

  StreamingStatistics(Moments m, DoublesSortedView view, PercentileMethod method) {
    this.count = m.count;
    this.mean = m.mean();
    this.standardDeviation = m.standardDeviation();
    this.min = m.min;
    this.max = m.max;
    this.view = view;
    this.method = method;
  }

  @Override
  public long count() {
    return count;
  }

  @Override
  public double mean() {
    return mean;
  }

  private void checkTwo(String what) {
    if (count < 2) {
      throw new IllegalStateException(what + " needs count >= 2 but count was 1");
    }
  }

  @Override
  public double standardDeviation() {
    checkTwo("standardDeviation");
    return standardDeviation;
  }

  @Override
  public double min() {
    return min;
  }

  @Override
  public double max() {
    return max;
  }

  /** The sketch's quantile at fraction {@code p}: the exact extremes at 0 and 1. */
  private double quantile(double p) {
    if (p <= 0) {
      return min;
    }
    if (p >= 1) {
      return max;
    }
    double q = view.getQuantile(p, QuantileSearchCriteria.INCLUSIVE);
    return Math.max(min, Math.min(max, q));
  }

  @Override
  public double percentile(double p) {
    Check.inClosedRange(p, 0, 1, "p", "");
    return quantile(p);
  }

  /**
   * Bins with counts estimated from the sketch: the number of values below each interior edge is
   * the sketch's rank of the edge (exclusive) times n, rounded; a bin's count is the difference of
   * its edges' counts, so the counts are non-negative and sum to n.
   */
  @Override
  public Histogram histogram(int bins) {
    Check.positive(bins, "bins");
    Check.that(
        bins <= SampleStatistics.MAX_BINS,
        "bins",
        Integer.toString(bins),
        "must be <= " + SampleStatistics.MAX_BINS);
    double[] edges = Histogram.edges(min, max, bins);
    long[] counts = new long[bins];
    long below = 0;
    for (int i = 0; i < bins; i++) {
      long upTo =
          i == bins - 1
              ? count
              : Math.max(
                  below,
                  Math.min(
                      count,
                      Math.round(
                          view.getRank(edges[i + 1], QuantileSearchCriteria.EXCLUSIVE) * count)));
      counts[i] = upTo - below;
      below = upTo;
    }
    return Histogram.of(edges, counts);
  }

  @Override
  public Histogram histogram() {
    double iqr = quantile(0.75) - quantile(0.25);
    double range = max - min;
    if (!(iqr > 0) || !(range > 0)) {
      return histogram(SampleStatistics.sturgesBins(count));
    }
    double width = 2 * iqr / Math.cbrt(count);
    double bins = Math.ceil(range / width);
    return histogram((int) Math.max(1, Math.min(SampleStatistics.MAX_AUTO_BINS, bins)));
  }

  @Override
  public PercentileMethod percentileMethod() {
    return method;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof StreamingStatistics)) {
      return false;
    }
    StreamingStatistics s = (StreamingStatistics) o;
    return s.count == count
        && Double.compare(s.mean, mean) == 0
        && Double.compare(s.standardDeviation, standardDeviation) == 0
        && Double.compare(s.min, min) == 0
        && Double.compare(s.max, max) == 0
        && s.method.equals(method)
        && Arrays.equals(s.view.getQuantiles(), view.getQuantiles())
        && Arrays.equals(s.view.getCumulativeWeights(), view.getCumulativeWeights());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new double[] {count, mean, standardDeviation, min, max});
  }

  @Override
  public String toString() {
    return "StreamingStatistics{count="
        + count
        + ", mean="
        + Check.format(mean)
        + (count > 1 ? ", sd=" + Check.format(standardDeviation) : "")
        + ", min="
        + Check.format(min)
        + ", p5="
        + Check.format(p5())
        + ", p50="
        + Check.format(p50())
        + ", p95="
        + Check.format(p95())
        + ", max="
        + Check.format(max)
        + ", percentiles: "
        + method.describe()
        + "}";
  }
}
