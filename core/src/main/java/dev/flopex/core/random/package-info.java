/**
 * Monte Carlo building blocks: a splittable random number generator, input distributions, rank
 * correlation between inputs, and summary statistics of the outputs. Domain-neutral: nothing here
 * knows about GPUs or money.
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@link dev.flopex.core.random.Rng} &mdash; xoshiro256** seeded by SplitMix64, with {@link
 *       dev.flopex.core.random.Rng#stream(long, long) stream(seed, i)} giving sample {@code i} its
 *       own stream.
 *   <li>{@link dev.flopex.core.random.Distribution} &mdash; {@code uniform}, {@code triangular},
 *       {@code pert}, {@code normal}, {@code lognormal}, {@code lognormalFromMeanAndSd}, {@code
 *       truncated}, {@code discrete}, {@code empirical} and {@code constant}, each with {@code
 *       quantile}, {@code cdf}, {@code sample}, {@code mean} and {@code variance}.
 *   <li>{@link dev.flopex.core.random.CorrelatedSampler} &mdash; vectors of inputs with Spearman
 *       rank correlation targets, through a Gaussian copula.
 *   <li>{@link dev.flopex.core.random.SampleDesign} &mdash; where a run's uniforms come from
 *       ({@link dev.flopex.core.random.SamplingMethod}): independent random streams, a Latin
 *       hypercube or a scrambled Sobol sequence, fed to the sampler by {@link
 *       dev.flopex.core.random.CorrelatedSampler#fromUniforms}.
 *   <li>{@link dev.flopex.core.random.StatisticsAccumulator} and {@link
 *       dev.flopex.core.random.SampleStatistics} &mdash; mean, standard error, percentiles and a
 *       {@link dev.flopex.core.random.Histogram}.
 *   <li>{@link dev.flopex.core.random.StreamingAccumulator} &mdash; the same in bounded memory for
 *       any number of values: exact moments, percentiles from a KLL quantile sketch with a stated
 *       rank error; both summaries are a {@link dev.flopex.core.random.SampleSummary}, whose {@link
 *       dev.flopex.core.random.PercentileMethod} says which.
 * </ul>
 *
 * <pre>{@code
 * Distribution price = Distribution.pert(22_000, 25_000, 34_000);
 * Distribution utilisation = Distribution.triangular(0.55, 0.7, 0.8);
 * CorrelatedSampler inputs =
 *     CorrelatedSampler.of(List.of(price, utilisation), new double[][] {{1, -0.4}, {-0.4, 1}});
 *
 * CorrelatedSampler.Scratch scratch = inputs.newScratch();   // per thread
 * double[] x = new double[2];
 * StatisticsAccumulator acc = StatisticsAccumulator.withExpectedCount(100_000);
 * for (long i = 0; i < 100_000; i++) {
 *   inputs.sample(seed, i, scratch, x);                      // no allocation
 *   acc.add(x[0] / (8760 * x[1]));
 * }
 * SampleStatistics s = acc.snapshot();                       // s.mean(), s.p5(), s.p95() ...
 * }</pre>
 *
 * <pre>{@code
 * SampleDesign design = SampleDesign.of(SamplingMethod.LATIN_HYPERCUBE, seed, 100_000, 2);
 * SampleDesign.Cursor cursor = design.newCursor();           // per thread
 * double[] u = new double[2];
 * for (long i = 0; i < 100_000; i++) {
 *   design.uniforms(i, cursor, u);                           // one stratum per sample and input
 *   inputs.fromUniforms(u, scratch, x);
 *   acc.add(x[0] / (8760 * x[1]));
 * }
 * }</pre>
 *
 * <p><b>Reproducibility.</b> Sample {@code i} of a run draws only from {@code Rng.stream(seed, i)}
 * (or, with a {@code SampleDesign}, from a point that depends on the seed, {@code i} and the sample
 * count alone), and the statistics are computed from sorted values, so a run gives bit-identical
 * results for the same seed whatever the number of threads or the way samples are batched.
 *
 * <p><b>No allocation per sample.</b> {@code Rng}, every {@code quantile}, {@code cdf} and {@code
 * sample}, and {@code CorrelatedSampler.sample} allocate nothing; a test measures this with the
 * JVM's per-thread allocation counter.
 *
 * <p><b>Errors.</b> Invalid parameters throw {@link dev.flopex.core.validation.ValidationException}
 * naming the parameter, value and rule, e.g. {@code "sd must be > 0 but was -1"} or {@code
 * "sum(probabilities) must be 1 (within 1e-9) but was 0.9"}.
 *
 * <p>Formulas, algorithms and sources are in {@code docs/uncertainty.md}. Every type except {@link
 * dev.flopex.core.random.Rng}, {@link dev.flopex.core.random.StatisticsAccumulator} and {@link
 * dev.flopex.core.random.CorrelatedSampler.Scratch} is immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package dev.flopex.core.random;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
