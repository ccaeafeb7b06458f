package dev.flopex.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.flopex.core.validation.ValidationException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Golden schedules, edge cases, names and every validation message of {@link DepreciationMethod}.
 * Published figures are cited in {@code docs/finance.md}.
 */
class DepreciationMethodTest {
  private static final DepreciationMethod SL = DepreciationMethod.straightLine();
  private static final DepreciationMethod DDB = DepreciationMethod.decliningBalance(2);
  private static final DepreciationMethod SYD = DepreciationMethod.sumOfYearsDigits();

  private static double sum(double[] values) {
    return Arrays.stream(values).sum();
  }

  // ---- straight line -----------------------------------------------------------------------

  @Test
  void test_straightLine_golden() {
    assertThat(SL.charges(10_000, 0, 5)).containsExactly(2000, 2000, 2000, 2000, 2000);
    assertThat(SL.charges(30_000, 7_500, 10))
        .containsExactly(2250, 2250, 2250, 2250, 2250, 2250, 2250, 2250, 2250, 2250);
    assertThat(SL.bookValue(30_000, 7_500, 10, 4)).isEqualTo(21_000);
  }

  @Test
  void test_straightLine_lastYearAbsorbsRounding() {
    double[] c = SL.charges(100, 0, 3);
    assertThat(c[0]).isEqualTo(100.0 / 3);
    assertThat(c[1]).isEqualTo(100.0 / 3);
    assertThat(c[0] + c[1] + c[2]).isEqualTo(100.0);
  }

  // ---- declining balance -------------------------------------------------------------------

  @Test
  void test_decliningBalance_doubleDecliningSwitchesToStraightLine() {
    // 40 % of the book value: 4000, 2400, 1440; in year 4 straight line over the last two years
    // (2160 / 2 = 1080) beats 864, and stays
    double[] c = DDB.charges(10_000, 0, 5);
    assertThat(c).containsExactly(new double[] {4000, 2400, 1440, 1080, 1080}, offset(1e-9));
    assertThat(DDB.bookValue(10_000, 0, 5, 2)).isCloseTo(3600, offset(1e-9));
    assertThat(DDB.bookValue(10_000, 0, 5, 5)).isEqualTo(0.0);
  }

  @Test
  void test_decliningBalance_neverBelowResidual() {
    // with 1000 residual the 40 % charge continues (864 > (2160 - 1000) / 2) and the last year
    // takes only what is left above the residual
    double[] c = DDB.charges(10_000, 1_000, 5);
    assertThat(c).containsExactly(new double[] {4000, 2400, 1440, 864, 296}, offset(1e-9));
    // a high residual stops declining balance early: year 2 would take the book value below it
    double[] high = DDB.charges(10_000, 5_000, 5);
    assertThat(high).containsExactly(new double[] {4000, 1000, 0, 0, 0}, offset(1e-9));
  }

  @Test
  void test_decliningBalance_150PercentMatchesSas() {
    // SAS DACCDBSL(5, 1000, 10, 1.5) = 564.99: accumulated 150 % declining balance with
    // conversion to straight line after 5 of 10 years
    DepreciationMethod db150 = DepreciationMethod.decliningBalance(1.5);
    assertThat(1000 - db150.bookValue(1000, 0, 10, 5)).isCloseTo(564.99, offset(0.005));
    double[] c = db150.charges(1000, 0, 10);
    assertThat(Arrays.copyOf(c, 4))
        .containsExactly(new double[] {150, 127.5, 108.375, 92.11875}, offset(1e-9));
    // switched in year 5: 522.00625 / 6 per year for the last six
    for (int i = 4; i < 10; i++) {
      assertThat(c[i]).isCloseTo(522.00625 / 6, offset(1e-9));
    }
  }

  @Test
  void test_decliningBalance_steepFactorWritesOffInYearOne() {
    assertThat(DepreciationMethod.decliningBalance(10).charges(1000, 100, 5))
        .containsExactly(900, 0, 0, 0, 0);
  }

  @Test
  void test_decliningBalance_nameEqualityAndToString() {
    assertThat(DDB.name()).isEqualTo("declining-balance(2.0)");
    assertThat(DepreciationMethod.decliningBalance(1.5).name()).isEqualTo("declining-balance(1.5)");
    assertThat(DDB).hasToString("declining-balance(2.0)");
    assertThat(DDB).isEqualTo(DepreciationMethod.decliningBalance(2.0));
    assertThat(DDB.hashCode()).isEqualTo(DepreciationMethod.decliningBalance(2.0).hashCode());
    assertThat(DDB).isNotEqualTo(DepreciationMethod.decliningBalance(1.5));
    assertThat(DDB).isNotEqualTo(SL);
  }

