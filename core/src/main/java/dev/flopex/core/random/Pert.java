package dev.flopex.core.random;

import org.jspecify.annotations.Nullable;

/**
 * The Beta-PERT distribution with &lambda; = 4: {@code min + (max - min) B} with B ~ Beta(&alpha;,
 * &beta;), &alpha; = 1 + 4 (mode - min) / (max - min), &beta; = 1 + 4 (max - mode) / (max - min).
 * See {@link Distribution#pert}.
 */
final class Pert extends ThreePointDistribution {
  private static final double LAMBDA = 4;

  private final double alpha;
  private final double beta;
  private final double logBeta;

  Pert(double min, double mode, double max) {
    super("pert", min, mode, max);
    this.alpha = 1 + LAMBDA * (mode - min) / width;
    this.beta = 1 + LAMBDA * (max - mode) / width;
    this.logBeta = SpecialFunctions.logBeta(alpha, beta);
  }

  double alpha() {
    return alpha;
  }

  double beta() {
    return beta;
  }

  /** The table of this distribution's quantile, built on first use. */
  private volatile @Nullable TabulatedQuantile tabulated;

  @Override
  public Distribution tabulated() {
    TabulatedQuantile t = tabulated;
    if (t == null) {
      // dx/du = 1 / density(x) = width B(alpha, beta) / (t^(alpha-1) (1-t)^(beta-1)), t =
      // (x-min)/width
      t =
          new TabulatedQuantile(
              this,
              TABLE_INTERVALS,
              x -> {
                double u = (x - min) / width;
                return width
                    * Math.exp(logBeta - (alpha - 1) * Math.log(u) - (beta - 1) * Math.log1p(-u));
              },
              TABLE_TOLERANCE * width,
              alpha, // near u = 0 the quantile goes as u^(1/alpha), near 1 as (1-u)^(1/beta)
              beta);
      tabulated = t;
    }
    return t;
  }

  @Override
  public double quantile(double p) {
    checkP(p);
    double t = SpecialFunctions.inverseRegularizedBeta(p, alpha, beta, logBeta);
    return Math.min(max, min + width * t);
  }

  @Override
  public double cdf(double x) {
    checkX(x);
    if (x <= min) {
      return 0;
    }
    if (x >= max) {
      return 1;
    }
    return SpecialFunctions.regularizedBeta((x - min) / width, alpha, beta, logBeta);
  }

  @Override
  public double mean() {
    return min + width * alpha / (alpha + beta);
  }

  @Override
  public double variance() {
    double s = alpha + beta;
    return width * width * (alpha * beta / (s * s * (s + 1)));
  }

  @Override
  double partialMoment(int k, double a, double b, double c) {
    double t1 = Math.max(0, Math.min(1, (a - min) / width));
    double t2 = Math.max(0, Math.min(1, (b - min) / width));
    if (!(t2 > t1)) {
      return 0;
    }
    double m0 =
        SpecialFunctions.regularizedBeta(t2, alpha, beta, logBeta)
            - SpecialFunctions.regularizedBeta(t1, alpha, beta, logBeta);
    double e = min - c;
    if (k == 0) {
      return m0;
    }
    // integral of t^j f(t) over [t1, t2] = (B(alpha + j, beta) / B(alpha, beta)) * (I(t2; alpha +
    // j, beta) - I(t1; ...))
    double s = alpha + beta;
    double lb1 = SpecialFunctions.logBeta(alpha + 1, beta);
    double m1 =
        alpha
            / s
            * (SpecialFunctions.regularizedBeta(t2, alpha + 1, beta, lb1)
                - SpecialFunctions.regularizedBeta(t1, alpha + 1, beta, lb1));
    if (k == 1) {
      return e * m0 + width * m1;
    }
    double lb2 = SpecialFunctions.logBeta(alpha + 2, beta);
    double m2 =
        alpha
            * (alpha + 1)
            / (s * (s + 1))
            * (SpecialFunctions.regularizedBeta(t2, alpha + 2, beta, lb2)
                - SpecialFunctions.regularizedBeta(t1, alpha + 2, beta, lb2));
    return e * e * m0 + 2 * e * width * m1 + width * width * m2;
  }
}
