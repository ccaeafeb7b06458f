package dev.flopex.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.core.validation.ValidationException;
import java.util.Arrays;
import org.apache.datasketches.kll.KllSketch;
import org.junit.jupiter.api.Test;

class StreamingAccumulatorTest {
  private static final int BLOCK = 4096;

  /** Lognormal-ish costs around {@code offset}: skewed, as Monte Carlo outputs are. */
  private static double[] values(int n, double offset, long seed) {
    double[] x = new double[n];
    Rng r = Rng.stream(seed, 0);
    for (int i = 0; i < n; i++) {
      x[i] = offset + Math.exp(r.nextDouble() * 3);
    }
    return x;
  }

  private static StreamingAccumulator inBlocks(double[] x, int from, int to) {
    StreamingAccumulator acc = StreamingAccumulator.create();
    for (int b = from; b < to; b += BLOCK) {
      acc.addAll(x, b, Math.min(to, b + BLOCK));
    }
    return acc;
  }

  /** The fraction of values below and at most {@code q} in sorted {@code s}. */
  private static double[] rankRange(double[] s, double q) {
    int lo = 0;
    while (lo < s.length && s[lo] < q) {
      lo++;
    }
    int hi = lo;
    while (hi < s.length && s[hi] <= q) {
      hi++;
    }
    return new double[] {(double) lo / s.length, (double) hi / s.length};
  }

  @Test
  void momentsAgreeWithExactStatisticsAndPercentilesAreWithinTheRankError() {
    for (double offset : new double[] {0, 1e9, -50}) {
      double[] x = values(300_000, offset, 11);
      SampleSummary s = inBlocks(x, 0, x.length).snapshot();
      SampleStatistics exact = SampleStatistics.of(x);
      assertThat(s.count()).isEqualTo(exact.count());
      assertThat(s.min()).isEqualTo(exact.min());
      assertThat(s.max()).isEqualTo(exact.max());
      assertThat(s.mean()).isCloseTo(exact.mean(), within(1e-12 * Math.abs(exact.mean())));
      assertThat(s.standardDeviation())
          .isCloseTo(exact.standardDeviation(), within(1e-12 * exact.standardDeviation()));
      assertThat(s.standardError())
          .isCloseTo(exact.standardError(), within(1e-12 * exact.standardError()));
      PercentileMethod m = s.percentileMethod();
      assertThat(m.isExact()).isFalse();
      assertThat(m.rankError()).isEqualTo(KllSketch.getNormalizedRankError(4096, false));
      double[] sorted = exact.sortedSamples();
      for (double p : new double[] {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99}) {
        double[] ranks = rankRange(sorted, s.percentile(p));
        assertThat(ranks[1]).as("P%s", p * 100).isGreaterThanOrEqualTo(p - m.rankError());
        assertThat(ranks[0]).as("P%s", p * 100).isLessThanOrEqualTo(p + m.rankError());
      }
      assertThat(s.percentile(0)).isEqualTo(exact.min());
      assertThat(s.percentile(1)).isEqualTo(exact.max());
    }
  }

  @Test
  void theRankErrorIsTheLibrarysAndTheDescriptionSaysSo() {
    double eps = KllSketch.getNormalizedRankError(StreamingAccumulator.DEFAULT_K, false);
    // DataSketches' own figure for k = 4096, 99 % confidence: about 6e-4
    assertThat(eps).isBetween(3e-4, 1e-3);
    SampleSummary s =
        StreamingAccumulator.create().addAll(values(10_000, 0, 1), 0, 10_000).snapshot();
    assertThat(s.percentileMethod().describe())
        .isEqualTo(
            String.format(
                java.util.Locale.ROOT,
                "KLL sketch k = 4,096, rank error ±%.2g %%, n = 10,000",
                100 * eps));
    assertThat(s.percentileMethod().sketchK()).hasValue(4096);
    assertThat(SampleStatistics.of(new double[] {1, 2}).percentileMethod().describe())
        .isEqualTo("exact, n = 2");
  }

  /**
   * Splitting the values between accumulators at a multiple of the group size and merging them in
   * order gives the same moments, bit for bit, as one accumulator: what makes a run's moments
   * independent of how its blocks are spread over threads or Spark partitions.
   */
  @Test
  void mergingAtGroupBoundariesGivesBitIdenticalMoments() {
    int g = StreamingAccumulator.GROUP;
    double[] x = values(2 * g + 5 * BLOCK + 17, 1e4, 3);
    SampleSummary one = inBlocks(x, 0, x.length).snapshot();
    StreamingAccumulator a = inBlocks(x, 0, g);
    StreamingAccumulator b = inBlocks(x, g, 2 * g);
    StreamingAccumulator c = inBlocks(x, 2 * g, x.length);
    SampleSummary merged = a.addAll(b).addAll(c).snapshot();
    assertThat(merged.count()).isEqualTo(one.count());
    assertThat(merged.mean()).isEqualTo(one.mean());
    assertThat(merged.standardDeviation()).isEqualTo(one.standardDeviation());
    assertThat(merged.min()).isEqualTo(one.min());
    assertThat(merged.max()).isEqualTo(one.max());
    assertThat(c.count()).isEqualTo(x.length - 2L * g); // the merged-in ones are unchanged
    SampleStatistics exact = SampleStatistics.of(x);
    assertThat(merged.standardDeviation())
        .isCloseTo(exact.standardDeviation(), within(1e-12 * exact.standardDeviation()));
    double eps = merged.percentileMethod().rankError();
    double[] sorted = exact.sortedSamples();
    for (double p : new double[] {0.05, 0.5, 0.95}) {
      double[] ranks = rankRange(sorted, merged.percentile(p));
      assertThat(ranks[1]).isGreaterThanOrEqualTo(p - eps);
      assertThat(ranks[0]).isLessThanOrEqualTo(p + eps);
    }
  }

