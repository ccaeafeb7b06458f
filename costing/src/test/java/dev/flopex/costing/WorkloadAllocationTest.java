package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.core.money.Money;
import dev.flopex.costing.economics.AllocationResult;
import dev.flopex.costing.economics.UseCost;
import dev.flopex.costing.economics.WorkloadAllocation;
import dev.flopex.costing.economics.WorkloadUse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Workload allocation ({@code docs/model.md} §15). */
class WorkloadAllocationTest {
  private final CostEngine engine = CostEngine.create();

  private static WorkloadAllocation allocation(double tco, List<WorkloadUse> uses) {
    return WorkloadAllocation.builder()
        .totalCost(Money.usd(tco))
        .gpus(1000)
        .horizonYears(4)
        .addAllUses(uses)
        .build();
  }

  @Test
  void test_evaluate_byHand() {
    // USD 100M over 4 years on 1,000 GPUs = 35.04M GPU-hours
    AllocationResult r =
        engine.evaluate(
            allocation(
                100e6,
                List.of(
                    WorkloadUse.of("training", 0.6, 0.9), WorkloadUse.of("inference", 0.3, 0.5))));
    UseCost training = r.uses().get(0);
    UseCost inference = r.uses().get(1);
    assertThat(training.carriedCost().amount()).isCloseTo(60e6, within(1e-6));
    assertThat(training.usedCost().amount()).isCloseTo(54e6, within(1e-6));
    assertThat(training.idleCost().amount()).isCloseTo(6e6, within(1e-6));
    assertThat(training.gpuHoursAllocated()).isCloseTo(35.04e6 * 0.6, within(1e-6));
    assertThat(training.gpuHoursUsed()).isCloseTo(35.04e6 * 0.54, within(1e-6));
    // 60M / (21.024M x 0.9) = 100M / (35.04M x 0.9) = USD 3.171 per used GPU-hour
    assertThat(training.costPerUsedGpuHour().amount())
        .isCloseTo(100e6 / (35.04e6 * 0.9), within(1e-12))
        .isCloseTo(3.1710, within(1e-4));
    assertThat(inference.costPerUsedGpuHour().amount())
        .isCloseTo(100e6 / (35.04e6 * 0.5), within(1e-12));
    assertThat(r.unallocatedShare()).isCloseTo(0.1, within(1e-15));
    assertThat(r.unallocatedCost().amount()).isCloseTo(10e6, within(1e-6));
    // idle = unallocated 10M + training 6M + inference 15M
    assertThat(r.unusedAllocatedCost().amount()).isCloseTo(21e6, within(1e-6));
    assertThat(r.idleCost().amount()).isCloseTo(31e6, within(1e-6));
    assertThat(r.usedCost().amount()).isCloseTo(69e6, within(1e-6));
    assertThat(r.idleShareOfHours()).isCloseTo(0.31, within(1e-15));
    assertThat(r.total()).isEqualTo(Money.usd(100e6));
  }

  @Test
  void test_evaluate_decimalSharesSummingToOneAccepted() {
    AllocationResult r =
        engine.evaluate(
            allocation(
                1e6,
                List.of(
                    WorkloadUse.of("a", 0.1, 1),
                    WorkloadUse.of("b", 0.2, 1),
                    WorkloadUse.of("c", 0.7, 1))));
    assertThat(r.unallocatedShare()).isZero();
    assertThat(r.idleCost().amount()).isCloseTo(0, within(1e-9));
    assertThat(r.usedCost().amount()).isCloseTo(1e6, within(1e-9));
  }

  @Test
  void test_evaluate_noUsesAllIdle() {
    AllocationResult r = engine.evaluate(allocation(5e6, List.of()));
    assertThat(r.idleCost()).isEqualTo(Money.usd(5e6));
    assertThat(r.unallocatedShare()).isEqualTo(1.0);
  }

  @Test
  void test_evaluate_zeroShareHasFiniteCostPerHour() {
    AllocationResult r =
        engine.evaluate(allocation(1e6, List.of(WorkloadUse.of("research", 0, 0.25))));
    assertThat(r.uses().get(0).carriedCost()).isEqualTo(Money.usd(0));
    assertThat(r.uses().get(0).costPerUsedGpuHour().amount())
        .isCloseTo(1e6 / (1000 * 8760 * 4 * 0.25), within(1e-12));
  }

  @Test
  void test_of_clusterAndFleet() {
    ClusterResult c = engine.evaluate(Fixtures.h100Cluster(10), FinancialTerms.of(5, 0.8));
    WorkloadAllocation a = WorkloadAllocation.of(c, List.of(WorkloadUse.of("training", 1, 0.8)));
    assertThat(a.gpus()).isEqualTo(80);
    assertThat(a.horizonYears()).isEqualTo(5);
    // one use of every GPU at the terms' utilisation reproduces the cluster's cost per GPU-hour
    AllocationResult r = engine.evaluate(a);
    assertThat(r.uses().get(0).costPerUsedGpuHour().amount())
        .isCloseTo(c.costPerGpuHour().amount(), within(1e-9 * c.costPerGpuHour().amount()));
    FleetResult f =
        engine.evaluate(
            Fleet.builder()
                .name("f")
                .addClusters(
                    Fixtures.h100Cluster(10),
                    Fixtures.copy(Fixtures.h100Cluster(20)).withName("second"))
                .build(),
            FinancialTerms.of(5, 0.8));
    WorkloadAllocation fa =
        WorkloadAllocation.of(f, List.of(WorkloadUse.of("inference", 0.5, 0.6)));
    assertThat(fa.gpus()).isEqualTo(240);
    assertThat(fa.totalCost()).isEqualTo(f.economicCost());
  }

  @Test
  void test_build_badInput() {
    assertThatThrownBy(
            () ->
                allocation(
                    1e6,
                    List.of(
                        WorkloadUse.of("training", 0.7, 0.9),
                        WorkloadUse.of("inference", 0.5, 0.5))))
        .hasMessage("uses.share (sum) must be <= 1 but was 1.2 (training 0.7 + inference 0.5)");
    assertThatThrownBy(() -> WorkloadUse.of("training", 1.5, 0.9))
        .hasMessage("uses.training.share must be in [0, 1] but was 1.5");
    assertThatThrownBy(() -> WorkloadUse.of("training", -0.1, 0.9))
        .hasMessage("uses.training.share must be in [0, 1] but was -0.1");
    assertThatThrownBy(() -> WorkloadUse.of("training", 0.5, 0))
        .hasMessage("uses.training.utilisation must be in (0, 1] but was 0");
    assertThatThrownBy(() -> WorkloadUse.of("training", Double.NaN, 0.5))
        .hasMessage("uses.training.share must be finite but was NaN");
    assertThatThrownBy(() -> WorkloadUse.of(" ", 0.5, 0.5))
        .hasMessage("use.name must not be blank but was ' '");
    assertThatThrownBy(
            () ->
                allocation(1e6, List.of(WorkloadUse.of("a", 0.1, 1), WorkloadUse.of("a", 0.2, 1))))
        .hasMessage("uses.name must be unique (duplicate use) but was 'a'");
    assertThatThrownBy(() -> allocation(-1, List.of()))
        .hasMessage("totalCost must be >= 0 USD but was -1 USD");
    assertThatThrownBy(
            () ->
                WorkloadAllocation.builder()
                    .totalCost(Money.usd(1))
                    .gpus(0)
                    .horizonYears(1)
                    .build())
        .hasMessage("gpus must be > 0 but was 0");
  }
}
