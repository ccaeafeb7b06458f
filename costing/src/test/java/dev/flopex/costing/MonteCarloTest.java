package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.core.random.Distribution;
import dev.flopex.core.random.PercentileMethod;
import dev.flopex.core.random.QuantileMethod;
import dev.flopex.core.random.SampleStatistics;
import dev.flopex.core.random.SampleSummary;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.analysis.SensitivityInput;
import dev.flopex.costing.analysis.SensitivityResult;
import dev.flopex.costing.analysis.UncertainInput;
import dev.flopex.costing.internal.FleetKernel;
import dev.flopex.costing.internal.MonteCarlo;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MonteCarloTest {
  private static final CostEngine ENGINE = CostEngine.create();
  private static final FinancialTerms TERMS = FinancialTerms.of(5, 0.8);
  private static final Fleet FLEET =
      Fleet.builder().name("f").addClusters(Fixtures.h100Cluster(256)).build();

  private static MonteCarloSpec spec(int samples, int threads) {
    return MonteCarloSpec.builder()
        .addInputs(
            UncertainInput.of(
                "prices.hgx-h100", Distribution.triangular(250_000, 300_000, 380_000)))
        .addInputs(UncertainInput.of("assumptions.pue", Distribution.pert(1.1, 1.3, 1.6)))
        .addInputs(
            UncertainInput.of(
                "assumptions.electricity_usd_per_kwh", Distribution.uniform(0.04, 0.12)))
        .addInputs(UncertainInput.of("servers", Distribution.uniform(200, 300)))
        .samples(samples)
        .seed(42)
        .threads(threads)
        .build();
  }

  @Test
  void seededRunsAreIdenticalAcrossThreadCounts() {
    MonteCarloResult one = ENGINE.monteCarlo(FLEET, TERMS, spec(20_000, 1), ProgressListener.NONE);
    MonteCarloResult two = ENGINE.monteCarlo(FLEET, TERMS, spec(20_000, 2), ProgressListener.NONE);
    MonteCarloResult eight =
        ENGINE.monteCarlo(FLEET, TERMS, spec(20_000, 8), ProgressListener.NONE);
    assertThat(((SampleStatistics) two.statistics()).sortedSamples())
        .isEqualTo(((SampleStatistics) one.statistics()).sortedSamples());
    assertThat(((SampleStatistics) eight.statistics()).sortedSamples())
        .isEqualTo(((SampleStatistics) one.statistics()).sortedSamples());
    assertThat(eight.statistics().mean()).isEqualTo(one.statistics().mean());
    assertThat(eight.percentiles()).isEqualTo(one.percentiles());
  }

  /**
   * Tabulated quantiles change each PERT draw by at most 1e-10 of its range, so every sample's cost
   * agrees with the exact run to well within 1e-9 relative, and the run stays bit-identical across
   * thread counts; the result's spec names the method.
   */
  @Test
  void tabulatedQuantilesAgreeWithExactOnesSampleBySample() {
    MonteCarloSpec exact = spec(20_000, 2).withSeed(7);
    MonteCarloSpec tabulated = exact.withQuantiles(QuantileMethod.TABULATED);
    MonteCarloResult e = ENGINE.monteCarlo(FLEET, TERMS, exact, ProgressListener.NONE);
    MonteCarloResult t = ENGINE.monteCarlo(FLEET, TERMS, tabulated, ProgressListener.NONE);
    MonteCarloResult t1 =
        ENGINE.monteCarlo(FLEET, TERMS, tabulated.withThreads(1), ProgressListener.NONE);
    assertThat(t.spec().quantiles()).isEqualTo(QuantileMethod.TABULATED);
    assertThat(e.spec().quantiles()).isEqualTo(QuantileMethod.EXACT);
    double[] a = ((SampleStatistics) e.statistics()).sortedSamples();
    double[] b = ((SampleStatistics) t.statistics()).sortedSamples();
    for (int i = 0; i < a.length; i++) {
      assertThat(b[i]).isCloseTo(a[i], org.assertj.core.api.Assertions.within(1e-9 * a[i]));
    }
    assertThat(((SampleStatistics) t1.statistics()).sortedSamples()).isEqualTo(b);
  }

  @Test
  void seededRunsAreIdenticalFromOneTo1024Threads() {
    // issue 10: the hostile-input campaign found results byte-identical across 1 to 1,024 threads;
    // keep it so
    MonteCarloResult one = ENGINE.monteCarlo(FLEET, TERMS, spec(3_000, 1), ProgressListener.NONE);
    for (int threads : new int[] {16, 1024}) {
      MonteCarloResult many =
          ENGINE.monteCarlo(FLEET, TERMS, spec(3_000, threads), ProgressListener.NONE);
      assertThat(((SampleStatistics) many.statistics()).sortedSamples())
          .as("%d threads", threads)
          .isEqualTo(((SampleStatistics) one.statistics()).sortedSamples());
      assertThat(many.percentiles()).isEqualTo(one.percentiles());
    }
  }

  @Test
  void sixteenConcurrentCallersGetIdenticalResults() throws Exception {
    // the engine is shared by callers on many threads; one caller's run must not disturb another's
    MonteCarloResult reference =
        ENGINE.monteCarlo(FLEET, TERMS, spec(3_000, 2), ProgressListener.NONE);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(16);
    try {
      List<java.util.concurrent.Future<MonteCarloResult>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(
            pool.submit(
                () -> ENGINE.monteCarlo(FLEET, TERMS, spec(3_000, 2), ProgressListener.NONE)));
      }
      for (java.util.concurrent.Future<MonteCarloResult> f : runs) {
        MonteCarloResult r = f.get(120, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(((SampleStatistics) r.statistics()).sortedSamples())
            .isEqualTo(((SampleStatistics) reference.statistics()).sortedSamples());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sampleMeanConvergesToAnalyticMeanForLinearModel() {
    // TCO is linear in the server price, so E[TCO] = TCO at the mean price
    double mean = Distribution.uniform(200_000, 400_000).mean();
    MonteCarloSpec s =
        MonteCarloSpec.builder()
            .addInputs(UncertainInput.of("prices.hgx-h100", Distribution.uniform(200_000, 400_000)))
            .samples(50_000)
            .seed(7)
            .output(Output.ECONOMIC_COST)
            .build();
    MonteCarloResult r = ENGINE.monteCarlo(FLEET, TERMS, s, ProgressListener.NONE);
    SensitivityResult at =
        ENGINE.sensitivity(
            FLEET,
            TERMS,
            List.of(SensitivityInput.of("prices.hgx-h100", mean, mean)),
            Output.ECONOMIC_COST);
    double analytic = at.bars().get(0).outputAtLow();
    assertThat(Math.abs(r.statistics().mean() - analytic))
        .isLessThan(4 * r.statistics().standardError());
  }

  @Test
  void percentilesAreMonotone() {
    MonteCarloResult r = ENGINE.monteCarlo(FLEET, TERMS, spec(5_000, 2), ProgressListener.NONE);
    double prev = Double.NEGATIVE_INFINITY;
    for (double q = 0; q <= 1.0; q += 0.05) {
      double v = r.statistics().percentile(Math.min(q, 1.0));
      assertThat(v).isGreaterThanOrEqualTo(prev);
      prev = v;
    }
    assertThat(r.percentiles()).containsKeys(0.05, 0.5, 0.95);
  }

  @Test
  void test_monteCarlo_progressAndCancellation() {
    AtomicLong last = new AtomicLong();
    ENGINE.monteCarlo(
        FLEET, TERMS, spec(10_000, 2), (done, total) -> last.accumulateAndGet(done, Math::max));
    assertThat(last.get()).isEqualTo(10_000);
    ProgressListener cancelAtOnce =
        new ProgressListener() {
          @Override
          public void progress(long done, long total) {}

          @Override
          public boolean cancelled() {
            return true;
          }
        };
    assertThatThrownBy(() -> ENGINE.monteCarlo(FLEET, TERMS, spec(10_000, 2), cancelAtOnce))
        .isInstanceOf(CancellationException.class);
  }

  /** Streams every run: the exact limit at 0 samples. */
  private static MonteCarloResult streamed(MonteCarloSpec spec, ProgressListener listener) {
    return MonteCarlo.run((FleetKernel) ENGINE.compile(FLEET, TERMS), spec, listener, 0);
  }

  /**
   * Above the exact limit the run streams: its moments and percentiles are bit-identical whatever
   * the number of threads, the moments agree with the exact run's to 1e-12 relative; each
   * percentile is within the sketch's stated rank error of the exact one (its rank among the exact
   * run's sorted samples); the result says which method it used.
   */
  @Test
  void streamedRunsKeepExactMomentsAndPercentilesWithinTheRankError() {
    MonteCarloResult exact =
        ENGINE.monteCarlo(FLEET, TERMS, spec(50_000, 2), ProgressListener.NONE);
    MonteCarloResult one = streamed(spec(50_000, 1), ProgressListener.NONE);
    assertThat(exact.statistics().percentileMethod().describe()).isEqualTo("exact, n = 50,000");
    PercentileMethod m = one.statistics().percentileMethod();
    assertThat(m.isExact()).isFalse();
    assertThat(m.describe()).startsWith("KLL sketch k = 4,096, rank error ±0.0");
    SampleSummary e = exact.statistics();
    for (int threads : new int[] {1, 2, 8}) {
      SampleSummary s = streamed(spec(50_000, threads), ProgressListener.NONE).statistics();
      SampleSummary s1 = one.statistics();
      assertThat(s.count()).isEqualTo(50_000);
      assertThat(s.mean()).isEqualTo(s1.mean());
      assertThat(s.standardDeviation()).isEqualTo(s1.standardDeviation());
      assertThat(s.min()).isEqualTo(e.min());
      assertThat(s.max()).isEqualTo(e.max());
      assertThat(s.mean()).isCloseTo(e.mean(), within(1e-12 * Math.abs(e.mean())));
      assertThat(s.standardDeviation())
          .isCloseTo(e.standardDeviation(), within(1e-12 * e.standardDeviation()));
      // the sketch's coin flips are seeded from its history: percentiles are bit-identical too
      for (double q : new double[] {0.001, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999}) {
        assertThat(s.percentile(q))
            .as("P%s, %d threads", q * 100, threads)
            .isEqualTo(s1.percentile(q));
      }
    }
    double[] sorted = ((SampleStatistics) e).sortedSamples();
    for (var p : one.percentiles().entrySet()) {
      double q = p.getValue();
      long below = Arrays.stream(sorted).filter(v -> v < q).count();
      long atMost = Arrays.stream(sorted).filter(v -> v <= q).count();
      assertThat((double) atMost / sorted.length)
          .isGreaterThanOrEqualTo(p.getKey() - m.rankError());
      assertThat((double) below / sorted.length).isLessThanOrEqualTo(p.getKey() + m.rankError());
    }
  }

  /** A streamed run cancelled while workers wait for their turn ends, and says how far it got. */
  @Test
  void streamedRunsCancelWithoutHanging() {
    AtomicLong seen = new AtomicLong();
    ProgressListener cancelLater =
        new ProgressListener() {
          @Override
          public void progress(long done, long total) {
            seen.accumulateAndGet(done, Math::max);
          }

          @Override
          public boolean cancelled() {
            return seen.get() >= 8_192;
          }
        };
    assertThatThrownBy(() -> streamed(spec(100_000, 4), cancelLater))
        .isInstanceOf(CancellationException.class)
        .hasMessageStartingWith("Monte Carlo cancelled after ");
  }

  @Test
  void test_monteCarlo_badInput() {
    assertThatThrownBy(
            () ->
                MonteCarloSpec.builder()
                    .addInputs(UncertainInput.of("assumptions.pue", Distribution.uniform(1, 2)))
                    .samples(0)
                    .build())
        .hasMessage("samples must be > 0 but was 0");
    assertThatThrownBy(
            () ->
                MonteCarloSpec.builder()
                    .addInputs(UncertainInput.of("assumptions.pue", Distribution.uniform(1, 2)))
                    .samples((1L << 40) + 1)
                    .build())
        .hasMessage("samples must be <= 2^40 (1099511627776) but was 1099511627777");
    assertThatThrownBy(
            () ->
                ENGINE.monteCarlo(
                    FLEET,
                    TERMS,
                    MonteCarloSpec.builder()
                        .addInputs(
                            UncertainInput.of("assumptions.weather", Distribution.uniform(1, 2)))
                        .samples(10)
                        .build(),
                    ProgressListener.NONE))
        .hasMessageStartingWith("input must name an input of the fleet");
    assertThatThrownBy(
            () ->
                ENGINE.monteCarlo(
                    FLEET,
                    TERMS,
                    MonteCarloSpec.builder()
                        .addInputs(UncertainInput.of("assumptions.pue", Distribution.uniform(1, 2)))
                        .addInputs(
                            UncertainInput.of(
                                "assumptions.electricity_usd_per_kwh",
                                Distribution.uniform(0.05, 0.1)))
                        .addInputs(UncertainInput.of("prices.hgx-h100", Distribution.uniform(1, 2)))
                        .addCorrelation(
                            List.of(1.0, 0.9, -0.9),
                            List.of(0.9, 1.0, 0.9),
                            List.of(-0.9, 0.9, 1.0))
                        .samples(10)
                        .build(),
                    ProgressListener.NONE))
        .hasMessageContaining("positive semi-definite");
    assertThatThrownBy(
            () ->
                ENGINE.monteCarlo(
                    FLEET,
                    TERMS,
                    MonteCarloSpec.builder()
                        .addInputs(
                            UncertainInput.of("assumptions.pue", Distribution.uniform(0.5, 2)))
                        .samples(100)
                        .build(),
                    ProgressListener.NONE))
        .hasMessageStartingWith("pue must be in [1, 10]");
  }

  @Test
  void test_aSupportOutsideItsRangeIsStillRefusedWithItsRule() {
    // the run checks each input's support once; a support that leaves the range falls back to
    // checking every sample, and the first sample outside is refused as before
    MonteCarloSpec spec =
        MonteCarloSpec.builder()
            .addInputs(UncertainInput.of("terms.utilisation", Distribution.uniform(0.5, 1.5)))
            .samples(20_000)
            .seed(7)
            .build();
    assertThatThrownBy(() -> ENGINE.monteCarlo(FLEET, TERMS, spec, ProgressListener.NONE))
        .hasMessageStartingWith("utilisation must be");
  }

  @Test
  void test_samplesInsideTheCheckedSupportGiveTheNumbersOfTheCheckedKernel() {
    // a PERT support the run checks once: every sample skips the per-parameter rules; the public
    // compiled fleet checks them on every call; the outputs must be the same bits
    Distribution electricity = Distribution.pert(0.04, 0.09, 0.12);
    MonteCarloSpec spec =
        MonteCarloSpec.builder()
            .addInputs(UncertainInput.of("assumptions.electricity_usd_per_kwh", electricity))
            .samples(5_000)
            .seed(11)
            .threads(2)
            .build();
    MonteCarloResult run = ENGINE.monteCarlo(FLEET, TERMS, spec, ProgressListener.NONE);
    CompiledFleet k = ENGINE.compile(FLEET, TERMS);
    int[] slots = k.slots("assumptions.electricity_usd_per_kwh");
    dev.flopex.core.random.CorrelatedSampler sampler =
        dev.flopex.core.random.CorrelatedSampler.independent(List.of(electricity));
    double[] x = new double[1];
    double[] p = k.defaults();
    double[] outs = new double[5_000];
    CompiledFleet.Evaluation e = k.newEvaluation();
    for (int s = 0; s < outs.length; s++) {
      sampler.sample(11, s, x);
      for (int slot : slots) {
        p[slot] = x[0];
      }
      k.evaluate(p, e);
      outs[s] = e.costPerGpuHour();
    }
    assertThat(run.statistics()).isEqualTo(dev.flopex.core.random.SampleStatistics.of(outs));
  }
}
