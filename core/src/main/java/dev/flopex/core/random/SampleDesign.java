package dev.flopex.core.random;

import com.google.common.base.Preconditions;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;

/**
 * The uniform numbers of a Monte Carlo run: for sample {@code i} of {@code n}, a point {@code u} in
 * the open unit cube {@code (0, 1)^d}, by plain pseudo-random streams, a Latin hypercube or a
 * scrambled Sobol sequence ({@link SamplingMethod}). {@link CorrelatedSampler#fromUniforms} turns
 * the point into input values. Immutable and thread-safe; each thread keeps a {@link Cursor}.
 *
 * <pre>{@code
 * SampleDesign design = SampleDesign.of(SamplingMethod.SOBOL, seed, n, 3);
 * CorrelatedSampler inputs = CorrelatedSampler.independent(List.of(price, utilisation, power));
 * SampleDesign.Cursor cursor = design.newCursor();           // one per thread
 * CorrelatedSampler.Scratch scratch = inputs.newScratch();   // one per thread
 * double[] u = new double[3];
 * double[] x = new double[3];
 * for (long i = from; i < to; i++) {
 *   design.uniforms(i, cursor, u);                           // no allocation per sample
 *   inputs.fromUniforms(u, scratch, x);
 *   ...
 * }
 * }</pre>
 *
 * <p><b>Reproducibility.</b> Sample {@code i}'s point is a function of {@code (method, seed, n, d,
 * i)} alone, never of the cursor's history or the thread, so a run split across threads or batches
 * in any way gives bit-identical results. ({@code n} matters only to the Latin hypercube.)
 *
 * <p><b>Random</b> ({@link SamplingMethod#RANDOM}): {@code u_j} is the {@code j}-th {@link
 * Rng#nextOpenDouble()} of {@link Rng#stream(long, long) Rng.stream(seed, i)}, the numbers {@link
 * CorrelatedSampler#sample(long, long, CorrelatedSampler.Scratch, double[])} uses, so the two give
 * the same values bit for bit.
 *
 * <p><b>Latin hypercube</b> ({@link SamplingMethod#LATIN_HYPERCUBE}; McKay, Beckman and Conover
 * 1979): {@code u_j = (pi_j(i) + v_ij) / n}, where {@code pi_j} is a random permutation of {@code
 * 0..n-1} for input {@code j} and {@code v_ij} a uniform jitter in (0, 1). So for every input each
 * stratum {@code [k/n, (k+1)/n)} holds exactly one of the {@code n} samples. The permutations take
 * no memory: {@code pi_j(i)} is a four-round Feistel network on {@code 2h}-bit words ({@code 2^2h}
 * the least power of four {@code >= n}) with round function {@code mix64(key + half)} and keys
 * drawn from the seed, walked through its cycle until it lands below {@code n} ("cycle walking":
 * Black and Rogaway 2002), a bijection of {@code 0..n-1} whatever the keys. The jitter has {@code
 * 50 - ceil(log2 n)} bits, so that {@code (k + v)} is exact and {@code u} falls strictly inside its
 * stratum after rounding. Cost: about two walks of four rounds per input and sample; memory: none.
 *
 * <p><b>Sobol</b> ({@link SamplingMethod#SOBOL}): point {@code i} of Sobol's sequence in Gray-code
 * order, {@code x = XOR of V_k over the set bits k-1 of i ^ (i >> 1)}, with Joe and Kuo's (2008)
 * direction numbers {@code V_k} as Hipparchus ships them, then randomised per input by Matoušek's
 * (1998) random linear scramble (a random lower-triangular binary matrix with unit diagonal applied
 * to the 52 binary digits, most significant first) and a random digital shift (an XOR with random
 * 52 digits), both drawn from the seed: the scramble is applied to the direction numbers once, so a
 * point costs one XOR per input when samples are visited in order. The randomised points keep the
 * sequence's net structure (any {@code 2^m} consecutive points from a multiple of {@code 2^m} put
 * exactly one point in each of the {@code 2^m} equal intervals of every input) and each point is
 * uniform on the cube, so estimates are unbiased and their error can be measured over seeds (Owen
 * 2003 compares such scrambles). {@code u = (x' + 1/2) / 2^52}. At most {@value
 * #MAX_SOBOL_DIMENSION} inputs (the table's dimensions) and {@value #MAX_SOBOL_SAMPLES} samples (31
 * direction numbers are read).
 *
 * <p><b>Validation.</b> {@code "samples must be > 0 but was 0"}, {@code "samples must be <=
 * 1099511627776 (2^40) but was ..."}, {@code "sampling must be random or latin_hypercube for 1025
 * inputs (sobol has direction numbers for at most 1024) but was sobol"}, {@code "sampleIndex must
 * be in [0, 1000) but was 1000"}.
 *
 * @since 0.4
 */
