package dev.flopex.core.random;

/**
 * The special functions behind the distributions: the standard normal distribution function and its
 * inverse, log-gamma, and the regularized incomplete beta function and its inverse. All work on
 * primitives and allocate nothing.
 *
 * <ul>
 *   <li>{@link #normalCdf} &mdash; W. J. Cody's rational Chebyshev approximations for the normal
 *       distribution function (ANORM in SPECFUN, ACM TOMS Algorithm 715, 1993; the algorithm R's
 *       {@code pnorm} uses), with the tail factor {@code exp(-x^2/2)} split so that {@code x^2}
 *       loses no digits. Relative error about 1e-15 in both tails down to 1e-300.
 *   <li>{@link #normalQuantile} &mdash; M. J. Wichura, "Algorithm AS 241: The percentage points of
 *       the normal distribution", Applied Statistics 37(3), 477&ndash;484, 1988 (PPND16): three
 *       rational approximations, relative error about 1e-16.
 *   <li>{@link #logGamma} &mdash; Lanczos' approximation with g = 7, n = 9 (the coefficients of
 *       Godfrey as used by Numerical Recipes and many libraries); absolute error about 1e-15 for
 *       the small arguments used here.
 *   <li>{@link #regularizedBeta} &mdash; the continued fraction for I<sub>x</sub>(a, b) evaluated
 *       by the modified Lentz method, on the side of {@code (a + 1) / (a + b + 2)} where it
 *       converges fast (Press et al., <i>Numerical Recipes</i>, 3rd ed., &sect;6.4).
 *   <li>{@link #inverseRegularizedBeta} &mdash; Halley's method on I<sub>x</sub>(a, b) = p from the
 *       initial guess of Numerical Recipes &sect;6.14 (as its {@code invbetai}), kept inside a
 *       bracket that every evaluation shrinks; closed forms when a or b is 1.
 * </ul>
 */
final class SpecialFunctions {
  static final double SQRT_2PI = 2.5066282746310002;
  static final double INV_SQRT_2PI = 0.398942280401432677939946059934;
  private static final double SQRT_32 = 5.656854249492380195206754896838;
  private static final double LN_SQRT_2PI = 0.91893853320467274178032973640562;

  private SpecialFunctions() {}

  // ---- normal distribution function: Cody (1993), ANORM ------------------------------------

  private static final double[] CODY_A = {
    2.2352520354606839287,
    161.02823106855587881,
    1067.6894854603709582,
    18154.981253343561249,
    0.065682337918207449113
  };
  private static final double[] CODY_B = {
    47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956
  };
  private static final double[] CODY_C = {
    0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226,
    2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
    1.0765576773720192317e-8
  };
  private static final double[] CODY_D = {
    22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755,
    18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727
  };
  private static final double[] CODY_P = {
    0.21589853405795699,
    0.1274011611602473639,
    0.022235277870649807,
    0.001421619193227893466,
    2.9112874951168792e-5,
    0.02307344176494017303
  };
  private static final double[] CODY_Q = {
    1.28426009614491121,
    0.468238212480865118,
    0.0659881378689285515,
    0.00378239633202758244,
    7.29751555083966205e-5
  };

  /**
   * The standard normal distribution function &Phi;(x). Exact 0.5 at 0; 0 below about -37.5 and 1
   * above about 8.3, where the true values round to those. NaN gives NaN.
   */
  static double normalCdf(double x) {
    double y = Math.abs(x);
    if (y <= 0.67448975) {
      double xnum = 0;
      double xden = 0;
      if (y > 0x1.0p-53) {
        double xsq = x * x;
        xnum = CODY_A[4] * xsq;
        xden = xsq;
        for (int i = 0; i < 3; i++) {
          xnum = (xnum + CODY_A[i]) * xsq;
          xden = (xden + CODY_B[i]) * xsq;
        }
      }
      return 0.5 + x * (xnum + CODY_A[3]) / (xden + CODY_B[3]);
    }
    double tail; // Phi(-y)
    if (y <= SQRT_32) {
      double xnum = CODY_C[8] * y;
      double xden = y;
      for (int i = 0; i < 7; i++) {
        xnum = (xnum + CODY_C[i]) * y;
        xden = (xden + CODY_D[i]) * y;
      }
      tail = gaussianFactor(y) * ((xnum + CODY_C[7]) / (xden + CODY_D[7]));
    } else if (y < 37.5193) {
      double xsq = 1 / (y * y);
      double xnum = CODY_P[5] * xsq;
      double xden = xsq;
      for (int i = 0; i < 4; i++) {
        xnum = (xnum + CODY_P[i]) * xsq;
        xden = (xden + CODY_Q[i]) * xsq;
      }
      double temp = xsq * (xnum + CODY_P[4]) / (xden + CODY_Q[4]);
      tail = gaussianFactor(y) * ((INV_SQRT_2PI - temp) / y);
    } else if (y <= Double.MAX_VALUE) {
      tail = 0;
    } else {
      return Double.isNaN(x) ? x : (x > 0 ? 1 : 0);
    }
    return x > 0 ? 1 - tail : tail;
  }

