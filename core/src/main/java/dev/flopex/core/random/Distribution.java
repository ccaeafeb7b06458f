package dev.flopex.core.random;

import dev.flopex.core.validation.ValidationException;

/**
 * A univariate probability distribution for Monte Carlo inputs: a price, a utilisation, a failure
 * rate, a lead time. Immutable and thread-safe.
 *
 * <pre>{@code
 * Distribution price = Distribution.pert(22_000, 25_000, 34_000);     // min, most likely, max
 * Distribution pue = Distribution.truncated(Distribution.normal(1.2, 0.05), 1.0, 2.0);
 * Distribution life = Distribution.discrete(new double[] {4, 5, 6}, new double[] {0.25, 0.5, 0.25});
 *
 * price.quantile(0.95);                    // the 95th percentile
 * price.mean();                            // (22000 + 4 * 25000 + 34000) / 6 = 26000
 * Rng rng = Rng.stream(seed, sampleIndex);
 * double x = price.sample(rng);            // price.quantile(rng.nextOpenDouble())
 * }</pre>
 *
 * <p><b>Factories.</b> {@link #uniform}, {@link #triangular}, {@link #pert}, {@link #normal},
 * {@link #lognormal}, {@link #lognormalFromMeanAndSd}, {@link #truncated}, {@link #discrete},
 * {@link #empirical} and {@link #constant}. Every parameter is checked: NaN and infinite values are
 * rejected everywhere, and a broken rule throws {@link ValidationException} naming the parameter,
 * its value and the rule ({@code "sd must be > 0 but was -1"}, {@code "mode must be in [min, max] =
 * [1, 3] but was 4"}). Parameters, formulas and sources are in {@code docs/uncertainty.md}.
 *
 * <p><b>Sampling by inversion.</b> {@link #sample(Rng)} returns {@code quantile(u)} for one uniform
 * {@code u} from {@link Rng#nextOpenDouble()}, for every distribution of this package. One draw per
 * sample keeps the numbers of sample {@code i} aligned across scenarios (common random numbers:
 * raising a PERT's maximum moves every sample up, never reshuffles them), and it is what the
 * Gaussian copula of {@link CorrelatedSampler} needs.
 *
 * <p><b>Allocation.</b> {@link #quantile}, {@link #cdf} and {@link #sample} allocate nothing in
 * this package's implementations (a test checks it), so the per-sample path of a Monte Carlo run
 * creates no garbage. They throw only for an invalid argument.
 *
 * <p>Other implementations must be immutable and thread-safe, have a non-decreasing {@code
 * quantile} that is the generalised inverse of a right-continuous {@code cdf}, and finite {@code
 * mean} and {@code variance}.
 *
 * @since 0.1
 */
public interface Distribution {

  /**
   * The continuous uniform distribution on [min, max].
   *
   * @param min the lower bound
   * @param max the upper bound, {@code > min}
   * @return the distribution, described as {@code "uniform(min=1, max=2)"}
   * @throws ValidationException "max must be > min (3) but was 2", or a NaN or infinite bound
   */
  static Distribution uniform(double min, double max) {
    return new Uniform(min, max);
  }

  /**
   * The triangular distribution on [min, max] with its peak at {@code mode}.
   *
   * @param min the lower bound
   * @param mode the most likely value, in {@code [min, max]}
   * @param max the upper bound, {@code > min}
   * @return the distribution
   * @throws ValidationException "max must be > min (3) but was 2", "mode must be in [min, max] =
   *     [1, 3] but was 4", or a NaN or infinite parameter
   */
  static Distribution triangular(double min, double mode, double max) {
    return new Triangular(min, mode, max);
  }

  /**
   * The Beta-PERT distribution on [min, max] with mode {@code mode} and the usual weight &lambda; =
   * 4: a Beta(&alpha;, &beta;) scaled to [min, max] with &alpha; = 1 + 4 (mode &minus; min) / (max
   * &minus; min) and &beta; = 1 + 4 (max &minus; mode) / (max &minus; min), so that its mean is
   * (min + 4 mode + max) / 6.
   *
   * @param min the lower bound
   * @param mode the most likely value, in {@code [min, max]}
   * @param max the upper bound, {@code > min}
   * @return the distribution
   * @throws ValidationException as {@link #triangular}
   */
  static Distribution pert(double min, double mode, double max) {
    return new Pert(min, mode, max);
  }

