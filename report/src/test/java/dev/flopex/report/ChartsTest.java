package dev.flopex.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.core.money.Money;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CostComponent;
import dev.flopex.costing.CostLine;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.analysis.Scenario;
import dev.flopex.costing.analysis.ScenarioComparison;
import dev.flopex.costing.analysis.SensitivityResult;
import dev.flopex.costing.files.FleetSpec;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The charts of {@link Charts} plot exactly the result's numbers, and render. */
class ChartsTest {
  private static final FleetResult MIXED = Results.evaluate("mixed-fleet.yaml");

  private static double sum(Chart c) {
    return c.rows().stream()
        .flatMap(r -> r.values().stream())
        .mapToDouble(Double::doubleValue)
        .sum();
  }

  @Test
  void capexBreakdownAddsUpToCapexTotal() {
    Chart c = Charts.capexBreakdown(MIXED);
    assertThat(c.columns()).hasSize(MIXED.clusters().size());
    assertThat(sum(c))
        .isCloseTo(MIXED.capexTotal().amount(), within(1e-6 * MIXED.capexTotal().amount()));
    assertThat(c.rows())
        .extracting(ChartRow::label)
        .contains("Servers", "Network", "Optics and cables");
    assertThat(c.subtitle())
        .contains("paid at purchase (the same on the economic and accounting bases)");
  }

  @Test
  void opexByYearAddsUpToTheNonCapitalAccountingCostLines() {
    Chart c = Charts.opexByYear(MIXED);
    int years = MIXED.clusters().get(0).terms().horizonYears();
    assertThat(c.rows()).hasSize(years);
    double lines = 0;
    for (ClusterResult r : MIXED.clusters()) {
      for (CostLine l : r.accounting().lines()) {
        if (!l.component().isCapital()) {
          lines += l.amount().amount();
        }
      }
    }
    assertThat(sum(c)).isCloseTo(lines, within(1e-6 * lines));
    assertThat(c.columns()).contains("Electricity").doesNotContain("Servers");
    assertThat(c.subtitle()).startsWith("accounting basis");
  }

  @Test
  void waterfallStepsAreTheEconomicComponentsAndTheTotalIsTheHeadline() {
    Chart c = Charts.costPerGpuHourWaterfall(MIXED);
    List<ChartRow> rows = c.rows();
    assertThat(rows.get(rows.size() - 1).label()).isEqualTo("Total");
    double total = rows.get(rows.size() - 1).values().get(0);
    assertThat(total)
        .isCloseTo(MIXED.costPerGpuHour().amount(), within(1e-9 * MIXED.costPerGpuHour().amount()));
    // every step is that component's share of the economic headline, in component order
    List<ChartRow> steps = rows.subList(0, rows.size() - 1);
    List<Double> expected = new ArrayList<>();
    for (CostComponent k : CostComponent.values()) {
      Money m = MIXED.costPerGpuHourByComponent().get(k);
      if (m != null && m.amount() != 0) {
        expected.add(m.amount());
      }
    }
    assertThat(steps).extracting(r -> r.values().get(0)).containsExactlyElementsOf(expected);
    assertThat(c.title()).startsWith("Economic cost per GPU-hour by component");
    assertThat(c.subtitle()).startsWith("economic basis: USD ");
    ClusterResult one = MIXED.clusters().get(0);
    Chart single = Charts.costPerGpuHourWaterfall(one);
    double t1 = single.rows().get(single.rows().size() - 1).values().get(0);
    assertThat(t1)
        .isCloseTo(one.costPerGpuHour().amount(), within(1e-9 * one.costPerGpuHour().amount()));
    assertThat(single.rows()).extracting(ChartRow::label).contains("Servers", "Electricity");
  }

  @Test
  void theWaterfallIsTheEconomicHeadlineNotTheBookCostPerGpuHour() {
    ClusterResult one = MIXED.clusters().get(0);
    Chart single = Charts.costPerGpuHourWaterfall(one);
    double t1 = single.rows().get(single.rows().size() - 1).values().get(0);
    double book = one.accounting().costPerGpuHour().amount();
    assertThat(Math.abs(t1 - book)).as("economic %s vs book %s", t1, book).isGreaterThan(1e-6);
  }