  /** {@code exp(-y^2 / 2)}, with {@code y^2} split as Cody does so that it is formed exactly. */
  private static double gaussianFactor(double y) {
    double ysq = Math.floor(y * 16) / 16;
    double del = (y - ysq) * (y + ysq);
    return Math.exp(-ysq * ysq * 0.5) * Math.exp(-del * 0.5);
  }

  /** The standard normal density &phi;(x); 0 at the infinities. */
  static double normalPdf(double x) {
    double y = Math.abs(x);
    return y > 40 ? 0 : gaussianFactor(y) * INV_SQRT_2PI;
  }

  /**
   * {@code Phi(b) - Phi(a)} for {@code a <= b}, computed from the tail nearer to the interval so
   * that an interval far in the upper tail keeps its digits.
   */
  static double normalProbabilityBetween(double a, double b) {
    if (a > 0) {
      return normalCdf(-a) - normalCdf(-b);
    }
    return normalCdf(b) - normalCdf(a);
  }

  // ---- normal quantile: Wichura (1988), AS 241 PPND16 --------------------------------------

  /**
   * The standard normal quantile &Phi;<sup>-1</sup>(p) for p in [0, 1]: -&infin; at 0, +&infin; at
   * 1. The caller checks p.
   */
  static double normalQuantile(double p) {
    double q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
      double r = 0.180625 - q * q;
      return q
          * horner(
              r,
              3.3871328727963666080e+0,
              1.3314166789178437745e+2,
              1.9715909503065514427e+3,
              1.3731693765509461125e+4,
              4.5921953931549871457e+4,
              6.7265770927008700853e+4,
              3.3430575583588128105e+4,
              2.5090809287301226727e+3)
          / horner(
              r,
              1.0,
              4.2313330701600911252e+1,
              6.8718700749205790830e+2,
              5.3941960214247511077e+3,
              2.1213794301586595867e+4,
              3.9307895800092710610e+4,
              2.8729085735721942674e+4,
              5.2264952788528545610e+3);
    }
    double r = q < 0 ? p : 1 - p;
    if (r <= 0) {
      return q < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    r = Math.sqrt(-Math.log(r));
    double value;
    if (r <= 5) {
      r -= 1.6;
      value =
          horner(
                  r,
                  1.42343711074968357734e+0,
                  4.63033784615654529590e+0,
                  5.76949722146069140550e+0,
                  3.64784832476320460504e+0,
                  1.27045825245236838258e+0,
                  2.41780725177450611770e-1,
                  2.27238449892691845833e-2,
                  7.74545014278341407640e-4)
              / horner(
                  r,
                  1.0,
                  2.05319162663775882187e+0,
                  1.67638483018380384940e+0,
                  6.89767334985100004550e-1,
                  1.48103976427480074590e-1,
                  1.51986665636164571966e-2,
                  5.47593808499534494600e-4,
                  1.05075007164441684324e-9);
    } else {
      r -= 5;
      value =
          horner(
                  r,
                  6.65790464350110377720e+0,
                  5.46378491116411436990e+0,
                  1.78482653991729133580e+0,
                  2.96560571828504891230e-1,
                  2.65321895265761230930e-2,
                  1.24266094738807843860e-3,
                  2.71155556874348757815e-5,
                  2.01033439929228813265e-7)
              / horner(
                  r,
                  1.0,
                  5.99832206555887937690e-1,
                  1.36929880922735805310e-1,
                  1.48753612908506148525e-2,
                  7.86869131145613259100e-4,
                  1.84631831751005468180e-5,
                  1.42151175831644588870e-7,
                  2.04426310338993978564e-15);
    }
    return q < 0 ? -value : value;
  }

  /** {@code c0 + x (c1 + x (c2 + ... + x c7))}. */
  private static double horner(
      double x,
      double c0,
      double c1,
      double c2,
      double c3,
      double c4,
      double c5,
      double c6,
      double c7) {
    return ((((((c7 * x + c6) * x + c5) * x + c4) * x + c3) * x + c2) * x + c1) * x + c0;
  }

  // ---- log-gamma: Lanczos, g = 7, n = 9 ------------------------------------------------------

  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  /** ln &Gamma;(x) for x &gt; 0. */
  static double logGamma(double x) {
    if (x < 0.5) {
      return logGamma(x + 1) - Math.log(x);
    }
    double z = x - 1;
    double a = LANCZOS[0];
    double t = z + 7.5;
    for (int i = 1; i < 9; i++) {
      a += LANCZOS[i] / (z + i);
    }
    return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
  }

  /** ln B(a, b) = ln &Gamma;(a) + ln &Gamma;(b) - ln &Gamma;(a + b), for a, b &gt; 0. */
  static double logBeta(double a, double b) {
    return logGamma(a) + logGamma(b) - logGamma(a + b);
  }

