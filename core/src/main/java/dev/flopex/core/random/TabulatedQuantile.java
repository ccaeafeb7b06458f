package dev.flopex.core.random;

import dev.flopex.core.validation.Check;
import java.util.function.DoubleUnaryOperator;
import org.jspecify.annotations.Nullable;

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
 * still misses uses the exact quantile. Where the quantile behaves like {@code u^(1/a)} at an end
 * of the support (PERT: {@code a} = alpha below, beta above), the end interval's sub-table is laid
 * out in the stretched coordinate {@code v = (u / h)^(1/a)}, in which the quantile is smooth, so
 * only its outermost step, {@code h / SUB^a} of the probability, reads the exact quantile. For W3's
 * PERT shapes this leaves between 2e-8 and 2e-5 of the draws to the exact quantile (2 % with the
 * first-level table alone). Building costs {@code 2n} exact quantiles plus {@code 2 x }{@value
 * #SUB} per interval that misses; reading one is a multiply, a table lookup and a cubic.
 */
final class TabulatedQuantile implements Distribution {
  private final Distribution exact;
  private final int n;

  /** {@code x_j, m_j} interleaved: node value, slope times the interval. */
  private final double[] table;

  /**
   * Per interval, the cubic's coefficients in the order {@link #hermite} nests them: {@code x0, m0,
   * 3d - 2m0 - m1, m0 + m1 - 2d} (each computed once by the operations {@code hermite} would do on
   * every read, so a read gives the same bits with three fewer loads and five fewer operations).
   */
  private final double[] cubic;

  /** Intervals that read the exact quantile. */
  private final boolean[] exactInterval;

  /** Sub-intervals per first-level interval that misses. */
  static final int SUB = 32;

  /** Per first-level interval that misses: its sub-table ({@code x, m} interleaved), or null. */
  private final double[][] sub;

  /** Per sub-table: which sub-intervals read the exact quantile. */
  private final boolean[][] subExact;

  /**
   * The two end intervals' tables in a stretched coordinate: {@code u = h v^a} below (and {@code 1
   * - u = h w^b} above), {@value #SUB} equal steps of {@code v} ({@code w}), in which a quantile
   * that behaves like {@code u^(1/a)} near the end is smooth; null where no exponent is given.
   */
  private final double @Nullable [] lowerTail;

  private final double @Nullable [] upperTail;
  private final boolean[] lowerTailExact = new boolean[SUB];
  private final boolean[] upperTailExact = new boolean[SUB];
  private final double lowerPower;
  private final double upperPower;

  private final double worstMidpointError;

  /**
   * @param exact the distribution
   * @param intervals the number of equal probability intervals
   * @param slope {@code dx/du} at a node, given {@code u} and the node's exact quantile
   * @param tolerance the largest midpoint error accepted, in units of the value
   * @param lowerPower {@code a} where the quantile behaves like {@code u^(1/a)} near {@code u = 0}
   *     (PERT's alpha), or NaN to table the lowest interval like the others
   * @param upperPower {@code b} where it behaves like {@code 1 - (1 - u)^(1/b)} near {@code u = 1}
   *     (PERT's beta), or NaN
   */
  TabulatedQuantile(
      Distribution exact,
      int intervals,
      DoubleUnaryOperator slopeAtQuantile,
      double tolerance,
      double lowerPower,
      double upperPower) {
    this.exact = exact;
    this.lowerPower = lowerPower;
    this.upperPower = upperPower;
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
    this.cubic = new double[4 * n];
    for (int j = 0; j < n; j++) {
      double x0 = table[2 * j];
      double m0 = table[2 * j + 1];
      double x1 = table[2 * j + 2];
      double m1 = table[2 * j + 3];
      double d = x1 - x0;
      cubic[4 * j] = x0;
      cubic[4 * j + 1] = m0;
      cubic[4 * j + 2] = 3 * d - 2 * m0 - m1;
      cubic[4 * j + 3] = m0 + m1 - 2 * d;
    }
    double[] tailWorst = {0};
    this.lowerTail =
        lowerPower >= 1
            ? tail(
                exact, slopeAtQuantile, tolerance, h, lowerPower, false, lowerTailExact, tailWorst)
            : null;
    this.upperTail =
        upperPower >= 1
            ? tail(
                exact, slopeAtQuantile, tolerance, h, upperPower, true, upperTailExact, tailWorst)
            : null;
    worst = Math.max(worst, tailWorst[0]);
    this.sub = new double[n][];
    this.subExact = new boolean[n][];
    double hs = h / SUB;
    for (int j = 0; j < n; j++) {
      if (!exactInterval[j] || (j == 0 && lowerTail != null) || (j == n - 1 && upperTail != null)) {
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

  /**
   * An end interval's table in the stretched coordinate: nodes at {@code v_k = k / SUB}, {@code u =
   * h v^a} (or {@code 1 - h v^a} for the upper end), slopes {@code dx/dv = (dx/du)(du/dv)} scaled
   * to one step; each step checked at its midpoint like the other intervals.
   */
  private static double[] tail(
      Distribution exact,
      DoubleUnaryOperator slopeAtQuantile,
      double tolerance,
      double h,
      double a,
      boolean upper,
      boolean[] miss,
      double[] worst) {
    double[] t = new double[2 * (SUB + 1)];
    for (int k = 0; k <= SUB; k++) {
      double v = (double) k / SUB;
      double du = h * Math.pow(v, a);
      double u = upper ? 1 - du : du;
      if (!(u > 0 && u < 1)) {
        t[2 * k] = Double.NaN; // the end of the support: never read
        t[2 * k + 1] = Double.NaN;
        continue;
      }
      double x = exact.quantile(u);
      double dudv = h * a * Math.pow(v, a - 1) / SUB;
      t[2 * k] = x;
      t[2 * k + 1] = slopeAtQuantile.applyAsDouble(x) * (upper ? -dudv : dudv);
    }
    for (int k = 0; k < SUB; k++) {
      if (!Double.isFinite(t[2 * k] + t[2 * k + 1] + t[2 * k + 2] + t[2 * k + 3])) {
        miss[k] = true;
        continue;
      }
      double du = h * Math.pow((k + 0.5) / SUB, a);
      double error = Math.abs(hermite(t, k, 0.5) - exact.quantile(upper ? 1 - du : du));
      if (!(error <= tolerance)) {
        miss[k] = true;
      } else {
        worst[0] = Math.max(worst[0], error);
      }
    }
    return t;
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
    double h = 1.0 / n;
    for (int k = 0; k < SUB; k++) {
      if (lowerTail != null && lowerTailExact[k]) {
        share +=
            h * (Math.pow((k + 1.0) / SUB, lowerPower) - Math.pow((double) k / SUB, lowerPower));
      }
      if (upperTail != null && upperTailExact[k]) {
        share +=
            h * (Math.pow((k + 1.0) / SUB, upperPower) - Math.pow((double) k / SUB, upperPower));
      }
    }
    for (int j = 0; j < n; j++) {
      if (!exactInterval[j] || (j == 0 && lowerTail != null) || (j == n - 1 && upperTail != null)) {
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
      double f = t - j;
      int i = 4 * j;
      // hermite(table, j, f) with its coefficients read, not computed
      return cubic[i] + f * (cubic[i + 1] + f * (cubic[i + 2] + f * cubic[i + 3]));
    }
    return outsideTheTable(p, t, j);
  }

  /**
   * The quantile at {@code p} outside the first-level table's inner intervals: the tails, the
   * sub-tables, the exact quantile. Apart from {@link #quantile}, so that the common read is small
   * enough for the JIT to inline into a caller's loop.
   */
  private double outsideTheTable(double p, double t, int j) {
    if (p > 0 && p < 1 && j < n) {
      if (j == 0 && lowerTail != null) {
        double vs = Math.pow(t, 1 / lowerPower) * SUB;
        int k = (int) vs;
        if (k < SUB && !lowerTailExact[k]) {
          return hermite(lowerTail, k, vs - k);
        }
        return exact.quantile(p);
      }
      if (j == n - 1 && upperTail != null) {
        double ws = Math.pow((1 - p) * n, 1 / upperPower) * SUB;
        int k = (int) ws;
        if (k < SUB && !upperTailExact[k]) {
          return hermite(upperTail, k, ws - k);
        }
        return exact.quantile(p);
      }
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
