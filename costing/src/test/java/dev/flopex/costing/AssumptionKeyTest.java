package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.costing.internal.ClusterCalculator;
import org.junit.jupiter.api.Test;

/**
 * Every assumption key's range: accepted at its edges, refused just outside with a message that
 * says the rule.
 */
class AssumptionKeyTest {

  /**
   * {@code accepts} (the kernel's test on every evaluation) agrees with {@code check} (the rule
   * with its message) on every key, at every edge and its neighbouring doubles, at non-finite
   * values and on random values across the ranges the rules use.
   */
  @Test
  void test_acceptsAgreesWithCheck() {
    double[] edges = {
      0, -0.0, 1, -1, 10, 100, AssumptionKey.MAX_VALUE, AssumptionKey.MAX_LIFE_YEARS, 0.5, 1e-300
    };
    java.util.List<Double> values = new java.util.ArrayList<>();
    for (double e : edges) {
      values.add(e);
      values.add(Math.nextUp(e));
      values.add(Math.nextDown(e));
    }
    values.add(Double.NaN);
    values.add(Double.POSITIVE_INFINITY);
    values.add(Double.NEGATIVE_INFINITY);
    values.add(Double.MIN_VALUE);
    values.add(-Double.MIN_VALUE);
    values.add(Double.MAX_VALUE);
    for (AssumptionKey k : AssumptionKey.values()) {
      for (double v : values) {
        assertThat(k.accepts(v)).as(k.key() + " at " + v).isEqualTo(checks(k, v));
      }
    }
    org.quicktheories.QuickTheory.qt()
        .withExamples(2000)
        .forAll(
            org.quicktheories.generators.SourceDSL.integers()
                .between(0, AssumptionKey.values().length - 1),
            org.quicktheories.generators.SourceDSL.doubles().between(-2, 120))
        .check(
            (i, v) -> AssumptionKey.values()[i].accepts(v) == checks(AssumptionKey.values()[i], v));
  }

  private static boolean checks(AssumptionKey k, double v) {
    try {
      k.check(v);
      return true;
    } catch (dev.flopex.core.validation.ValidationException e) {
      return false;
    }
  }

  @Test
  void test_rulesAndEdges() {
    for (AssumptionKey k : AssumptionKey.values()) {
      switch (k.rule()) {
        case ">= 0":
          assertThat(k.check(0)).isEqualTo(0);
          assertThatThrownBy(() -> k.check(-0.001))
              .hasMessageStartingWith(k.key() + " must be >= 0");
          assertThat(k.check(AssumptionKey.MAX_VALUE)).isEqualTo(AssumptionKey.MAX_VALUE);
          assertThatThrownBy(() -> k.check(Double.MAX_VALUE))
              .hasMessageStartingWith(k.key() + " must be at most 1e15");
          break;
        case "> 0":
          assertThat(k.check(0.001)).isEqualTo(0.001);
          assertThatThrownBy(() -> k.check(0)).hasMessageStartingWith(k.key() + " must be > 0");
          assertThatThrownBy(() -> k.check(1.7976931348623157e308))
              .hasMessageStartingWith(k.key() + " must be at most 1e15");
          break;
        case "in [1, 10]":
          assertThat(k.check(1)).isEqualTo(1);
          assertThat(k.check(10)).isEqualTo(10);
          assertThatThrownBy(() -> k.check(0.999))
              .hasMessage(k.key() + " must be in [1, 10] but was 0.999");
          assertThatThrownBy(() -> k.check(10.001))
              .hasMessage(k.key() + " must be in [1, 10] but was 10.001");
          break;
        case "in (-1, 1)":
          assertThat(k.check(-0.999)).isEqualTo(-0.999);
          assertThatThrownBy(() -> k.check(-1))
              .hasMessageStartingWith(k.key() + " must be in (-1, 1)");
          assertThatThrownBy(() -> k.check(4.16))
              .hasMessageContaining("(a fraction: did you mean 0.0416?)");
          break;
        case "in [0, 1]":
          assertThat(k.check(0)).isEqualTo(0);
          assertThat(k.check(1)).isEqualTo(1);
          assertThatThrownBy(() -> k.check(1.0001))
              .hasMessageStartingWith(k.key() + " must be in [0, 1]");
          assertThatThrownBy(() -> k.check(-0.0001))
              .hasMessageStartingWith(k.key() + " must be in [0, 1]");
          assertThatThrownBy(() -> k.check(5))
              .hasMessageContaining("(a fraction: did you mean 0.05?)");
          break;
        case "in [0, 1)":
          assertThat(k.check(0)).isEqualTo(0);
          assertThat(k.check(0.999)).isEqualTo(0.999);
          assertThatThrownBy(() -> k.check(1))
              .hasMessageStartingWith(k.key() + " must be in [0, 1)");
          assertThatThrownBy(() -> k.check(21))
              .hasMessageContaining("(a fraction: did you mean 0.21?)");
          break;
        case "in (0, 1)":
          assertThat(k.check(0.001)).isEqualTo(0.001);
          assertThatThrownBy(() -> k.check(0))
              .hasMessageStartingWith(k.key() + " must be in (0, 1)");
          assertThatThrownBy(() -> k.check(1))
              .hasMessageStartingWith(k.key() + " must be in (0, 1)");
          assertThatThrownBy(() -> k.check(12))
              .hasMessageContaining("(a fraction: did you mean 0.12?)");
          break;
        case "in (0, 100]":
          assertThat(k.check(100)).isEqualTo(100);
          assertThat(k.check(0.5)).isEqualTo(0.5);
          assertThatThrownBy(() -> k.check(0)).hasMessageStartingWith(k.key() + " must be > 0");
          assertThatThrownBy(() -> k.check(100.5))
              .hasMessageStartingWith(k.key() + " must be in [0, 100]");
          break;
        case "in [0, 100]":
          assertThat(k.check(0)).isEqualTo(0);
          assertThat(k.check(100)).isEqualTo(100);
          assertThatThrownBy(() -> k.check(-1))
              .hasMessageStartingWith(k.key() + " must be in [0, 100]");
          break;
        default:
          assertThat(k.rule()).isEqualTo("in (0, 1]");
          assertThat(k.check(1)).isEqualTo(1);
          assertThatThrownBy(() -> k.check(0)).hasMessage(k.key() + " must be in (0, 1] but was 0");
          assertThatThrownBy(() -> k.check(76))
              .hasMessageContaining("(a fraction: did you mean 0.76?)");
      }
      assertThatThrownBy(() -> k.check(Double.NaN))
          .hasMessageStartingWith(k.key() + " must be finite");
      assertThat(AssumptionKey.fromKey(k.key().toUpperCase(java.util.Locale.ROOT))).isEqualTo(k);
    }
  }

