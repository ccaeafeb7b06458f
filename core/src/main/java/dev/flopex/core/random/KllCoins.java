package dev.flopex.core.random;

import java.lang.reflect.Field;
import java.util.Random;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.kll.KllSketch;
import org.jspecify.annotations.Nullable;

/**
 * Makes the coin flips of DataSketches' KLL sketch a function of the sketch's history, so a {@link
 * StreamingAccumulator} fed the same chunks in the same order holds the same sketch, bit for bit,
 * in every run.
 *
 * <p>A KLL compactor keeps the odd or the even items of a sorted level, chosen by a coin flip.
 * DataSketches 6.2.0 flips every sketch's coins from one process-wide {@link Random}, {@code
 * KllSketch.random}, created unseeded; its API offers no way to pass another. This class reads that
 * field once (DataSketches' jar is an automatic module, which opens its packages) and, before each
 * update or merge, seeds it from the sketch's count, the chunk's length and the kind of operation,
 * holding one lock across the seeding and the operation. The flips inside one operation are the
 * generator's stream from that seed; operations with different counts get unrelated seeds
 * (SplitMix64's finaliser), so the flips stay independent enough for KLL's rank-error bound, which
 * {@code StreamingAccumulatorTest} checks against exact percentiles.
 *
 * <p>Two limits, both documented on {@link StreamingAccumulator}: another part of the same JVM that
 * updates a KLL sketch outside this class at the same moment draws from the same generator and can
 * still disturb a run; and a DataSketches version without that field leaves the flips unseeded
 * ({@link #seeded()} is false and {@link PercentileMethod} says nothing new: a test pins that the
 * shipped version has it).
 */
final class KllCoins {
  private static final @Nullable Random COINS = find();
  private static final Object LOCK = new Object();
  private static final long UPDATE = 0x5DEECE66DL;
  private static final long MERGE = 0x2545F4914F6CDD1DL;

  private KllCoins() {}

  private static @Nullable Random find() {
    try {
      Field f = KllSketch.class.getDeclaredField("random");
      f.setAccessible(true);
      Object r = f.get(null);
      return r instanceof Random ? (Random) r : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // another DataSketches version: the flips stay unseeded
    }
  }

  /** Whether the flips are seeded: DataSketches' generator was found. */
  static boolean seeded() {
    return COINS != null;
  }

  /** {@code sketch.update(values, from, length)} with flips seeded from the sketch's count. */
  static void update(KllDoublesSketch sketch, double[] values, int from, int length) {
    Random coins = COINS;
    if (coins == null) {
      sketch.update(values, from, length);
      return;
    }
    synchronized (LOCK) {
      coins.setSeed(mix(mix(sketch.getN() ^ UPDATE) + length));
      sketch.update(values, from, length);
    }
  }

  /** {@code sketch.merge(other)} with flips seeded from both counts. */
  static void merge(KllDoublesSketch sketch, KllDoublesSketch other) {
    Random coins = COINS;
    if (coins == null) {
      sketch.merge(other);
      return;
    }
    synchronized (LOCK) {
      coins.setSeed(mix(mix(sketch.getN() ^ MERGE) + other.getN()));
      sketch.merge(other);
    }
  }

  /** SplitMix64's finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
