package dev.flopex.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.flopex.core.validation.ValidationException;
import java.util.Arrays;
import java.util.OptionalDouble;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Golden figures, edge cases and every validation message of {@link TimeValue}.
 *
 * <p>Reference values were computed with mpmath at 40 digits and agree with the published figures
 * quoted next to each test (sources in {@code docs/finance.md}).
 */
class TimeValueTest {

  /** Relative tolerance for closed-form golden values: a few ulps of headroom. */
  private static final double REL = 1e-14;

  private static Offset<Double> rel(double expected, double tolerance) {
    return offset(Math.abs(expected) * tolerance);
  }

  private static double irrOf(double... flows) {
    OptionalDouble irr = TimeValue.irr(flows);
    assertThat(irr).as("irr of %s", Arrays.toString(flows)).isPresent();
    return irr.getAsDouble();
  }

  // ---- capitalRecoveryFactor ----------------------------------------------------------------

  @Test
  void test_wacc_weightsEquityAndAfterTaxDebt() {
    // 60 % equity at 12 %, 40 % debt at 8 % pre-tax, 21 % tax: 0.6*0.12 + 0.4*0.08*0.79 = 0.09728
    assertThat(TimeValue.wacc(0.6, 0.12, 0.08, 0.21)).isCloseTo(0.09728, offset(1e-15));
    assertThat(TimeValue.wacc(1, 0.10, 0.05, 0.21)).isEqualTo(0.10);
    assertThatThrownBy(() -> TimeValue.wacc(1.2, 0.1, 0.05, 0.21))
        .hasMessage("equityShare must be in [0, 1] but was 1.2");
    assertThatThrownBy(() -> TimeValue.wacc(0.5, 12, 0.05, 0.21))
        .hasMessage("costOfEquity must be in (0, 1) /year but was 12 /year");
    assertThatThrownBy(() -> TimeValue.wacc(0.5, 0.1, 0.05, 1))
        .hasMessage("taxRate must be in [0, 1) but was 1");
    assertThatThrownBy(() -> TimeValue.wacc(0, 0.1, 0, 0.21))
        .hasMessage("wacc must be in (0, 1) /year but was 0 /year");
  }

  @Test
  void test_capitalRecoveryFactor_golden() {
    // 8 % over 5 years: 0.08 * 1.08^5 / (1.08^5 - 1) = 0.250456454566836603...
    assertThat(TimeValue.capitalRecoveryFactor(0.08, 5))
        .isCloseTo(0.2504564545668366, rel(0.2504564545668366, REL));
    assertThat(TimeValue.capitalRecoveryFactor(0.08, 30))
        .isCloseTo(0.08882743338727229, rel(0.08882743338727229, REL));
  }

  @Test
  void test_capitalRecoveryFactor_oneYearIsOnePlusRate() {
    assertThat(TimeValue.capitalRecoveryFactor(0.08, 1)).isCloseTo(1.08, rel(1.08, REL));
    assertThat(TimeValue.capitalRecoveryFactor(0, 1)).isEqualTo(1.0);
  }

  @Test
  void test_capitalRecoveryFactor_zeroRateIsOneOverYears() {
    assertThat(TimeValue.capitalRecoveryFactor(0, 5)).isEqualTo(0.2);
    assertThat(TimeValue.capitalRecoveryFactor(0, 4)).isEqualTo(0.25);
    assertThat(TimeValue.capitalRecoveryFactor(-0.0, 4)).isEqualTo(0.25);
  }

  @Test
  void test_capitalRecoveryFactor_nearZeroRateIsContinuousWithTheLimit() {
    // CRF(r, n) = 1/n + r (n+1)/(2n) + O(r^2): at r = 1e-12, n = 5: 0.2000000000006
    assertThat(TimeValue.capitalRecoveryFactor(1e-12, 5))
        .isCloseTo(0.2000000000006, rel(0.2, 1e-15));
    assertThat(TimeValue.capitalRecoveryFactor(-1e-12, 5))
        .isCloseTo(0.1999999999994, rel(0.2, 1e-15));
    // a subnormal rate, where years * log1p(rate) underflows
    assertThat(TimeValue.capitalRecoveryFactor(Double.MIN_VALUE, 0.5)).isEqualTo(2.0);
  }

