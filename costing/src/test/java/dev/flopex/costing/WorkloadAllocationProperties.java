package dev.flopex.costing;

import static dev.flopex.costing.UnitEconomicsGenerators.allocation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.core.money.Money;
import dev.flopex.costing.economics.AllocationResult;
import dev.flopex.costing.economics.UseCost;
import org.junit.jupiter.api.Test;

/** Laws of workload allocation ({@code docs/model.md} §15). */
class WorkloadAllocationProperties {
  private final CostEngine engine = CostEngine.create();

  /** The brief's tolerance: parts add up to the total to 1e-9 relative. */
  private static final double RELATIVE = 1e-9;

  @Test
  void partsSumToTotal() {
    qt().forAll(allocation())
        .checkAssert(
            a -> {
              AllocationResult r = engine.evaluate(a);
              double tco = a.totalCost().amount();
              double carried = r.uses().stream().mapToDouble(u -> u.carriedCost().amount()).sum();
              double used = r.uses().stream().mapToDouble(u -> u.usedCost().amount()).sum();
              assertThat(carried + r.unallocatedCost().amount())
                  .isCloseTo(tco, within(RELATIVE * tco));
              assertThat(used + r.idleCost().amount()).isCloseTo(tco, within(RELATIVE * tco));
              assertThat(r.usedCost().amount() + r.idleCost().amount())
                  .isCloseTo(tco, within(RELATIVE * tco));
              for (UseCost u : r.uses()) {
                assertThat(u.usedCost().amount() + u.idleCost().amount())
                    .isCloseTo(u.carriedCost().amount(), within(RELATIVE * tco));
                assertThat(u.idleCost().amount()).isGreaterThanOrEqualTo(0);
              }
              assertThat(r.idleCost().amount()).isGreaterThanOrEqualTo(0);
            });
  }

  @Test
  void costPerUsedHourTimesUsedHoursIsCarriedCost() {
    qt().forAll(allocation())
        .checkAssert(
            a -> {
              AllocationResult r = engine.evaluate(a);
              for (UseCost u : r.uses()) {
                assertThat(Double.isFinite(u.costPerUsedGpuHour().amount())).isTrue();
                assertThat(u.costPerUsedGpuHour().amount() * u.gpuHoursUsed())
                    .isCloseTo(
                        u.carriedCost().amount(),
                        within(RELATIVE * Math.max(1, a.totalCost().amount())));
              }
            });
  }

  @Test
  void idleShareMatchesIdleCost() {
    qt().forAll(allocation())
        .checkAssert(
            a -> {
              AllocationResult r = engine.evaluate(a);
              assertThat(r.idleShareOfHours()).isBetween(0.0, 1.0 + 1e-12);
              Money expected = a.totalCost().times(r.idleShareOfHours());
              assertThat(r.idleCost().amount())
                  .isCloseTo(
                      expected.amount(), within(RELATIVE * Math.max(1, a.totalCost().amount())));
            });
  }

  @Test
  void outputsAreDeterministic() {
    qt().forAll(allocation())
        .checkAssert(a -> assertThat(engine.evaluate(a)).isEqualTo(engine.evaluate(a)));
  }
}