public final class SampleDesign {
  /** The most samples of any design: 2<sup>40</sup>. */
  public static final long MAX_SAMPLES = 1L << 40;

  /** The most inputs of a Sobol design: the dimensions of the direction-number table. */
  public static final int MAX_SOBOL_DIMENSION = SobolDirections.DIMENSIONS;

  /** The most samples of a Sobol design: 2<sup>31</sup> &minus; 1. */
  public static final long MAX_SOBOL_SAMPLES = (1L << SobolDirections.COUNT) - 1;

  /** Domain separation of the seeds drawn for each method (arbitrary odd constants). */
  private static final long LHS_PERMUTATION = 0x5851f42d4c957f2dL;

  private static final long LHS_JITTER = 0x14057b7ef767814fL;
  private static final long SOBOL_SCRAMBLE = 0x2545f4914f6cdd1dL;

  private static final int ROUNDS = 4;
  private static final double TWO_TO_MINUS_53 = 0x1.0p-53;

  private final SamplingMethod method;
  private final long seed;
  private final long samples;
  private final int dimension;

  // Latin hypercube
  private final long[] feistelKeys;
  private final int halfBits;
  private final long halfMask;
  private final int jitterBits;
  private final double jitterUnit;
  private final double strata;
  private final long jitterSeed;

  // Sobol: scrambled direction numbers [j * COUNT + k - 1] and the digital shifts
  private final long[] directions;
  private final long[] shifts;

  /**
   * Per-thread state of a design: a generator and, for Sobol, the last point, so that the next
   * sample costs one XOR per input. Create one per thread with {@link #newCursor()}; not
   * thread-safe.
   */
  public static final class Cursor {
    private final Rng rng = Rng.of(0);
    private final long[] x;
    private final double[] point;

    /** Random streams: a block's generator states, one per sample (grown to the largest block). */
    private long[] s0 = new long[0];

    private long[] s1 = new long[0];
    private long[] s2 = new long[0];
    private long[] s3 = new long[0];

    /** The draws' 53-bit odd numerators, before their conversion to doubles. */
    private long[] numerators = new long[0];

    private @org.jspecify.annotations.Nullable SampleDesign owner;
    private long last = -1;

    private Cursor(int dimension) {
      this.x = new long[dimension];
      this.point = new double[dimension];
    }

    /**
     * Returns the dimension this cursor serves.
     *
     * @return the number of inputs
     */
    public int dimension() {
      return x.length;
    }
  }

  private SampleDesign(SamplingMethod method, long seed, long samples, int dimension) {
    check(method, samples, dimension);
    this.method = method;
    this.seed = seed;
    this.samples = samples;
    this.dimension = dimension;
    int c = 64 - Long.numberOfLeadingZeros(samples - 1); // ceil(log2 samples)
    if (method == SamplingMethod.LATIN_HYPERCUBE) {
      this.halfBits = Math.max(1, (c + 1) / 2);
      this.halfMask = (1L << halfBits) - 1;
      this.feistelKeys = new long[dimension * ROUNDS];
      Rng keys = Rng.of(0);
      for (int j = 0; j < dimension; j++) {
        keys.reseed(Rng.mix64(seed ^ LHS_PERMUTATION), j);
        for (int r = 0; r < ROUNDS; r++) {
          feistelKeys[j * ROUNDS + r] = keys.nextLong();
        }
      }
      this.jitterBits = 50 - c;
      this.jitterUnit = Math.scalb(1.0, -(jitterBits + 1));
      this.strata = samples;
      this.jitterSeed = Rng.mix64(seed ^ LHS_JITTER);
    } else {
      this.halfBits = 0;
      this.halfMask = 0;
      this.feistelKeys = new long[0];
      this.jitterBits = 0;
      this.jitterUnit = 0;
      this.strata = 0;
      this.jitterSeed = 0;
    }
    this.shifts = new long[method == SamplingMethod.SOBOL ? dimension : 0];
    this.directions =
        method == SamplingMethod.SOBOL
            ? scramble(SobolDirections.of(dimension), seed, shifts)
            : new long[0];
  }

