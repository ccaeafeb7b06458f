package dev.flopex.core.random;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Sobol direction numbers from Joe and Kuo's {@code new-joe-kuo-6} table (Joe and Kuo 2008), its
 * first {@value #DIMENSIONS} dimensions shipped as the resource {@code new-joe-kuo-6.1024} with its
 * BSD licence ({@code new-joe-kuo-6.LICENSE}), as 52-bit fractions. Kept in its own class so that
 * the table is read only when a Sobol design is made. {@code SobolDirectionsTest} checks every
 * number against Hipparchus' {@code SobolSequenceGenerator}, which ships the whole table.
 *
 * <p>Dimension 1 has {@code V_k = 2^(52 - k)}. Row {@code d} of the table gives dimension {@code d}
 * its degree {@code s}, the coefficients {@code a} of its primitive polynomial and the initial
 * numbers {@code m_1 .. m_s}: {@code V_k = m_k 2^(52 - k)} for {@code k <= s}, then the recurrence
 * {@code V_k = V_(k-s) ^ (V_(k-s) >> s) ^ XOR_(i=1..s-1) a_i V_(k-i)} with {@code a_i} the bits of
 * {@code a} from the highest.
 */
final class SobolDirections {
  /** Direction numbers per dimension: {@code V_1 .. V_31}, enough for 2^31 - 1 points. */
  static final int COUNT = 31;

  /** Bits of each direction number, as a fraction: {@code V_k / 2^52}. */
  static final int BITS = 52;

  /** Dimensions in the shipped table. */
  static final int DIMENSIONS = 1024;

  private static final String TABLE = "new-joe-kuo-6.1024";

  private SobolDirections() {}

  /**
   * Returns {@code V_k} of dimension {@code j} (0-based) at {@code [j * COUNT + k - 1]}, each a
   * 52-bit integer whose top bit is worth 1/2; {@code dimension} at most {@value #DIMENSIONS}.
   */
  static long[] of(int dimension) {
    long[] v = new long[dimension * COUNT];
    for (int k = 1; k <= COUNT; k++) {
      v[k - 1] = 1L << (BITS - k);
    }
    if (dimension == 1) {
      return v;
    }
    try (InputStream in = SobolDirections.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("the Sobol direction table " + TABLE + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      r.readLine(); // header: d s a m_i
      for (int j = 1; j < dimension; j++) {
        String line = r.readLine();
        if (line == null) {
          throw new IllegalStateException(
              "the Sobol direction table " + TABLE + " ends before dimension " + (j + 1));
        }
        String[] f = line.trim().split("\\s+");
        int s = Integer.parseInt(f[1]);
        long a = Long.parseLong(f[2]);
        int o = j * COUNT - 1; // V_k at o + k
        for (int k = 1; k <= Math.min(s, COUNT); k++) {
          v[o + k] = Long.parseLong(f[2 + k]) << (BITS - k);
        }
        for (int k = s + 1; k <= COUNT; k++) {
          long x = v[o + k - s] ^ (v[o + k - s] >>> s);
          for (int i = 1; i < s; i++) {
            if ((a >>> (s - 1 - i) & 1) != 0) {
              x ^= v[o + k - i];
            }
          }
          v[o + k] = x;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return v;
  }
}
