package dev.flopex.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.core.validation.ValidationException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Laws of {@link TimeValue}, checked with QuickTheories over {@link FinanceGenerators}. One
 * property per law, named for it. A failing run prints its seed; pin it with {@code
 * -DQT_SEED=<seed>}.
 */
class TimeValueProperties {

  /** {@code sum |cashFlows[i]| v^i}: the scale against which NPV rounding is judged. */
  private static double magnitude(double rate, double[] flows) {
    double v = 1 / (1 + rate);
    double acc = 0;
    for (int i = flows.length - 1; i >= 0; i--) {
      acc = acc * v + Math.abs(flows[i]);
    }
    return acc;
  }

  /** Whether {@code (1 + rate)^-years} stays well inside a double. */
  private static boolean representable(double rate, double years) {
    return Math.abs(years * Math.log1p(rate)) < 600;
  }

  @Test
  void crfTimesAnnuityFactorIsOne() {
    qt().forAll(FinanceGenerators.rates(), FinanceGenerators.years())
        .assuming((r, n) -> representable(r, n) || r > 0)
        .checkAssert(
            (r, n) -> {
              double product =
                  TimeValue.capitalRecoveryFactor(r, n) * TimeValue.annuityFactor(r, n);
              assertThat(product).as("CRF x AF at r=%s n=%s", r, n).isCloseTo(1.0, offset(1e-15));
            });
  }

  @Test
  void crfIncreasingInRate() {
    qt().forAll(FinanceGenerators.rates(), FinanceGenerators.rates(), FinanceGenerators.years())
        .checkAssert(
            (a, b, n) -> {
              double low = Math.min(a, b);
              double high = Math.max(a, b);
              double crfLow = TimeValue.capitalRecoveryFactor(low, n);
              double crfHigh = TimeValue.capitalRecoveryFactor(high, n);
              assertThat(crfLow)
                  .as("CRF(%s, %s) <= CRF(%s, %s)", low, n, high, n)
                  .isLessThanOrEqualTo(crfHigh * (1 + 1e-14));
            });
  }

  @Test
  void crfContinuousAtZeroRate() {
    // CRF(r, n) = 1/n + r (n + 1) / (2n) + r^2 (n^2 - 1) / (12 n) + O(n^2 r^3)
    qt().forAll(SourceDSL.doubles().between(-1e-8, 1e-8), FinanceGenerators.years())
        .assuming((r, n) -> n <= 1e3)
        .checkAssert(
            (r, n) -> {
              double crf = TimeValue.capitalRecoveryFactor(r, n);
              double series = 1 / n + r * (n + 1) / (2 * n) + r * r * (n * n - 1) / (12 * n);
              assertThat(crf)
                  .as("CRF(%s, %s)", r, n)
                  .isCloseTo(series, offset(1e-15 * crf + Math.abs(r * r * r) * n * n));
            });
  }

  @Test
  void npvDecreasingInRateForConventionalFlows() {
    qt().forAll(
            FinanceGenerators.conventionalCashFlows(),
            FinanceGenerators.moderateRates(),
            FinanceGenerators.moderateRates())
        .checkAssert(
            (flows, a, b) -> {
              double low = Math.min(a, b);
              double high = Math.max(a, b);
              double slack =
                  1e-14 * flows.length * (magnitude(low, flows) + magnitude(high, flows));
              assertThat(TimeValue.npv(low, flows))
                  .as("npv(%s) >= npv(%s) for %s", low, high, Arrays.toString(flows))
                  .isGreaterThanOrEqualTo(TimeValue.npv(high, flows) - slack);
            });
  }

  @Test
  void npvAtIrrIsZero() {
    qt().forAll(FinanceGenerators.cashFlows())
        .checkAssert(
            flows -> {
              OptionalDouble irr = TimeValue.irr(flows);
              if (irr.isPresent()) {
                double r = irr.getAsDouble();
                assertThat(r)
                    .isGreaterThan(TimeValue.IRR_MIN_RATE)
                    .isLessThan(TimeValue.IRR_MAX_RATE);
                assertThat(TimeValue.npv(r, flows))
                    .as("npv at irr %s of %s", r, Arrays.toString(flows))
                    .isCloseTo(0.0, offset(1e-9 * magnitude(r, flows)));
              }
            });
  }