  // ---- sum of years' digits ----------------------------------------------------------------

  @Test
  void test_sumOfYearsDigits_golden() {
    // Excel SYD(30000, 7500, 10, 1) = 4,090.91 and SYD(30000, 7500, 10, 10) = 409.09
    double[] c = SYD.charges(30_000, 7_500, 10);
    assertThat(c[0]).isCloseTo(22_500 * 10 / 55.0, offset(1e-9)).isCloseTo(4090.91, offset(0.005));
    assertThat(c[9]).isCloseTo(22_500 / 55.0, offset(1e-9)).isCloseTo(409.09, offset(0.005));
    // Apple Numbers SYD(10000, 1000, 9, 1 / 2 / 8) = 1800, 1600, 400
    double[] n = SYD.charges(10_000, 1_000, 9);
    assertThat(n)
        .containsExactly(
            new double[] {1800, 1600, 1400, 1200, 1000, 800, 600, 400, 200}, offset(1e-9));
  }

  // ---- all methods -------------------------------------------------------------------------

  @Test
  void test_names() {
    assertThat(SL.name()).isEqualTo("straight-line");
    assertThat(SYD.name()).isEqualTo("sum-of-years-digits");
    assertThat(SL).hasToString("straight-line");
    assertThat(DepreciationMethod.straightLine()).isSameAs(SL);
  }

  @Test
  void test_edges_oneYearZeroCostResidualEqualsCost() {
    for (DepreciationMethod m : new DepreciationMethod[] {SL, DDB, SYD}) {
      assertThat(m.charges(10_000, 1_000, 1)).as("%s", m).containsExactly(9_000);
      assertThat(m.charges(0, 0, 3)).as("%s", m).containsExactly(0, 0, 0);
      assertThat(m.charges(500, 500, 3)).as("%s", m).containsExactly(0, 0, 0);
      assertThat(m.bookValue(500, 500, 3, 1)).as("%s", m).isEqualTo(500);
      assertThat(m.bookValue(10_000, 1_000, 5, 0)).as("%s", m).isEqualTo(10_000);
      assertThat(m.bookValue(10_000, 1_000, 5, 99)).as("%s", m).isEqualTo(1_000);
    }
  }

  @Test
  void test_edges_longLifeAndHugeCost() {
    for (DepreciationMethod m : new DepreciationMethod[] {SL, DDB, SYD}) {
      double[] c = m.charges(1e15, 0, 10_000);
      assertThat(sum(c)).as("%s", m).isCloseTo(1e15, offset(1e15 * 1e-9));
      assertThat(Arrays.stream(c).allMatch(x -> x >= 0)).as("%s", m).isTrue();
      double[] big = m.charges(Double.MAX_VALUE, 0, 3);
      assertThat(Arrays.stream(big).allMatch(Double::isFinite)).as("%s", m).isTrue();
    }
  }

  @Test
  void test_javadocExample() {
    DepreciationMethod ddb = DepreciationMethod.decliningBalance(2);
    assertThat(ddb.name()).isEqualTo("declining-balance(2.0)");
    assertThat(ddb.charges(10_000, 0, 5))
        .containsExactly(new double[] {4000, 2400, 1440, 1080, 1080}, offset(1e-9));
    assertThat(ddb.bookValue(10_000, 0, 5, 2)).isCloseTo(3600, offset(1e-9));
    double[] buffer = new double[8];
    DepreciationMethod.straightLine().charges(30_000, 7_500, 8, buffer);
    assertThat(buffer).containsOnly(2812.5);
  }

  // ---- validation --------------------------------------------------------------------------

  @Test
  void test_validation_cost() {
    for (DepreciationMethod m : new DepreciationMethod[] {SL, DDB, SYD}) {
      assertThatThrownBy(() -> m.charges(-1, 0, 5))
          .isInstanceOf(ValidationException.class)
          .hasMessage("cost must be >= 0 but was -1");
      assertThatThrownBy(() -> m.charges(Double.NaN, 0, 5))
          .hasMessage("cost must be finite but was NaN");
      assertThatThrownBy(() -> m.charges(Double.POSITIVE_INFINITY, 0, 5, new double[5]))
          .hasMessage("cost must be finite but was Infinity");
      assertThatThrownBy(() -> m.bookValue(-1, 0, 5, 1)).hasMessage("cost must be >= 0 but was -1");
    }
  }

