package dev.flopex.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

/**
 * Golden values of the special functions. References were computed with mpmath at 50 significant
 * digits for the exact double inputs ({@code mp.mpf(float(s))}): {@code ncdf} for &Phi;, bisection
 * on {@code ncdf} for &Phi;<sup>-1</sup>, {@code loggamma}, and {@code betainc(a, b, 0, x,
 * regularized=True)} and 250 bisection steps on it for the Beta inverse. Tolerances are relative, a
 * few units of 1e-16 for the normal functions and 1e-14 for the Beta functions (whose error is
 * dominated by log-gamma's, about 2e-15 absolute).
 */
class SpecialFunctionsTest {

  private static void assertRel(double actual, double expected, double tol) {
    assertThat(actual).isCloseTo(expected, offset(Math.abs(expected) * tol));
  }

  @Test
  void test_normalCdf_golden() {
    assertThat(SpecialFunctions.normalCdf(0)).isEqualTo(0.5);
    assertRel(SpecialFunctions.normalCdf(1.5), 0.933192798731141934, 2e-16);
    assertRel(SpecialFunctions.normalCdf(-1), 0.15865525393145705, 2e-16);
    assertRel(SpecialFunctions.normalCdf(-3), 0.0013498980316300945, 2e-16);
    assertRel(SpecialFunctions.normalCdf(-7), 1.2798125438858350044e-12, 1e-15);
    assertRel(SpecialFunctions.normalCdf(-10), 7.6198530241605261e-24, 1e-15);
    assertRel(SpecialFunctions.normalCdf(-20), 2.7536241186062337e-89, 1e-15);
    assertRel(SpecialFunctions.normalCdf(-37.5), 4.6053530095819548e-308, 1e-15);
    assertThat(SpecialFunctions.normalCdf(-38)).isZero();
    assertThat(SpecialFunctions.normalCdf(9)).isEqualTo(1.0);
    assertThat(SpecialFunctions.normalCdf(Double.NEGATIVE_INFINITY)).isZero();
    assertThat(SpecialFunctions.normalCdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    assertThat(SpecialFunctions.normalCdf(Double.NaN)).isNaN();
  }

  @Test
  void test_normalQuantile_golden() {
    // 1.959963984540054 is the quantile at exactly 0.975; the double 0.975 is 2.2e-17 smaller,
    // whose quantile is 1.95996398454005386 (mpmath), so both are within 1e-15.
    assertThat(SpecialFunctions.normalQuantile(0.975)).isCloseTo(1.959963984540054, offset(1e-15));
    assertRel(SpecialFunctions.normalQuantile(0.975), 1.9599639845400538556, 3e-16);
    assertRel(SpecialFunctions.normalQuantile(1e-10), -6.3613409024040561991, 3e-16);
    assertRel(SpecialFunctions.normalQuantile(1e-300), -37.047096299361199, 3e-16);
    assertRel(SpecialFunctions.normalQuantile(0.3), -0.52440051270804082, 3e-16);
    assertRel(SpecialFunctions.normalQuantile(0.0751), -1.43882539275254, 3e-16);
    assertRel(SpecialFunctions.normalQuantile(0.9999999999), 6.3613408896974219, 3e-16);
    assertThat(SpecialFunctions.normalQuantile(0.5)).isZero();
    assertThat(SpecialFunctions.normalQuantile(0)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(SpecialFunctions.normalQuantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void test_normalQuantile_inverseOfCdf() {
    for (double p = 1e-6; p < 1; p += 0.0123) {
      double z = SpecialFunctions.normalQuantile(p);
      assertThat(SpecialFunctions.normalCdf(z)).isCloseTo(p, offset(1e-15));
    }
  }

  @Test
  void test_normalProbabilityBetween_keepsUpperTailDigits() {
    // P(5 < Z <= 6) = 2.85664984e-7 (mpmath), where Phi(6) - Phi(5) would keep only ~9 digits
    double expected = SpecialFunctions.normalCdf(-5) - SpecialFunctions.normalCdf(-6);
    assertThat(SpecialFunctions.normalProbabilityBetween(5, 6)).isEqualTo(expected);
    assertRel(expected, 2.8566498423415621e-7, 1e-14);
  }

  @Test
  void test_logGamma_golden() {
    assertRel(SpecialFunctions.logGamma(0.1), 2.252712651734206, 1e-15);
    assertRel(SpecialFunctions.logGamma(0.5), 0.57236494292470009, 1e-15);
    assertThat(SpecialFunctions.logGamma(1)).isCloseTo(0, offset(1e-15));
    assertThat(SpecialFunctions.logGamma(1.5)).isCloseTo(-0.12078223763524522, offset(1e-15));
    assertRel(SpecialFunctions.logGamma(4.5), 2.4537365708424422, 1e-15);
    assertRel(SpecialFunctions.logGamma(100), 359.1342053695754, 1e-15);
  }

  @Test
  void test_regularizedBeta_golden() {
    double lb = SpecialFunctions.logBeta(1.8, 4.2);
    assertRel(SpecialFunctions.regularizedBeta(0.5, 1.8, 4.2, lb), 0.85792997743038102, 1e-14);
    assertRel(SpecialFunctions.regularizedBeta(1e-10, 1.8, 4.2, lb), 9.2279167021405019e-18, 1e-14);
    assertRel(SpecialFunctions.regularizedBeta(0.99, 1.8, 4.2, lb), 0.99999998435739109, 1e-14);
    // closed forms: I_x(1, 5) = 1 - (1 - x)^5, I_x(5, 1) = x^5
    double lb15 = SpecialFunctions.logBeta(1, 5);
    assertRel(SpecialFunctions.regularizedBeta(0.2, 1, 5, lb15), 0.67232, 1e-14);
    double lb51 = SpecialFunctions.logBeta(5, 1);
    assertRel(SpecialFunctions.regularizedBeta(0.8, 5, 1, lb51), 0.32768, 1e-14);
    assertThat(SpecialFunctions.regularizedBeta(0, 2, 3, 0)).isZero();
    assertThat(SpecialFunctions.regularizedBeta(1, 2, 3, 0)).isEqualTo(1.0);
  }

  @Test
  void test_inverseRegularizedBeta_golden() {
    double lb = SpecialFunctions.logBeta(1.8, 4.2);
    assertRel(
        SpecialFunctions.inverseRegularizedBeta(1e-15, 1.8, 4.2, lb), 1.3505104970919374e-9, 1e-14);
    assertRel(
        SpecialFunctions.inverseRegularizedBeta(0.5, 1.8, 4.2, lb), 0.27667225939251884, 1e-14);
    assertRel(
        SpecialFunctions.inverseRegularizedBeta(0.999999, 1.8, 4.2, lb),
        0.97301773493437478,
        1e-14);
    assertRel(
        SpecialFunctions.inverseRegularizedBeta(0.999999999999, 1.8, 4.2, lb),
        0.99899827446220866,
        1e-14);
    double lb15 = SpecialFunctions.logBeta(1, 5);
    assertRel(
        SpecialFunctions.inverseRegularizedBeta(1e-15, 1, 5, lb15), 2.000000000000001e-16, 1e-14);
    assertRel(
        SpecialFunctions.inverseRegularizedBeta(0.999999999999, 1, 5, lb15),
        0.9960189459082517,
        1e-14);
    double lb51 = SpecialFunctions.logBeta(5, 1);
    assertRel(SpecialFunctions.inverseRegularizedBeta(1e-15, 5, 1, lb51), 0.001, 1e-14);
    assertThat(SpecialFunctions.inverseRegularizedBeta(0, 2, 4, 0)).isZero();
    assertThat(SpecialFunctions.inverseRegularizedBeta(1, 2, 4, 0)).isEqualTo(1.0);
  }
}
