package dev.flopex.core.random;

import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import org.jspecify.annotations.Nullable;

/** The lognormal distribution. See {@link Distribution#lognormal}. */
final class Lognormal extends AbstractDistribution {
  private final double mu;
  private final double sigma;
  private final double mean;
  private final double variance;

  Lognormal(double mu, double sigma) {
    this.mu = Check.finite(mu, "mu", "") + 0.0;
    this.sigma = Check.positive(sigma, "sigma", "");
    double s2 = sigma * sigma;
    this.mean = Math.exp(mu + s2 / 2);
    this.variance = Math.expm1(s2) * Math.exp(2 * mu + s2);
    if (!Double.isFinite(variance) || !Double.isFinite(mean)) {
      throw new ValidationException(
          "variance",
          Check.format(variance),
          "must be finite for mu " + Check.format(mu) + ", sigma " + Check.format(sigma));
    }
  }

  static Lognormal fromMeanAndSd(double mean, double sd) {
    Check.positive(mean, "mean", "");
    Check.positive(sd, "sd", "");
    double cv = sd / mean;
    double s2 = Math.log1p(cv * cv);
    Check.that(Double.isFinite(s2), "sd / mean", Check.format(cv), "must be < 1e154");
    return new Lognormal(Math.log(mean) - s2 / 2, Math.sqrt(s2));
  }

  @Override
  public double quantile(double p) {
    checkP(p);
    return Math.exp(mu + sigma * SpecialFunctions.normalQuantile(p));
  }

  @Override
  public double cdf(double x) {
    checkX(x);
    if (x <= 0) {
      return 0;
    }
    return SpecialFunctions.normalCdf((Math.log(x) - mu) / sigma);
  }

  @Override
  public double mean() {
    return mean;
  }

  @Override
  public double variance() {
    return variance;
  }

  /** {@code E[X^j; a < X <= b] = exp(j mu + j^2 sigma^2 / 2) P(a' < Z <= b')}. */
  private double rawPartialMoment(int j, double a, double b) {
    double la = a > 0 ? Math.log(a) : Double.NEGATIVE_INFINITY;
    double lb = b > 0 ? Math.log(b) : Double.NEGATIVE_INFINITY;
    double shift = mu + j * sigma * sigma;
    double probability =
        SpecialFunctions.normalProbabilityBetween((la - shift) / sigma, (lb - shift) / sigma);
    return probability == 0 ? 0 : Math.exp(j * mu + j * j * sigma * sigma / 2) * probability;
  }

  @Override
  double partialMoment(int k, double a, double b, double c) {
    if (!(b > a) || b <= 0) {
      return 0;
    }
    double e0 = rawPartialMoment(0, a, b);
    if (k == 0) {
      return e0;
    }
    double e1 = rawPartialMoment(1, a, b);
    if (k == 1) {
      return e1 - c * e0;
    }
    return rawPartialMoment(2, a, b) - 2 * c * e1 + c * c * e0;
  }

  @Override
  public String describe() {
    return "lognormal(mu=" + Check.format(mu) + ", sigma=" + Check.format(sigma) + ")";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Lognormal
        && Double.compare(((Lognormal) o).mu, mu) == 0
        && Double.compare(((Lognormal) o).sigma, sigma) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(mu) + Double.hashCode(sigma) + 2;
  }
}