  /**
   * Creates a design.
   *
   * @param method where the uniforms come from
   * @param seed the run's seed, any value
   * @param samples the number of samples of the run, in [1, 2^40] ({@link #MAX_SAMPLES}); the Latin
   *     hypercube stratifies by it, Sobol takes at most {@link #MAX_SOBOL_SAMPLES}
   * @param dimension the number of inputs, at least 1; Sobol takes at most {@link
   *     #MAX_SOBOL_DIMENSION}
   * @return the design
   * @throws ValidationException if a count breaks its rule; see the class documentation
   * @throws NullPointerException if {@code method} is null
   */
  public static SampleDesign of(SamplingMethod method, long seed, long samples, int dimension) {
    return new SampleDesign(method, seed, samples, dimension);
  }

  /**
   * Checks that a method can serve a run, as {@link #of} would, without building its tables.
   *
   * @param method the method
   * @param samples the number of samples
   * @param dimension the number of inputs
   * @throws ValidationException as {@link #of}
   */
  public static void check(SamplingMethod method, long samples, int dimension) {
    Preconditions.checkNotNull(method, "method");
    Check.positive(samples, "samples");
    Check.that(
        samples <= MAX_SAMPLES,
        "samples",
        Long.toString(samples),
        "must be <= " + MAX_SAMPLES + " (2^40)");
    Check.positive(dimension, "dimension");
    if (method == SamplingMethod.SOBOL) {
      Check.that(
          dimension <= MAX_SOBOL_DIMENSION,
          "sampling",
          method.key(),
          "must be random or latin_hypercube for "
              + dimension
              + " inputs (sobol has direction numbers for at most "
              + MAX_SOBOL_DIMENSION
              + ")");
      Check.that(
          samples <= MAX_SOBOL_SAMPLES,
          "samples",
          Long.toString(samples),
          "must be <= " + MAX_SOBOL_SAMPLES + " (2^31 - 1) for sobol sampling");
    }
  }

  /**
   * Applies Matoušek's random linear scramble to each dimension's direction numbers: digit {@code
   * r} of the result (most significant first) is digit {@code r} of the input XOR a random
   * combination of the more significant digits. Then draws each dimension's digital shift into
   * {@code shifts}.
   */
  private static long[] scramble(long[] v, long seed, long[] shifts) {
    int dimension = shifts.length;
    long[] out = new long[v.length];
    long[] rows = new long[SobolDirections.BITS];
    Rng r = Rng.of(0);
    long all = (1L << SobolDirections.BITS) - 1;
    for (int j = 0; j < dimension; j++) {
      r.reseed(Rng.mix64(seed ^ SOBOL_SCRAMBLE), j);
      for (int p = 0; p < SobolDirections.BITS; p++) {
        // the row of output bit p (bit 51 is the digit worth 1/2): random bits above p, 1 at p
        long above = all & ~((2L << p) - 1);
        rows[p] = (r.nextLong() & above) | (1L << p);
      }
      for (int k = 0; k < SobolDirections.COUNT; k++) {
        long x = v[j * SobolDirections.COUNT + k];
        long y = 0;
        for (int p = 0; p < SobolDirections.BITS; p++) {
          y |= (long) (Long.bitCount(rows[p] & x) & 1) << p;
        }
        out[j * SobolDirections.COUNT + k] = y;
      }
      shifts[j] = r.nextLong() >>> (64 - SobolDirections.BITS);
    }
    return out;
  }

  /**
   * Returns an unscrambled Sobol design's first points, for reference tests: {@code [i][j]}.
   *
   * @param points how many
   * @param dimension the inputs
   */
  static double[][] unscrambledSobol(int points, int dimension) {
    long[] v = SobolDirections.of(dimension);
    double[][] out = new double[points][dimension];
    for (int i = 0; i < points; i++) {
      long g = i ^ (i >>> 1);
      for (int j = 0; j < dimension; j++) {
        long x = 0;
        for (int k = 0; k < SobolDirections.COUNT; k++) {
          if ((g >>> k & 1) != 0) {
            x ^= v[j * SobolDirections.COUNT + k];
          }
        }
        out[i][j] = Math.scalb((double) x, -SobolDirections.BITS);
      }
    }
    return out;
  }

  /**
   * Returns the method.
   *
   * @return where the uniforms come from
   */
  public SamplingMethod method() {
    return method;
  }

  /**
   * Returns the seed.
   *
   * @return the run's seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the number of samples.
   *
   * @return the run's sample count
   */
  public long samples() {
    return samples;
  }

  /**
   * Returns the number of inputs.
   *
   * @return the dimension of each point
   */
  public int dimension() {
    return dimension;
  }

  /**
   * Creates working storage for one thread.
   *
   * @return a new cursor of this design's dimension
   */
  public Cursor newCursor() {
    return new Cursor(dimension);
  }