  @Test
  void test_scopes() {
    assertThat(AssumptionKey.ELECTRICITY_USD_PER_KWH.scope()).isEqualTo(AssumptionKey.Scope.SITE);
    assertThat(AssumptionKey.PUE.scope()).isEqualTo(AssumptionKey.Scope.SITE);
    assertThat(AssumptionKey.RESALE_DECLINE_PER_YEAR.scope())
        .isEqualTo(AssumptionKey.Scope.HARDWARE);
    assertThat(AssumptionKey.COST_OF_EQUITY.scope()).isEqualTo(AssumptionKey.Scope.OPERATOR);
    assertThat(AssumptionKey.values())
        .filteredOn(k -> k.scope() == AssumptionKey.Scope.SITE)
        .hasSize(6);
  }

  @Test
  void test_fromKey_removedKeysSayWhatReplacedThem() {
    assertThatThrownBy(() -> AssumptionKey.fromKey("residual_value_fraction"))
        .hasMessageStartingWith(
            "assumption residual_value_fraction was replaced by resale_decline_per_year");
    assertThatThrownBy(() -> AssumptionKey.fromKey("gpu_load_factor"))
        .hasMessageStartingWith(
            "assumption gpu_load_factor was replaced by idle_power_fraction and busy_power_fraction");
    assertThatThrownBy(() -> AssumptionKey.fromKey("insurance_fraction_of_capex_per_year"))
        .hasMessageStartingWith(
            "assumption insurance_fraction_of_capex_per_year was replaced by insurance_fraction_of_value_per_year");
    assertThatThrownBy(() -> AssumptionKey.fromKey("pew")).hasMessageContaining("did you mean pue");
  }

  @Test
  void test_assumptionSet_valueOfAKeyItDoesNotGive() {
    AssumptionSet neocloud = AssumptionSets.get("neocloud");
    assertThat(neocloud.value(AssumptionKey.PUE)).isEqualTo(1.3);
    assertThatThrownBy(() -> neocloud.value(AssumptionKey.ELECTRICITY_USD_PER_KWH))
        .hasMessage(
            "neocloud.electricity_usd_per_kwh is not in the assumption set (a site key: it comes from the cluster's region) but was missing");
    assertThatThrownBy(() -> neocloud.value(AssumptionKey.RESALE_DECLINE_PER_YEAR))
        .hasMessage(
            "neocloud.resale_decline_per_year is not in the assumption set (a hardware key: it comes from the cluster's catalog entry) but was missing");
    assertThatThrownBy(() -> AssumptionSets.get("neocloude"))
        .hasMessageContaining("did you mean neocloud?");
    var user = ClusterCalculator.userInput("test");
    assertThatThrownBy(() -> neocloud.with(AssumptionKey.BUSY_POWER_FRACTION, 0.1, user))
        .hasMessage(
            "neocloud.busy_power_fraction must be >= idle_power_fraction (0.114) but was 0.1");
  }
}
