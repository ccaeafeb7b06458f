package dev.flopex.core.random;

import com.google.common.base.Preconditions;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.memory.Memory;

/**
 * Summarises any number of Monte Carlo outputs in bounded memory: exact count, extremes, mean and
 * standard deviation, and percentiles from a KLL quantile sketch (Apache DataSketches) with a
 * stated rank error. Use it where {@link StatisticsAccumulator}, which keeps every value, would not
 * fit. Mutable and not thread-safe: feed it from one thread, or give each worker or partition its
 * own and {@link #addAll(StreamingAccumulator) merge} them in order.
 *
 * <pre>{@code
 * StreamingAccumulator acc = StreamingAccumulator.create();
 * double[] block = new double[4096];
 * for (long b = 0; b < blocks; b++) {
 *   fill(block, seed, b);                  // the outputs of samples b * 4096 ...
 *   acc.addAll(block, 0, block.length);    // one chunk
 * }
 * SampleSummary s = acc.snapshot();
 * s.mean(); s.standardDeviation(); s.p95();
 * s.percentileMethod().describe();         // "KLL sketch k = 4,096, rank error ±0.071 %, n = ..."
 * }</pre>
 *
 * <p><b>Memory.</b> The sketch holds O(k log(n / k)) values (about 100 KB at the default k and a
 * billion values); the moments keep one summary of about 100 bytes per {@value #GROUP} values
 * (about 10 KB at 10<sup>8</sup> values, 100 MB at the largest Monte Carlo, 2<sup>40</sup>
 * samples).
 *
 * <p><b>Moments are deterministic.</b> Each call of {@link #addAll(double[], int, int)} is one
 * chunk, summarised by the corrected two-pass algorithm; chunks are merged in the order added
 * (Chan's pairwise update) into groups of at least {@value #GROUP} values, and {@link #snapshot()}
 * merges the groups in order. The count, min, max, mean and standard deviation therefore depend
 * only on the values, their chunks and their order. Accumulators merged with {@link
 * #addAll(StreamingAccumulator)} in the order of their values give bit-identical moments to one
 * accumulator fed the same chunks whenever each merged accumulator but the last holds a multiple of
 * {@value #GROUP} values and the chunks divide {@value #GROUP} (as Monte Carlo's blocks of 4,096
 * samples do). They agree with {@link SampleStatistics} of the same values (which sums in sorted
 * order) to about 1e-15 relative.
 *
 * <p><b>Percentiles are deterministic too.</b> A KLL sketch keeps the odd or the even items of a
 * compactor by a coin flip. DataSketches flips every sketch's coins from one process-wide generator
 * that it creates unseeded and does not let a caller seed; this class seeds that generator before
 * each update or merge from the sketch's count and the chunk's length, under one lock. So the
 * sketch, and with it every percentile and the histogram, depends only on the chunks added and
 * their order, like the moments: the same run gives the same percentiles, bit for bit, whatever the
 * number of threads. Each percentile is within the stated rank error ({@link
 * PercentileMethod#rankError()}, 99 % confidence) of the exact value; 0 and 1 give the exact min
 * and max. One caveat: code elsewhere in the same JVM that updates its own KLL sketches at the same
 * moment, outside flopex, draws from the same generator and can disturb the flips.
 *
 * @since 0.5
 */
public final class StreamingAccumulator {
  /** The sketch parameter k of {@link #create()}: a rank error of about ±0.071 %. */
  public static final int DEFAULT_K = 4096;

  /** The number of values (at least) whose moments form one group. */
  public static final int GROUP = 1 << 20;

  private final KllDoublesSketch sketch;
  private final List<Moments> groups = new ArrayList<>();
  private Moments current = new Moments();
  private final double[] one = new double[1];
  private long count;

  private StreamingAccumulator(int k) {
    this(KllDoublesSketch.newHeapInstance(k));
  }

  private StreamingAccumulator(KllDoublesSketch sketch) {
    this.sketch = sketch;
  }

  /** The first int of {@link #toBytes()}: "FLX" and format version 1. */
  private static final int MAGIC = 0x464c5801;

  /**
   * Creates an empty accumulator whose sketch has parameter {@link #DEFAULT_K}.
   *
   * @return the accumulator
   */
  public static StreamingAccumulator create() {
    return new StreamingAccumulator(DEFAULT_K);
  }

  /**
   * Creates an empty accumulator whose sketch has parameter {@code k}: a larger k is more accurate
   * and keeps more values (the rank error falls about as 1/k).
   *
   * @param k the KLL parameter, in {@code [8, 65535]}
   * @return the accumulator
   * @throws ValidationException "k must be in [8, 65535] but was 4"
   */
  public static StreamingAccumulator withK(int k) {
    Check.that(
        k >= 8 && k <= KllDoublesSketch.MAX_K, "k", Integer.toString(k), "must be in [8, 65535]");
    return new StreamingAccumulator(k);
  }