  @Test
  void test_validation_residual() {
    for (DepreciationMethod m : new DepreciationMethod[] {SL, DDB, SYD}) {
      ValidationException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              ValidationException.class, () -> m.charges(10_000, 12_000, 5));
      assertThat(e).hasMessage("residual must be in [0, 10000] but was 12000");
      assertThat(e.field()).isEqualTo("residual");
      assertThat(e.value()).contains("12000");
      assertThatThrownBy(() -> m.charges(10_000, -1, 5))
          .hasMessage("residual must be in [0, 10000] but was -1");
      assertThatThrownBy(() -> m.charges(10_000, Double.NaN, 5))
          .hasMessage("residual must be finite but was NaN");
      assertThatThrownBy(() -> m.bookValue(100, 101, 5, 1))
          .hasMessage("residual must be in [0, 100] but was 101");
    }
  }

  @Test
  void test_validation_lifeYears() {
    for (DepreciationMethod m : new DepreciationMethod[] {SL, DDB, SYD}) {
      assertThatThrownBy(() -> m.charges(10_000, 0, 0))
          .hasMessage("lifeYears must be > 0 years but was 0 years");
      assertThatThrownBy(() -> m.charges(10_000, 0, -3))
          .hasMessage("lifeYears must be > 0 years but was -3 years");
      assertThatThrownBy(() -> m.charges(10_000, 0, -3, new double[5]))
          .hasMessage("lifeYears must be > 0 years but was -3 years");
      assertThatThrownBy(() -> m.bookValue(10_000, 0, 0, 0))
          .hasMessage("lifeYears must be > 0 years but was 0 years");
    }
  }

  @Test
  void test_charges_fractionalLife() {
    // 5.5 years: five full years at 1/5.5 of the depreciable amount, then half a year's charge
    double[] sl = SL.charges(11_000, 0, 5.5);
    assertThat(sl).hasSize(6);
    for (int y = 0; y < 5; y++) {
      assertThat(sl[y]).isCloseTo(2000, offset(1e-9));
    }
    assertThat(sl[5]).isCloseTo(1000, offset(1e-9));
    assertThat(SL.bookValue(11_000, 0, 5.5, 5)).isCloseTo(1000, offset(1e-9));
    assertThat(SL.bookValue(11_000, 0, 5.5, 6)).isEqualTo(0.0);
    // a whole life written as a double is the same schedule as the int
    assertThat(SL.charges(10_000, 1_000, 5.0)).containsExactly(SL.charges(10_000, 1_000, 5));
    // DDB at 2 / 2.5 = 80 %: 8000, then the switch to straight line over the remaining 1.5 years
    double[] ddb = DDB.charges(10_000, 0, 2.5);
    assertThat(ddb).hasSize(3);
    assertThat(ddb[0]).isCloseTo(8000, offset(1e-9));
    assertThat(ddb[0] + ddb[1] + ddb[2]).isCloseTo(10_000, offset(1e-9));
    // SYD digits 2.5, 1.5, 0.5 (sum 4.5)
    double[] syd = SYD.charges(9_000, 0, 2.5);
    assertThat(syd[0]).isCloseTo(5000, offset(1e-9));
    assertThat(syd[1]).isCloseTo(3000, offset(1e-9));
    assertThat(syd[2]).isCloseTo(1000, offset(1e-9));
    // a life under one year is charged in full in year 1
    assertThat(SL.charges(700, 0, 0.25)).containsExactly(700);
  }

  @Test
  void test_validation_outTooShortAndAfterYears() {
    for (DepreciationMethod m : new DepreciationMethod[] {SL, DDB, SYD}) {
      assertThatThrownBy(() -> m.charges(10_000, 0, 5, new double[3]))
          .isInstanceOf(ValidationException.class)
          .hasMessage("out.length must be >= ceil(lifeYears) (5) but was 3");
      assertThatThrownBy(() -> m.bookValue(10_000, 0, 5, -1))
          .isInstanceOf(ValidationException.class)
          .hasMessage("afterYears must be >= 0 but was -1");
    }
  }

  @Test
  void test_validation_factor() {
    assertThatThrownBy(() -> DepreciationMethod.decliningBalance(0.5))
        .isInstanceOf(ValidationException.class)
        .hasMessage("factor must be >= 1 but was 0.5");
    assertThatThrownBy(() -> DepreciationMethod.decliningBalance(-2))
        .hasMessage("factor must be >= 1 but was -2");
    assertThatThrownBy(() -> DepreciationMethod.decliningBalance(Double.NaN))
        .hasMessage("factor must be finite but was NaN");
    assertThatThrownBy(() -> DepreciationMethod.decliningBalance(Double.POSITIVE_INFINITY))
        .hasMessage("factor must be finite but was Infinity");
    assertThat(DepreciationMethod.decliningBalance(1).name()).isEqualTo("declining-balance(1.0)");
  }
}
