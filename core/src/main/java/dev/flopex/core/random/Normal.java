package dev.flopex.core.random;

import dev.flopex.core.validation.Check;
import org.jspecify.annotations.Nullable;

/** The normal distribution. See {@link Distribution#normal}. */
final class Normal extends AbstractDistribution {
  private final double mean;
  private final double sd;

  Normal(double mean, double sd) {
    this.mean = Check.finite(mean, "mean", "") + 0.0;
    this.sd = Check.positive(sd, "sd", "");
  }

  @Override
  public double quantile(double p) {
    checkP(p);
    return mean + sd * SpecialFunctions.normalQuantile(p);
  }

  @Override
  public double cdf(double x) {
    checkX(x);
    return SpecialFunctions.normalCdf((x - mean) / sd);
  }

  @Override
  public double mean() {
    return mean;
  }

  @Override
  public double variance() {
    return sd * sd;
  }

  @Override
  double partialMoment(int k, double a, double b, double c) {
    if (!(b > a)) {
      return 0;
    }
    double za = (a - mean) / sd;
    double zb = (b - mean) / sd;
    double m0 = SpecialFunctions.normalProbabilityBetween(za, zb);
    if (k == 0) {
      return m0;
    }
    double pa = SpecialFunctions.normalPdf(za);
    double pb = SpecialFunctions.normalPdf(zb);
    double m1 = pa - pb; // integral of z phi(z)
    double d = (c - mean) / sd;
    if (k == 1) {
      return sd * (m1 - d * m0);
    }
    double zpa = Double.isFinite(za) ? za * pa : 0;
    double zpb = Double.isFinite(zb) ? zb * pb : 0;
    double m2 = m0 + zpa - zpb; // integral of z^2 phi(z)
    return sd * sd * (m2 - 2 * d * m1 + d * d * m0);
  }

  @Override
  public String describe() {
    return "normal(mean=" + Check.format(mean) + ", sd=" + Check.format(sd) + ")";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Normal
        && Double.compare(((Normal) o).mean, mean) == 0
        && Double.compare(((Normal) o).sd, sd) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(mean) + Double.hashCode(sd) + 1;
  }
}