  @Test
  void irrIsTheRootNearestZero() {
    // flows whose NPV is (v - v1)(v - v2)(v - v3) in v = 1/(1+r): IRRs r1, r2, r3 by construction
    Gen<Double> roots =
        SourceDSL.doubles()
            .between(-0.8, 3.0)
            .mix(Generate.pick(List.of(-0.5, 0.1, 0.25, 4.0)), 20);
    qt().forAll(roots, roots, roots)
        .assuming((a, b, c) -> apart(a, b) && apart(b, c) && apart(a, c))
        .checkAssert(
            (a, b, c) -> {
              double v1 = 1 / (1 + a);
              double v2 = 1 / (1 + b);
              double v3 = 1 / (1 + c);
              double[] flows = {-v1 * v2 * v3, v1 * v2 + v1 * v3 + v2 * v3, -(v1 + v2 + v3), 1};
              double nearest =
                  Stream.of(a, b, c).min(Comparator.comparingDouble(Math::abs)).orElseThrow();
              assertThat(TimeValue.irr(flows))
                  .as("irr of %s with roots %s, %s, %s", Arrays.toString(flows), a, b, c)
                  .hasValueCloseTo(nearest, offset(1e-9 * (1 + Math.abs(nearest))));
            });
  }

  /** Roots at least four scan steps apart in ln(1 + r), so each sits in its own bracket. */
  private static boolean apart(double r1, double r2) {
    return Math.abs(Math.log1p(r1) - Math.log1p(r2)) > 4 * TimeValue.IRR_SCAN_STEP;
  }

  @Test
  void irrExistsForConventionalFlowsThatPayBackWithinTheInterval() {
    // one sign change and npv(0) > 0 put the unique root in (0, inf); below 1e6 if npv(1e6) < 0
    qt().forAll(FinanceGenerators.conventionalCashFlows())
        .checkAssert(
            flows -> {
              double atZero = TimeValue.npv(0, flows);
              double atMax = TimeValue.npv(TimeValue.IRR_MAX_RATE, flows);
              if (atZero > 0 && atMax < 0) {
                assertThat(TimeValue.irr(flows)).isPresent();
                assertThat(TimeValue.irr(flows).getAsDouble()).isPositive();
              }
            });
  }

  @Test
  void irrEmptyWithoutSignChange() {
    qt().forAll(FinanceGenerators.arbitraryCashFlows())
        .checkAssert(
            flows -> {
              boolean positive = Arrays.stream(flows).anyMatch(x -> x > 0);
              boolean negative = Arrays.stream(flows).anyMatch(x -> x < 0);
              if (!(positive && negative)) {
                assertThat(TimeValue.irr(flows)).isEmpty();
              }
            });
  }

  @Test
  void npvOfASingleFlowIsItsDiscountFactor() {
    qt().forAll(FinanceGenerators.moderateRates(), SourceDSL.integers().between(0, 40))
        .checkAssert(
            (r, year) -> {
              double[] flows = new double[year + 1];
              flows[year] = 1;
              double df = TimeValue.discountFactor(r, year);
              assertThat(TimeValue.npv(r, flows)).isCloseTo(df, offset(1e-13 * year * df + 1e-300));
            });
  }

  @Test
  void annuityFactorIsNpvOfLevelFlows() {
    qt().forAll(FinanceGenerators.moderateRates(), SourceDSL.integers().between(1, 40))
        .checkAssert(
            (r, n) -> {
              double[] flows = new double[n + 1];
              Arrays.fill(flows, 1, n + 1, 1.0);
              double af = TimeValue.annuityFactor(r, n);
              assertThat(TimeValue.npv(r, flows)).isCloseTo(af, offset(1e-13 * n * af));
            });
  }

