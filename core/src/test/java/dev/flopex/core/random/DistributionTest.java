package dev.flopex.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.flopex.core.validation.ValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Golden values, edge cases and every validation message of the {@link Distribution} factories.
 *
 * <p>Reference values were computed with mpmath at 50 significant digits for the exact double
 * parameters: PERT quantiles by 250 steps of bisection on {@code betainc(alpha, beta, 0, (x - min)
 * / (max - min), regularized=True)}; truncated means and variances by {@code mp.quad} of {@code x
 * f(x)} and {@code (x - mean)^2 f(x)} over the interval, divided by its probability; everything
 * else from the closed forms in {@code docs/uncertainty.md}. The script is reproduced there.
 */
class DistributionTest {

  private static void assertRel(double actual, double expected, double tol) {
    assertThat(actual).isCloseTo(expected, offset(Math.abs(expected) * tol));
  }

  private static void assertRejects(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(ValidationException.class).hasMessage(message);
  }

  // ---- uniform --------------------------------------------------------------------------------

  @Test
  void test_uniform_quantileCdfMoments() {
    Distribution d = Distribution.uniform(2, 6);
    assertThat(d.quantile(0)).isEqualTo(2.0);
    assertThat(d.quantile(0.25)).isEqualTo(3.0);
    assertThat(d.quantile(1)).isEqualTo(6.0);
    assertThat(d.cdf(5)).isEqualTo(0.75);
    assertThat(d.cdf(-1)).isZero();
    assertThat(d.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    assertThat(d.mean()).isEqualTo(4.0);
    assertThat(d.variance()).isEqualTo(16.0 / 12);
    assertThat(d.standardDeviation()).isEqualTo(Math.sqrt(16.0 / 12));
    assertThat(d.describe()).isEqualTo("uniform(min=2, max=6)");
    assertThat(d).hasToString("uniform(min=2, max=6)").isEqualTo(Distribution.uniform(2, 6));
  }

  @Test
  void test_uniform_rejects() {
    assertRejects(() -> Distribution.uniform(3, 2), "max must be > min (3) but was 2");
    assertRejects(() -> Distribution.uniform(3, 3), "max must be > min (3) but was 3");
    assertRejects(() -> Distribution.uniform(Double.NaN, 2), "min must be finite but was NaN");
    assertRejects(
        () -> Distribution.uniform(0, Double.POSITIVE_INFINITY),
        "max must be finite but was Infinity");
    assertRejects(
        () -> Distribution.uniform(-Double.MAX_VALUE, Double.MAX_VALUE),
        "max - min must be finite but was Infinity");
  }

  // ---- triangular -----------------------------------------------------------------------------

  @Test
  void test_triangular_quantileCdfMoments() {
    Distribution d = Distribution.triangular(0, 3, 10);
    // F(mode) = 3 / 10; q(p) = sqrt(30 p) below it, 10 - sqrt(70 (1 - p)) above
    assertThat(d.cdf(3)).isCloseTo(0.3, offset(1e-16));
    assertThat(d.quantile(0.3)).isCloseTo(3.0, offset(1e-15));
    assertThat(d.quantile(0.1)).isEqualTo(Math.sqrt(3.0));
    assertThat(d.quantile(0.9)).isCloseTo(10 - Math.sqrt(7.0), offset(1e-15));
    assertThat(d.cdf(5)).isCloseTo(1 - 25.0 / 70, offset(1e-16));
    assertThat(d.mean()).isCloseTo(13.0 / 3, offset(1e-15));
    // (0 + 9 + 100 - 0 - 0 - 30) / 18
    assertThat(d.variance()).isCloseTo(79.0 / 18, offset(1e-15));
    assertThat(d.describe()).isEqualTo("triangular(min=0, mode=3, max=10)");
  }

  @Test
  void test_triangular_modeAtAnEnd() {
    Distribution left = Distribution.triangular(0, 0, 1);
    assertThat(left.quantile(0)).isZero();
    assertThat(left.quantile(1)).isEqualTo(1.0);
    assertThat(left.quantile(0.75)).isEqualTo(0.5);
    assertThat(left.mean()).isCloseTo(1.0 / 3, offset(1e-16));
    Distribution right = Distribution.triangular(0, 1, 1);
    assertThat(right.quantile(0.25)).isEqualTo(0.5);
    assertThat(right.cdf(0.5)).isEqualTo(0.25);
    assertThat(right.variance()).isCloseTo(1.0 / 18, offset(1e-16));
  }

  @Test
  void test_triangular_rejects() {
    assertRejects(
        () -> Distribution.triangular(1, 4, 3), "mode must be in [min, max] = [1, 3] but was 4");
    assertRejects(
        () -> Distribution.triangular(1, 0, 3), "mode must be in [min, max] = [1, 3] but was 0");
    assertRejects(() -> Distribution.triangular(3, 3, 1), "max must be > min (3) but was 1");
    assertRejects(
        () -> Distribution.triangular(0, Double.NaN, 1), "mode must be finite but was NaN");
    assertRejects(
        () -> Distribution.triangular(Double.NEGATIVE_INFINITY, 0, 1),
        "min must be finite but was -Infinity");
  }

  // ---- pert -----------------------------------------------------------------------------------

  @Test
  void test_pert_quantilesAgainstBisectionOnTheBetaCdf() {
    // pert(22000, 25000, 34000): alpha = 2, beta = 4
    Distribution price = Distribution.pert(22_000, 25_000, 34_000);
    assertRel(price.quantile(1e-9), 22000.120001200021, 1e-15);
    assertRel(price.quantile(0.05), 22917.284696947946656, 1e-15);
    assertRel(price.quantile(0.25), 24325.163314647654019, 1e-15);
    assertRel(price.quantile(0.5), 25765.722045468369316, 1e-15);
    assertRel(price.quantile(0.75), 27450.166777283388351, 1e-15);
    assertRel(price.quantile(0.95), 29888.899816013663407, 1e-15);
    assertRel(price.quantile(0.999), 32535.834044662258188, 1e-15);
    assertThat(price.cdf(28_000)).isCloseTo(0.8125, offset(1e-15));
    // pert(0, 2, 10): alpha = 1.8, beta = 4.2
    Distribution skewed = Distribution.pert(0, 2, 10);
    assertRel(skewed.quantile(1e-9), 0.000029095963348301575844, 1e-13);
    assertRel(skewed.quantile(0.05), 0.58977387611817244898, 1e-14);
    assertRel(skewed.quantile(0.5), 2.7667225939251884147, 1e-14);
    assertRel(skewed.quantile(0.95), 6.212767240161902339, 1e-14);
    assertRel(skewed.quantile(0.999), 8.5755156873867852835, 1e-14);
    assertRel(skewed.cdf(5), 0.85792997743038102263, 1e-14);
    // pert(1, 1, 2): alpha = 1, beta = 5, where I_x(1, 5) = 1 - (1 - x)^5
    Distribution edge = Distribution.pert(1, 1, 2);
    assertRel(edge.quantile(0.5), 1.1294494367038758609, 1e-15);
    assertRel(edge.quantile(0.999), 1.7488113568490419443, 1e-15);
    // pert(0, 0.9, 1): alpha = 4.6, beta = 1.4
    Distribution high = Distribution.pert(0, 0.9, 1);
    assertRel(high.quantile(1e-9), 0.0093206963687565585071, 1e-14);
    assertRel(high.quantile(0.25), 0.66899603940061676804, 1e-14);
    assertRel(high.quantile(0.75), 0.89359467521885535143, 1e-14);
    assertRel(high.cdf(0.5), 0.073194629823782670254, 1e-14);
  }

  @Test
  void test_pert_momentsAndEnds() {
    Distribution d = Distribution.pert(22_000, 25_000, 34_000);
    assertThat(d.mean()).isEqualTo(26_000.0);
    // (mean - min)(max - mean) / 7
    assertThat(d.variance()).isCloseTo(4000.0 * 8000 / 7, offset(1e-8));
    assertThat(d.quantile(0)).isEqualTo(22_000.0);
    assertThat(d.quantile(1)).isEqualTo(34_000.0);
    assertThat(d.cdf(22_000)).isZero();
    assertThat(d.cdf(34_000)).isEqualTo(1.0);
    assertThat(d.describe()).isEqualTo("pert(min=22000, mode=25000, max=34000)");
    assertThat(((Pert) d).alpha()).isEqualTo(2.0);
    assertThat(((Pert) d).beta()).isEqualTo(4.0);
  }

  @Test
  void test_pert_rejects() {
    assertRejects(
        () -> Distribution.pert(1, 4, 3), "mode must be in [min, max] = [1, 3] but was 4");
    assertRejects(() -> Distribution.pert(5, 5, 5), "max must be > min (5) but was 5");
    assertRejects(() -> Distribution.pert(0, 1, Double.NaN), "max must be finite but was NaN");
  }

  // ---- normal ---------------------------------------------------------------------------------

  @Test
  void test_normal_golden() {
    Distribution z = Distribution.normal(0, 1);
    assertThat(z.quantile(0.975)).isCloseTo(1.959963984540054, offset(1e-15));
    assertThat(z.quantile(0.5)).isZero();
    assertThat(z.quantile(0)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(z.quantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
    assertRel(z.cdf(1.5), 0.933192798731141934, 2e-16);
    Distribution d = Distribution.normal(100, 15);
    assertThat(d.quantile(0.975)).isCloseTo(100 + 15 * 1.959963984540054, offset(1e-13));
    assertThat(d.cdf(100)).isEqualTo(0.5);
    assertThat(d.mean()).isEqualTo(100.0);
    assertThat(d.variance()).isEqualTo(225.0);
    assertThat(d.describe()).isEqualTo("normal(mean=100, sd=15)");
  }

  @Test
  void test_normal_rejects() {
    assertRejects(() -> Distribution.normal(0, -1), "sd must be > 0 but was -1");
    assertRejects(() -> Distribution.normal(0, 0), "sd must be > 0 but was 0");
    assertRejects(() -> Distribution.normal(Double.NaN, 1), "mean must be finite but was NaN");
    assertRejects(
        () -> Distribution.normal(0, Double.POSITIVE_INFINITY),
        "sd must be finite but was Infinity");
  }

  // ---- lognormal ------------------------------------------------------------------------------

  @Test
  void test_lognormal_golden() {
    Distribution d = Distribution.lognormal(0, 1);
    assertRel(d.mean(), 1.6487212707001281468, 1e-15);
    assertRel(d.variance(), 4.6707742704716049919, 1e-15);
    assertThat(d.quantile(0.5)).isEqualTo(1.0);
    assertThat(d.quantile(0)).isZero();
    assertThat(d.quantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(d.cdf(0)).isZero();
    assertThat(d.cdf(-3)).isZero();
    assertThat(d.cdf(1)).isEqualTo(0.5);
    Distribution e = Distribution.lognormal(0.5, 0.25);
    assertRel(e.mean(), 1.7010573018484006794, 1e-15);
    assertRel(e.variance(), 0.18662090474627030353, 1e-14);
    assertRel(e.quantile(0.9), 2.2713807156931205828, 1e-15);
    assertThat(e.describe()).isEqualTo("lognormal(mu=0.5, sigma=0.25)");
  }

  @Test
  void test_lognormalFromMeanAndSd_roundTrips() {
    Distribution d = Distribution.lognormalFromMeanAndSd(100, 30);
    assertRel(d.mean(), 100, 1e-14);
    assertRel(d.standardDeviation(), 30, 1e-14);
    Distribution tiny = Distribution.lognormalFromMeanAndSd(0.09, 1e-9);
    assertRel(tiny.mean(), 0.09, 1e-14);
    assertRel(tiny.standardDeviation(), 1e-9, 1e-6);
  }

  @Test
  void test_lognormal_rejects() {
    assertRejects(() -> Distribution.lognormal(0, 0), "sigma must be > 0 but was 0");
    assertRejects(() -> Distribution.lognormal(Double.NaN, 1), "mu must be finite but was NaN");
    assertRejects(
        () -> Distribution.lognormal(700, 1),
        "variance must be finite for mu 700, sigma 1 but was Infinity");
    assertRejects(() -> Distribution.lognormalFromMeanAndSd(-5, 1), "mean must be > 0 but was -5");
    assertRejects(() -> Distribution.lognormalFromMeanAndSd(5, 0), "sd must be > 0 but was 0");
    assertRejects(
        () -> Distribution.lognormalFromMeanAndSd(5, Double.NaN), "sd must be finite but was NaN");
  }

  // ---- truncated ------------------------------------------------------------------------------

  @Test
  void test_truncated_normalMomentsMatchQuadrature() {
    Distribution d = Distribution.truncated(Distribution.normal(0, 1), -1, 2);
    assertRel(d.mean(), 0.22963717909132896862, 1e-13);
    assertRel(d.variance(), 0.51976253921153393591, 1e-13);
    Distribution pue = Distribution.truncated(Distribution.normal(1.2, 0.05), 1.0, 1.25);
    assertRel(pue.mean(), 1.185627413769648622, 1e-14);
    assertRel(pue.variance(), 0.0015728110405727658572, 1e-11);
    Distribution tail = Distribution.truncated(Distribution.normal(0, 1), 3, 4);
    assertRel(tail.mean(), 3.2604542855900211539, 1e-13);
    assertRel(tail.variance(), 0.049277793777393127176, 1e-10);
    Distribution oneSided = Distribution.truncated(Distribution.normal(100, 50), 0, 1e6);
    assertRel(oneSided.mean(), 102.76239313394949796, 1e-13);
    assertRel(oneSided.variance(), 2216.1298707785588755, 1e-12);
  }

  @Test
  void test_truncated_otherBasesMatchQuadrature() {
    Distribution ln = Distribution.truncated(Distribution.lognormal(0, 1), 0.5, 3);
    assertRel(ln.mean(), 1.3139902865563714901, 1e-13);
    assertRel(ln.variance(), 0.42071891993723543235, 1e-12);
    Distribution pert = Distribution.truncated(Distribution.pert(0, 2, 10), 1, 6);
    assertRel(pert.mean(), 3.0568486856876116436, 1e-13);
    assertRel(pert.variance(), 1.7019499466496800783, 1e-12);
    Distribution tri = Distribution.truncated(Distribution.triangular(0, 3, 10), 2, 8);
    assertRel(tri.mean(), 4.5215686274509803922, 1e-14);
    assertRel(tri.variance(), 2.5260053825451749327, 1e-13);
    Distribution uni = Distribution.truncated(Distribution.uniform(0, 10), 2, 4);
    assertThat(uni.mean()).isCloseTo(3.0, offset(1e-15));
    assertThat(uni.variance()).isCloseTo(4.0 / 12, offset(1e-15));
  }

  @Test
  void test_truncated_quantileAndCdf() {
    Distribution base = Distribution.normal(0, 1);
    Distribution d = Distribution.truncated(base, -1, 2);
    double fLo = base.cdf(-1);
    double mass = base.cdf(2) - fLo;
    assertThat(d.quantile(0.3)).isEqualTo(base.quantile(fLo + 0.3 * mass));
    assertThat(d.quantile(0)).isEqualTo(-1.0);
    assertThat(d.quantile(1)).isEqualTo(2.0);
    assertThat(d.cdf(-1)).isZero();
    assertThat(d.cdf(2)).isEqualTo(1.0);
    assertThat(d.cdf(0.5)).isCloseTo((base.cdf(0.5) - fLo) / mass, offset(1e-16));
    assertThat(d.describe()).isEqualTo("truncated(normal(mean=0, sd=1), lo=-1, hi=2)");
    assertThat(d).isEqualTo(Distribution.truncated(Distribution.normal(0, 1), -1, 2));
  }

  @Test
  void test_truncated_ofDiscreteConditionsOnHalfOpenInterval() {
    Distribution dice =
        Distribution.discrete(new double[] {1, 2, 3, 4}, new double[] {0.25, 0.25, 0.25, 0.25});
    Distribution d = Distribution.truncated(dice, 1, 3); // 1 < X <= 3: {2, 3}
    assertThat(d.mean()).isCloseTo(2.5, offset(1e-15));
    assertThat(d.variance()).isCloseTo(0.25, offset(1e-15));
    assertThat(d.quantile(0.25)).isEqualTo(2.0);
    assertThat(d.quantile(0.75)).isEqualTo(3.0);
    assertThat(d.cdf(2)).isCloseTo(0.5, offset(1e-16));
  }

  @Test
  void test_truncated_nestedAndForeignDistributions() {
    Distribution inner = Distribution.truncated(Distribution.normal(0, 1), -2, 2);
    Distribution outer = Distribution.truncated(inner, -1, 2);
    Distribution direct = Distribution.truncated(Distribution.normal(0, 1), -1, 2);
    assertThat(outer.mean()).isCloseTo(direct.mean(), offset(1e-14));
    assertThat(outer.variance()).isCloseTo(direct.variance(), offset(1e-14));
    // a Distribution from outside the package: moments by the midpoint rule
    Distribution foreign = new ForeignUniform();
    Distribution t = Distribution.truncated(foreign, 0.2, 0.6);
    assertThat(t.mean()).isCloseTo(0.4, offset(1e-9));
    assertThat(t.variance()).isCloseTo(0.16 / 12, offset(1e-9));
  }

  /** The uniform distribution on [0, 1], implemented outside the package's class hierarchy. */
  private static final class ForeignUniform implements Distribution {
    @Override
    public double quantile(double p) {
      return p;
    }

    @Override
    public double cdf(double x) {
      return Math.max(0, Math.min(1, x));
    }

    @Override
    public double mean() {
      return 0.5;
    }

    @Override
    public double variance() {
      return 1.0 / 12;
    }

    @Override
    public String describe() {
      return "foreign-uniform";
    }
  }

  @Test
  void test_truncated_rejects() {
    Distribution z = Distribution.normal(0, 1);
    assertRejects(() -> Distribution.truncated(z, 1, 0), "hi must be > lo (1) but was 0");
    assertRejects(() -> Distribution.truncated(z, 1, 1), "hi must be > lo (1) but was 1");
    assertRejects(() -> Distribution.truncated(z, Double.NaN, 1), "lo must be finite but was NaN");
    assertRejects(
        () -> Distribution.truncated(z, 0, Double.POSITIVE_INFINITY),
        "hi must be finite but was Infinity");
    assertRejects(
        () -> Distribution.truncated(z, 40, 50),
        "[lo, hi] must have probability > 0 under normal(mean=0, sd=1) but was [40, 50]");
    assertRejects(
        () -> Distribution.truncated(Distribution.uniform(0, 1), 2, 3),
        "[lo, hi] must have probability > 0 under uniform(min=0, max=1) but was [2, 3]");
    assertThatThrownBy(() -> Distribution.truncated(null, 0, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("d");
  }

  // ---- discrete -------------------------------------------------------------------------------

  @Test
  void test_discrete_quantileIsLeastValueReachingP() {
    Distribution d =
        Distribution.discrete(new double[] {6, 4, 5, 9}, new double[] {0.25, 0.25, 0.5, 0});
    assertThat(d.quantile(0)).isEqualTo(4.0);
    assertThat(d.quantile(0.25)).isEqualTo(4.0);
    assertThat(d.quantile(Math.nextUp(0.25))).isEqualTo(5.0);
    assertThat(d.quantile(0.75)).isEqualTo(5.0);
    assertThat(d.quantile(0.76)).isEqualTo(6.0);
    assertThat(d.quantile(1)).isEqualTo(6.0); // 9 has probability 0
    assertThat(d.cdf(3.9)).isZero();
    assertThat(d.cdf(4)).isEqualTo(0.25);
    assertThat(d.cdf(5.5)).isEqualTo(0.75);
    assertThat(d.cdf(100)).isEqualTo(1.0);
    assertThat(d.mean()).isEqualTo(5.0);
    assertThat(d.variance()).isEqualTo(0.5);
    assertThat(d.describe()).isEqualTo("discrete(4 (p=0.25), 5 (p=0.5), 6 (p=0.25))");
  }

  @Test
  void test_discrete_normalisesWithinTolerance() {
    Distribution d = Distribution.discrete(new double[] {0, 1}, new double[] {0.5, 0.5 + 5e-10});
    assertThat(d.cdf(0)).isCloseTo(0.5, offset(1e-9));
    assertThat(d.cdf(1)).isEqualTo(1.0);
    double[] values = new double[10];
    double[] probabilities = new double[10];
    for (int i = 0; i < 10; i++) {
      values[i] = i;
      probabilities[i] = 0.1;
    }
    Distribution many = Distribution.discrete(values, probabilities);
    assertThat(many.describe()).isEqualTo("discrete(10 values in [0, 9])");
    assertThat(many.mean()).isCloseTo(4.5, offset(1e-14));
  }

  @Test
  void test_discrete_copiesItsInput() {
    double[] values = {1, 2};
    double[] probabilities = {0.5, 0.5};
    Distribution d = Distribution.discrete(values, probabilities);
    values[0] = 100;
    probabilities[0] = 0;
    assertThat(d.mean()).isEqualTo(1.5);
  }

  @Test
  void test_discrete_rejects() {
    assertRejects(
        () -> Distribution.discrete(new double[] {1, 2}, new double[] {0.5, 0.4}),
        "sum(probabilities) must be 1 (within 1e-9) but was 0.9");
    assertRejects(
        () -> Distribution.discrete(new double[] {1, 2, 3}, new double[] {0.25, 0.25, 0.51}),
        "sum(probabilities) must be 1 (within 1e-9) but was 1.01");
    assertRejects(
        () -> Distribution.discrete(new double[] {1, 2, 3}, new double[] {0.5, 0.6, -0.1}),
        "probabilities[2] must be >= 0 but was -0.1");
    assertRejects(
        () -> Distribution.discrete(new double[] {1, Double.NaN}, new double[] {0.5, 0.5}),
        "values[1] must be finite but was NaN");
    assertRejects(
        () -> Distribution.discrete(new double[] {1, 2}, new double[] {Double.NaN, 0.5}),
        "probabilities[0] must be finite but was NaN");
    assertRejects(
        () -> Distribution.discrete(new double[] {1, 2, 3}, new double[] {0.5, 0.5}),
        "probabilities.length must be = values.length (3) but was 2");
    assertRejects(
        () -> Distribution.discrete(new double[0], new double[0]),
        "values.length must be > 0 but was 0");
    assertThatThrownBy(() -> Distribution.discrete(null, new double[] {1}))
        .isInstanceOf(NullPointerException.class);
  }

  // ---- empirical ------------------------------------------------------------------------------

  @Test
  void test_empirical_quantileIsType7() {
    double[] samples = {3.1, -2, 7.5, 0, 12.25, 4, 4, 9.75, -6.5, 1};
    Distribution d = Distribution.empirical(samples);
    // numpy.percentile(x, [5, 25, 50, 75, 95, 99]), default method "linear" (type 7)
    assertThat(d.quantile(0.05)).isCloseTo(-4.475, offset(1e-15));
    assertThat(d.quantile(0.25)).isCloseTo(0.25, offset(1e-15));
    assertThat(d.quantile(0.5)).isCloseTo(3.55, offset(1e-15));
    assertThat(d.quantile(0.75)).isCloseTo(6.625, offset(1e-15));
    assertThat(d.quantile(0.95)).isCloseTo(11.125, offset(1e-14));
    assertThat(d.quantile(0)).isEqualTo(-6.5);
    assertThat(d.quantile(1)).isEqualTo(12.25);
    assertThat(d.describe()).isEqualTo("empirical(n=10, min=-6.5, max=12.25)");
    for (double p = 0; p <= 1; p += 0.01) {
      assertThat(d.quantile(p)).isEqualTo(SampleStatistics.of(samples).percentile(p));
    }
  }

  @Test
  void test_empirical_cdfAndMoments() {
    Distribution d = Distribution.empirical(new double[] {0, 1, 1, 3});
    // segments [0,1], [1,1] (a point mass of 1/3 at 1), [1,3], each with weight 1/3
    assertThat(d.cdf(-1)).isZero();
    assertThat(d.cdf(0.5)).isCloseTo(1.0 / 6, offset(1e-16));
    assertThat(d.cdf(1)).isCloseTo(2.0 / 3, offset(1e-16));
    assertThat(d.cdf(2)).isCloseTo(5.0 / 6, offset(1e-16));
    assertThat(d.cdf(3)).isEqualTo(1.0);
    // mean = (0.5 + 1 + 2) / 3; E[X^2] = (1/3 + 1 + 13/3) / 3 = 17/9
    assertThat(d.mean()).isCloseTo(3.5 / 3, offset(1e-15));
    assertThat(d.variance()).isCloseTo(17.0 / 9 - (3.5 / 3) * (3.5 / 3), offset(1e-15));
    Distribution single = Distribution.empirical(new double[] {4});
    assertThat(single.quantile(0.3)).isEqualTo(4.0);
    assertThat(single.cdf(4)).isEqualTo(1.0);
    assertThat(single.cdf(3.99)).isZero();
    assertThat(single.variance()).isZero();
  }

  @Test
  void test_empirical_rejects() {
    assertRejects(
        () -> Distribution.empirical(new double[0]), "samples.length must be > 0 but was 0");
    assertRejects(
        () -> Distribution.empirical(new double[] {1, 2, 3, Double.POSITIVE_INFINITY}),
        "samples[3] must be finite but was Infinity");
  }

  // ---- constant -------------------------------------------------------------------------------

  @Test
  void test_constant() {
    Distribution d = Distribution.constant(-0.0);
    assertThat(d.quantile(0.3)).isEqualTo(0.0);
    assertThat(d.cdf(-1e-300)).isZero();
    assertThat(d.cdf(0)).isEqualTo(1.0);
    assertThat(d.mean()).isZero();
    assertThat(d.variance()).isZero();
    assertThat(d.describe()).isEqualTo("constant(0)");
    assertThat(d.sample(Rng.of(1))).isEqualTo(0.0);
    assertRejects(() -> Distribution.constant(Double.NaN), "value must be finite but was NaN");
  }

  // ---- the shared contract ----------------------------------------------------------------------

  @Test
  void test_quantile_rejectsProbabilitiesOutsideTheUnitInterval() {
    Distribution d = Distribution.pert(0, 1, 2);
    assertRejects(() -> d.quantile(1.5), "p must be in [0, 1] but was 1.5");
    assertRejects(() -> d.quantile(-0.1), "p must be in [0, 1] but was -0.1");
    assertRejects(() -> d.quantile(Double.NaN), "p must be finite but was NaN");
    assertRejects(() -> Distribution.normal(0, 1).quantile(2), "p must be in [0, 1] but was 2");
    assertRejects(() -> Distribution.constant(1).quantile(2), "p must be in [0, 1] but was 2");
  }

  @Test
  void test_quantile_monotoneUpToAFewUlpsBetweenAdjacentProbabilities() {
    // Between p values a few ulps apart the computed quantile may dip by rounding (measured: 2
    // ulps for the normal, up to 13 for PERT around the switch at p = 0.5); p values further apart
    // than about 1e-13 are never inverted (quantileIsMonotone, and a 2-million-point grid).
    for (Distribution d :
        new Distribution[] {
          Distribution.normal(0, 1), Distribution.pert(0, 2, 10), Distribution.pert(0, 0.9, 1)
        }) {
      for (double centre : new double[] {0.075, 0.5, 0.925}) {
        double p = centre;
        for (int k = 0; k < 500; k++) {
          p = Math.nextDown(p);
        }
        double previous = d.quantile(p);
        for (int k = 0; k < 1000; k++) {
          p = Math.nextUp(p);
          double q = d.quantile(p);
          assertThat(q)
              .as("%s at %s", d, p)
              .isGreaterThanOrEqualTo(previous - 32 * Math.ulp(previous));
          previous = Math.max(previous, q);
        }
      }
    }
  }

  @Test
  void test_cdf_rejectsNaN() {
    assertRejects(
        () -> Distribution.uniform(0, 1).cdf(Double.NaN), "x must not be NaN but was NaN");
    assertRejects(
        () -> Distribution.lognormal(0, 1).cdf(Double.NaN), "x must not be NaN but was NaN");
  }

  @Test
  void test_sample_isQuantileOfOneOpenUniform() {
    Distribution d = Distribution.pert(1, 2, 4);
    Rng a = Rng.stream(5, 17);
    Rng b = Rng.stream(5, 17);
    assertThat(d.sample(a)).isEqualTo(d.quantile(b.nextOpenDouble()));
    assertThat(a.nextLong()).isEqualTo(b.nextLong());
  }

  @Test
  void test_fill_usesOneStreamPerSample() {
    Distribution d = Distribution.normal(3, 2);
    double[] out = new double[5];
    d.fill(9, 100, out);
    for (int k = 0; k < 5; k++) {
      assertThat(out[k]).isEqualTo(d.sample(Rng.stream(9, 100 + k)));
    }
  }

  @Test
  void test_equals_byParameters() {
    assertThat(Distribution.pert(0, 1, 2)).isEqualTo(Distribution.pert(0, 1, 2));
    assertThat(Distribution.pert(0, 1, 2).hashCode())
        .isEqualTo(Distribution.pert(0, 1, 2).hashCode());
    assertThat(Distribution.pert(0, 1, 2)).isNotEqualTo(Distribution.triangular(0, 1, 2));
    assertThat(Distribution.normal(0, 1)).isNotEqualTo(Distribution.normal(0, 2));
    assertThat(Distribution.empirical(new double[] {2, 1}))
        .isEqualTo(Distribution.empirical(new double[] {1, 2}));
    assertThat(Distribution.discrete(new double[] {2, 1}, new double[] {0.5, 0.5}))
        .isEqualTo(Distribution.discrete(new double[] {1, 2}, new double[] {0.5, 0.5}));
  }
}