  /**
   * Adds one value, as a chunk of its own.
   *
   * @param x the value, finite
   * @return this accumulator
   * @throws ValidationException "samples[17] must be finite but was NaN", naming the value's
   *     0-based position
   */
  @CanIgnoreReturnValue
  public StreamingAccumulator add(double x) {
    one[0] = x;
    return addAll(one, 0, 1);
  }

  /**
   * Adds {@code values[from..to)} as one chunk; if one is not finite, adds none.
   *
   * @param values the values
   * @param from the first index, inclusive
   * @param to the last index, exclusive
   * @return this accumulator
   * @throws ValidationException "samples[17] must be finite but was NaN", naming the value's
   *     0-based position among all values added
   * @throws IndexOutOfBoundsException if the range is not within {@code values}
   * @throws NullPointerException if {@code values} is null
   */
  @CanIgnoreReturnValue
  public StreamingAccumulator addAll(double[] values, int from, int to) {
    Preconditions.checkNotNull(values, "values");
    Preconditions.checkPositionIndexes(from, to, values.length);
    if (from == to) {
      return this;
    }
    for (int i = from; i < to; i++) {
      if (!Double.isFinite(values[i])) {
        Check.finite(values[i], "samples[" + (count + i - from) + "]", "");
      }
    }
    current.merge(Moments.of(values, from, to));
    KllCoins.update(sketch, values, from, to - from);
    count += to - from;
    if (current.count >= GROUP) {
      groups.add(current);
      current = new Moments();
    }
    return this;
  }

  /**
   * Adds every value of another accumulator, as if they came after this one's; {@code other} is
   * left unchanged. This accumulator's unfinished group is closed first (see the class comment for
   * when the moments are bit-identical to one accumulator's).
   *
   * @param other the accumulator whose values follow this one's
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} is this accumulator
   * @throws NullPointerException if {@code other} is null
   */
  @CanIgnoreReturnValue
  public StreamingAccumulator addAll(StreamingAccumulator other) {
    Preconditions.checkNotNull(other, "other");
    Preconditions.checkArgument(other != this, "cannot add an accumulator to itself");
    if (current.count > 0) {
      groups.add(current);
      current = new Moments();
    }
    for (Moments g : other.groups) {
      groups.add(g.copy());
    }
    if (other.current.count > 0) {
      groups.add(other.current.copy());
    }
    KllCoins.merge(sketch, other.sketch);
    count += other.count;
    return this;
  }

  /**
   * Returns this accumulator's state as bytes, to ship it to another machine (for instance from a
   * Spark executor to the driver) and read it back with {@link #fromBytes(byte[])}: the moments of
   * every group and the sketch in DataSketches' own serial form.
   *
   * @return the bytes
   */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeLong(count);
      out.writeInt(groups.size());
      for (Moments g : groups) {
        g.write(out);
      }
      current.write(out);
      byte[] s = sketch.toByteArray();
      out.writeInt(s.length);
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  /**
   * Reads an accumulator written by {@link #toBytes()}; it continues exactly where that one stood.
   *
   * @param bytes the bytes
   * @return the accumulator
   * @throws ValidationException "bytes must be a StreamingAccumulator's (toBytes) but was 12 bytes"
   *     for anything else
   * @throws NullPointerException if {@code bytes} is null
   */
  public static StreamingAccumulator fromBytes(byte[] bytes) {
    Preconditions.checkNotNull(bytes, "bytes");
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != MAGIC) {
        throw new IOException("not a StreamingAccumulator");
      }
      long count = in.readLong();
      int groups = in.readInt();
      if (groups < 0 || groups > bytes.length / 48) {
        throw new IOException("bad group count " + groups);
      }
      List<Moments> gs = new ArrayList<>();
      for (int i = 0; i < groups; i++) {
        gs.add(Moments.read(in));
      }
      Moments current = Moments.read(in);
      int n = in.readInt();
      if (n < 0 || n > in.available()) {
        throw new IOException("bad sketch length " + n);
      }
      byte[] s = new byte[n];
      in.readFully(s);
      StreamingAccumulator acc = new StreamingAccumulator(KllDoublesSketch.heapify(Memory.wrap(s)));
      acc.groups.addAll(gs);
      acc.current = current;
      acc.count = count;
      return acc;
    } catch (IOException | RuntimeException e) {
      throw new ValidationException(
          "bytes", bytes.length + " bytes", "must be a StreamingAccumulator's (toBytes)", e);
    }
  }

  /**
   * Returns the number of values added.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Summarises the values added so far. The accumulator stays usable.
   *
   * @return the statistics, with percentiles from the sketch
   * @throws ValidationException "count must be > 0 but was 0" if nothing was added
   */
  public SampleSummary snapshot() {
    Check.positive(count, "count");
    Moments total = new Moments();
    for (Moments g : groups) {
      total.merge(g);
    }
    total.merge(current);
    PercentileMethod method =
        PercentileMethod.sketch(sketch.getK(), sketch.getNormalizedRankError(false), count);
    return new StreamingStatistics(total, sketch.getSortedView(), method);
  }
}
