package dev.flopex.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.costing.CostComponent;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.files.FleetSpec;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A fleet's report renders the library's totals in every format, the same text whatever it is
 * written to, and its HTML opens on the summary and charts with the detail collapsed after them.
 */
class FleetReportTest {
  private static final FleetSpec SPEC = Results.spec("mixed-fleet.yaml");
  private static final FleetResult RESULT = Results.ENGINE.evaluate(SPEC.fleet(), SPEC.terms());
  private static final FleetReport REPORT = FleetReport.of(SPEC, RESULT).withDetail(true);

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void rendersTheSameTextToAnAppendableAPrintStreamAndAString(ReportFormat format) {
    Results.assertRendersTheSameTextEverywhere(REPORT, format);
  }

  @Test
  void printsTheFleetTotalsOfTheResult() {
    String csvLessTable = REPORT.render(ReportFormat.TABLE);
    String total =
        csvLessTable.lines().filter(l -> l.startsWith("TOTAL")).findFirst().orElseThrow();
    assertThat(total)
        .contains(String.format(java.util.Locale.ROOT, "%,d", RESULT.gpus()))
        .contains(String.format(java.util.Locale.ROOT, "%,d", RESULT.switches()))
        .contains(String.format(java.util.Locale.ROOT, "%,.0f", RESULT.economicCost().amount()));
    String json = REPORT.render(ReportFormat.JSON);
    assertThat(json)
        .contains("\"switches\" : " + RESULT.switches())
        .contains("\"racks\" : " + RESULT.racks());
    assertThat(REPORT.render(ReportFormat.CSV).lines().findFirst().orElseThrow())
        .isEqualTo(String.join(",", FleetReport.CSV_COLUMNS));
  }

  @Test
  void theFleetTotalsAreTheClustersSums() {
    long switches = RESULT.clusters().stream().mapToLong(r -> r.capacity().switches()).sum();
    long byTree =
        RESULT.clusters().stream()
            .flatMap(r -> r.capacity().networks().stream())
            .mapToLong(t -> t.leaves() + t.spines() + t.cores())
            .sum();
    assertThat(RESULT.switches()).isEqualTo(switches).isEqualTo(byTree).isPositive();
    int years = SPEC.terms().horizonYears();
    assertThat(RESULT.levelAnnualCost().amount() * years)
        .isCloseTo(RESULT.economicCost().amount(), within(1e-6 * RESULT.economicCost().amount()));
    assertThat(
            RESULT.economicCostShareByComponent().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum())
        .isCloseTo(1.0, within(1e-9));
    assertThat(RESULT.components())
        .isSortedAccordingTo(CostComponent::compareTo)
        .containsAll(RESULT.economicCostByComponent().keySet())
        .containsAll(RESULT.accountingTcoByComponent().keySet());
    assertThat(RESULT.clusters().get(0).capacity().tiers()).matches("\\d(\\+\\d)*");
  }

  @Test
  void htmlOpensOnTheSummaryAndChartsWithTheDetailCollapsedAfter() {
    HtmlReport report = REPORT.html();
    String html = report.html();
    assertThat(report.chartCount()).isEqualTo(3);
    int summary = html.indexOf("<section class=\"summary\">");
    int headline = html.indexOf("economic cost per GPU-hour: USD ");
    int totals = html.indexOf("<td>TOTAL</td>");
    int charts = html.indexOf("<section class=\"charts\">");
    int firstFigure = html.indexOf("<figure class=\"chart\"");
    int firstSection = html.indexOf("<details class=\"subsection\">");
    int bom = html.indexOf(": bill of materials");
    assertThat(summary).isPositive();
    assertThat(headline).isGreaterThan(summary).isLessThan(charts);
    assertThat(totals).isGreaterThan(summary).isLessThan(charts);
    assertThat(firstFigure).isGreaterThan(charts);
    assertThat(firstSection).isGreaterThan(html.lastIndexOf("</figure>"));
    assertThat(bom).isGreaterThan(firstSection);
    // every table after the charts sits in a collapsed section, and sections are not open by
    // default
    String after = html.substring(firstSection);
    assertThat(count(after, "<details class=\"subsection\">"))
        .isEqualTo(count(after, "<summary><h3>"));
    assertThat(after).doesNotContain("<details open");
    Matcher m =
        Pattern.compile("<details class=\"subsection\">.*?</details>\n", Pattern.DOTALL)
            .matcher(after);
    int tables = 0;
    while (m.find()) {
      tables += count(m.group(), "<table>");
    }
    assertThat(tables).isEqualTo(count(after, "<table>")).isGreaterThan(5);
    // the basis lines are in the summary, named before any number
    assertThat(html.indexOf(HtmlReport.escape(RESULT.basis().headline())))
        .isPositive()
        .isLessThan(headline);
    // self-contained
    assertThat(html)
        .doesNotContain("src=\"http")
        .doesNotContain("href=")
        .doesNotContain("<script")
        .doesNotContain("<link");
  }

  @Test
  void aClusterReportIsTitledByItsCluster() {
    FleetReport r = FleetReport.of(RESULT).asCluster("described");
    String name = RESULT.clusters().get(0).cluster().name();
    assertThat(r.render(ReportFormat.TABLE)).startsWith("cluster " + name + ": described\n");
    assertThat(r.render(ReportFormat.JSON)).contains("\"kind\" : \"cluster\"");
    assertThat(FleetReport.of(RESULT).render(ReportFormat.TABLE))
        .startsWith("fleet " + RESULT.fleet().name() + "\n");
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
