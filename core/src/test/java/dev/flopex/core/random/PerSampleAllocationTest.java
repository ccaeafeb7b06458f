package dev.flopex.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * A functional guard, not a speed measurement: the per-sample paths ({@link Rng}, every {@code
 * quantile}, {@code cdf} and {@code sample}, {@link CorrelatedSampler#sample}) must allocate
 * nothing. Each check warms the path up (so that it runs JIT-compiled, as in production), then
 * counts the bytes this thread allocates over {@value #CALLS} calls with {@code
 * com.sun.management.ThreadMXBean#getThreadAllocatedBytes}, keeping the least of three rounds. A
 * path that allocated even one small object per call would show {@value #CALLS} times 16 bytes or
 * more; the tolerance of {@value #TOLERANCE_BYTES} bytes per block only absorbs the counter's own
 * constant overhead. Skipped where the JVM does not support the counter. The measured figures are
 * published as test report entries.
 */
class PerSampleAllocationTest {
  private static final int CALLS = 100_000;
  private static final int WARM_UP_ROUNDS = 2;
  private static final int MEASURED_ROUNDS = 3;
  private static final long TOLERANCE_BYTES = 256;

  private static com.sun.management.ThreadMXBean threads;

  /** Written by every measured loop so that the JIT cannot drop the work. */
  private static double sink;

  /** Where the negative control's objects escape to. */
  private static Object escape = new Object();

  private static final List<Distribution> ALL =
      List.of(
          Distribution.uniform(-3, 7),
          Distribution.triangular(0, 3, 10),
          Distribution.pert(22_000, 25_000, 34_000),
          Distribution.normal(100, 15),
          Distribution.lognormal(0.5, 0.25),
          Distribution.lognormalFromMeanAndSd(0.09, 0.02),
          Distribution.truncated(Distribution.normal(1.2, 0.05), 1.0, 1.25),
          Distribution.truncated(Distribution.pert(0, 2, 10), 1, 6),
          Distribution.discrete(new double[] {4, 5, 6}, new double[] {0.25, 0.5, 0.25}),
          Distribution.empirical(new double[] {3.1, -2, 7.5, 0, 12.25, 4, 4, 9.75, -6.5, 1}),
          Distribution.constant(2.5));

  @BeforeAll
  static void requireAllocationCounter() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(
        bean instanceof com.sun.management.ThreadMXBean, "no com.sun.management.ThreadMXBean");
    threads = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(
        threads.isThreadAllocatedMemorySupported(), "thread allocation counter not supported");
    if (!threads.isThreadAllocatedMemoryEnabled()) {
      threads.setThreadAllocatedMemoryEnabled(true);
    }
  }

  @SuppressWarnings("deprecation") // Thread.getId: threadId() needs Java 19
  private static long allocated() {
    return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  /**
   * Runs a loop of {@link #CALLS} calls {@value #WARM_UP_ROUNDS} times to warm up, then {@value
   * #MEASURED_ROUNDS} times more, and returns the fewest bytes allocated in a measured round. An
   * allocation in the code under test shows in every round; the minimum filters out the occasional
   * few hundred bytes the JVM itself charges to the thread (seen once in the empty loop under
   * Surefire).
   */
  private static long measure(Runnable loop) {
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      loop.run();
    }
    long fewest = Long.MAX_VALUE;
    for (int round = 0; round < MEASURED_ROUNDS; round++) {
      long before = allocated();
      loop.run();
      fewest = Math.min(fewest, allocated() - before);
    }
    return fewest;
  }

  private static void check(String what, long bytes, TestReporter reporter) {
    reporter.publishEntry("allocatedBytes[" + what + "]", bytes + " bytes / " + CALLS + " calls");
    assertThat(bytes)
        .as("bytes allocated by %s calls of %s", CALLS, what)
        .isLessThanOrEqualTo(TOLERANCE_BYTES);
  }

  @Test
  void test_baseline_emptyLoop(TestReporter reporter) {
    long bytes =
        measure(
            () -> {
              double s = 0;
              for (int i = 0; i < CALLS; i++) {
                s += i;
              }
              sink += s;
            });
    check("empty loop", bytes, reporter);
  }

  @Test
  void test_guard_detectsOneSmallObjectPerCall() {
    // the negative control: one escaping 24-byte array per call must be seen
    long bytes =
        measure(
            () -> {
              for (int i = 0; i < CALLS; i++) {
                escape = new double[1];
              }
            });
    assertThat(bytes).isGreaterThanOrEqualTo(16L * CALLS);
  }

  @Test
  void test_rng_allocatesNothing(TestReporter reporter) {
    Rng rng = Rng.of(1);
    check(
        "Rng.reseed + nextLong + nextDouble + nextOpenDouble",
        measure(
            () -> {
              double s = 0;
              for (int i = 0; i < CALLS; i++) {
                rng.reseed(42, i);
                s += rng.nextLong() + rng.nextDouble() + rng.nextOpenDouble();
              }
              sink += s;
            }),
        reporter);
  }

  private static long measureUnary(DoubleUnaryOperator f, double[] inputs) {
    return measure(
        () -> {
          double s = 0;
          for (int i = 0; i < CALLS; i++) {
            s += f.applyAsDouble(inputs[i & (inputs.length - 1)]);
          }
          sink += s;
        });
  }

  @Test
  void test_quantileCdfSample_allocateNothing(TestReporter reporter) {
    double[] ps = new double[1024];
    Rng rng = Rng.of(7);
    for (int i = 0; i < ps.length; i++) {
      ps[i] = rng.nextOpenDouble();
    }
    for (Distribution d : ALL) {
      double[] xs = new double[ps.length];
      for (int i = 0; i < ps.length; i++) {
        xs[i] = d.quantile(ps[i]);
      }
      check(d.describe() + ".quantile", measureUnary(d::quantile, ps), reporter);
      check(d.describe() + ".cdf", measureUnary(d::cdf, xs), reporter);
      Rng r = Rng.of(3);
      check(
          d.describe() + ".sample",
          measure(
              () -> {
                double s = 0;
                for (int i = 0; i < CALLS; i++) {
                  r.reseed(9, i);
                  s += d.sample(r);
                }
                sink += s;
              }),
          reporter);
    }
  }

  @Test
  void test_correlatedSampler_allocatesNothing(TestReporter reporter) {
    CorrelatedSampler sampler =
        CorrelatedSampler.of(
            ALL.subList(0, 4),
            new double[][] {{1, -0.4, 0.3, 0}, {-0.4, 1, 0.2, 0}, {0.3, 0.2, 1, 0}, {0, 0, 0, 1}});
    CorrelatedSampler.Scratch scratch = sampler.newScratch();
    double[] out = new double[4];
    check(
        "CorrelatedSampler.sample(seed, i, scratch, out)",
        measure(
            () -> {
              double s = 0;
              for (int i = 0; i < CALLS; i++) {
                sampler.sample(2026, i, scratch, out);
                s += out[0] + out[3];
              }
              sink += s;
            }),
        reporter);
    check(
        "CorrelatedSampler.sample(seed, i, out) with its ThreadLocal scratch",
        measure(
            () -> {
              double s = 0;
              for (int i = 0; i < CALLS; i++) {
                sampler.sample(2026, i, out);
                s += out[1];
              }
              sink += s;
            }),
        reporter);
  }

  /** Every sample design, in order and jumping about, then the sampler on its uniforms. */
  @Test
  void test_sampleDesigns_allocateNothing(TestReporter reporter) {
    CorrelatedSampler sampler =
        CorrelatedSampler.of(
            ALL.subList(0, 4),
            new double[][] {{1, -0.4, 0.3, 0}, {-0.4, 1, 0.2, 0}, {0.3, 0.2, 1, 0}, {0, 0, 0, 1}});
    CorrelatedSampler.Scratch scratch = sampler.newScratch();
    double[] u = new double[4];
    double[] out = new double[4];
    for (SamplingMethod m : SamplingMethod.values()) {
      SampleDesign design = SampleDesign.of(m, 2026, 2L * CALLS, 4);
      SampleDesign.Cursor cursor = design.newCursor();
      check(
          "SampleDesign.uniforms + CorrelatedSampler.fromUniforms, " + m.key(),
          measure(
              () -> {
                double s = 0;
                for (int i = 0; i < CALLS; i++) {
                  // every 16th sample out of order: Sobol's from-scratch path too
                  design.uniforms((i & 15) == 0 ? 2L * CALLS - 1 - i : i, cursor, u);
                  sampler.fromUniforms(u, scratch, out);
                  s += out[0] + out[3];
                }
                sink += s;
              }),
          reporter);
    }
  }

  @Test
  void test_percentile_allocatesNothing(TestReporter reporter) {
    double[] x = new double[10_000];
    Distribution.normal(0, 1).fill(1, 0, x);
    SampleStatistics s = SampleStatistics.of(x);
    double[] ps = new double[1024];
    for (int i = 0; i < ps.length; i++) {
      ps[i] = i / 1023.0;
    }
    check("SampleStatistics.percentile", measureUnary(s::percentile, ps), reporter);
  }
}