  // ---- regularized incomplete beta and its inverse -------------------------------------------

  private static final int CF_MAX_ITERATIONS = 500;

  /** Stop when a factor is within one ulp of 1 (2^-52; both neighbours of 1 qualify). */
  private static final double CF_EPSILON = 0x1.0p-52;

  private static final double TINY = 1e-300;

  /**
   * The regularized incomplete beta function I<sub>x</sub>(a, b) for x in [0, 1] and a, b &gt; 0,
   * with {@code logBeta = logBeta(a, b)} supplied by the caller (it is a constant of a
   * distribution).
   */
  static double regularizedBeta(double x, double a, double b, double logBeta) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta);
    if (x < (a + 1) / (a + b + 2)) {
      return front * betaContinuedFraction(x, a, b) / a;
    }
    return 1 - front * betaContinuedFraction(1 - x, b, a) / b;
  }

  /** The continued fraction of I<sub>x</sub>(a, b), by the modified Lentz method. */
  private static double betaContinuedFraction(double x, double a, double b) {
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (Math.abs(d) < TINY) {
      d = TINY;
    }
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= CF_MAX_ITERATIONS; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < TINY) {
        d = TINY;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < TINY) {
        c = TINY;
      }
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < TINY) {
        d = TINY;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < TINY) {
        c = TINY;
      }
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) <= CF_EPSILON) {
        break;
      }
    }
    return h;
  }

  private static final int INVERSE_MAX_ITERATIONS = 100;

  /**
   * The x in [0, 1] with I<sub>x</sub>(a, b) = p, for p in [0, 1] and a, b &gt; 0; 0 at p = 0 and 1
   * at p = 1. Above p = 0.5 it solves I<sub>y</sub>(b, a) = 1 - p for y = 1 - x instead, so the
   * upper tail is as accurate as the lower. See {@link #lowerInverse}.
   */
  static double inverseRegularizedBeta(double p, double a, double b, double logBeta) {
    if (p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return 1;
    }
    if (p > 0.5) {
      // I_x(a, b) = 1 - I_(1-x)(b, a); 1 - p is exact here, so the upper tail keeps its digits
      return 1 - lowerInverse(1 - p, b, a, logBeta);
    }
    return lowerInverse(p, a, b, logBeta);
  }

  /**
   * Solves I<sub>x</sub>(a, b) = p for p in (0, 0.5]. Closed forms when a = 1 (I = 1 - (1 -
   * x)<sup>b</sup>) or b = 1 (I = x<sup>a</sup>); otherwise Halley's method, as in Numerical
   * Recipes' {@code invbetai}, from its initial guess, kept inside a bracket [lo, hi] that every
   * evaluation shrinks: a step that would leave the bracket goes halfway to the bound instead. It
   * stops when a step is at most 1e-9 relative (the next error, cubic in the step, is then far
   * below an ulp) or the bracket closes.
   */
  private static double lowerInverse(double p, double a, double b, double logBeta) {
    if (a == 1) {
      return -Math.expm1(Math.log1p(-p) / b);
    }
    if (b == 1) {
      return Math.exp(Math.log(p) / a);
    }
    double x = initialGuess(p, a, b);
    if (!(x > 0 && x < 1)) {
      x = 0.5;
    }
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < INVERSE_MAX_ITERATIONS; i++) {
      double f = regularizedBeta(x, a, b, logBeta) - p;
      if (f == 0) {
        return x;
      }
      if (f < 0) {
        lo = x;
      } else {
        hi = x;
      }
      double density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta);
      double t = f / density; // the Newton step
      double curvature = (a - 1) / x - (b - 1) / (1 - x); // density' / density
      double step = t / (1 - 0.5 * Math.min(1, t * curvature)); // Halley
      double next = x - step;
      if (!(next > lo)) {
        next = 0.5 * (x + lo);
      } else if (!(next < hi)) {
        next = 0.5 * (x + hi);
      }
      if (Math.abs(next - x) <= 1e-9 * x || next == lo || next == hi) {
        return next;
      }
      x = next;
    }
    return x;
  }

  /** Numerical Recipes' starting point for the inverse of I<sub>x</sub>(a, b). */
  private static double initialGuess(double p, double a, double b) {
    if (a >= 1 && b >= 1) {
      double z = -normalQuantile(p); // the upper-tail normal deviate of p
      double al = (z * z - 3) / 6;
      double h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
      double w =
          z * Math.sqrt(al + h) / h
              - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5.0 / 6 - 2 / (3 * h));
      return a / (a + b * Math.exp(2 * w));
    }
    double lna = Math.log(a / (a + b));
    double lnb = Math.log(b / (a + b));
    double t = Math.exp(a * lna) / a;
    double u = Math.exp(b * lnb) / b;
    double w = t + u;
    return p < t / w ? Math.pow(a * w * p, 1 / a) : 1 - Math.pow(b * w * (1 - p), 1 / b);
  }
}
