package dev.flopex.core.random;

import com.google.common.base.Preconditions;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.util.Arrays;
import java.util.concurrent.ForkJoinTask;
import org.jspecify.annotations.Nullable;

/**
 * Summary statistics of a Monte Carlo output: count, mean, standard deviation and standard error,
 * extremes, exact percentiles and a histogram, from every value kept and sorted (the {@link
 * SampleSummary} whose {@link #percentileMethod()} is exact). Immutable and thread-safe; built by
 * {@link StatisticsAccumulator#snapshot()} or {@link #of(double[])}.
 *
 * <pre>{@code
 * SampleStatistics s = SampleStatistics.of(tcoPerGpuHour);
 * s.mean();                 // compensated (Neumaier) sum / n
 * s.standardError();        // s.standardDeviation() / sqrt(n): the Monte Carlo error of the mean
 * s.p5(); s.p50(); s.p95(); // type-7 percentiles
 * s.percentile(0.99);
 * s.histogram();            // Freedman-Diaconis bins
 * }</pre>
 *
 * <p><b>Definitions.</b>
 *
 * <ul>
 *   <li>{@link #mean()}: the sum of the values in ascending order with Neumaier's compensated
 *       summation, divided by n. Summing in sorted order makes the result independent of the order
 *       in which values were added.
 *   <li>{@link #standardDeviation()}: the sample standard deviation, with divisor n &minus; 1,
 *       computed by the corrected two-pass algorithm (Chan, Golub and LeVeque 1983) on values
 *       scaled by a power of two, so that neither large offsets nor huge magnitudes lose digits or
 *       overflow.
 *   <li>{@link #percentile(double)}: Hyndman and Fan's (1996) definition 7, the default of R's
 *       {@code quantile} and NumPy's {@code percentile}: with the sorted values x<sub>0</sub> &le;
 *       &hellip; &le; x<sub>n-1</sub> and h = (n &minus; 1) p, x<sub>&lfloor;h&rfloor;</sub> + (h
 *       &minus; &lfloor;h&rfloor;)(x<sub>&lfloor;h&rfloor;+1</sub> &minus;
 *       x<sub>&lfloor;h&rfloor;</sub>). {@code p} is a fraction: 0.95 for the 95th percentile.
 * </ul>
 *
 * <p><b>Non-finite values</b> never get in: the accumulator rejects NaN and the infinities. Every
 * statistic is then finite, except that {@link #variance()} is {@code +Infinity} when the values
 * spread more than about 1e154 (the standard deviation itself stays finite).
 *
 * <p>{@link #equals} compares the sorted values exactly, so two snapshots of the same values added
 * in different orders are equal.
 *
 * @since 0.1
 */
public final class SampleStatistics implements SampleSummary {
  /** The most bins {@link #histogram()} picks by itself. */
  public static final int MAX_AUTO_BINS = 10_000;

  /** The most bins {@link #histogram(int)} accepts. */
  public static final int MAX_BINS = 1 << 24;

  private final double[] sorted;
  private final double mean;

  /** The sample standard deviation; NaN when there is only one value. */
  private final double standardDeviation;

  /** Takes ownership of {@code sorted}: non-empty, finite, ascending. */
  SampleStatistics(double[] sorted) {
    this.sorted = sorted;
    int n = sorted.length;
    double min = sorted[0];
    double max = sorted[n - 1];
    double m = Numerics.sum(sorted, 0, n) / n;
    if (!Double.isFinite(m)) {
      Numerics.Sum s = new Numerics.Sum();
      for (double x : sorted) {
        s.add(x / n);
      }
      m = s.value();
    }
    this.mean = Math.max(min, Math.min(max, m)) + 0.0;
    this.standardDeviation = n < 2 ? Double.NaN : sampleStandardDeviation(sorted, mean);
  }

  /** Below this exponent's magnitude, {@code Math.scalb(x, -e)} is {@code x * 2^-e} bit for bit. */
  static final int SCALE_BY_MULTIPLY = 512;

  private static double sampleStandardDeviation(double[] sorted, double mean) {
    int n = sorted.length;
    double magnitude = Math.max(Math.abs(sorted[0]), Math.abs(sorted[n - 1]));
    if (magnitude == 0) {
      return 0;
    }
    int e = Math.getExponent(magnitude);
    double scaledMean = Math.scalb(mean, -e);
    Numerics.Sum squares = new Numerics.Sum();
    Numerics.Sum deviations = new Numerics.Sum();
    if (Math.abs(e) < SCALE_BY_MULTIPLY) {
      // Math.scalb(x, -e) is x times 2^-e, one multiplication, for |e| < 512: hoisted out of the
      // loop, the same bits (SampleStatisticsTest.scalingByAPowerOfTwoIsScalb)
      double scale = Math.scalb(1.0, -e);
      if (n >= StatisticsAccumulator.PARALLEL_SORT_MIN
          && Runtime.getRuntime().availableProcessors() > 1) {
        // the two sums are independent: one on a common-pool thread, one here, each the same
        // additions in the same order as in the loop below, so the same bits
        ForkJoinTask<Numerics.Sum> sumOfSquares =
            ForkJoinTask.adapt(
                    () -> {
                      Numerics.Sum sq = new Numerics.Sum();
                      for (double x : sorted) {
                        double d = x * scale - scaledMean;
                        sq.add(d * d);
                      }
                      return sq;
                    })
                .fork();
        for (double x : sorted) {
          deviations.add(x * scale - scaledMean);
        }
        squares = sumOfSquares.join();
      } else {
        for (double x : sorted) {
          double d = x * scale - scaledMean;
          squares.add(d * d);
          deviations.add(d);
        }
      }
    } else {
      for (double x : sorted) {
        double d = Math.scalb(x, -e) - scaledMean;
        squares.add(d * d);
        deviations.add(d);
      }
    }
    double correction = deviations.value() * deviations.value() / n;
    double scaledVariance = Math.max(0, (squares.value() - correction) / (n - 1));
    return Math.scalb(Math.sqrt(scaledVariance), e);
  }