  /**
   * The sketch's coin flips are seeded from its history, so the same chunks in the same order give
   * the same sketch, bit for bit, even while another thread feeds other sketches at the same time
   * (DataSketches draws every sketch's flips from one process-wide generator). With DataSketches'
   * own unseeded flips this fails: a small k compacts thousands of times.
   */
  @Test
  void theSameChunksGiveTheSameSketchBitForBitWhileOtherSketchesRun() throws Exception {
    assertThat(KllCoins.seeded()).as("DataSketches' KllSketch.random found").isTrue();
    double[] x = values(200_000, 10, 5);
    double[] other = values(200_000, 0, 6);
    java.util.concurrent.atomic.AtomicBoolean stop =
        new java.util.concurrent.atomic.AtomicBoolean();
    Thread noise =
        new Thread(
            () -> {
              while (!stop.get()) {
                StreamingAccumulator n = StreamingAccumulator.withK(8);
                for (int b = 0; b < other.length; b += 512) {
                  n.addAll(other, b, Math.min(other.length, b + 512));
                }
              }
            });
    noise.setDaemon(true);
    noise.start();
    try {
      byte[] first = null;
      for (int run = 0; run < 3; run++) {
        StreamingAccumulator a = StreamingAccumulator.withK(8);
        StreamingAccumulator b = StreamingAccumulator.withK(8);
        for (int i = 0; i < x.length; i += 1000) {
          a.addAll(x, i, Math.min(x.length, i + 1000));
          b.addAll(x, i, Math.min(x.length, i + 1000));
        }
        byte[] merged = a.addAll(b).toBytes();
        if (first == null) {
          first = merged;
        } else {
          assertThat(Arrays.equals(merged, first)).as("run %d gives the same bytes", run).isTrue();
        }
      }
      // the values themselves decide: other values give another sketch
      StreamingAccumulator c = StreamingAccumulator.withK(8);
      c.addAll(other, 0, other.length);
      assertThat(Arrays.equals(c.toBytes(), first)).isFalse();
    } finally {
      stop.set(true);
      noise.join();
    }
  }

  @Test
  void hugeMagnitudesAndConstantValuesNeitherOverflowNorLoseTheSpread() {
    double[] big = {1e300, -1e300, 1.5e300, 1e300};
    SampleSummary s = StreamingAccumulator.create().addAll(big, 0, 2).addAll(big, 2, 4).snapshot();
    SampleStatistics exact = SampleStatistics.of(big);
    assertThat(s.mean()).isCloseTo(exact.mean(), within(1e-12 * exact.mean()));
    assertThat(s.standardDeviation())
        .isCloseTo(exact.standardDeviation(), within(1e-12 * exact.standardDeviation()));
    double[] same = new double[10_000];
    Arrays.fill(same, 7.25);
    SampleSummary c = inBlocks(same, 0, same.length).snapshot();
    assertThat(c.mean()).isEqualTo(7.25);
    assertThat(c.standardDeviation()).isZero();
    assertThat(c.p50()).isEqualTo(7.25);
    SampleSummary z = StreamingAccumulator.create().add(0).add(0).snapshot();
    assertThat(z.mean()).isZero();
    assertThat(z.standardDeviation()).isZero();
  }

  @Test
  void histogramCountsSumToTheSamplesAndAreWithinTwiceTheRankErrorOfTheExactOnes() {
    double[] x = values(200_000, 0, 5);
    SampleSummary s = inBlocks(x, 0, x.length).snapshot();
    Histogram h = s.histogram(20);
    Histogram exact = SampleStatistics.of(x).histogram(20);
    assertThat(h.edges()).isEqualTo(exact.edges());
    assertThat(h.total()).isEqualTo(x.length);
    double slack = 2 * s.percentileMethod().rankError() * x.length + 1;
    for (int i = 0; i < 20; i++) {
      assertThat((double) h.count(i)).isCloseTo(exact.count(i), within(slack));
    }
    assertThat(s.histogram().total()).isEqualTo(x.length);
  }

  @Test
  void badInputIsRefusedNamingTheValue() {
    StreamingAccumulator acc = StreamingAccumulator.create().addAll(new double[] {1, 2, 3}, 0, 3);
    assertThatThrownBy(() -> acc.addAll(new double[] {4, Double.NaN}, 0, 2))
        .isInstanceOf(ValidationException.class)
        .hasMessage("samples[4] must be finite but was NaN");
    assertThat(acc.count()).isEqualTo(3); // nothing of the refused chunk was added
    assertThatThrownBy(() -> StreamingAccumulator.create().snapshot())
        .isInstanceOf(ValidationException.class)
        .hasMessage("count must be > 0 but was 0");
    assertThatThrownBy(() -> StreamingAccumulator.withK(4))
        .isInstanceOf(ValidationException.class)
        .hasMessage("k must be in [8, 65535] but was 4");
    assertThatThrownBy(() -> acc.addAll(acc)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> acc.snapshot().percentile(95))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("p must be in [0, 1] but was 95");
    assertThatThrownBy(() -> StreamingAccumulator.create().add(1).snapshot().standardDeviation())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("standardDeviation needs count >= 2 but count was 1");
  }
}
