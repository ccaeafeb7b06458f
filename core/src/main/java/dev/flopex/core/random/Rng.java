package dev.flopex.core.random;

/**
 * A small, fast, seedable pseudo-random number generator: xoshiro256** (Blackman and Vigna, 2018),
 * seeded through SplitMix64 (Steele, Lea and Flood, 2014), both public-domain algorithms published
 * at <a href="https://prng.di.unimi.it/">prng.di.unimi.it</a>.
 *
 * <pre>{@code
 * Rng rng = Rng.stream(seed, sampleIndex);     // the numbers of sample i depend only on (seed, i)
 * double u = rng.nextDouble();                 // in [0, 1), 53 random bits
 * double x = Distribution.normal(0, 1).sample(rng);
 *
 * Rng reused = Rng.of(0);                      // one per thread, reseeded for every sample:
 * for (long i = from; i < to; i++) {           // no allocation per sample
 *   reused.reseed(seed, i);
 *   ...
 * }
 * }</pre>
 *
 * <p><b>Streams.</b> {@link #stream(long, long)} and {@link #reseed(long, long)} derive a generator
 * from a seed and a stream index (a Monte Carlo sample number, say) as follows:
 *
 * <pre>
 * key   = mix64(mix64(seed) + streamIndex * 0x9e3779b97f4a7c15)
 * s[k]  = mix64(key + (k + 1) * 0x9e3779b97f4a7c15)   for k = 0..3 (SplitMix64 from key)
 * </pre>
 *
 * where {@code mix64} is SplitMix64's output function (a bijection of 64-bit words). Sample {@code
 * i}'s numbers are therefore a function of {@code (seed, i)} alone, so a Monte Carlo run gives
 * bit-identical results however its samples are split across threads or batches. Distinct {@code
 * (seed, i)} pairs collide on a key only by chance (about 2<sup>-64</sup> per pair), and the four
 * state words are never all zero, because {@code mix64} maps only 0 to 0.
 *
 * <p>{@link #of(long)} seeds the state with the first four outputs of SplitMix64 started at {@code
 * seed}, the seeding the authors recommend; {@code Rng.of(s)} reproduces the reference C code
 * seeded that way.
 *
 * <p><b>Quality and limits.</b> xoshiro256** has a period of 2<sup>256</sup> &minus; 1, passes
 * BigCrush and PractRand, and is not cryptographically secure. A Monte Carlo sample uses a handful
 * of numbers from its own stream, far below any length at which streams could overlap.
 *
 * <p><b>Allocation and threads.</b> Every method except the factories and {@link #copy()} allocates
 * nothing. An {@code Rng} is mutable and not thread-safe: keep one per thread. {@code
 * java.util.Random} and {@code ThreadLocalRandom} are not used anywhere in this package, as their
 * sequences are neither splittable by index nor specified for bit-identical replay.
 *
 * @since 0.1
 */
public final class Rng {
  /** 2<sup>64</sup> / &phi;, the SplitMix64 increment ("golden gamma"). */
  static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  static final double DOUBLE_UNIT = 0x1.0p-53;

  private long s0;
  private long s1;
  private long s2;
  private long s3;

  private Rng() {}

  /**
   * Creates a generator seeded with the first four SplitMix64 outputs from {@code seed}.
   *
   * @param seed any value
   * @return a new generator
   */
  public static Rng of(long seed) {
    Rng rng = new Rng();
    rng.reseed(seed);
    return rng;
  }

  /**
   * Creates the generator of stream {@code streamIndex} under {@code seed}; see the class
   * documentation for the derivation.
   *
   * @param seed the run's seed, any value
   * @param streamIndex the stream, e.g. a sample number; any value
   * @return a new generator
   */
  public static Rng stream(long seed, long streamIndex) {
    Rng rng = new Rng();
    rng.reseed(seed, streamIndex);
    return rng;
  }

  /** A generator with the given raw state, for reference tests; the state must not be all 0. */
  static Rng ofState(long s0, long s1, long s2, long s3) {
    Rng rng = new Rng();
    rng.s0 = s0;
    rng.s1 = s1;
    rng.s2 = s2;
    rng.s3 = s3;
    return rng;
  }

  /**
   * SplitMix64's output function (Stafford's "Mix13" variant of the MurmurHash3 finaliser): a
   * bijection on 64-bit words that maps 0 to 0.
   */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * Re-seeds this generator in place as {@link #of(long) of(seed)} would. Allocates nothing.
   *
   * @param seed any value
   */
  @SuppressWarnings(
      "ConstantOverflow") // 2..4 x GOLDEN_GAMMA wrap modulo 2^64 on purpose, as in SplitMix64
  public void reseed(long seed) {
    s0 = mix64(seed + GOLDEN_GAMMA);
    s1 = mix64(seed + 2 * GOLDEN_GAMMA);
    s2 = mix64(seed + 3 * GOLDEN_GAMMA);
    s3 = mix64(seed + 4 * GOLDEN_GAMMA);
  }

  /**
   * Re-seeds this generator in place as {@link #stream(long, long) stream(seed, streamIndex)}
   * would. Allocates nothing, so one generator per thread can serve every sample.
   *
   * @param seed the run's seed
   * @param streamIndex the stream, e.g. a sample number
   */
  public void reseed(long seed, long streamIndex) {
    reseed(mix64(mix64(seed) + streamIndex * GOLDEN_GAMMA));
  }

  /**
   * Returns the next 64 random bits (xoshiro256**).
   *
   * @return any {@code long}, each equally likely
   */
  public long nextLong() {
    long result = Long.rotateLeft(s1 * 5, 7) * 9;
    long t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = Long.rotateLeft(s3, 45);
    return result;
  }

  /**
   * Returns a uniform double in [0, 1): {@code k / 2^53} for a uniformly random 53-bit {@code k}
   * (the upper 53 bits of {@link #nextLong()}).
   *
   * @return a value in {@code [0, 1)}
   */
  public double nextDouble() {
    return (nextLong() >>> 11) * DOUBLE_UNIT;
  }

  /**
   * Returns a uniform double in the open interval (0, 1): {@code (k + 1/2) / 2^52} for a uniformly
   * random 52-bit {@code k}, so never 0 and never 1 (the extremes are {@code 2^-53} and {@code 1 -
   * 2^-53}). Used to sample by inversion, {@code quantile(u)}, which is infinite at 0 or 1 for
   * unbounded distributions; consumes one {@link #nextLong()}.
   *
   * @return a value in {@code (0, 1)}
   */
  public double nextOpenDouble() {
    return openDouble(nextLong());
  }

  /**
   * {@link #nextOpenDouble()}'s map from 64 random bits to (0, 1).
   *
   * @param bits the output of {@link #nextLong()}
   * @return a value in {@code (0, 1)}
   */
  static double openDouble(long bits) {
    return openNumerator(bits) * DOUBLE_UNIT;
  }

  /**
   * {@link #openDouble}'s numerator, the odd 53-bit integer that {@code 2^-53} scales: apart, so
   * that a loop can compute it over a block and convert in a loop of its own (SampleDesign).
   */
  static long openNumerator(long bits) {
    return ((bits >>> 12) << 1) | 1L;
  }

  /**
   * Returns an independent copy of this generator in its current state; the two then produce the
   * same sequence.
   *
   * @return a new generator
   */
  public Rng copy() {
    return ofState(s0, s1, s2, s3);
  }

  @Override
  public String toString() {
    return "Rng[xoshiro256**]";
  }
}
