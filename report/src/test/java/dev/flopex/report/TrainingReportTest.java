package dev.flopex.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.catalog.Precision;
import dev.flopex.core.money.Money;
import dev.flopex.costing.economics.TrainingCost;
import dev.flopex.costing.economics.TrainingRun;
import dev.flopex.report.internal.Fmt;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A training report renders the library's costs, the same text whatever it is written to. */
class TrainingReportTest {
  private static final TrainingCost COST =
      Results.ENGINE.evaluate(
          TrainingRun.builder()
              .name("run")
              .accelerator(Results.CATALOG.accelerators().get(0))
              .precision(Precision.fromKey("bf16"))
              .gpus(1024)
              .reportedGpuHours(1_000_000)
              .rentalPricePerGpuHour(Money.usd(2))
              .build());
  private static final TrainingReport REPORT =
      TrainingReport.of(COST, null, Optional.empty(), "not computed: no hardware price given");

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void rendersTheSameTextToAnAppendableAPrintStreamAndAString(ReportFormat format) {
    Results.assertRendersTheSameTextEverywhere(REPORT, format);
  }

  @Test
  void showsTheRentalCostOfTheRun() {
    Money rental = COST.rentalCost().orElseThrow();
    assertThat(REPORT.render(ReportFormat.TABLE))
        .startsWith(REPORT.title())
        .contains(Fmt.money(rental.amount()));
    assertThat(REPORT.render(ReportFormat.JSON))
        .contains("\"rental_cost_usd\" : " + Fmt.jsonMoney(rental));
  }
}
