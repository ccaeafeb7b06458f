package dev.flopex.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.costing.CostBasis;
import dev.flopex.costing.analysis.SensitivityResult;
import dev.flopex.costing.analysis.TornadoBar;
import dev.flopex.costing.files.FleetSpec;
import dev.flopex.report.internal.Fmt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sensitivity report renders the library's tornado in every format, the same text whatever it is
 * written to, names the output and the fleet's basis, and gives the bytes {@code flopex
 * sensitivity} prints (the CLI's golden copies).
 */
class SensitivityReportTest {
  private static final FleetSpec SPEC = Results.spec("h100-neocloud.yaml");
  private static final SensitivityResult RESULT = sensitivity(SPEC);
  private static final CostBasis BASIS =
      Results.ENGINE.evaluate(SPEC.fleet(), SPEC.terms()).basis();
  private static final SensitivityReport REPORT =
      SensitivityReport.of(RESULT, SPEC, "h100-neocloud.yaml", BASIS);

  private static SensitivityResult sensitivity(FleetSpec s) {
    return Results.ENGINE.sensitivity(s.fleet(), s.terms(), s.sensitivity(), s.sensitivityOutput());
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void rendersTheSameTextToAnAppendableAPrintStreamAndAString(ReportFormat format) {
    Results.assertRendersTheSameTextEverywhere(REPORT, format);
  }

  @Test
  void namesTheOutputAndTheBasisBeforeAnyNumber() {
    String table = REPORT.render(ReportFormat.TABLE);
    assertThat(table)
        .startsWith(
            "sensitivity of fleet h100-neocloud: economic cost per GPU-hour (USD/GPU-h), one input"
                + " at a time\n");
    assertThat(REPORT.title()).isEqualTo(table.lines().findFirst().orElseThrow());
    int headline = table.indexOf(BASIS.headline());
    int accounting = table.indexOf(BASIS.accounting());
    int base = table.indexOf("base economic cost per GPU-hour: USD ");
    assertThat(headline).isPositive().isLessThan(base);
    assertThat(accounting).isPositive().isLessThan(base);
    assertThat(REPORT.render(ReportFormat.MARKDOWN))
        .contains(BASIS.headline())
        .contains(BASIS.accounting());
    assertThat(REPORT.render(ReportFormat.JSON))
        .contains("\"output\" : \"cost_per_gpu_hour\"")
        .contains("\"file\" : \"h100-neocloud.yaml\"")
        .contains(BASIS.headline());
    // CSV: the header, then one record per input in rank order, the basis in the last two columns
    List<String> csv = REPORT.render(ReportFormat.CSV).lines().toList();
    assertThat(csv.get(0)).isEqualTo(String.join(",", SensitivityReport.CSV_COLUMNS));
    assertThat(csv).hasSize(RESULT.bars().size() + 1);
    assertThat(csv.get(1)).startsWith("h100-neocloud,cost_per_gpu_hour,1,");
  }

  @Test
  void ranksTheLibrarysBarsInItsOrderWithItsSwings() {
    String table = REPORT.render(ReportFormat.TABLE);
    TornadoBar first = RESULT.bars().get(0);
    String row =
        table.lines().filter(l -> l.contains(" " + first.path() + " ")).findFirst().orElseThrow();
    assertThat(row.strip()).startsWith("1 ");
    assertThat(row).contains(Fmt.grouped(first.swing(), 4));
    // the text tornado: one line per bar, each with the base marker
    long tornadoLines = table.lines().filter(l -> l.startsWith("  ") && l.contains("│")).count();
    assertThat(tornadoLines).isEqualTo(RESULT.bars().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"h100-neocloud", "deepseek-2025-01", "neocloud-2026"})
  void csvIsTheCommandLinesGoldenCopy(String name) throws IOException {
    FleetSpec spec = Results.spec(name + ".yaml");
    CostBasis basis = Results.ENGINE.evaluate(spec.fleet(), spec.terms()).basis();
    SensitivityReport r = SensitivityReport.of(sensitivity(spec), spec, name + ".yaml", basis);
    assertThat(r.render(ReportFormat.CSV)).isEqualTo(golden("sensitivity-" + name + ".csv"));
  }

  @Test
  void htmlHasTheSectionAndTheTornadoAndContinuesAnotherReport() {
    HtmlReport html = REPORT.html();
    assertThat(html.chartCount()).isEqualTo(1);
    assertThat(html.html()).contains(HtmlReport.escape(REPORT.title()));
    HtmlReport fleet =
        SensitivityReport.of(RESULT, SPEC, "f", BASIS)
            .appendTo(FleetReport.of(SPEC, Results.evaluate("h100-neocloud.yaml")).htmlBuilder())
            .build();
    String text = fleet.html();
    assertThat(text.indexOf(HtmlReport.escape(REPORT.title())))
        .isGreaterThan(text.indexOf("fleet h100-neocloud"));
  }

  @Test
  void inputsGroupLargeValuesAndKeepSmallOnesExact() {
    assertThat(SensitivityReport.input(317_000)).isEqualTo("317,000");
    assertThat(SensitivityReport.input(272_948.7722)).isEqualTo("272,949");
    assertThat(SensitivityReport.input(999.5)).isEqualTo("999.5");
    assertThat(SensitivityReport.input(0.088)).isEqualTo("0.088");
    assertThat(SensitivityReport.input(-1_250.4)).isEqualTo("-1,250");
  }

  /** Reads one of the CLI's golden copies (cli/src/test/resources/golden). */
  static String golden(String file) throws IOException {
    return Files.readString(
        Path.of("..", "cli", "src", "test", "resources", "golden", file), StandardCharsets.UTF_8);
  }
}
