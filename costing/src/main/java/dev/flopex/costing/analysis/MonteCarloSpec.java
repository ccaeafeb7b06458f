package dev.flopex.costing.analysis;

import dev.flopex.core.random.QuantileMethod;
import dev.flopex.core.random.SampleDesign;
import dev.flopex.core.random.SamplingMethod;
import dev.flopex.core.validation.Check;
import java.util.List;
import org.immutables.value.Value;

/**
 * A Monte Carlo analysis: the uncertain inputs, an optional Spearman rank-correlation matrix
 * between them, the number of samples, the seed, the output and the percentiles to report, and how
 * the inputs are drawn: the sampling method (plain random, Latin hypercube or scrambled Sobol) and
 * the quantile method. The same seed gives bit-identical results whatever the number of threads.
 *
 * <pre>{@code
 * MonteCarloSpec spec = MonteCarloSpec.builder()
 *     .addInputs(UncertainInput.of("assumptions.pue", Distribution.pert(1.15, 1.3, 1.5)))
 *     .samples(65_536)
 *     .sampling(SamplingMethod.SOBOL)   // default RANDOM
 *     .build();
 * }</pre>
 *
 * <p><b>Samples and memory.</b> Up to {@link #EXACT_PERCENTILES_MAX_SAMPLES} samples, every output
 * is kept (16 bytes a sample while it is summarised) and the percentiles are exact. Above it, up to
 * {@link #MAX_SAMPLES}, the run streams in bounded memory: the count, min, max, mean and standard
 * deviation are still computed from every sample (bit-identical whatever the number of threads),
 * the percentiles and histogram come from a KLL quantile sketch within its stated rank error.
 * {@code result.statistics().percentileMethod()} says which.
 *
 * @since 0.1
 */
@Value.Immutable
public interface MonteCarloSpec {
  /** The most samples a run draws: 2<sup>40</sup>, 1,099,511,627,776. */
  long MAX_SAMPLES = 1L << 40;

  /**
   * The most samples whose percentiles are exact, 10,000,000 (160 MB while summarised); above it
   * they come from a quantile sketch.
   */
  long EXACT_PERCENTILES_MAX_SAMPLES = 10_000_000;

  /** Returns the uncertain inputs. */
  List<UncertainInput> inputs();

  /** Returns the rank-correlation matrix (rows in input order), or empty for independent inputs. */
  List<List<Double>> correlation();

  /**
   * Returns the number of samples, in {@code [1, MAX_SAMPLES]}.
   *
   * @return the number of samples
   */
  long samples();

  /** Returns the seed. */
  @Value.Default
  default long seed() {
    return 1L;
  }

  /** Returns the output analysed. */
  @Value.Default
  default Output output() {
    return Output.COST_PER_GPU_HOUR;
  }

  /** Returns the percentiles to report, in [0, 1]. */
  @Value.Default
  default List<Double> percentiles() {
    return List.of(0.05, 0.5, 0.95);
  }

  /** Returns the number of worker threads. */
  @Value.Default
  default int threads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Returns how uniform numbers become input values: {@link QuantileMethod#EXACT} (the default), or
   * {@link QuantileMethod#TABULATED}, where PERT inputs read their quantile from a table within the
   * error that method states, several times faster. The result's spec names the method used.
   *
   * @return the quantile method
   * @since 0.4
   */
  @Value.Default
  default QuantileMethod quantiles() {
    return QuantileMethod.EXACT;
  }

  /**
   * Returns where the uniform numbers behind the draws come from: {@link SamplingMethod#RANDOM}
   * (the default: plain Monte Carlo, each sample its own pseudo-random stream), {@link
   * SamplingMethod#LATIN_HYPERCUBE} or {@link SamplingMethod#SOBOL} (scrambled). The other two
   * reach a given accuracy of the percentiles with fewer samples on smooth models; {@code
   * docs/uncertainty.md} shows the measured convergence. The result's spec names the method used.
   *
   * @return the sampling method
   * @since 0.4
   */
  @Value.Default
  default SamplingMethod sampling() {
    return SamplingMethod.RANDOM;
  }

  /** Checks counts and shapes. */
  @Value.Check
  default void check() {
    Check.positive(samples(), "samples");
    Check.that(
        samples() <= MAX_SAMPLES,
        "samples",
        Long.toString(samples()),
        "must be <= 2^40 (" + MAX_SAMPLES + ")");
    Check.positive(threads(), "threads");
    Check.that(!inputs().isEmpty(), "uncertainty.inputs", "[]", "must name at least one input");
    if (!correlation().isEmpty()) {
      Check.that(
          correlation().size() == inputs().size(),
          "correlation",
          correlation().size() + " rows",
          "must have one row per input (" + inputs().size() + ")");
    }
    for (double p : percentiles()) {
      Check.inClosedRange(p, 0, 1, "percentiles", "");
    }
    SampleDesign.check(sampling(), samples(), inputs().size());
  }

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param inputs the uncertain inputs (replacing all)
   * @return the copy
   * @since 0.4
   */
  MonteCarloSpec withInputs(Iterable<? extends UncertainInput> inputs);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param samples the number of samples
   * @return the copy
   * @since 0.4
   */
  MonteCarloSpec withSamples(long samples);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param seed the seed
   * @return the copy
   * @since 0.4
   */
  MonteCarloSpec withSeed(long seed);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param output the output analysed
   * @return the copy
   * @since 0.4
   */
  MonteCarloSpec withOutput(Output output);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param threads the number of threads
   * @return the copy
   * @since 0.4
   */
  MonteCarloSpec withThreads(int threads);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param quantiles how inputs are drawn from their distributions
   * @return the copy
   * @since 0.4
   */
  MonteCarloSpec withQuantiles(QuantileMethod quantiles);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param sampling where the uniform numbers come from
   * @return the copy
   * @since 0.4
   */
  MonteCarloSpec withSampling(SamplingMethod sampling);

  /** Returns a new builder. */
  static ImmutableMonteCarloSpec.Builder builder() {
    return ImmutableMonteCarloSpec.builder();
  }

  /**
   * Returns a copy whose {@code inputs} are the given elements, validated like a built value.
   *
   * @param elements the new elements, in order
   * @return the copy
   * @since 0.5
   */
  MonteCarloSpec withInputs(UncertainInput... elements);

  /**
   * Returns a copy whose {@code correlation} are the given ones, validated like a built value.
   *
   * @param elements the new elements, in order
   * @return the copy
   * @since 0.5
   */
  MonteCarloSpec withCorrelation(Iterable<? extends List<Double>> elements);

  /**
   * Returns a copy with {@code percentiles} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  MonteCarloSpec withPercentiles(List<Double> value);
}
