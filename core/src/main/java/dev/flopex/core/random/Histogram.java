package dev.flopex.core.random;

import com.google.common.base.Preconditions;
import dev.flopex.core.validation.Check;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Counts of samples in equal-width bins between the smallest and largest sample. Bin {@code i}
 * holds the samples in {@code [edge(i), edge(i + 1))}; the last bin also holds its upper edge, the
 * maximum. When every sample is equal the range is widened to {@code [v - 0.5, v + 0.5]}, as NumPy
 * does. Immutable and thread-safe; built by {@link SampleSummary#histogram(int)} and {@link
 * SampleSummary#histogram()}. The counts are exact when the summary's percentiles are ({@link
 * PercentileMethod#isExact()}); from a quantile sketch they are estimates, each bin's count within
 * twice the sketch's rank error times the number of samples, still summing to it.
 *
 * @since 0.1
 */
public final class Histogram {
  private final double[] edges;
  private final long[] counts;

  private Histogram(double[] edges, long[] counts) {
    this.edges = edges;
    this.counts = counts;
  }

  /** Bins sorted, finite samples into {@code bins} equal-width bins. */
  static Histogram of(double[] sorted, int bins) {
    double[] edges = edges(sorted[0], sorted[sorted.length - 1], bins);
    long[] counts = new long[bins];
    int b = 0;
    for (double x : sorted) {
      while (b < bins - 1 && x >= edges[b + 1]) {
        b++;
      }
      counts[b]++;
    }
    return new Histogram(edges, counts);
  }

  /**
   * Bins from already computed edges ({@link #edges}) and counts, one per bin; takes ownership of
   * both arrays.
   */
  static Histogram of(double[] edges, long[] counts) {
    return new Histogram(edges, counts);
  }

  /**
   * The {@code bins + 1} non-decreasing edges of {@code bins} equal-width bins from {@code lo} to
   * {@code hi} (widened to {@code [v - 0.5, v + 0.5]} when they are equal).
   */
  static double[] edges(double lo, double hi, int bins) {
    if (lo == hi) {
      lo -= 0.5;
      hi += 0.5;
    }
    double[] edges = new double[bins + 1];
    double width = (hi - lo) / bins;
    for (int i = 0; i <= bins; i++) {
      double e;
      if (i == bins) {
        e = hi;
      } else if (Double.isFinite(width)) {
        e = lo + i * width;
      } else {
        double f = (double) i / bins;
        e = lo * (1 - f) + hi * f;
      }
      edges[i] = i == 0 ? lo : Math.max(edges[i - 1], Math.min(hi, e));
    }
    return edges;
  }

  /**
   * Returns the number of bins.
   *
   * @return at least 1
   */
  public int binCount() {
    return counts.length;
  }

  /**
   * Returns the inclusive lower edge of a bin.
   *
   * @param bin the bin, {@code 0 <= bin < binCount()}
   * @return the edge
   * @throws IndexOutOfBoundsException if {@code bin} is out of range
   */
  public double lowerEdge(int bin) {
    Preconditions.checkElementIndex(bin, counts.length, "bin");
    return edges[bin];
  }

  /**
   * Returns the upper edge of a bin: exclusive, except for the last bin.
   *
   * @param bin the bin, {@code 0 <= bin < binCount()}
   * @return the edge
   * @throws IndexOutOfBoundsException if {@code bin} is out of range
   */
  public double upperEdge(int bin) {
    Preconditions.checkElementIndex(bin, counts.length, "bin");
    return edges[bin + 1];
  }

  /**
   * Returns the number of samples in a bin.
   *
   * @param bin the bin, {@code 0 <= bin < binCount()}
   * @return the count
   * @throws IndexOutOfBoundsException if {@code bin} is out of range
   */
  public long count(int bin) {
    Preconditions.checkElementIndex(bin, counts.length, "bin");
    return counts[bin];
  }

  /**
   * Returns the bin edges, {@code binCount() + 1} of them, non-decreasing.
   *
   * @return a copy
   */
  public double[] edges() {
    return edges.clone();
  }

  /**
   * Returns the counts, one per bin.
   *
   * @return a copy
   */
  public long[] counts() {
    return counts.clone();
  }

  /**
   * Returns the total count, the number of samples.
   *
   * @return the sum of the counts
   */
  public long total() {
    long t = 0;
    for (long c : counts) {
      t += c;
    }
    return t;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Histogram
        && Arrays.equals(((Histogram) o).edges, edges)
        && Arrays.equals(((Histogram) o).counts, counts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(edges) + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Histogram[");
    for (int i = 0; i < counts.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append('[').append(Check.format(edges[i])).append(", ").append(Check.format(edges[i + 1]));
      sb.append(i == counts.length - 1 ? "]" : ")").append(": ").append(counts[i]);
    }
    return sb.append(']').toString();
  }
}