  /**
   * Summarises an array of samples; shorthand for {@code
   * StatisticsAccumulator.create().addAll(samples).snapshot()}.
   *
   * @param samples the values, finite, at least one; not modified
   * @return the statistics
   * @throws ValidationException "count must be > 0 but was 0", or "samples[17] must be finite but
   *     was NaN"
   * @throws NullPointerException if {@code samples} is null
   */
  public static SampleStatistics of(double[] samples) {
    Preconditions.checkNotNull(samples, "samples");
    StatisticsAccumulator.checkFinite(samples);
    Check.positive(samples.length, "count");
    return new SampleStatistics(StatisticsAccumulator.sortedCopy(samples, samples.length));
  }

  /**
   * Returns the number of values.
   *
   * @return at least 1
   */
  @Override
  public long count() {
    return sorted.length;
  }

  /**
   * Returns the arithmetic mean.
   *
   * @return the mean, in {@code [min(), max()]}
   */
  @Override
  public double mean() {
    return mean;
  }

  private void checkTwo(String what) {
    if (sorted.length < 2) {
      throw new IllegalStateException(what + " needs count >= 2 but count was 1");
    }
  }

  /**
   * Returns the sample standard deviation, with divisor n &minus; 1.
   *
   * @return the standard deviation, finite and {@code >= 0}
   * @throws IllegalStateException "standardDeviation needs count >= 2 but count was 1"
   */
  @Override
  public double standardDeviation() {
    checkTwo("standardDeviation");
    return standardDeviation;
  }

  /**
   * Returns the smallest value.
   *
   * @return the minimum
   */
  @Override
  public double min() {
    return sorted[0];
  }

  /**
   * Returns the largest value.
   *
   * @return the maximum
   */
  @Override
  public double max() {
    return sorted[sorted.length - 1];
  }

  /**
   * Returns the type-7 percentile at {@code p}: {@code min()} at 0, {@code max()} at 1, the median
   * at 0.5, non-decreasing in {@code p}. Allocates nothing.
   *
   * @param p the fraction, in {@code [0, 1]} (0.95 for the 95th percentile)
   * @return the percentile
   * @throws ValidationException "p must be in [0, 1] but was 95"
   */
  @Override
  public double percentile(double p) {
    Check.inClosedRange(p, 0, 1, "p", "");
    return Numerics.type7(sorted, p);
  }

  /**
   * Returns a histogram with {@code bins} equal-width bins from {@link #min()} to {@link #max()}.
   *
   * @param bins the number of bins, in {@code [1, MAX_BINS]}
   * @return the histogram
   * @throws ValidationException "bins must be > 0 but was 0", or "bins must be &lt;= 16777216 but
   *     was 20000000"
   */
  @Override
  public Histogram histogram(int bins) {
    Check.positive(bins, "bins");
    Check.that(bins <= MAX_BINS, "bins", Integer.toString(bins), "must be <= " + MAX_BINS);
    return Histogram.of(sorted, bins);
  }

  /**
   * Returns a histogram with the number of bins chosen by the Freedman&ndash;Diaconis rule (1981):
   * bin width {@code 2 IQR / n^(1/3)}, with IQR the type-7 interquartile range, so {@code ceil((max
   * - min) / width)} bins, at most {@link #MAX_AUTO_BINS}. When the IQR is 0 (more than half the
   * values equal), Sturges' rule {@code ceil(log2 n) + 1} is used instead.
   *
   * @return the histogram
   */
  @Override
  public Histogram histogram() {
    return Histogram.of(sorted, freedmanDiaconisBins());
  }

  /**
   * Returns {@link PercentileMethod#isExact() exact}: every value is kept and sorted.
   *
   * @return the method, with {@link #count()}
   * @since 0.5
   */
  @Override
  public PercentileMethod percentileMethod() {
    return PercentileMethod.exact(sorted.length);
  }

  int freedmanDiaconisBins() {
    int n = sorted.length;
    double iqr = Numerics.type7(sorted, 0.75) - Numerics.type7(sorted, 0.25);
    double range = max() - min();
    if (!(iqr > 0) || !(range > 0)) {
      return sturgesBins(n);
    }
    double width = 2 * iqr / Math.cbrt(n);
    double bins = Math.ceil(range / width);
    return (int) Math.max(1, Math.min(MAX_AUTO_BINS, bins));
  }

  static int sturgesBins(long n) {
    int log2Ceiling = 64 - Long.numberOfLeadingZeros(n - 1L); // ceil(log2 n), 0 for n = 1
    return log2Ceiling + 1;
  }

  /**
   * Returns the values in ascending order.
   *
   * @return a copy
   */
  public double[] sortedSamples() {
    return sorted.clone();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SampleStatistics && Arrays.equals(((SampleStatistics) o).sorted, sorted);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sorted);
  }

  @Override
  public String toString() {
    return "SampleStatistics{count="
        + sorted.length
        + ", mean="
        + Check.format(mean)
        + (sorted.length > 1 ? ", sd=" + Check.format(standardDeviation) : "")
        + ", min="
        + Check.format(min())
        + ", p5="
        + Check.format(p5())
        + ", p50="
        + Check.format(p50())
        + ", p95="
        + Check.format(p95())
        + ", max="
        + Check.format(max())
        + "}";
  }
}
