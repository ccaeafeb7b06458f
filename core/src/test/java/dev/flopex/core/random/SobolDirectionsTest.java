package dev.flopex.core.random;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

/**
 * The direction numbers computed from the shipped {@code new-joe-kuo-6.1024} rows equal those of
 * Hipparchus' {@code SobolSequenceGenerator} (the whole Joe–Kuo table; a test dependency only), for
 * every shipped dimension and every {@code V_1 .. V_31}.
 */
class SobolDirectionsTest {

  @Test
  void everyDirectionNumberEqualsHipparchus() {
    int d = SobolDirections.DIMENSIONS;
    long[] ours = SobolDirections.of(d);
    SobolSequenceGenerator g = new SobolSequenceGenerator(d);
    for (int k = 1; k <= SobolDirections.COUNT; k++) {
      // the Gray code of 2^k - 1 is 2^(k-1): point 2^k - 1 is V_k itself
      double[] p = g.skipTo((int) ((1L << k) - 1));
      for (int j = 0; j < d; j++) {
        long theirs = (long) Math.scalb(p[j], SobolDirections.BITS);
        assertThat(ours[j * SobolDirections.COUNT + k - 1])
            .as("dimension %d, V_%d", j + 1, k)
            .isEqualTo(theirs);
      }
    }
  }

  @Test
  void fewerDimensionsAreAPrefix() {
    long[] all = SobolDirections.of(SobolDirections.DIMENSIONS);
    long[] three = SobolDirections.of(3);
    for (int i = 0; i < three.length; i++) {
      assertThat(three[i]).isEqualTo(all[i]);
    }
  }
}