  @Test
  void test_capitalRecoveryFactor_hugeYearsTendsToRate() {
    assertThat(TimeValue.capitalRecoveryFactor(0.08, 1e9)).isEqualTo(0.08);
    assertThat(TimeValue.capitalRecoveryFactor(0.08, 1e300)).isEqualTo(0.08);
    assertThat(TimeValue.capitalRecoveryFactor(0, 1e9)).isEqualTo(1e-9);
    // negative rates: tends to 0 from above, never -0.0 or NaN
    assertThat(TimeValue.capitalRecoveryFactor(-0.5, 1e6)).isEqualTo(0.0);
    assertThat(1 / TimeValue.capitalRecoveryFactor(-0.5, 1e6)).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void test_capitalRecoveryFactor_rateCloseToMinusOne() {
    // (1 + r)^5 = 1e-30, CRF = 0.999999 * 1e-30 / (1 - 1e-30) = 9.9999900014377815e-31
    assertThat(TimeValue.capitalRecoveryFactor(-0.999999, 5))
        .isCloseTo(9.999990001437782e-31, rel(1e-30, 1e-9));
    assertThat(TimeValue.capitalRecoveryFactor(Math.nextUp(-1.0), 1))
        .isGreaterThan(0)
        .isLessThan(1e-15);
  }

  @Test
  void test_capitalRecoveryFactor_fractionalYears() {
    double r = 0.08;
    double n = 2.5;
    double expected = r * Math.pow(1 + r, n) / (Math.pow(1 + r, n) - 1);
    assertThat(TimeValue.capitalRecoveryFactor(r, n)).isCloseTo(expected, rel(expected, 1e-13));
  }

  // ---- annuityFactor, discountFactor, escalate ---------------------------------------------

  @Test
  void test_annuityFactor_golden() {
    assertThat(TimeValue.annuityFactor(0.08, 5))
        .isCloseTo(3.992710037078085, rel(3.992710037078085, REL));
    assertThat(TimeValue.annuityFactor(0, 5)).isEqualTo(5.0);
    assertThat(TimeValue.annuityFactor(0.08, 1e9)).isCloseTo(12.5, rel(12.5, REL));
    assertThat(TimeValue.annuityFactor(0.08, 1)).isCloseTo(1 / 1.08, rel(1, REL));
    // near zero: n - r n(n+1)/2 + O(r^2)
    assertThat(TimeValue.annuityFactor(1e-12, 5)).isCloseTo(5 - 15e-12, rel(5, 1e-15));
  }

  @Test
  void test_discountFactor_golden() {
    assertThat(TimeValue.discountFactor(0.08, 5))
        .isCloseTo(0.6805831970337532, rel(0.6805831970337532, REL));
    assertThat(TimeValue.discountFactor(0.08, 0)).isEqualTo(1.0);
    assertThat(TimeValue.discountFactor(0, 1e6)).isEqualTo(1.0);
    assertThat(TimeValue.discountFactor(0.08, -1)).isCloseTo(1.08, rel(1.08, REL));
    assertThat(TimeValue.discountFactor(0.08, 1e6)).isEqualTo(0.0);
  }

  @Test
  void test_escalate_golden() {
    assertThat(TimeValue.escalate(100, 0.03, 10))
        .isCloseTo(134.3916379344122, rel(134.3916379344122, REL));
    assertThat(TimeValue.escalate(100, 0, 10)).isEqualTo(100.0);
    assertThat(TimeValue.escalate(-50, 0.1, 1)).isCloseTo(-55, rel(55, REL));
    assertThat(TimeValue.escalate(134.3916379344122, 0.03, -10)).isCloseTo(100, rel(100, REL));
    assertThat(TimeValue.escalate(0, 5, 100)).isEqualTo(0.0);
  }

  // ---- npv ---------------------------------------------------------------------------------

  @Test
  void test_npv_golden() {
    assertThat(TimeValue.npv(0.10, new double[] {-100, 39, 59, 55, 20}))
        .isCloseTo(39.19745918994604, rel(39.2, REL));
    assertThat(TimeValue.npv(0, new double[] {-100, 39, 59, 55, 20})).isEqualTo(73.0);
    assertThat(TimeValue.npv(0.08, new double[] {-5})).isEqualTo(-5.0);
  }

  @Test
  void test_npv_spreadsheetConventionNeedsALeadingZero() {
    // spreadsheet NPV(0.1, -1000, 500, 500, 500) = 221.29635953828267 (the Rust 'financial'
    // crate's documented example, which follows Excel): its first value is discounted one year
    assertThat(TimeValue.npv(0.1, new double[] {0, -1000, 500, 500, 500}))
        .isCloseTo(221.29635953828267, rel(221.3, REL));
  }

  @Test
  void test_npv_rateCloseToMinusOne() {
    double npv = TimeValue.npv(-0.99, new double[] {-1, 0, 1});
    assertThat(npv).isCloseTo(9999, rel(9999, 1e-12));
  }

  // ---- irr ---------------------------------------------------------------------------------

  @Test
  void test_irr_golden() {
    assertThat(irrOf(-100, 39, 59, 55, 20)).isCloseTo(0.2809484211599611, rel(0.28, 1e-12));
    // Brealey, Myers and Allen, ch. 5: C0 = -4000, C1 = +2000, C2 = +4000 gives IRR 28.08 %
    assertThat(irrOf(-4000, 2000, 4000)).isCloseTo(0.2807764064044151, rel(0.28, 1e-12));
  }

  @Test
  void test_irr_excelExamples() {
    // Microsoft's IRR help: -70000 then 12000 .. 26000: 8.7 % after 5 years, -2.1 % after 4,
    // -44.4 % after 2
    assertThat(irrOf(-70000, 12000, 15000, 18000, 21000, 26000))
        .isCloseTo(0.08663094803653162, rel(0.0866, 1e-12));
    assertThat(irrOf(-70000, 12000, 15000, 18000, 21000))
        .isCloseTo(-0.021244848273410992, rel(0.0212, 1e-12));
    assertThat(irrOf(-70000, 12000, 15000)).isCloseTo(-0.4435069413347405, rel(0.44, 1e-12));
  }

  @Test
  void test_irr_multipleRootsReturnsTheOneNearestZero() {
    // Lorie and Savage's pump: IRRs of 25 % and 400 %
    assertThat(irrOf(-1600, 10000, -10000)).isCloseTo(0.25, rel(0.25, 1e-12));
    // 10 - 23 v + 12 v^2 has roots v = 1.25 and 2/3: r = -20 % and +50 %
    assertThat(irrOf(10, -23, 12)).isCloseTo(-0.2, rel(0.2, 1e-12));
    // 20 - 32 v + 11 v^2 has roots v = 2 and 10/11: r = -50 % and +10 %
    assertThat(irrOf(20, -32, 11)).isCloseTo(0.1, rel(0.1, 1e-12));
    // a double root exactly at zero: -(1 - v)^2
    assertThat(irrOf(-1, 2, -1)).isEqualTo(0.0);
  }

  @Test
  void test_irr_zeroRoot() {
    assertThat(irrOf(-100, 100)).isCloseTo(0.0, offset(1e-15));
    assertThat(irrOf(-100, 50, 50)).isCloseTo(0.0, offset(1e-15));
  }

  @Test
  void test_irr_zerosBetweenFlowsAreSkipped() {
    // -v^2 + 2 v^4 = 0 at v^2 = 1/2: r = sqrt(2) - 1
    assertThat(irrOf(0, 0, -1, 0, 2)).isCloseTo(Math.sqrt(2) - 1, rel(0.41, 1e-12));
  }

  @Test
  void test_irr_oneYearIsReturnOnOutlay() {
    assertThat(irrOf(-100, 110)).isCloseTo(0.1, rel(0.1, 1e-12));
    assertThat(irrOf(100, -110)).isCloseTo(0.1, rel(0.1, 1e-12));
  }

  @Test
  void test_irr_nearTheEndsOfTheSearchInterval() {
    assertThat(irrOf(-1, 0.0001)).isCloseTo(-0.9999, rel(0.9999, 1e-12));
    assertThat(irrOf(-1, 500_000)).isCloseTo(499_999, rel(499_999, 1e-12));
  }

  @Test
  void test_irr_emptyWithoutSignChangeOrOutsideTheInterval() {
    assertThat(TimeValue.irr(new double[] {100, 50})).isEmpty();
    assertThat(TimeValue.irr(new double[] {-100, -50})).isEmpty();
    assertThat(TimeValue.irr(new double[] {0, 0, 0})).isEmpty();
    assertThat(TimeValue.irr(new double[] {-5})).isEmpty();
    assertThat(TimeValue.irr(new double[] {-1, 1e7})).as("IRR 9,999,999 > 1e6").isEmpty();
    assertThat(TimeValue.irr(new double[] {-1e7, 1})).as("IRR -0.9999999 < -0.999999").isEmpty();
    // two sign changes, NPV positive everywhere: 1 - v + v^2 > 0
    assertThat(TimeValue.irr(new double[] {1, -1, 1})).isEmpty();
  }

  @Test
  void test_irr_longSeries() {
    double[] flows = new double[61];
    flows[0] = -1000;
    Arrays.fill(flows, 1, flows.length, 80);
    // a 60-year annuity of 80 on 1000: AF(r, 60) = 12.5
    double irr = irrOf(flows);
    assertThat(TimeValue.annuityFactor(irr, 60)).isCloseTo(12.5, rel(12.5, 1e-12));
  }

  // ---- paybackYears ------------------------------------------------------------------------

  @Test
  void test_paybackYears_interpolatesWithinTheYear() {
    // cumulative -100, -61, -2, 53: pays back 2/55 of the way through year 3
    assertThat(TimeValue.paybackYears(new double[] {-100, 39, 59, 55, 20}))
        .hasValueCloseTo(2 + 2.0 / 55, offset(1e-15));
    assertThat(TimeValue.paybackYears(new double[] {-100, 100})).hasValue(1.0);
    assertThat(TimeValue.paybackYears(new double[] {-100, 0, 100})).hasValue(2.0);
    assertThat(TimeValue.paybackYears(new double[] {-100, 40, 40, 40}))
        .hasValueCloseTo(2.5, offset(1e-15));
  }

  @Test
  void test_paybackYears_edges() {
    assertThat(TimeValue.paybackYears(new double[] {100, -500})).hasValue(0.0);
    assertThat(TimeValue.paybackYears(new double[] {0, -1})).hasValue(0.0);
    assertThat(TimeValue.paybackYears(new double[] {-100, 50, 49.99})).isEmpty();
    assertThat(TimeValue.paybackYears(new double[] {-100})).isEmpty();
    // the first crossing counts, even if a later outflow undoes it
    assertThat(TimeValue.paybackYears(new double[] {-100, 150, -200, 300}))
        .hasValueCloseTo(100.0 / 150, offset(1e-15));
  }

  // ---- validation --------------------------------------------------------------------------

  @Test
  void test_validation_rate() {
    assertThatThrownBy(() -> TimeValue.capitalRecoveryFactor(-1, 5))
        .isInstanceOf(ValidationException.class)
        .hasMessage("rate must be > -1 but was -1");
    assertThatThrownBy(() -> TimeValue.annuityFactor(-2, 5))
        .hasMessage("rate must be > -1 but was -2");
    assertThatThrownBy(() -> TimeValue.discountFactor(-1, 5))
        .hasMessage("rate must be > -1 but was -1");
    assertThatThrownBy(() -> TimeValue.escalate(1, -1.5, 5))
        .hasMessage("rate must be > -1 but was -1.5");
    assertThatThrownBy(() -> TimeValue.npv(-1, new double[] {1}))
        .hasMessage("rate must be > -1 but was -1");
    assertThatThrownBy(() -> TimeValue.capitalRecoveryFactor(Double.NaN, 5))
        .hasMessage("rate must be finite but was NaN");
    assertThatThrownBy(() -> TimeValue.npv(Double.POSITIVE_INFINITY, new double[] {1}))
        .hasMessage("rate must be finite but was Infinity");
  }

  @Test
  void test_validation_years() {
    ValidationException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ValidationException.class, () -> TimeValue.capitalRecoveryFactor(0.08, -3));
    assertThat(e).hasMessage("years must be > 0 but was -3");
    assertThat(e.field()).isEqualTo("years");
    assertThat(e.value()).contains("-3");
    assertThat(e.rule()).isEqualTo("must be > 0");
    assertThatThrownBy(() -> TimeValue.capitalRecoveryFactor(0.08, 0))
        .hasMessage("years must be > 0 but was 0");
    assertThatThrownBy(() -> TimeValue.annuityFactor(0.08, 0))
        .hasMessage("years must be > 0 but was 0");
    assertThatThrownBy(() -> TimeValue.annuityFactor(0.08, Double.POSITIVE_INFINITY))
        .hasMessage("years must be finite but was Infinity");
    assertThatThrownBy(() -> TimeValue.escalate(1, 0.08, Double.NaN))
        .hasMessage("years must be finite but was NaN");
  }

