package dev.flopex.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.core.random.Histogram;
import dev.flopex.costing.CostBasis;
import dev.flopex.costing.ProgressListener;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.files.FleetSpec;
import dev.flopex.costing.internal.FleetKernel;
import dev.flopex.costing.internal.MonteCarlo;
import dev.flopex.report.internal.Fmt;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Monte Carlo report renders the library's statistics in every format, the same text whatever it
 * is written to, names the output and the fleet's basis, and gives the bytes {@code flopex
 * montecarlo} prints (the CLI's golden copies, 2,000 samples with seed 7).
 */
class MonteCarloReportTest {
  private static final FleetSpec SPEC = Results.spec("h100-neocloud.yaml");
  private static final MonteCarloResult RESULT = monteCarlo(SPEC, 500, 3);
  private static final CostBasis BASIS =
      Results.ENGINE.evaluate(SPEC.fleet(), SPEC.terms()).basis();
  private static final MonteCarloReport REPORT =
      MonteCarloReport.of(RESULT, SPEC, "h100-neocloud.yaml", BASIS);

  private static MonteCarloResult monteCarlo(FleetSpec s, int samples, long seed) {
    return Results.ENGINE.monteCarlo(
        s.fleet(),
        s.terms(),
        s.uncertainty().orElseThrow().withSamples(samples).withSeed(seed),
        ProgressListener.NONE);
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void rendersTheSameTextToAnAppendableAPrintStreamAndAString(ReportFormat format) {
    Results.assertRendersTheSameTextEverywhere(REPORT, format);
  }

  @Test
  void namesTheOutputTheRunAndTheBasisBeforeAnyNumber() {
    String table = REPORT.render(ReportFormat.TABLE);
    List<String> lines = table.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(REPORT.title())
        .isEqualTo("Monte Carlo of fleet h100-neocloud: economic cost per GPU-hour (USD/GPU-h)");
    assertThat(lines.get(1)).startsWith("500 samples, seed 3, ");
    int mean = table.indexOf("  mean ");
    assertThat(table.indexOf(BASIS.headline())).isPositive().isLessThan(mean);
    assertThat(table.indexOf(BASIS.accounting())).isPositive().isLessThan(mean);
    assertThat(REPORT.render(ReportFormat.MARKDOWN))
        .contains(BASIS.headline())
        .contains(BASIS.accounting());
    assertThat(REPORT.render(ReportFormat.JSON))
        .contains("\"file\" : \"h100-neocloud.yaml\"")
        .contains(BASIS.headline());
    assertThat(REPORT.render(ReportFormat.CSV))
        .startsWith("statistic,value\noutput,cost_per_gpu_hour\n")
        .contains("\nbasis_headline,");
  }

  /** Every format says how the percentiles were computed: exactly, or from the sketch. */
  @Test
  void everyFormatNamesThePercentileMethod() {
    assertThat(REPORT.render(ReportFormat.TABLE).lines().toList().get(2))
        .isEqualTo("percentiles: exact, n = 500");
    MonteCarloSpec spec = SPEC.uncertainty().orElseThrow().withSamples(5_000).withSeed(3);
    FleetKernel kernel = (FleetKernel) Results.ENGINE.compile(SPEC.fleet(), SPEC.terms());
    MonteCarloResult streamed = MonteCarlo.run(kernel, spec, ProgressListener.NONE, 0);
    String how = streamed.statistics().percentileMethod().describe();
    assertThat(how).startsWith("KLL sketch k = 4,096, rank error ±").endsWith(", n = 5,000");
    MonteCarloReport r = MonteCarloReport.of(streamed, SPEC, "h100-neocloud.yaml", BASIS);
    assertThat(r.render(ReportFormat.TABLE))
        .contains("\npercentiles: " + how + "\n")
        .contains("; counts estimated from the KLL sketch)");
    assertThat(r.render(ReportFormat.MARKDOWN)).contains("Percentiles: " + how + ".");
    assertThat(r.render(ReportFormat.JSON))
        .contains("\"percentile_method\" : \"" + how + "\"")
        .doesNotContain("\"percentile_rank_error\" : 0,");
    assertThat(r.render(ReportFormat.CSV)).contains("\npercentile_method,\"" + how + "\"\n");
    assertThat(Charts.histogram(streamed).subtitle()).endsWith("; percentiles " + how);
  }

  @Test
  void showsTheLibrarysStatisticsAndHistogram() {
    String table = REPORT.render(ReportFormat.TABLE);
    assertThat(table)
        .contains(Fmt.grouped(RESULT.statistics().mean(), 4))
        .contains(Fmt.grouped(RESULT.statistics().max(), 4));
    Histogram h = RESULT.statistics().histogram(MonteCarloReport.BINS);
    assertThat(table).contains("histogram, " + MonteCarloReport.BINS + " bins");
    String json = REPORT.render(ReportFormat.JSON);
    StringBuilder counts = new StringBuilder();
    for (long c : h.counts()) {
      counts.append(counts.length() == 0 ? "" : ", ").append(c);
    }
    assertThat(json.replaceAll("\\s+", " ")).contains("\"counts\" : [ " + counts + " ]");
    for (Double level : RESULT.percentiles().keySet()) {
      assertThat(table).contains(MonteCarloReport.percentileLabel(level) + " ");
    }
    assertThat(MonteCarloReport.percentileLabel(0.025)).isEqualTo("P2.5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h100-neocloud", "deepseek-2025-01"})
  void csvIsTheCommandLinesGoldenCopy(String name) throws IOException {
    FleetSpec spec = Results.spec(name + ".yaml");
    CostBasis basis = Results.ENGINE.evaluate(spec.fleet(), spec.terms()).basis();
    MonteCarloReport r = MonteCarloReport.of(monteCarlo(spec, 2000, 7), spec, name, basis);
    assertThat(r.render(ReportFormat.CSV))
        .isEqualTo(SensitivityReportTest.golden("montecarlo-" + name + ".csv"));
  }

  @Test
  void htmlHasTheSectionsAndTheHistogram() {
    HtmlReport html = REPORT.html();
    assertThat(html.chartCount()).isEqualTo(1);
    assertThat(html.html())
        .contains(HtmlReport.escape(REPORT.title()))
        .contains("Uncertain inputs");
  }
}
