package dev.flopex.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.costing.analysis.Scenario;
import dev.flopex.costing.analysis.ScenarioComparison;
import dev.flopex.costing.files.FleetSpec;
import dev.flopex.report.internal.Fmt;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A comparison report renders the library's deltas, the same text whatever it is written to. */
class ComparisonReportTest {
  private static final List<FleetSpec> SPECS =
      List.of(Results.spec("h100-neocloud.yaml"), Results.spec("mixed-fleet.yaml"));
  private static final List<String> FILES = List.of("h100-neocloud.yaml", "mixed-fleet.yaml");
  private static final ScenarioComparison COMPARISON =
      Results.ENGINE.compare(
          List.of(
              Scenario.of("base", SPECS.get(0).fleet(), SPECS.get(0).terms()),
              Scenario.of("mixed", SPECS.get(1).fleet(), SPECS.get(1).terms())));
  private static final ComparisonReport REPORT = ComparisonReport.of(COMPARISON, FILES, SPECS);

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void rendersTheSameTextToAnAppendableAPrintStreamAndAString(ReportFormat format) {
    Results.assertRendersTheSameTextEverywhere(REPORT, format);
  }

  @Test
  void showsTheEconomicCostDeltaOfTheComparison() {
    assertThat(REPORT.render(ReportFormat.TABLE))
        .startsWith("compare base (baseline) with mixed")
        .contains(Fmt.grouped(COMPARISON.economicCostDeltas().get(1).amount(), 0));
    assertThat(REPORT.render(ReportFormat.JSON))
        .contains(
            "\"economic_cost_delta_usd\" : "
                + Fmt.jsonMoney(COMPARISON.economicCostDeltas().get(1)));
    assertThat(REPORT.html().html()).contains("compare base (baseline) with mixed");
  }
}
