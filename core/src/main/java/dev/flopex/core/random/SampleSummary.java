package dev.flopex.core.random;

import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.util.Objects;

/**
 * The statistics of a Monte Carlo output, however they were computed: exactly from every value
 * ({@link SampleStatistics}), or streamed in bounded memory ({@link StreamingAccumulator}), with
 * the same moments and percentiles from a quantile sketch. {@link #percentileMethod()} says which.
 *
 * <pre>{@code
 * SampleSummary s = monteCarloResult.statistics();
 * s.mean(); s.standardDeviation(); s.standardError();
 * s.p5(); s.p50(); s.p95(); s.percentile(0.99);
 * s.percentileMethod().describe(); // "exact, n = 1,000,000" or "KLL sketch k = 4,096, rank error ±0.071 %, ..."
 * }</pre>
 *
 * <p><b>What is exact either way.</b> {@link #count()}, {@link #min()} and {@link #max()} are
 * exact. {@link #mean()} is a compensated (Neumaier) sum over n and {@link #standardDeviation()}
 * the corrected two-pass sample standard deviation: a streamed summary computes them block by block
 * and merges the blocks in a fixed order, agreeing with the exact summary of the same values to
 * about 1e-15 relative (tests check 1e-12). {@link #percentile(double)} and {@link #histogram()}
 * are exact when {@link PercentileMethod#isExact()}, else within the sketch's stated rank error.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.5
 */
public interface SampleSummary {

  /**
   * Returns the number of values.
   *
   * @return at least 1
   */
  long count();

  /**
   * Returns the arithmetic mean.
   *
   * @return the mean, in {@code [min(), max()]}
   */
  double mean();

  /**
   * Returns the sample variance, with divisor n &minus; 1.
   *
   * @return the variance; {@code +Infinity} only if it overflows a double
   * @throws IllegalStateException "variance needs count >= 2 but count was 1"
   */
  default double variance() {
    double sd = standardDeviationFor("variance");
    return sd * sd;
  }

  /**
   * Returns the sample standard deviation, with divisor n &minus; 1.
   *
   * @return the standard deviation, finite and {@code >= 0}
   * @throws IllegalStateException "standardDeviation needs count >= 2 but count was 1"
   */
  double standardDeviation();

  /**
   * Returns the standard error of the mean, {@code standardDeviation() / sqrt(count())}.
   *
   * @return the standard error
   * @throws IllegalStateException "standardError needs count >= 2 but count was 1"
   */
  default double standardError() {
    return standardDeviationFor("standardError") / Math.sqrt(count());
  }

  /** {@link #standardDeviation()}, refused in the name of {@code what} below two values. */
  private double standardDeviationFor(String what) {
    if (count() < 2) {
      throw new IllegalStateException(what + " needs count >= 2 but count was " + count());
    }
    return standardDeviation();
  }

  /**
   * Returns the smallest value.
   *
   * @return the minimum
   */
  double min();

  /**
   * Returns the largest value.
   *
   * @return the maximum
   */
  double max();

  /**
   * Returns the percentile at {@code p}: {@code min()} at 0, {@code max()} at 1, non-decreasing in
   * {@code p}; exact (type 7) or from a sketch as {@link #percentileMethod()} says.
   *
   * @param p the fraction, in {@code [0, 1]} (0.95 for the 95th percentile)
   * @return the percentile
   * @throws ValidationException "p must be in [0, 1] but was 95"
   */
  double percentile(double p);

  /**
   * Returns the percentiles at several fractions.
   *
   * @param ps the fractions, each in {@code [0, 1]}
   * @return {@code percentile(ps[i])} for each i
   * @throws ValidationException "ps[1] must be in [0, 1] but was 95"
   * @throws NullPointerException if {@code ps} is null
   */
  default double[] percentiles(double... ps) {
    Objects.requireNonNull(ps, "ps");
    double[] out = new double[ps.length];
    for (int i = 0; i < ps.length; i++) {
      Check.inClosedRange(ps[i], 0, 1, "ps[" + i + "]", "");
      out[i] = percentile(ps[i]);
    }
    return out;
  }

  /**
   * Returns the 5th percentile, {@code percentile(0.05)}.
   *
   * @return P5
   */
  default double p5() {
    return percentile(0.05);
  }

  /**
   * Returns the median, {@code percentile(0.5)}.
   *
   * @return P50
   */
  default double p50() {
    return percentile(0.5);
  }

  /**
   * Returns the 95th percentile, {@code percentile(0.95)}.
   *
   * @return P95
   */
  default double p95() {
    return percentile(0.95);
  }

  /**
   * Returns a histogram with {@code bins} equal-width bins from {@link #min()} to {@link #max()}.
   *
   * @param bins the number of bins, in {@code [1, SampleStatistics.MAX_BINS]}
   * @return the histogram (estimated counts when the percentiles come from a sketch)
   * @throws ValidationException "bins must be > 0 but was 0", or "bins must be &lt;= 16777216 but
   *     was 20000000"
   */
  Histogram histogram(int bins);

  /**
   * Returns a histogram with the number of bins chosen by the Freedman&ndash;Diaconis rule (see
   * {@link SampleStatistics#histogram()}), at most {@link SampleStatistics#MAX_AUTO_BINS}.
   *
   * @return the histogram
   */
  Histogram histogram();

  /**
   * Returns how the percentiles and the histogram were computed: exactly, or from a sketch with a
   * stated rank error.
   *
   * @return the method
   */
  PercentileMethod percentileMethod();
}