  /**
   * Writes sample {@code sampleIndex}'s uniforms, each in the open interval (0, 1), into {@code
   * out[0..dimension)}. The result depends only on this design and {@code sampleIndex}, never on
   * the cursor's history or the thread. Allocates nothing.
   *
   * @param sampleIndex the sample, in [0, samples)
   * @param cursor this thread's cursor, of this design's dimension
   * @param out where to write; at least {@code dimension()} long
   * @throws ValidationException "sampleIndex must be in [0, 1000) but was 1000", "cursor.dimension
   *     must be 3 but was 2", "out.length must be >= 3 but was 2"
   * @throws NullPointerException if {@code cursor} or {@code out} is null
   */
  public void uniforms(long sampleIndex, Cursor cursor, double[] out) {
    if (sampleIndex < 0 || sampleIndex >= samples) {
      throw new ValidationException(
          "sampleIndex", Long.toString(sampleIndex), "must be in [0, " + samples + ")");
    }
    checkCursorAndOut(cursor, out.length);
    switch (method) {
      case RANDOM:
        random(sampleIndex, cursor.rng, out);
        break;
      case LATIN_HYPERCUBE:
        latinHypercube(sampleIndex, cursor.rng, out);
        break;
      case SOBOL:
        sobol(sampleIndex, cursor, out);
        break;
    }
  }

  /** The checks both forms of {@code uniforms} make of the cursor and of {@code out}'s length. */
  private void checkCursorAndOut(Cursor cursor, int outLength) {
    if (cursor.x.length != dimension) {
      throw new ValidationException(
          "cursor.dimension", Integer.toString(cursor.x.length), "must be " + dimension);
    }
    if (outLength < dimension) {
      throw new ValidationException(
          "out.length", Integer.toString(outLength), "must be >= " + dimension);
    }
  }

  /**
   * The block form of {@link #uniforms(long, Cursor, double[])}, by input: writes the uniforms of
   * samples {@code first} to {@code first + count - 1} to {@code out[j][k]} (input {@code j} of
   * sample {@code first + k}), the same values bit for bit as sample by sample. The arguments are
   * checked once for the block. Allocates nothing.
   *
   * @param first the block's first sample, in [0, samples)
   * @param count the samples in the block, {@code >= 0}, with {@code first + count <= samples}
   * @param cursor this thread's cursor, of this design's dimension
   * @param out per input, where to write; at least {@code dimension()} arrays of at least {@code
   *     count}
   * @throws ValidationException "sampleIndex must be in [0, 1000) but was 1000" (for the block's
   *     last sample), "count must be >= 0 but was -1", "cursor.dimension must be 3 but was 2",
   *     "out.length must be >= 3 but was 2", "out[1].length must be >= 4096 but was 10"
   * @throws NullPointerException if an argument or one of its arrays is null
   * @since 0.5
   */
  public void uniforms(long first, int count, Cursor cursor, double[][] out) {
    Check.that(count >= 0, "count", Integer.toString(count), "must be >= 0");
    if (count == 0) {
      return;
    }
    long last = first + count - 1;
    if (first < 0 || first >= samples || last >= samples) {
      long bad = first < 0 || first >= samples ? first : last;
      throw new ValidationException(
          "sampleIndex", Long.toString(bad), "must be in [0, " + samples + ")");
    }
    checkCursorAndOut(cursor, out.length);
    for (int j = 0; j < dimension; j++) {
      if (out[j].length < count) {
        throw new ValidationException(
            "out[" + j + "].length", Integer.toString(out[j].length), "must be >= " + count);
      }
    }
    if (method == SamplingMethod.RANDOM) {
      randomStreams(first, count, cursor, out);
      return;
    }
    double[] point = cursor.point;
    for (int k = 0; k < count; k++) {
      if (method == SamplingMethod.LATIN_HYPERCUBE) {
        latinHypercube(first + k, cursor.rng, point);
      } else {
        sobol(first + k, cursor, point);
      }
      for (int j = 0; j < dimension; j++) {
        out[j][k] = point[j];
      }
    }
  }

