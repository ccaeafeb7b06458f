package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.costing.files.FleetFiles;
import dev.flopex.costing.files.FleetSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CompiledFleetTest {
  private static final CostEngine ENGINE = CostEngine.create();

  @Test
  void test_evaluate_equalsObjectModel() {
    FleetSpec spec =
        FleetFiles.load(Path.of("..", "examples", "fleets", "mixed-fleet.yaml"), Fixtures.CATALOG);
    CompiledFleet k = ENGINE.compile(spec.fleet(), spec.terms());
    CompiledFleet.Evaluation e = k.newEvaluation();
    k.evaluate(k.defaults(), e);
    FleetResult r = ENGINE.evaluate(spec.fleet(), spec.terms());
    assertThat(e.economicCost())
        .isCloseTo(r.economicCost().amount(), within(1e-12 * r.economicCost().amount()));
    assertThat(e.costPerGpuHour())
        .isCloseTo(r.costPerGpuHour().amount(), within(1e-12 * r.costPerGpuHour().amount()));
    assertThat(e.gpus()).isEqualTo(r.gpus());
  }

  @Test
  void test_slots_bareAndPrefixedPaths() {
    FleetSpec spec =
        FleetFiles.load(Path.of("..", "examples", "fleets", "mixed-fleet.yaml"), Fixtures.CATALOG);
    CompiledFleet k = ENGINE.compile(spec.fleet(), spec.terms());
    assertThat(k.slots("assumptions.pue")).hasSize(3);
    assertThat(k.slots("clusters.h100-texas.assumptions.pue")).hasSize(1);
    assertThat(k.slots("prices.hgx-h100")).hasSize(1);
    assertThatThrownBy(() -> k.slots("assumptions.colour"))
        .hasMessageStartingWith("input must name an input of the fleet");
    // raising PUE everywhere raises fleet TCO
    CompiledFleet.Evaluation e = k.newEvaluation();
    double[] p = k.defaults();
    k.evaluate(p, e);
    double base = e.economicCost();
    for (int s : k.slots("assumptions.pue")) {
      p[s] += 0.2;
    }
    k.evaluate(p, e);
    assertThat(e.economicCost()).isGreaterThan(base);
  }
}
