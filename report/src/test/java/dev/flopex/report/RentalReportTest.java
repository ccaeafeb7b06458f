package dev.flopex.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.core.money.Money;
import dev.flopex.costing.economics.RentalResult;
import dev.flopex.costing.economics.RentalTerms;
import dev.flopex.report.internal.Fmt;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A rental report renders the library's figures, the same text whatever it is written to. */
class RentalReportTest {
  private static final RentalResult RESULT =
      Results.ENGINE.evaluate(
          RentalTerms.builder()
              .cluster(Results.evaluate("h100-neocloud.yaml").clusters().get(0))
              .pricePerGpuHour(Money.usd(2.2))
              .utilisation(0.7)
              .build());
  private static final RentalReport REPORT = RentalReport.of(RESULT);

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void rendersTheSameTextToAnAppendableAPrintStreamAndAString(ReportFormat format) {
    Results.assertRendersTheSameTextEverywhere(REPORT, format);
  }

  @Test
  void showsTheNpvAndTheBreakEvenPriceOfTheResult() {
    String text = REPORT.render(ReportFormat.TABLE);
    assertThat(text)
        .startsWith(REPORT.title())
        .contains("NPV  ")
        .contains("USD " + Fmt.money(RESULT.npv().amount()))
        .contains(
            String.format(Locale.ROOT, "%,.4f", RESULT.breakEvenPricePerGpuHour().amount())
                + " per GPU-hour in year 1 (NPV = 0)");
    assertThat(REPORT.render(ReportFormat.JSON))
        .contains("\"npv_usd\" : " + Fmt.jsonMoney(RESULT.npv()));
  }
}
