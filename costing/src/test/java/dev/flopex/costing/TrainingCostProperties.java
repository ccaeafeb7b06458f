package dev.flopex.costing;

import static dev.flopex.costing.UnitEconomicsGenerators.fraction;
import static dev.flopex.costing.UnitEconomicsGenerators.price;
import static dev.flopex.costing.UnitEconomicsGenerators.trainingRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.core.money.Money;
import dev.flopex.costing.economics.ImmutableTrainingRun;
import dev.flopex.costing.economics.TrainingCost;
import dev.flopex.costing.economics.TrainingRun;
import org.junit.jupiter.api.Test;

/** Laws of the training-run model ({@code docs/model.md} §12). */
class TrainingCostProperties {
  private final CostEngine engine = CostEngine.create();

  private static ImmutableTrainingRun copy(TrainingRun r) {
    return (ImmutableTrainingRun) ImmutableTrainingRun.copyOf(r);
  }

  @Test
  void gpuHoursDecreaseWhenMfuRises() {
    qt().forAll(trainingRun(), fraction(), fraction())
        .checkAssert(
            (run, m1, m2) -> {
              double lo = Math.min(m1, m2);
              double hi = Math.max(m1, m2);
              double hoursLo = engine.evaluate(copy(run).withMfu(lo)).gpuHours();
              double hoursHi = engine.evaluate(copy(run).withMfu(hi)).gpuHours();
              assertThat(hoursHi).isLessThanOrEqualTo(hoursLo);
              if (hi > lo * (1 + 1e-9)) {
                assertThat(hoursHi).isLessThan(hoursLo);
              }
              // exactly inverse: hours x MFU is constant
              assertThat(hoursHi * hi).isCloseTo(hoursLo * lo, within(1e-12 * hoursLo * lo));
            });
  }

  @Test
  void rentalCostLinearInPrice() {
    qt().forAll(trainingRun(), price(), price())
        .checkAssert(
            (run, p1, p2) -> {
              double c1 =
                  engine
                      .evaluate(copy(run).withRentalPricePerGpuHour(Money.usd(p1)))
                      .rentalCost()
                      .get()
                      .amount();
              double c2 =
                  engine
                      .evaluate(copy(run).withRentalPricePerGpuHour(Money.usd(p2)))
                      .rentalCost()
                      .get()
                      .amount();
              double c12 =
                  engine
                      .evaluate(copy(run).withRentalPricePerGpuHour(Money.usd(p1 + p2)))
                      .rentalCost()
                      .get()
                      .amount();
              double c3 =
                  engine
                      .evaluate(copy(run).withRentalPricePerGpuHour(Money.usd(3 * p1)))
                      .rentalCost()
                      .get()
                      .amount();
              assertThat(c12).isCloseTo(c1 + c2, within(1e-12 * Math.max(1, c12)));
              assertThat(c3).isCloseTo(3 * c1, within(1e-12 * Math.max(1, c3)));
              assertThat(
                      engine
                          .evaluate(copy(run).withRentalPricePerGpuHour(Money.usd(0)))
                          .rentalCost())
                  .contains(Money.usd(0));
            });
  }

  @Test
  void impliedMfuInvertsGivenMfu() {
    qt().forAll(trainingRun())
        .checkAssert(
            run -> {
              TrainingCost forward = engine.evaluate(run);
              TrainingRun reported =
                  TrainingRun.builder()
                      .name(run.name())
                      .accelerator(run.accelerator())
                      .precision(run.precision())
                      .gpus(run.gpus())
                      .totalFlops(run.totalFlops())
                      .reportedGpuHours(forward.gpuHours())
                      .build();
              TrainingCost back = engine.evaluate(reported);
              assertThat(back.mfu().getAsDouble())
                  .isCloseTo(run.mfu().getAsDouble(), within(1e-12 * run.mfu().getAsDouble()));
              assertThat(back.mfuImplied()).isTrue();
            });
  }

  @Test
  void outputsAreFiniteAndDeterministic() {
    qt().forAll(trainingRun())
        .checkAssert(
            run -> {
              TrainingCost a = engine.evaluate(run);
              TrainingCost b = engine.evaluate(run);
              assertThat(a).isEqualTo(b);
              assertThat(Double.isFinite(a.gpuHours()) && a.gpuHours() > 0).isTrue();
              assertThat(Double.isFinite(a.wallClockDays()) && a.wallClockDays() > 0).isTrue();
              assertThat(a.wallClockDays())
                  .isCloseTo(a.gpuHours() / run.gpus() / 24, within(1e-12 * a.wallClockDays()));
            });
  }
}