  @Test
  void comparisonStacksToEachScenariosEconomicCost() {
    FleetSpec a = Results.spec("h100-neocloud.yaml");
    FleetSpec b = Results.spec("mixed-fleet.yaml");
    ScenarioComparison cmp =
        Results.ENGINE.compare(
            List.of(
                Scenario.of("h100", a.fleet(), a.terms()),
                Scenario.of("mixed", b.fleet(), b.terms())));
    Chart c = Charts.comparison(cmp);
    assertThat(c.rows()).extracting(ChartRow::label).containsExactly("h100", "mixed");
    for (int i = 0; i < 2; i++) {
      double economic = cmp.results().get(i).economicCost().amount();
      assertThat(c.rows().get(i).values().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(economic, within(1e-6 * economic));
    }
    assertThat(c.title()).isEqualTo("Economic cost by component per scenario");
  }

  @Test
  void tornadoHasOneRowPerBarLargestFirstAndTheBaseAsMarker() {
    FleetSpec s = Results.spec("h100-neocloud.yaml");
    SensitivityResult r =
        Results.ENGINE.sensitivity(s.fleet(), s.terms(), s.sensitivity(), Output.COST_PER_GPU_HOUR);
    Chart c = Charts.tornado(r);
    assertThat(c.rows()).hasSize(r.bars().size());
    assertThat(c.rows().get(0).label()).startsWith(r.bars().get(0).path());
    assertThat(c.markers()).containsExactly(ChartMarker.of("base", r.baseOutput()));
    assertThat(c.title()).isEqualTo("Sensitivity of economic cost per GPU-hour");
    assertThat(Charts.tornado(r, 2).rows()).hasSize(2);
    assertThatThrownBy(() -> Charts.tornado(r, 0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("maxBars must be > 0 but was 0");
  }

  @Test
  void tornadoOfAnEmptyResultIsOneClearError() {
    // results are built only by the engine: a sensitivity over no inputs is its empty tornado
    FleetSpec s = Results.spec("h100-neocloud.yaml");
    SensitivityResult empty =
        Results.ENGINE.sensitivity(s.fleet(), s.terms(), List.of(), Output.ACCOUNTING_TCO);
    assertThat(empty.bars()).isEmpty();
    assertThatThrownBy(() -> Charts.tornado(empty))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("chart 'tornado' rows")
        .hasMessageContaining("the result to chart is empty");
  }

  @Test
  void histogramCountsEverySampleAndMarksThePercentiles() {
    FleetSpec s = Results.spec("h100-neocloud.yaml");
    MonteCarloResult r =
        Results.ENGINE.monteCarlo(
            s.fleet(),
            s.terms(),
            ((dev.flopex.costing.analysis.ImmutableMonteCarloSpec)
                    dev.flopex.costing.analysis.ImmutableMonteCarloSpec.copyOf(
                        s.uncertainty().orElseThrow()))
                .withSamples(2_000)
                .withThreads(1),
            dev.flopex.costing.ProgressListener.NONE);
    Chart c = Charts.histogram(r);
    assertThat(c.rows().stream().mapToDouble(row -> row.values().get(2)).sum()).isEqualTo(2_000.0);
    assertThat(c.markers()).extracting(ChartMarker::label).contains("P5", "P50", "P95", "mean");
    assertThat(c.markers().get(0).value()).isEqualTo(r.percentiles().get(0.05));
  }

  @Test
  void rendersPngWithTheAskedSizeAndSomethingDrawn() throws Exception {
    byte[] png = Charts.capexBreakdown(MIXED).png(640, 360);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(img.getWidth()).isEqualTo(640);
    assertThat(img.getHeight()).isEqualTo(360);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 3) {
      for (int x = 0; x < img.getWidth(); x += 3) {
        colours.add(img.getRGB(x, y));
      }
    }
    assertThat(colours.size()).as("distinct colours").isGreaterThan(10);
  }

  @Test
  void rendersSvgWithTitleLabelsAndPrefixedDefinitions() {
    Chart c = Charts.costPerGpuHourWaterfall(MIXED);
    String svg = c.svg(800, 400);
    assertThat(svg)
        .startsWith("<svg")
        .contains("viewBox=\"0 0 800 400\"")
        .doesNotContain("Dialog")
        .contains("Economic cost per GPU-hour by component")
        .contains("Electricity")
        .contains("Total")
        .contains("flopex-cost-per-gpu-hour-");
    assertThat(c.svg(800, 400)).as("deterministic").isEqualTo(svg);
  }

  @Test
  void refusesSizesOutsideTheRange() {
    Chart c = Charts.capexBreakdown(MIXED);
    assertThatThrownBy(() -> c.png(99, 400))
        .isInstanceOf(ValidationException.class)
        .hasMessage("width must be between 100 and 10000 px but was 99 px");
    assertThatThrownBy(() -> c.svg(400, 20_000))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("height");
  }

  @Test
  void describeListsEveryRowAndMarker() {
    Chart c = Charts.capexBreakdown(MIXED);
    String text = c.describe();
    for (ChartRow r : c.rows()) {
      assertThat(text).contains(r.label() + ":");
    }
    assertThat(text).contains("[USD]");
  }

  @Test
  void labelNumbersAreGroupedOrShort() {
    assertThat(Charts.number(100_000)).isEqualTo("100,000");
    assertThat(Charts.number(-376_036.4)).isEqualTo("-376,036");
    assertThat(Charts.number(0.08)).isEqualTo("0.08");
    assertThat(Charts.number(2.2)).isEqualTo("2.2");
    assertThat(Charts.number(95)).isEqualTo("95");
    assertThat(Charts.number(1.5e-7)).isEqualTo("1.500e-07");
  }
}