  /**
   * The normal distribution.
   *
   * @param mean the mean
   * @param sd the standard deviation, {@code > 0}
   * @return the distribution
   * @throws ValidationException "sd must be > 0 but was -1", or a NaN or infinite parameter
   */
  static Distribution normal(double mean, double sd) {
    return new Normal(mean, sd);
  }

  /**
   * The lognormal distribution: {@code exp(X)} for X normal with mean {@code mu} and standard
   * deviation {@code sigma}.
   *
   * @param mu the mean of the logarithm
   * @param sigma the standard deviation of the logarithm, {@code > 0}
   * @return the distribution
   * @throws ValidationException "sigma must be > 0 but was 0", a NaN or infinite parameter, or
   *     parameters whose variance overflows a double ("variance must be finite for mu 700, sigma 1
   *     but was Infinity")
   */
  static Distribution lognormal(double mu, double sigma) {
    return new Lognormal(mu, sigma);
  }

  /**
   * The lognormal distribution with the given mean and standard deviation (of the value, not its
   * logarithm): &sigma;&sup2; = ln(1 + sd&sup2; / mean&sup2;), &mu; = ln(mean) &minus;
   * &sigma;&sup2; / 2.
   *
   * @param mean the mean, {@code > 0}
   * @param sd the standard deviation, {@code > 0}
   * @return the distribution
   * @throws ValidationException "mean must be > 0 but was -5", "sd must be > 0 but was 0", or a NaN
   *     or infinite parameter
   */
  static Distribution lognormalFromMeanAndSd(double mean, double sd) {
    return Lognormal.fromMeanAndSd(mean, sd);
  }

  /**
   * {@code d} conditioned on {@code lo < X <= hi} (for a continuous {@code d}, the same as {@code
   * lo <= X <= hi}). The quantile is {@code d.quantile(F(lo) + p (F(hi) - F(lo)))}, clamped to [lo,
   * hi], with F the distribution function of {@code d}; the mean and variance are exact for this
   * package's distributions and computed numerically (midpoint rule on 65,536 quantiles) for
   * others.
   *
   * <p>The quantile works with lower-tail probabilities, so an interval deep in the upper tail of
   * {@code d} loses precision, and one whose probability rounds to 0 (beyond about 8.2 standard
   * deviations above a normal's mean) is rejected. Bounds must be finite; for a one-sided
   * truncation pass a bound far in the other tail.
   *
   * @param d the distribution to truncate
   * @param lo the lower bound
   * @param hi the upper bound, {@code > lo}
   * @return the distribution
   * @throws ValidationException "hi must be > lo (1) but was 0", "[lo, hi] must have probability >
   *     0 under normal(mean=0, sd=1) but was [40, 50]", or a NaN or infinite bound
   * @throws NullPointerException if {@code d} is null
   */
  static Distribution truncated(Distribution d, double lo, double hi) {
    return new Truncated(d, lo, hi);
  }

  /**
   * A discrete distribution taking {@code values[i]} with probability {@code probabilities[i]}.
   * Values need not be sorted or distinct; probabilities are normalised by their sum. The arrays
   * are copied.
   *
   * @param values the values, finite, at least one
   * @param probabilities their probabilities, each finite and {@code >= 0}, summing to 1 within
   *     1e-9
   * @return the distribution
   * @throws ValidationException "values.length must be > 0 but was 0", "probabilities.length must
   *     be = values.length (3) but was 2", "values[1] must be finite but was NaN",
   *     "probabilities[2] must be >= 0 but was -0.1", or "sum(probabilities) must be 1 (within
   *     1e-9) but was 0.9"
   * @throws NullPointerException if an array is null
   */
  static Distribution discrete(double[] values, double[] probabilities) {
    return new Discrete(values, probabilities);
  }

  /**
   * The distribution whose quantile function interpolates the sorted samples linearly: {@code
   * quantile(p)} is the type-7 sample quantile (the default of R and NumPy; see {@link
   * SampleStatistics#percentile}). It is continuous, a mixture of uniforms between consecutive
   * order statistics, so its mean is the trapezoid average of the sorted samples, which differs
   * slightly from their arithmetic mean. The array is copied.
   *
   * @param samples the observations, finite, at least one
   * @return the distribution
   * @throws ValidationException "samples.length must be > 0 but was 0", or "samples[3] must be
   *     finite but was NaN"
   * @throws NullPointerException if {@code samples} is null
   */
  static Distribution empirical(double[] samples) {
    return new Empirical(samples);
  }

