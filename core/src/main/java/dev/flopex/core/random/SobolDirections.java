package dev.flopex.core.random;

import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Sobol direction numbers, read from Hipparchus' {@link SobolSequenceGenerator} (Joe and Kuo's
 * {@code new-joe-kuo-6} table, 52-bit fractions), so that this package carries no copy of the
 * table. Kept in its own class so that the library is loaded only when a Sobol design is made.
 *
 * <p>Hipparchus returns point {@code n} of the sequence as the XOR of the direction numbers {@code
 * V_k} over the set bits {@code k - 1} of the Gray code {@code n ^ (n >> 1)}; the Gray code of
 * {@code 2^k - 1} is {@code 2^(k-1)}, so {@code skipTo(2^k - 1)} is {@code V_k} itself. Its {@code
 * skipTo} takes an {@code int}, which bounds the numbers read to {@code k <= 31}: enough for {@code
 * 2^31 - 1} points.
 */
final class SobolDirections {
  /** Direction numbers per dimension: {@code V_1 .. V_31}. */
  static final int COUNT = 31;

  /** Bits of each direction number, as a fraction: {@code V_k / 2^52}. */
  static final int BITS = 52;

  private SobolDirections() {}

  /**
   * Returns {@code V_k} of dimension {@code j} (0-based) at {@code [j * COUNT + k - 1]}, each a
   * 52-bit integer whose top bit is worth 1/2.
   */
  static long[] of(int dimension) {
    SobolSequenceGenerator g = new SobolSequenceGenerator(dimension);
    long[] v = new long[dimension * COUNT];
    for (int k = 1; k <= COUNT; k++) {
      double[] p = g.skipTo((int) ((1L << k) - 1));
      for (int j = 0; j < dimension; j++) {
        // p[j] = V_k / 2^52 exactly (a 52-bit integer fits a double)
        v[j * COUNT + k - 1] = (long) Math.scalb(p[j], BITS);
      }
    }
    return v;
  }
}