  /**
   * The random streams of samples {@code [first, first + count)}, as {@link Rng#reseed(long, long)
   * reseed(seed, sample)} and {@link Rng#nextOpenDouble()} per input give them, but
   * sample-parallel: each sample's generator state lives in a slot of four arrays, and each step
   * (seed the block, draw input j for every sample) is one loop over the block's samples, whose
   * iterations do not depend on each other, where drawing one sample's inputs in turn is a chain of
   * dependent steps. The same operations on the same words: the same bits.
   */
  @SuppressWarnings(
      "ConstantOverflow") // 2..4 x GOLDEN_GAMMA wrap modulo 2^64 on purpose, as in SplitMix64
  private void randomStreams(long first, int count, Cursor cursor, double[][] out) {
    if (cursor.s0.length < count) {
      cursor.s0 = new long[count];
      cursor.s1 = new long[count];
      cursor.s2 = new long[count];
      cursor.s3 = new long[count];
      cursor.numerators = new long[count];
    }
    long[] s0 = cursor.s0;
    long[] s1 = cursor.s1;
    long[] s2 = cursor.s2;
    long[] s3 = cursor.s3;
    long[] numerators = cursor.numerators;
    long mixedSeed = Rng.mix64(seed);
    for (int k = 0; k < count; k++) {
      long z = Rng.mix64(mixedSeed + (first + k) * Rng.GOLDEN_GAMMA);
      s0[k] = Rng.mix64(z + Rng.GOLDEN_GAMMA);
      s1[k] = Rng.mix64(z + 2 * Rng.GOLDEN_GAMMA);
      s2[k] = Rng.mix64(z + 3 * Rng.GOLDEN_GAMMA);
      s3[k] = Rng.mix64(z + 4 * Rng.GOLDEN_GAMMA);
    }
    for (int j = 0; j < dimension; j++) {
      double[] o = out[j];
      for (int k = 0; k < count; k++) {
        // xoshiro256** (Rng.nextLong), then Rng.nextOpenDouble's map to (0, 1)
        long a = s0[k];
        long b = s1[k];
        long c = s2[k];
        long d = s3[k];
        long result = Long.rotateLeft(b * 5, 7) * 9;
        long t = b << 17;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = Long.rotateLeft(d, 45);
        s0[k] = a;
        s1[k] = b;
        s2[k] = c;
        s3[k] = d;
        numerators[k] = Rng.openNumerator(result);
      }
      // Rng.openDouble in a loop of its own: with the conversion to double in it, C2 (JDK 17)
      // left the generator's loop scalar; apart, both loops run on vectors, about twice as fast
      for (int k = 0; k < count; k++) {
        o[k] = numerators[k] * Rng.DOUBLE_UNIT;
      }
    }
  }

  private void random(long i, Rng rng, double[] out) {
    rng.reseed(seed, i);
    for (int j = 0; j < dimension; j++) {
      out[j] = rng.nextOpenDouble();
    }
  }

  private void latinHypercube(long i, Rng rng, double[] out) {
    rng.reseed(jitterSeed, i);
    int drop = 64 - jitterBits;
    for (int j = 0; j < dimension; j++) {
      long k = permute(i, j);
      // v = (m + 1/2) / 2^jitterBits: k + v is exact, and u stays strictly inside stratum k
      double v = (((rng.nextLong() >>> drop) << 1) | 1) * jitterUnit;
      out[j] = (k + v) / strata;
    }
  }

  /** Input {@code j}'s permutation of {@code 0..samples-1} at {@code i}, by cycle walking. */
  long permute(long i, int j) {
    long x = i;
    do {
      x = feistel(x, j);
    } while (x >= samples);
    return x;
  }

  private long feistel(long x, int j) {
    long left = x >>> halfBits;
    long right = x & halfMask;
    int base = j * ROUNDS;
    for (int r = 0; r < ROUNDS; r++) {
      long t = left ^ (Rng.mix64(feistelKeys[base + r] + right) & halfMask);
      left = right;
      right = t;
    }
    return (left << halfBits) | right;
  }

  private void sobol(long i, Cursor cursor, double[] out) {
    long[] x = cursor.x;
    int count = SobolDirections.COUNT;
    if (cursor.owner != this) {
      // a cursor from another design holds another design's point
      cursor.owner = this;
      cursor.last = -1;
    }
    if (i == cursor.last + 1 && cursor.last >= 0) {
      // Gray code order: point i differs from point i - 1 in the direction number of i's lowest
      // set bit
      int k = Long.numberOfTrailingZeros(i);
      for (int j = 0; j < dimension; j++) {
        x[j] ^= directions[j * count + k];
      }
    } else if (i != cursor.last) {
      long g = i ^ (i >>> 1);
      for (int j = 0; j < dimension; j++) {
        long p = 0;
        for (long h = g; h != 0; h &= h - 1) {
          p ^= directions[j * count + Long.numberOfTrailingZeros(h)];
        }
        x[j] = p;
      }
    }
    cursor.last = i;
    for (int j = 0; j < dimension; j++) {
      out[j] = ((((x[j] ^ shifts[j]) << 1) | 1L)) * TWO_TO_MINUS_53;
    }
  }

  @Override
  public String toString() {
    return "SampleDesign["
        + method.key()
        + ", samples="
        + samples
        + ", dimension="
        + dimension
        + "]";
  }
}
