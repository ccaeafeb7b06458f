package dev.flopex.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.catalog.Precision;
import dev.flopex.core.money.Money;
import dev.flopex.costing.economics.InferenceCost;
import dev.flopex.costing.economics.InferenceWorkload;
import dev.flopex.report.internal.Fmt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An inference report renders the library's cost, the same text whatever it is written to. */
class InferenceReportTest {
  private static final InferenceCost COST =
      Results.ENGINE.evaluate(
          InferenceWorkload.builder()
              .name("chat")
              .accelerator(Results.CATALOG.accelerator("h100-sxm5"))
              .precision(Precision.fromKey("bf16"))
              .activeParameters(8e9)
              .kvCacheBytesPerToken(131072)
              .contextLength(4096)
              .batchSize(32)
              .tensorParallel(1)
              .computeEfficiency(0.5)
              .memoryEfficiency(0.7)
              .costPerGpuHour(Money.usd(2))
              .build());
  private static final InferenceReport REPORT = InferenceReport.of(COST, null);

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void rendersTheSameTextToAnAppendableAPrintStreamAndAString(ReportFormat format) {
    Results.assertRendersTheSameTextEverywhere(REPORT, format);
  }

  @Test
  void showsTheCostPerMillionTokens() {
    assertThat(REPORT.render(ReportFormat.TABLE))
        .startsWith(REPORT.title())
        .contains("USD " + Fmt.grouped(COST.costPerMillionTokens().amount(), 4));
  }
}