  /**
   * The distribution that always takes {@code value}: an input held fixed in a Monte Carlo run.
   *
   * @param value the value
   * @return the distribution
   * @throws ValidationException "value must be finite but was NaN"
   */
  static Distribution constant(double value) {
    return new Constant(value);
  }

  /**
   * Returns the quantile (inverse distribution function): the least {@code x} with {@code cdf(x) >=
   * p}. At {@code p = 0} and {@code p = 1} it returns the ends of the support, which are infinite
   * for the normal (both ends) and the lognormal (the upper end).
   *
   * <p>Non-decreasing in {@code p}, up to rounding: between probabilities only a few ulps apart the
   * computed value can dip by a few ulps (at most about 13 for PERT, whose quantile is found by
   * Halley's method), never for probabilities further apart than about 1e-13.
   *
   * @param p the probability, in {@code [0, 1]}
   * @return the quantile
   * @throws ValidationException "p must be in [0, 1] but was 1.5", or "p must be finite but was
   *     NaN"
   */
  double quantile(double p);

  /**
   * Returns the distribution function {@code P(X <= x)}.
   *
   * @param x any value, including the infinities
   * @return the probability, in {@code [0, 1]}
   * @throws ValidationException "x must not be NaN but was NaN"
   */
  double cdf(double x);

  /**
   * Draws one value: {@code quantile(rng.nextOpenDouble())}, consuming exactly one number from
   * {@code rng}. Never infinite, as the uniform is never 0 or 1.
   *
   * @param rng the generator, advanced by one step
   * @return the value
   */
  default double sample(Rng rng) {
    return quantile(rng.nextOpenDouble());
  }

  /**
   * Fills {@code out[k]} with sample {@code firstSampleIndex + k} of the run {@code seed}: {@code
   * sample(Rng.stream(seed, firstSampleIndex + k))}. Because each sample has its own stream,
   * filling samples 0..n-1 in one call or in several calls over any partition (on any threads)
   * gives bit-identical values. Allocates one {@link Rng} per call, none per sample.
   *
   * @param seed the run's seed
   * @param firstSampleIndex the index of the sample written to {@code out[0]}
   * @param out where to write the samples
   * @throws NullPointerException if {@code out} is null
   */
  default void fill(long seed, long firstSampleIndex, double[] out) {
    Rng rng = Rng.of(seed);
    for (int k = 0; k < out.length; k++) {
      rng.reseed(seed, firstSampleIndex + k);
      out[k] = sample(rng);
    }
  }

  /**
   * Returns the mean, from its closed form.
   *
   * @return the mean, finite
   */
  double mean();

  /**
   * Returns the variance, from its closed form.
   *
   * @return the variance, finite and {@code >= 0}
   */
  double variance();

  /**
   * Returns the standard deviation, {@code sqrt(variance())}.
   *
   * @return the standard deviation
   */
  default double standardDeviation() {
    return Math.sqrt(variance());
  }

  /**
   * Returns a short description with the parameters, e.g. {@code "pert(min=1, mode=2, max=4)"},
   * locale-independent.
   *
   * @return the description
   */
  String describe();

  /** The probability intervals of a quantile table ({@link QuantileMethod#TABULATED}). */
  int TABLE_INTERVALS = 4096;

  /**
   * The largest error a quantile table may have at an interval's midpoint, as a fraction of the
   * distribution's range ({@link QuantileMethod#TABULATED}).
   */
  double TABLE_TOLERANCE = 1e-10;

  /**
   * Returns this distribution with its quantile read from a table where the exact quantile is
   * iterative (PERT; see {@link QuantileMethod#TABULATED} for the table and its error), built once
   * per distribution on first call; the same distribution where the quantile is a closed form. The
   * distribution function, moments and description are the exact ones.
   *
   * @return a distribution with the same distribution and a faster quantile, or this
   * @since 0.2
   */
  default Distribution tabulated() {
    return this;
  }
}