  @Test
  void test_validation_otherScalars() {
    assertThatThrownBy(() -> TimeValue.discountFactor(0.08, Double.NaN))
        .hasMessage("t must be finite but was NaN");
    assertThatThrownBy(() -> TimeValue.escalate(Double.NEGATIVE_INFINITY, 0.08, 1))
        .hasMessage("amount must be finite but was -Infinity");
  }

  @Test
  void test_validation_cashFlows() {
    double[] withNaN = {-100, 10, 20, Double.NaN, 30};
    assertThatThrownBy(() -> TimeValue.npv(0.1, withNaN))
        .hasMessage("cashFlows[3] must be finite but was NaN");
    assertThatThrownBy(() -> TimeValue.irr(withNaN))
        .hasMessage("cashFlows[3] must be finite but was NaN");
    assertThatThrownBy(() -> TimeValue.paybackYears(withNaN))
        .hasMessage("cashFlows[3] must be finite but was NaN");
    assertThatThrownBy(() -> TimeValue.npv(0.1, new double[] {Double.POSITIVE_INFINITY}))
        .hasMessage("cashFlows[0] must be finite but was Infinity");
    for (var call :
        java.util.List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
            () -> TimeValue.npv(0.1, new double[0]),
            () -> TimeValue.irr(new double[0]),
            () -> TimeValue.paybackYears(new double[0]))) {
      assertThatThrownBy(call)
          .isInstanceOf(ValidationException.class)
          .hasMessage("cashFlows.length must be > 0 but was 0");
    }
    assertThatThrownBy(() -> TimeValue.npv(0.1, nullArray()))
        .isInstanceOf(NullPointerException.class);
  }

  @SuppressWarnings("NullAway")
  private static double[] nullArray() {
    return null;
  }

  @Test
  void test_validation_overflowIsRejectedNotReturned() {
    assertThatThrownBy(() -> TimeValue.discountFactor(-0.99, 200))
        .isInstanceOf(ValidationException.class)
        .hasMessage("discountFactor must be finite for rate -0.99, t 200 but was Infinity");
    assertThatThrownBy(() -> TimeValue.annuityFactor(-0.99, 200))
        .hasMessage("annuityFactor must be finite for rate -0.99, years 200 but was Infinity");
    assertThatThrownBy(() -> TimeValue.capitalRecoveryFactor(0.08, Double.MIN_VALUE))
        .hasMessage(
            "capitalRecoveryFactor must be finite for rate 0.08, years 4.9E-324 but was Infinity");
    assertThatThrownBy(() -> TimeValue.escalate(1e308, 1, 10))
        .hasMessage("escalate must be finite for amount 1E+308, rate 1, years 10 but was Infinity");
    double[] flows = new double[201];
    flows[200] = 1;
    assertThatThrownBy(() -> TimeValue.npv(-0.99, flows))
        .hasMessage("npv must be finite for rate -0.99 and 201 cash flows but was Infinity");
  }

  @Test
  void test_inputsAreNotModified() {
    double[] flows = {-100, 39, 59, 55, 20};
    double[] copy = flows.clone();
    double unused = TimeValue.npv(0.1, flows);
    OptionalDouble irr = TimeValue.irr(flows);
    OptionalDouble payback = TimeValue.paybackYears(flows);
    assertThat(flows).containsExactly(copy);
    assertThat(unused + irr.orElseThrow() + payback.orElseThrow()).isFinite();
  }

  @Test
  void test_javadocExamples() {
    // mirrors the examples in TimeValue's and the package's Javadoc
    assertThat(TimeValue.capitalRecoveryFactor(0.08, 5))
        .isCloseTo(0.2504564545668366, rel(0.25, REL));
    assertThat(1_000_000 * TimeValue.capitalRecoveryFactor(0.08, 5))
        .isCloseTo(250_456.45, offset(0.01));
    assertThat(TimeValue.annuityFactor(0.08, 5)).isCloseTo(3.992710037078085, rel(4, REL));
    assertThat(TimeValue.discountFactor(0.08, 5)).isCloseTo(0.6805831970337531, rel(0.68, REL));
    assertThat(TimeValue.escalate(100, 0.03, 10)).isCloseTo(134.39163793441218, rel(134, REL));
    assertThat(TimeValue.npv(0.10, new double[] {-100, 39, 59, 55, 20}))
        .isCloseTo(39.19745918994605, rel(39, REL));
    assertThat(TimeValue.irr(new double[] {-100, 39, 59, 55, 20}).orElseThrow())
        .isCloseTo(0.2809484211599, withinPercentage(1e-9));
    assertThat(TimeValue.paybackYears(new double[] {-100, 39, 59, 55, 20}).orElseThrow())
        .isCloseTo(2.036363, offset(1e-6));
  }
}
