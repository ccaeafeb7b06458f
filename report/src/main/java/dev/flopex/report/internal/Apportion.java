package dev.flopex.report.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Rounds the parts of a total so that the rounded parts add up to the rounded total (the
 * largest-remainder method), for printed columns that have a total row: shares that add up to
 * 100.0%, dollar amounts that add up to the printed TCO.
 */
public final class Apportion {
  private Apportion() {}

  /**
   * Rounds {@code parts} to {@code decimals} decimals so that they add up to their rounded sum.
   * Each part moves by less than one unit of the last decimal. When a part is negative or not
   * finite, each part is rounded on its own.
   *
   * @param parts the parts
   * @param decimals the decimals to keep, 0 or more
   * @return the rounded parts and, last, the rounded total
   */
  public static long[] round(double[] parts, int decimals) {
    double scale = Math.pow(10, decimals);
    int n = parts.length;
    long[] out = new long[n + 1];
    double sum = 0;
    boolean plain = false;
    for (double p : parts) {
      sum += p;
      plain |= !(p >= 0) || !Double.isFinite(p * scale) || p * scale > 1e15;
    }
    if (plain) {
      for (int i = 0; i < n; i++) {
        out[i] = Math.round(parts[i] * scale);
      }
      out[n] = Math.round(sum * scale);
      return out;
    }
    long target = Math.round(sum * scale);
    long floorSum = 0;
    double[] remainder = new double[n];
    for (int i = 0; i < n; i++) {
      double v = parts[i] * scale;
      out[i] = (long) Math.floor(v);
      remainder[i] = v - out[i];
      floorSum += out[i];
    }
    long left = target - floorSum;
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(
        order, Comparator.comparingDouble((Integer i) -> -remainder[i]).thenComparingInt(i -> i));
    for (int k = 0; k < n && left > 0; k++, left--) {
      out[order[k]]++;
    }
    out[n] = target;
    return out;
  }

  /** As {@link #round(double[], int)}, formatted with thousands separators. */
  public static String[] format(double[] parts, int decimals) {
    long[] r = round(parts, decimals);
    String[] s = new String[r.length];
    for (int i = 0; i < r.length; i++) {
      s[i] = Fmt.grouped(BigDecimal.valueOf(r[i], decimals).doubleValue(), decimals);
    }
    return s;
  }
}
