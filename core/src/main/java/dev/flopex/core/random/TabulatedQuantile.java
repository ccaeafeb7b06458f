package dev.flopex.core.random;

import dev.flopex.core.validation.Check;
import java.util.function.DoubleUnaryOperator;

/**
 * A distribution whose quantile is read from a table of its exact quantile (see {@link
 * QuantileMethod#TABULATED}); every other method is the exact distribution's.
 *
 * <p>The table holds, for each node {@code u_j = j / n}, the exact quantile {@code x_j} and its
 * slope {@code dx/du = 1 / density(x_j)} scaled to one interval; between nodes the quantile is the
 * cubic Hermite interpolant. Its error, {@code f''''(xi) h^4 s^2 (1 - s)^2 / 24} at the fraction
 * {@code s} of an interval of width {@code h}, peaks at the midpoint, so each interval is checked
 * there against the exact quantile when the table is built. An interval that misses by more than
 * the tolerance, and the two tail intervals (where the slope is unbounded), get a second-level
 * table of {@value #SUB} equal sub-intervals built and checked the same way; a sub-interval that
 * still misses, and the two outermost ones, use the exact quantile. With PERT's tails (about 2 % of
 * the probability in the first-level intervals that miss) this leaves well under 0.1 % of draws to
 * the exact quantile. Building costs {@code 2n} exact quantiles plus {@code 2 x }{@value #SUB} per
 * interval that misses; reading one is a multiply, a table lookup and a cubic.
 */
final class TabulatedQuantile implements Distribution {
  private final Distribution exact;
  private final int n;

  /** {@code x_j, m_j} interleaved: node value, slope times the interval. */
  private final double[] table;

  /** Intervals that read the exact quantile. */
  private final boolean[] exactInterval;

  /** Sub-intervals per first-level interval that misses. */
  static final int SUB = 32;

  /** Per first-level interval that misses: its sub-table ({@code x, m} interleaved), or null. */
  private final double[][] sub;

  /** Per sub-table: which sub-intervals read the exact quantile. */
  private final boolean[][] subExact;

  private final double worstMidpointError;

  /**
   * @param exact the distribution
   * @param intervals the number of equal probability intervals
   * @param slope {@code dx/du} at a node, given {@code u} and the node's exact quantile
   * @param tolerance the largest midpoint error accepted, in units of the value
   */
  TabulatedQuantile(
      Distribution exact, int intervals, DoubleUnaryOperator slopeAtQuantile, double tolerance) {
    this.exact = exact;
    this.n = intervals;
    this.table = new double[2 * (n + 1)];
    this.exactInterval = new boolean[n];
    double h = 1.0 / n;
    for (int j = 1; j < n; j++) {
      double x = exact.quantile(j * h);
      table[2 * j] = x;
      table[2 * j + 1] = slopeAtQuantile.applyAsDouble(x) * h;
    }
    double worst = 0;
    for (int j = 0; j < n; j++) {
      if (j == 0 || j == n - 1 || !Double.isFinite(table[2 * j + 1] + table[2 * j + 3])) {
        exactInterval[j] = true;
        continue;
      }
      double error = Math.abs(interpolate(j, 0.5) - exact.quantile((j + 0.5) * h));
      if (!(error <= tolerance)) {
        exactInterval[j] = true;
      } else {
        worst = Math.max(worst, error);
      }
    }
    this.sub = new double[n][];
    this.subExact = new boolean[n][];
    double hs = h / SUB;
    for (int j = 0; j < n; j++) {
      if (!exactInterval[j]) {
        continue;
      }
      double[] t = new double[2 * (SUB + 1)];
      for (int k = 0; k <= SUB; k++) {
        double u = (j + (double) k / SUB) * h;
        if (u <= 0 || u >= 1) {
          t[2 * k] = Double.NaN; // the ends of the support: never read
          t[2 * k + 1] = Double.NaN;
          continue;
        }
        double x = exact.quantile(u);
        t[2 * k] = x;
        t[2 * k + 1] = slopeAtQuantile.applyAsDouble(x) * hs;
      }
      boolean[] miss = new boolean[SUB];
      boolean any = false;
      for (int k = 0; k < SUB; k++) {
        if (!Double.isFinite(t[2 * k] + t[2 * k + 1] + t[2 * k + 2] + t[2 * k + 3])) {
          miss[k] = true;
          continue;
        }
        double error = Math.abs(hermite(t, k, 0.5) - exact.quantile((j + (k + 0.5) / SUB) * h));
        if (!(error <= tolerance)) {
          miss[k] = true;
        } else {
          worst = Math.max(worst, error);
          any = true;
        }
      }
      if (any) {
        sub[j] = t;
        subExact[j] = miss;
      }
    }
    this.worstMidpointError = worst;
  }

  private double interpolate(int j, double s) {
    return hermite(table, j, s);
  }

  /** The cubic Hermite interpolant on interval {@code j} of {@code t} at the fraction {@code s}. */
  private static double hermite(double[] t, int j, double s) {
    double x0 = t[2 * j];
    double m0 = t[2 * j + 1];
    double x1 = t[2 * j + 2];
    double m1 = t[2 * j + 3];
    double d = x1 - x0;
    // Hermite form: x0 + s (m0 + s ((3d - 2m0 - m1) + s (m0 + m1 - 2d)))
    return x0 + s * (m0 + s * ((3 * d - 2 * m0 - m1) + s * (m0 + m1 - 2 * d)));
  }

  /** The probability of a draw that reads the exact quantile instead of a table. */
  double exactShare() {
    double share = 0;
    for (int j = 0; j < n; j++) {
      if (!exactInterval[j]) {
        continue;
      }
      if (sub[j] == null) {
        share += 1.0 / n;
      } else {
        for (boolean miss : subExact[j]) {
          share += miss ? 1.0 / n / SUB : 0;
        }
      }
    }
    return share;
  }

  /** The largest midpoint error of an interval read from the table, in units of the value. */
  double worstMidpointError() {
    return worstMidpointError;
  }

  @Override
  public double quantile(double p) {
    double t = p * n;
    int j = (int) t;
    if (j >= 1 && j < n - 1 && !exactInterval[j]) {
      return interpolate(j, t - j);
    }
    if (p > 0 && p < 1 && j < n) {
      double[] st = sub[j];
      if (st != null) {
        double ts = (t - j) * SUB;
        int k = (int) ts;
        if (k < SUB && !subExact[j][k]) {
          return hermite(st, k, ts - k);
        }
      }
    }
    return exact.quantile(p); // sub-intervals that miss, and p outside (0, 1) or NaN (refused)
  }

  @Override
  public double cdf(double x) {
    return exact.cdf(x);
  }

  @Override
  public double mean() {
    return exact.mean();
  }

  @Override
  public double variance() {
    return exact.variance();
  }

  @Override
  public String describe() {
    return exact.describe();
  }

  @Override
  public Distribution tabulated() {
    return this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TabulatedQuantile && ((TabulatedQuantile) o).exact.equals(exact);
  }

  @Override
  public int hashCode() {
    return 31 * exact.hashCode() + 1;
  }

  @Override
  public String toString() {
    return exact.toString()
        + " (tabulated quantile, midpoint error <= "
        + Check.format(worstMidpointError)
        + ")";
  }
}