  @Test
  void escalateUndoesDiscounting() {
    qt().forAll(
            SourceDSL.doubles().between(-1e9, 1e9),
            FinanceGenerators.rates(),
            FinanceGenerators.years())
        .assuming((a, r, t) -> representable(r, t))
        .checkAssert(
            (a, r, t) -> {
              double back = TimeValue.escalate(a, r, t) * TimeValue.discountFactor(r, t);
              assertThat(back)
                  .isCloseTo(a, offset(1e-12 * Math.abs(a) * (1 + Math.abs(t * Math.log1p(r)))));
            });
  }

  @Test
  void paybackIsTheFirstCrossingOfCumulativeCashFlow() {
    qt().forAll(FinanceGenerators.cashFlows())
        .checkAssert(
            flows -> {
              double[] cumulative = new double[flows.length];
              double sum = 0;
              for (int i = 0; i < flows.length; i++) {
                sum += flows[i];
                cumulative[i] = sum;
              }
              OptionalDouble payback = TimeValue.paybackYears(flows);
              int first = 0;
              while (first < flows.length && cumulative[first] < 0) {
                first++;
              }
              if (first == flows.length) {
                assertThat(payback).isEmpty();
              } else if (first == 0) {
                assertThat(payback).hasValue(0.0);
              } else {
                assertThat(payback).isPresent();
                double p = payback.getAsDouble();
                assertThat(p).isGreaterThan(first - 1).isLessThanOrEqualTo(first);
                // the linearly interpolated cumulative flow is zero at the payback
                double interpolated = cumulative[first - 1] + (p - (first - 1)) * flows[first];
                assertThat(interpolated).isCloseTo(0.0, offset(1e-9 * Math.abs(flows[first])));
              }
            });
  }

  @Test
  void resultsAreFiniteOrRejected() {
    // never NaN, never infinite: either a finite number or a ValidationException
    qt().forAll(
            FinanceGenerators.anyDoubles(),
            FinanceGenerators.anyDoubles(),
            FinanceGenerators.anyDoubles())
        .checkAssert(
            (x, y, z) -> {
              assertFiniteOrRejected(() -> TimeValue.capitalRecoveryFactor(x, y));
              assertFiniteOrRejected(() -> TimeValue.annuityFactor(x, y));
              assertFiniteOrRejected(() -> TimeValue.discountFactor(x, y));
              assertFiniteOrRejected(() -> TimeValue.escalate(x, y, z));
              assertFiniteOrRejected(() -> TimeValue.npv(x, new double[] {y, z}));
              assertFiniteOrRejected(() -> TimeValue.irr(new double[] {x, y, z}).orElse(0));
              assertFiniteOrRejected(
                  () -> TimeValue.paybackYears(new double[] {x, y, z}).orElse(0));
            });
  }

  private static void assertFiniteOrRejected(DoubleSupplier call) {
    double result;
    try {
      result = call.getAsDouble();
    } catch (ValidationException expected) {
      return;
    }
    assertThat(result).isFinite();
  }

  @Test
  void deterministic() {
    qt().forAll(FinanceGenerators.rates(), FinanceGenerators.years(), FinanceGenerators.cashFlows())
        .assuming((r, n, flows) -> representable(r, n) && representable(r, flows.length))
        .checkAssert(
            (r, n, flows) -> {
              double[] copy = flows.clone();
              assertThat(TimeValue.capitalRecoveryFactor(r, n))
                  .isEqualTo(TimeValue.capitalRecoveryFactor(r, n));
              assertThat(TimeValue.annuityFactor(r, n)).isEqualTo(TimeValue.annuityFactor(r, n));
              assertThat(TimeValue.discountFactor(r, n)).isEqualTo(TimeValue.discountFactor(r, n));
              assertThat(TimeValue.escalate(1e6, r, n)).isEqualTo(TimeValue.escalate(1e6, r, n));
              assertThat(TimeValue.npv(r, flows)).isEqualTo(TimeValue.npv(r, copy));
              assertThat(TimeValue.irr(flows)).isEqualTo(TimeValue.irr(copy));
              assertThat(TimeValue.paybackYears(flows)).isEqualTo(TimeValue.paybackYears(copy));
              assertThat(flows).as("inputs untouched").isEqualTo(copy);
            });
  }
}
