package dev.flopex.core.random;

import dev.flopex.core.validation.Suggestions;
import dev.flopex.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a Monte Carlo run's uniform numbers come from ({@link SampleDesign}): independent
 * pseudo-random streams, a Latin hypercube, or a scrambled Sobol sequence. The uniforms then become
 * input values through the same Gaussian copula and quantiles ({@link
 * CorrelatedSampler#fromUniforms}), so every method honours the marginals and the rank correlation.
 *
 * <p>A Monte Carlo result names the method it used, as every headline names its basis. Measured
 * convergence of P5/P50/P95 for each method is in {@code docs/uncertainty.md}.
 *
 * <pre>{@code
 * SamplingMethod.fromKey("latin_hypercube");   // LATIN_HYPERCUBE
 * SamplingMethod.SOBOL.key();                  // "sobol"
 * }</pre>
 *
 * @since 0.4
 */
public enum SamplingMethod {
  /**
   * Plain Monte Carlo: sample {@code i}'s uniforms are the next numbers of {@link Rng#stream(long,
   * long) Rng.stream(seed, i)}, exactly as {@link CorrelatedSampler#sample(long, long,
   * CorrelatedSampler.Scratch, double[])} draws them. Errors fall as {@code 1/sqrt(n)}.
   */
  RANDOM,

  /**
   * Latin hypercube (McKay, Beckman and Conover 1979): each input's range of probability is cut
   * into {@code n} equal strata and every stratum holds exactly one of the {@code n} samples, at a
   * random point within it; the strata are matched across inputs by an independent random
   * permutation per input. Needs the sample count up front.
   */
  LATIN_HYPERCUBE,

  /**
   * A scrambled Sobol sequence: Sobol's (1967) digital sequence with Joe and Kuo's (2008) direction
   * numbers, randomised by Matoušek's (1998) random linear scramble and a random digital shift, so
   * that it is unbiased and its error can be estimated over seeds. Best with a power of two
   * samples; at most {@value SampleDesign#MAX_SOBOL_DIMENSION} inputs and {@value
   * SampleDesign#MAX_SOBOL_SAMPLES} samples.
   */
  SOBOL;

  /**
   * Returns the name used in fleet files and on the command line, e.g. {@code latin_hypercube}.
   *
   * @return the lower-case key
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a key ({@link #key()}), ignoring case, surrounding space and the difference between
   * {@code -} and {@code _}.
   *
   * @param text e.g. {@code "sobol"} or {@code "Latin-Hypercube"}
   * @return the method
   * @throws ValidationException {@code "sampling must be one of random, latin_hypercube, sobol; did
   *     you mean sobol? but was 'sobl'"}
   */
  public static SamplingMethod fromKey(String text) {
    String k = text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    List<String> keys = new ArrayList<>();
    for (SamplingMethod m : values()) {
      if (m.key().equals(k)) {
        return m;
      }
      keys.add(m.key());
    }
    throw new ValidationException("sampling", "'" + text + "'", Suggestions.oneOf(text, keys));
  }
}
