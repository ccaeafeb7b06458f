package dev.flopex.core.finance;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators for the finance properties, in one place so every property draws from the same domain.
 * Each mixes a broad range with the edges on purpose (rate 0 and within 1e-12 of it, rates near -1,
 * one year, very long lives, zero cost, residual equal to cost); {@link FinanceGeneratorsTest}
 * checks that a run of the default size reaches each edge.
 *
 * <p>QuickTheories prints the seed of a failing run; rerun with {@code -DQT_SEED=<seed>} to
 * reproduce it.
 */
final class FinanceGenerators {
  static final List<Double> RATE_EDGES =
      List.of(0.0, 1e-12, -1e-12, 1e-9, 0.08, -0.5, -0.99, -0.999999, 5.0, 100.0);
  static final List<Double> YEAR_EDGES = List.of(1.0, 5.0, 30.0, 0.5, 1e-3, 1e3, 1e6);
  static final List<Double> COST_EDGES = List.of(0.0, 0.01, 1.0, 10_000.0, 30_000.0, 1e12, 1e15);
  static final List<Double> RESIDUAL_FRACTION_EDGES = List.of(0.0, 1.0, 0.5, 0.1, 1e-9);
  static final List<Integer> LIFE_EDGES = List.of(1, 2, 3, 5, 40, 200);

  private FinanceGenerators() {}

  /** Rates per year in (-1, 100]: mostly -0.9 to 1, with the edges mixed in. */
  static Gen<Double> rates() {
    return SourceDSL.doubles().between(-0.9, 1.0).mix(Generate.pick(RATE_EDGES), 30);
  }

  /** Rates that keep powers of {@code 1 + r} over 100 years and 40 flows well inside a double. */
  static Gen<Double> moderateRates() {
    return SourceDSL.doubles()
        .between(-0.9, 2.0)
        .mix(Generate.pick(List.of(0.0, 1e-12, -1e-12, 0.08, -0.5, -0.99, 10.0)), 30);
  }

  /** Numbers of years in (0, 1e6]: mostly 1e-3 to 100, with the edges mixed in. */
  static Gen<Double> years() {
    return SourceDSL.doubles().between(1e-3, 100).mix(Generate.pick(YEAR_EDGES), 30);
  }

  /** Any double at all, including NaN, the infinities and the extremes, to probe validation. */
  static Gen<Double> anyDoubles() {
    return SourceDSL.doubles()
        .any()
        .mix(
            Generate.pick(
                List.of(
                    Double.NaN,
                    Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY,
                    -1.0,
                    -0.0,
                    0.0,
                    Double.MIN_VALUE,
                    Double.MAX_VALUE,
                    -Double.MAX_VALUE,
                    1e-300,
                    1e300,
                    -0.999999999999,
                    0.08,
                    5.0)),
            50);
  }

  /** Cash-flow amounts: mostly up to a million either way, sometimes zero. */
  private static Gen<Double> amounts(double low, double high) {
    return SourceDSL.doubles().between(low, high).mix(Generate.constant(0.0), 15);
  }

  /**
   * Conventional project flows: one outflow at time 0, then 1 to 40 years of inflows (some zero),
   * at least one of them positive.
   */
  static Gen<double[]> conventionalCashFlows() {
    Gen<Double> outlay = SourceDSL.doubles().between(1, 1e6);
    Gen<List<Double>> inflows = SourceDSL.lists().of(amounts(0, 1e6)).ofSizeBetween(1, 40);
    Gen<Integer> positiveAt = SourceDSL.integers().between(0, 39);
    Gen<Double> positive = SourceDSL.doubles().between(1, 1e6);
    return outlay.zip(
        inflows,
        positiveAt,
        positive,
        (o, in, at, p) -> {
          double[] flows = new double[in.size() + 1];
          flows[0] = -o;
          for (int i = 0; i < in.size(); i++) {
            flows[i + 1] = in.get(i);
          }
          flows[1 + at % in.size()] = p;
          return flows;
        });
  }

  /** Flows of 1 to 30 entries with any signs (and zeros): conventional, unconventional, none. */
  static Gen<double[]> arbitraryCashFlows() {
    return SourceDSL.lists()
        .of(amounts(-1e6, 1e6))
        .ofSizeBetween(1, 30)
        .map(list -> list.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Conventional or arbitrary flows, half each. */
  static Gen<double[]> cashFlows() {
    return conventionalCashFlows().mix(arbitraryCashFlows(), 50);
  }

  /** Asset costs from 0 to 1e9, with the edges (0, a cent, 1e15) mixed in. */
  static Gen<Double> costs() {
    return SourceDSL.doubles().between(0, 1e9).mix(Generate.pick(COST_EDGES), 25);
  }

  /** Residual value as a fraction of cost, in [0, 1], reaching 0 and 1. */
  static Gen<Double> residualFractions() {
    return SourceDSL.doubles().fromZeroToOne().mix(Generate.pick(RESIDUAL_FRACTION_EDGES), 30);
  }

  /** Lives from 1 to 60 years, with 1, 2 and 200 mixed in. */
  static Gen<Integer> lives() {
    return SourceDSL.integers().between(1, 60).mix(Generate.pick(LIFE_EDGES), 25);
  }

  /**
   * Fractional lives from 0.1 to 60 years, with whole lives, 5.5 and a sliver over a year mixed in.
   */
  static Gen<Double> fractionalLives() {
    return SourceDSL.doubles()
        .between(0.1, 60)
        .mix(Generate.pick(List.of(1.0, 5.5, 1.000001, 0.5, 6.0)), 30);
  }

  /** Declining-balance factors in [1, 4], with 1, 1.5, 2 and a steep 50 mixed in. */
  static Gen<Double> factors() {
    return SourceDSL.doubles()
        .between(1, 4)
        .mix(Generate.pick(List.of(1.0, 1.5, 2.0, 3.0, 50.0)), 30);
  }

  /** The three built-in methods, a third each; declining balance with a generated factor. */
  static Gen<DepreciationMethod> methods() {
    return SourceDSL.integers()
        .between(0, 2)
        .zip(
            factors(),
            (kind, factor) ->
                kind == 0
                    ? DepreciationMethod.straightLine()
                    : kind == 1
                        ? DepreciationMethod.sumOfYearsDigits()
                        : DepreciationMethod.decliningBalance(factor));
  }
}
