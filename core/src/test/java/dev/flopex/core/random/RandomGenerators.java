package dev.flopex.core.random;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators for the properties of this package, in one place. Each mixes a broad range with the
 * edges on purpose: a PERT or triangular mode at either end, tiny and huge scales, locations far
 * from 0, truncations near the ends of the support, single-valued discrete and empirical
 * distributions, and probabilities 0, 1 and within one ulp of them. {@link RandomGeneratorsTest}
 * checks that a run of the default size reaches each edge.
 *
 * <p>QuickTheories prints the seed of a failing run; rerun with {@code -DQT_SEED=<seed>} to
 * reproduce it.
 */
final class RandomGenerators {
  static final List<Double> PROBABILITY_EDGES =
      List.of(
          0.0,
          1.0,
          Double.MIN_VALUE,
          1e-300,
          1e-12,
          0.075,
          0.5,
          0.925,
          1 - 1e-12,
          Math.nextDown(1.0));
  static final List<Double> LOCATION_EDGES = List.of(0.0, -1.0, 1e9, -1e9, 1e-9, 25_000.0);
  static final List<Double> SCALE_EDGES = List.of(1e-6, 1.0, 1e6);
  static final List<Double> FRACTION_EDGES = List.of(0.0, 1.0, 0.5);

  private RandomGenerators() {}

  /** Probabilities in [0, 1], with the edges mixed in. */
  static Gen<Double> probabilities() {
    return SourceDSL.doubles().between(0, 1).mix(Generate.pick(PROBABILITY_EDGES), 25);
  }

  /** Probabilities in [1e-12, 1 - 1e-12], where every quantile is finite. */
  static Gen<Double> interiorProbabilities() {
    return probabilities().map(p -> Math.max(1e-12, Math.min(1 - 1e-12, p)));
  }

  static Gen<Double> locations() {
    return SourceDSL.doubles().between(-1e3, 1e3).mix(Generate.pick(LOCATION_EDGES), 25);
  }

  static Gen<Double> scales() {
    return SourceDSL.doubles().between(1e-3, 1e3).mix(Generate.pick(SCALE_EDGES), 25);
  }

  static Gen<Double> fractions() {
    return SourceDSL.doubles().between(0, 1).mix(Generate.pick(FRACTION_EDGES), 30);
  }

  /** A width that is at least 1e-5 of the location, so the range holds many doubles. */
  private static double width(double location, double scale) {
    return Math.max(scale, 1e-5 * Math.abs(location));
  }

  static Gen<Distribution> uniforms() {
    return locations().zip(scales(), (a, s) -> Distribution.uniform(a, a + width(a, s)));
  }

  static Gen<Distribution> triangulars() {
    return locations()
        .zip(
            scales(),
            fractions(),
            (a, s, f) -> {
              double w = width(a, s);
              return Distribution.triangular(a, Math.min(a + w, a + f * w), a + w);
            });
  }

  static Gen<Distribution> perts() {
    return locations()
        .zip(
            scales(),
            fractions(),
            (a, s, f) -> {
              double w = width(a, s);
              return Distribution.pert(a, Math.min(a + w, a + f * w), a + w);
            });
  }

  static Gen<Distribution> normals() {
    return locations().zip(scales(), (m, s) -> Distribution.normal(m, width(m, s)));
  }

  static Gen<Distribution> lognormals() {
    return SourceDSL.doubles()
        .between(-5, 5)
        .mix(Generate.pick(List.of(0.0, 10.0)), 20)
        .zip(
            SourceDSL.doubles().between(0.01, 1.5).mix(Generate.pick(List.of(1e-3, 1.0, 2.5)), 25),
            Distribution::lognormal);
  }

  /** Truncations of continuous distributions between two of their quantiles. */
  static Gen<Distribution> truncations() {
    Gen<Distribution> bases =
        Generate.oneOf(normals(), perts(), lognormals(), triangulars(), uniforms());
    return bases.zip(
        fractions(),
        fractions(),
        (d, f1, f2) -> {
          double a = 1e-6 + 0.45 * f1; // lower level in [1e-6, 0.45]
          double b = 1 - 1e-6 - 0.45 * f2; // upper level in [0.55, 1 - 1e-6]
          return Distribution.truncated(d, d.quantile(a), d.quantile(b));
        });
  }

  /** Discrete distributions of 1 to 8 values, some of probability 0, built from a seed. */
  static Gen<Distribution> discretes() {
    return SourceDSL.longs()
        .all()
        .map(
            seed -> {
              Rng rng = Rng.of(seed);
              int n = 1 + (int) (rng.nextDouble() * 8);
              double[] values = new double[n];
              double[] weights = new double[n];
              double total = 0;
              for (int i = 0; i < n; i++) {
                values[i] = Math.rint(rng.nextDouble() * 20 - 10);
                weights[i] = rng.nextDouble() < 0.2 && i > 0 ? 0 : rng.nextOpenDouble();
                total += weights[i];
              }
              for (int i = 0; i < n; i++) {
                weights[i] /= total;
              }
              return Distribution.discrete(values, weights);
            });
  }

  /**
   * Empirical distributions of normal draws: with {@code ties}, 1 to 200 of them rounded to
   * integers (so with point masses); without, 2 to 200 (so continuous).
   */
  static Gen<Distribution> empiricals(boolean ties) {
    return SourceDSL.longs()
        .all()
        .map(
            seed -> {
              Rng rng = Rng.of(seed);
              int n = ties && rng.nextDouble() < 0.1 ? 1 : 2 + (int) (rng.nextDouble() * 199);
              double[] x = new double[n];
              Distribution z = Distribution.normal(0, 10);
              for (int i = 0; i < n; i++) {
                x[i] = ties ? Math.rint(z.sample(rng)) : z.sample(rng);
              }
              return Distribution.empirical(x);
            });
  }

  static Gen<Distribution> constants() {
    return locations().map(Distribution::constant);
  }

  /** Every kind of distribution. */
  static Gen<Distribution> distributions() {
    return Generate.oneOf(
            uniforms(),
            triangulars(),
            perts(),
            normals(),
            lognormals(),
            truncations(),
            discretes(),
            empiricals(false),
            empiricals(true),
            constants())
        .describedAs(Distribution::describe);
  }

  /**
   * The kinds with a continuous, strictly increasing distribution function on their support, where
   * {@code cdf(quantile(p)) = p}.
   */
  static Gen<Distribution> continuousDistributions() {
    return Generate.oneOf(
            uniforms(),
            triangulars(),
            perts(),
            normals(),
            lognormals(),
            truncations(),
            empiricals(false))
        .describedAs(Distribution::describe);
  }

  /** Arrays of 1 to 300 finite samples: normal draws, optionally rounded (ties) or all equal. */
  static Gen<double[]> sampleArrays() {
    return SourceDSL.longs()
        .all()
        .map(
            seed -> {
              Rng rng = Rng.of(seed);
              int n = rng.nextDouble() < 0.1 ? 1 : 2 + (int) (rng.nextDouble() * 299);
              int mode = (int) (rng.nextDouble() * 4);
              double[] x = new double[n];
              for (int i = 0; i < n; i++) {
                double v = Distribution.normal(0, 100).sample(rng);
                x[i] = mode == 0 ? Math.rint(v / 50) : mode == 1 ? 42.0 : mode == 2 ? 1e12 + v : v;
              }
              return x;
            });
  }
}
