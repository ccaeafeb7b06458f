package dev.flopex.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.core.money.Money;
import dev.flopex.costing.CostComponent;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.analysis.TornadoBar;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End-to-end: the DeepSeek example reads the shipped fleet file (Maven runs tests from the module
 * directory, hence the {@code ..}), its table adds up, the GPU split is the sourced one, and the
 * server CapEx lies near the published $1.6B.
 */
class DeepSeekFleetTest {
  private static final Path FILE = Path.of("..", "examples", "fleets", "deepseek-2025-01.yaml");

  private static String out;
  private static DeepSeekFleet.Summary summary;

  @BeforeAll
  static void runExample() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    summary = DeepSeekFleet.run(new PrintStream(buf, true, StandardCharsets.UTF_8), FILE);
    out = buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void test_totalRow_isTheSumOfTheRows_andEqualsTheFleetTotals() {
    List<DeepSeekFleet.Row> rows = summary.rows();
    DeepSeekFleet.Row total = summary.total();
    FleetResult fleet = summary.result();

    assertThat(rows.stream().mapToLong(DeepSeekFleet.Row::gpus).sum())
        .isEqualTo(total.gpus())
        .isEqualTo(fleet.gpus());
    assertThat(rows.stream().mapToLong(DeepSeekFleet.Row::servers).sum())
        .isEqualTo(total.servers());
    // the engine sums cluster totals in order, as the example does: equal to the last bit
    assertThat(total.capex()).isEqualTo(fleet.capexTotal());
    assertThat(total.opexYear1()).isEqualTo(fleet.opexYear1());
    double serverCapex =
        fleet.clusters().stream()
            .mapToDouble(c -> c.capex().get(CostComponent.SERVERS).amount())
            .sum();
    assertThat(total.serverCapex().amount()).isCloseTo(serverCapex, within(0.01));
    // server CapEx per row is servers x the price used
    for (DeepSeekFleet.Row r : rows) {
      assertThat(r.serverCapex().amount())
          .isCloseTo(r.servers() * r.serverPrice().amount(), within(0.01));
    }
    // operating cost over the horizon is the book TCO less the capital charges (depreciation) and
    // interest
    double capitalCharges =
        fleet.accountingTcoByComponent().entrySet().stream()
            .filter(e -> e.getKey().isCapital() || e.getKey() == CostComponent.FINANCING)
            .mapToDouble(e -> e.getValue().amount())
            .sum();
    assertThat(total.opexHorizon().amount())
        .isCloseTo(fleet.accountingTco().amount() - capitalCharges, within(1.0));
    // each row's USD/GPU-H is its cluster's economic headline; the total row has none (it is not a
    // sum)
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).costPerGpuHour()).contains(fleet.clusters().get(i).costPerGpuHour());
    }
    assertThat(total.costPerGpuHour()).isEmpty();

    // and the printed total row shows those very numbers
    String totalLine = out.lines().filter(l -> l.startsWith("TOTAL")).findFirst().orElseThrow();
    assertThat(totalLine)
        .contains(
            "60,000",
            "7,500",
            usd(total.serverCapex()),
            usd(fleet.capexTotal()),
            usd(fleet.opexYear1()),
            usd(total.opexHorizon()));
  }

  @Test
  void test_gpuCounts_matchTheSourcedSplit() {
    Map<String, Long> gpus =
        summary.rows().stream()
            .collect(Collectors.toMap(DeepSeekFleet.Row::cluster, DeepSeekFleet.Row::gpus));
    // SemiAnalysis: 10k A100 (2021), ~50k Hoppers = 10k H800 + 10k H100 + the rest (30k) H20
    assertThat(gpus)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("a100", 10_000L, "h800", 10_000L, "h100", 10_000L, "h20", 30_000L));
    assertThat(summary.hopperRows().stream().mapToLong(DeepSeekFleet.Row::gpus).sum())
        .isEqualTo(50_000L);
    assertThat(summary.result().gpus()).isEqualTo(60_000L);
    assertThat(
            summary.rows().stream()
                .filter(r -> r.cluster().equals("a100"))
                .findFirst()
                .orElseThrow()
                .accelerator())
        .isEqualTo("a100-sxm4-80gb");
  }

  @Test
  void test_serverCapex_isWithinTenPercentOfThePublished16B() {
    // Band +-10%: flopex prices each server from an independent public street or list price
    // (Reuters,
    // Huxiu, SemiAnalysis' DGX H100 estimate, NVIDIA's DGX A100 list price); SemiAnalysis' own ASPs
    // are unpublished and its "~$1.6B" is rounded. The gap that remains (about -3%) is within what
    // the price sources alone can explain (see the sensitivity ranges in the fleet file).
    double ours = summary.total().serverCapex().amount();
    assertThat(ours)
        .isBetween(
            0.9 * DeepSeekFleet.PUBLISHED_SERVER_CAPEX_USD,
            1.1 * DeepSeekFleet.PUBLISHED_SERVER_CAPEX_USD);
    // docs/validation.md row V10 states the gap: -3.0 %
    assertThat(100 * (ours / DeepSeekFleet.PUBLISHED_SERVER_CAPEX_USD - 1))
        .as("V10 gap, %")
        .isCloseTo(-3.0, within(0.05));
    assertThat(out).contains("Server CapEx vs SemiAnalysis", "published ~USD 1,600.0M");
    // total CapEx is more than the servers: the network, optics, storage and spares are on top
    assertThat(summary.total().capex().amount()).isGreaterThan(ours);
  }

  @Test
  void test_operatingCost_isComparedWithThePublished944M_withTheGapAndWhatItIncludes() {
    // the comparison is on the published figure's basis: operating costs as paid over the 4 years,
    // undiscounted
    double ours = summary.total().opexHorizon().amount();
    double byComponent =
        summary.opexByComponent().values().stream().mapToDouble(Money::amount).sum();
    assertThat(byComponent).isCloseTo(ours, within(1.0));
    assertThat(summary.opexGap().amount())
        .isCloseTo(ours - DeepSeekFleet.PUBLISHED_OPERATING_COST_USD, within(1e-6));
    assertThat(summary.opexByComponent().keySet())
        .containsExactly(
            CostComponent.ELECTRICITY,
            CostComponent.STAFF,
            CostComponent.MAINTENANCE,
            CostComponent.SOFTWARE,
            CostComponent.INSURANCE,
            CostComponent.COLOCATION);
    // owned sites: no rent; the buildings are CapEx
    assertThat(summary.opexByComponent().get(CostComponent.COLOCATION).amount()).isZero();
    assertThat(summary.result().clusters())
        .allSatisfy(c -> assertThat(c.capex().get(CostComponent.FACILITY).amount()).isPositive());
    assertThat(summary.opexByComponent().get(CostComponent.ELECTRICITY).amount()).isPositive();
    assertThat(out)
        .contains(
            "Operating cost vs SemiAnalysis' USD 944.0M",
            "gap USD " + DeepSeekFleet.musd(summary.opexGap().amount()),
            "electricity",
            "staff",
            "maintenance",
            "software",
            "insurance",
            "none: the sites are owned",
            "the buildings (owned: USD");
    // the gap is large (the published figure is not itemised); the cumulative operating cost, year
    // by year, reaches it later
    assertThat(summary.opexGap().amount()).isNegative();
    // docs/validation.md row V11 states the owned-site gap: -62.9 %
    assertThat(100 * summary.opexGap().amount() / DeepSeekFleet.PUBLISHED_OPERATING_COST_USD)
        .as("V11 gap, %")
        .isCloseTo(-62.9, within(0.05));
    assertThat(summary.horizonForPublishedOpex())
        .isGreaterThan(DeepSeekFleet.PUBLISHED_HORIZON_YEARS);
    if (!Double.isNaN(summary.horizonForPublishedOpex())) {
      assertThat(out)
          .contains(
              String.format(
                  Locale.ROOT,
                  "would reach USD 944.0M after %.2f years",
                  summary.horizonForPublishedOpex()));
    }
    // the H20 cluster uses the catalog's hgx-h20 (400 W H20), so there is no stand-in power bias to
    // report
    assertThat(summary.h20PowerBiasHorizon().amount()).isZero();
    assertThat(out).doesNotContain("as a stand-in system");
  }

  @Test
  void test_rentedSites_moveTheBuildingsIntoOperatingCostAndSayWhy(
      @org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
    // the same fleet in wholesale colocation at the US CBRE rent: the question the doc asks of the
    // $944M
    String yaml =
        java.nio.file.Files.readString(FILE)
            .replace(
                "region: china, facility: owned", "region: china, facility: colocation-wholesale")
            .replace(
                "    assumptions: neocloud\n",
                "    assumptions: neocloud\n    assumption_overrides:\n"
                    + "      colocation_usd_per_kw_month: {value: 184.06, source: semianalysis-deepseek-debates-2025, confidence: low}\n");
    Path rented = dir.resolve("deepseek-rented.yaml");
    java.nio.file.Files.writeString(rented, yaml);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    DeepSeekFleet.Summary s =
        DeepSeekFleet.run(new PrintStream(buf, true, StandardCharsets.UTF_8), rented);
    String text = buf.toString(StandardCharsets.UTF_8);
    // docs/validation.md row V11: -1.1 % at the US wholesale rent, +21.8 % at China's retail rent
    // (the region's own figure)
    assertThat(100 * s.opexGap().amount() / DeepSeekFleet.PUBLISHED_OPERATING_COST_USD)
        .as("V11 wholesale gap, %")
        .isCloseTo(-1.0, within(0.05));
    Path retail = dir.resolve("deepseek-retail.yaml");
    java.nio.file.Files.writeString(
        retail,
        java.nio.file.Files.readString(FILE)
            .replace(
                "region: china, facility: owned", "region: china, facility: colocation-retail"));
    DeepSeekFleet.Summary r =
        DeepSeekFleet.run(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), retail);
    assertThat(100 * r.opexGap().amount() / DeepSeekFleet.PUBLISHED_OPERATING_COST_USD)
        .as("V11 retail gap, %")
        .isCloseTo(21.9, within(0.05));
    assertThat(s.result().clusters())
        .allSatisfy(
            c ->
                assertThat(c.capex().getOrDefault(CostComponent.FACILITY, Money.usd(0)).isZero())
                    .isTrue());
    double rent = s.opexByComponent().get(CostComponent.COLOCATION).amount();
    assertThat(rent).isPositive();
    // no facility staff where the landlord runs the building
    assertThat(s.opexByComponent().get(CostComponent.STAFF).amount())
        .isLessThan(summary.opexByComponent().get(CostComponent.STAFF).amount());
    assertThat(text)
        .contains(
            "rent on contracted IT power, USD 184.06/kW-month",
            "facility staff are in the rent",
            "(no buildings: every site is rented)",
            "not included: the hardware itself, interest")
        .doesNotContain("none: the sites are owned", "owned buildings", "facility staff at");
    assertThat(s.total().capex().amount()).isLessThan(summary.total().capex().amount());
    // the servers and their power do not change with who owns the building; rent replaces the
    // building
    for (CostComponent k :
        List.of(CostComponent.ELECTRICITY, CostComponent.MAINTENANCE, CostComponent.SOFTWARE)) {
      assertThat(s.opexByComponent().get(k).amount())
          .as(k.name())
          .isCloseTo(summary.opexByComponent().get(k).amount(), within(1e-3));
    }
    assertThat(s.total().opexHorizon().amount())
        .isGreaterThan(summary.total().opexHorizon().amount());
  }

  @Test
  void test_docsQuoteTheRealOutput() throws java.io.IOException {
    // docs/deepseek.md quotes this example's output in fenced blocks; every quoted line must be
    // printed today
    List<String> doc =
        java.nio.file.Files.readAllLines(
            Path.of("..", "docs", "deepseek.md"), StandardCharsets.UTF_8);
    List<String> starts =
        List.of(
            "SKU    SYSTEM",
            "Server CapEx vs SemiAnalysis",
            "Cost of the fleet over 4 years",
            "Sensitivity of the economic cost over 4 years");
    int checked = 0;
    for (String start : starts) {
      int i = 0;
      while (i < doc.size() - 1
          && !(doc.get(i).startsWith("```") && doc.get(i + 1).startsWith(start))) {
        i++;
      }
      assertThat(i)
          .as("docs/deepseek.md has a block starting '%s'", start)
          .isLessThan(doc.size() - 1);
      for (int j = i + 1; !doc.get(j).startsWith("```"); j++) {
        assertThat(out.lines())
            .as("docs/deepseek.md line %d is printed by the example", j + 1)
            .contains(doc.get(j));
        checked++;
      }
    }
    // the owned-site operating-cost block is the first of the two blocks that start this way
    int k =
        doc.indexOf(
            "Operating cost vs SemiAnalysis' USD 944.0M (\"associated with operating such clusters\", 4 years; not itemised)");
    assertThat(k).isPositive();
    for (int j = k; !doc.get(j).startsWith("```"); j++) {
      assertThat(out.lines())
          .as("docs/deepseek.md line %d is printed by the example", j + 1)
          .contains(doc.get(j));
      checked++;
    }
    assertThat(checked).isGreaterThan(40);
  }

  @Test
  void test_everyNumberNamesItsBasis() {
    FleetResult fleet = summary.result();
    assertThat(out)
        .contains("basis: " + fleet.basis().headline(), "basis: " + fleet.basis().accounting());
    assertThat(fleet.basis().headline())
        .contains("site china owned", "build USD 6,120,000/MW", "electricity USD 0.088/kWh");
    assertThat(out)
        .contains(
            String.format(
                Locale.ROOT,
                "economic cost per GPU-hour (headline)  USD %.4f",
                fleet.costPerGpuHour().amount()),
            "book TCO (accounting)",
            "as paid (undiscounted)");
  }

  @Test
  void test_sensitivity_coversTheBigUncertainties_rankedBySwing() {
    List<String> paths =
        summary.economicSensitivity().bars().stream().map(TornadoBar::path).toList();
    assertThat(paths)
        .contains(
            "clusters.h20.servers",
            "clusters.h800.prices.hgx-h800",
            "clusters.h20.prices.hgx-h20",
            "assumptions.electricity_usd_per_kwh",
            "terms.horizon_years",
            "assumptions.facility_build_usd_per_mw")
        .doesNotContain("assumptions.colocation_usd_per_kw_month");
    assertThat(summary.economicSensitivity().output())
        .isEqualTo(dev.flopex.costing.analysis.Output.ECONOMIC_COST);
    assertThat(summary.economicSensitivity().baseOutput())
        .isCloseTo(summary.result().economicCost().amount(), within(1e-3));
    List<Double> swings =
        summary.economicSensitivity().bars().stream().map(TornadoBar::swing).toList();
    assertThat(swings).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    // the horizon does not move CapEx; the H20 count does
    TornadoBar horizon = bar("terms.horizon_years");
    assertThat(horizon.outputAtLow()).isEqualTo(horizon.outputAtHigh());
    // a dearer building raises CapEx (owned sites)
    TornadoBar build = bar("assumptions.facility_build_usd_per_mw");
    assertThat(build.outputAtHigh()).isGreaterThan(build.outputAtLow());
    assertThat(out)
        .contains("Sensitivity of the economic cost over 4 years", "Sensitivity of CapEx");
  }

  private static TornadoBar bar(String path) {
    return summary.capexSensitivity().bars().stream()
        .filter(b -> b.path().equals(path))
        .findFirst()
        .orElseThrow();
  }

  private static String usd(Money m) {
    return String.format(Locale.ROOT, "%,.0f", m.amount());
  }
}
