package dev.flopex.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.Precision;
import dev.flopex.catalog.SystemSpec;
import dev.flopex.catalog.exportcontrol.Decision;
import dev.flopex.catalog.exportcontrol.ExportControls;
import dev.flopex.catalog.exportcontrol.LicenceRequirement;
import dev.flopex.catalog.exportcontrol.ThresholdTest;
import dev.flopex.core.money.Money;
import dev.flopex.core.random.Distribution;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.AssumptionSets;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.Facility;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.NetworkDesign;
import dev.flopex.costing.ProgressListener;
import dev.flopex.costing.Regions;
import dev.flopex.costing.Site;
import dev.flopex.costing.Warning;
import dev.flopex.costing.WarningsException;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.analysis.UncertainInput;
import dev.flopex.costing.economics.RentalResult;
import dev.flopex.costing.economics.RentalTerms;
import dev.flopex.costing.files.FleetFiles;
import dev.flopex.costing.files.FleetSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The code of docs/java-api.md, run: each {@code // snippet: NAME} region below is the guide's
 * snippet of that name word for word ({@link GuideSnippetsTest} compares them), and each test
 * checks what the guide says the snippet gives.
 */
class JavaApiGuideTest {

  private static final HardwareCatalog catalog = HardwareCatalog.builtIn();
  private static final CostEngine engine = CostEngine.create();

  private static Cluster h100Cluster() {
    // snippet: cluster
    SystemSpec system = catalog.system("hgx-h100");
    Cluster cluster =
        Cluster.builder()
            .name("h100-virginia")
            .system(system)
            .servers(Cluster.serversFor(system, 4096, Cluster.Rounding.UP)) // 512 servers of 8 GPUs
            .addNetworks(NetworkDesign.referenceFor(system, catalog)) // InfiniBand fat tree
            .site(Site.of(Regions.get("us-virginia"), Facility.COLOCATION_WHOLESALE))
            .purchaseDate(LocalDate.of(2026, 3, 1))
            .assumptions(AssumptionSets.get("neocloud"))
            .build();
    // end snippet
    return cluster;
  }

  @Test
  void catalogFilter() {
    // snippet: catalog-filter
    HardwareCatalog catalog = HardwareCatalog.builtIn();
    List<Accelerator> bigMemoryFp8 =
        catalog
            .accelerators(
                a ->
                    a.memory().capacity().value().in(DataSizeUnit.GIGABYTES) >= 180
                        && a.dense(Precision.FP8).isPresent())
            .stream()
            .sorted(
                Comparator.comparingDouble(
                        (Accelerator a) ->
                            a.dense(Precision.FP8)
                                .orElseThrow()
                                .in(ComputeRateUnit.TERAFLOP_PER_SECOND))
                    .reversed())
            .toList();
    for (Accelerator a : bigMemoryFp8) {
      System.out.printf(
          "%-16s %6.0f GB %7.0f dense FP8 TFLOPS (%s)%n",
          a.id(),
          a.memory().capacity().value().in(DataSizeUnit.GIGABYTES),
          a.dense(Precision.FP8).orElseThrow().in(ComputeRateUnit.TERAFLOP_PER_SECOND),
          a.compute().get(Precision.FP8).provenance().source().title());
    }
    // end snippet
    assertThat(bigMemoryFp8)
        .extracting(Accelerator::id)
        .contains("b200", "mi300x")
        .doesNotContain("h100-sxm5");
    assertThat(bigMemoryFp8).allSatisfy(a -> assertThat(a.dense(Precision.FP8)).isPresent());
  }

  @Test
  void clusterCost() {
    Cluster cluster = h100Cluster();
    // snippet: cluster-cost
    ClusterResult r =
        engine.evaluate(cluster, FinancialTerms.of(3, 0.8)); // 3 years at 80 % utilisation
    r.costPerGpuHour(); // the headline: economic cost per GPU-hour used, USD
    r.basis().headline(); // what it includes: WACC, residual value, site, price basis
    r.accounting().tco(); // the book TCO beside it, named as such
    r.capex(); // CapEx by component
    r.warnings(); // e.g. a price taken from a date far from the purchase
    // end snippet
    assertThat(cluster.gpus()).isEqualTo(4096);
    assertThat(r.costPerGpuHour().amount()).isBetween(1.0, 5.0);
    assertThat(r.basis().headline()).startsWith("economic");
    assertThat(r.accounting().tco().amount()).isPositive();
  }

  @Test
  void copiesAndStrictMode() {
    Cluster cluster = h100Cluster();
    // snippet: copies-strict
    Cluster bigger =
        cluster.withServers(1024).withName("h100-virginia-2x"); // copies; cluster is unchanged
    ClusterResult r = engine.evaluate(bigger, FinancialTerms.of(3, 0.8));
    for (Warning w : r.warnings()) {
      System.out.println(w.kind() + " " + w.subject() + ": " + w.message());
    }
    CostEngine strict = CostEngine.strict(); // the same numbers, but a warning is an error
    // end snippet
    assertThat(bigger.gpus()).isEqualTo(8192);
    assertThat(cluster.gpus()).isEqualTo(4096);
    // the system and the switch are priced from points far from the purchase date: warnings
    assertThat(r.warnings()).extracting(Warning::subject).contains("hgx-h100");
    assertThatThrownBy(() -> strict.evaluate(bigger, FinancialTerms.of(3, 0.8)))
        .isInstanceOf(WarningsException.class)
        .hasMessageContaining("hgx-h100");
  }

  @Test
  void fleetTotals() throws Exception {
    Path file = findRoot().resolve("examples/fleets/deepseek-2025-01.yaml");
    // snippet: fleet-totals
    FleetSpec spec = FleetFiles.load(file, catalog); // examples/fleets/deepseek-2025-01.yaml
    FleetResult fleet = engine.evaluate(spec.fleet(), spec.terms());
    fleet.gpus(); // 60,000
    fleet.servers(); // 7,500
    fleet.contractedItPower(); // MW the sites must supply
    fleet.capexTotal(); // server, network, storage and site CapEx
    fleet.costPerGpuHour(); // the fleet's economic cost per GPU-hour (the headline)
    fleet.accountingTco(); // book TCO over the horizon
    fleet.basis().headline(); // the basis of the headline, per cluster
    // end snippet
    assertThat(fleet.gpus()).isEqualTo(60_000);
    assertThat(fleet.servers()).isEqualTo(7_500);
    assertThat(fleet.capexTotal().amount())
        .isEqualTo(
            fleet.clusters().stream().mapToDouble(c -> c.capexTotal().amount()).sum(),
            org.assertj.core.api.Assertions.within(1e-3));
  }

  @Test
  void monteCarlo() {
    Cluster cluster = h100Cluster();
    // snippet: monte-carlo
    MonteCarloSpec spec =
        MonteCarloSpec.builder()
            .addInputs(
                UncertainInput.price(
                    "hgx-h100", Distribution.triangular(200_000, 260_000, 320_000)))
            .addInputs(
                UncertainInput.assumption(
                    AssumptionKey.ELECTRICITY_USD_PER_KWH, Distribution.uniform(0.06, 0.12)))
            .addInputs(UncertainInput.utilisation(Distribution.pert(0.6, 0.8, 0.95)))
            .samples(20_000)
            .seed(7)
            .build();
    MonteCarloResult mc =
        engine.monteCarlo(cluster, FinancialTerms.of(3, 0.8), spec, ProgressListener.NONE);
    double p5 = mc.statistics().p5(); // USD per GPU-hour; the same seed gives the same numbers
    double p95 = mc.statistics().p95();
    String how = mc.statistics().percentileMethod().describe(); // "exact, n = 20,000"
    // end snippet
    assertThat(p5).isLessThan(p95);
    assertThat(how).isEqualTo("exact, n = 20,000");
    MonteCarloResult again =
        engine.monteCarlo(
            cluster, FinancialTerms.of(3, 0.8), spec.withThreads(1), ProgressListener.NONE);
    assertThat(again.statistics().p95()).isEqualTo(p95);
    MonteCarloSpec misspelt =
        spec.withInputs(List.of(UncertainInput.of("prices.hgx-h10", Distribution.uniform(1, 2))));
    assertThatThrownBy(
            () ->
                engine.monteCarlo(
                    cluster, FinancialTerms.of(3, 0.8), misspelt, ProgressListener.NONE))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("did you mean");
  }

  @Test
  void exportDecision() {
    // snippet: export-decision
    ExportControls ec = catalog.exportControls();
    Accelerator h20 = catalog.accelerator("h20");
    LicenceRequirement need = ec.licenceRequired(h20, "CN", LocalDate.of(2025, 6, 1));
    Decision d = ec.classify(h20, LocalDate.of(2025, 6, 1));
    for (ThresholdTest t : d.decidingTests()) {
      System.out.println(t.describe()); // metric, operator, threshold, the part's value, outcome
    }
    d.licencePolicy(); // a LicencePolicy, not free text
    // end snippet
    assertThat(need).isEqualTo(LicenceRequirement.REQUIRED);
    assertThat(d.decidingTests()).isNotEmpty().allMatch(ThresholdTest::decided);
  }

  @Test
  void rentalBreakEven() {
    ClusterResult cluster = engine.evaluate(h100Cluster(), FinancialTerms.of(3, 0.8));
    // snippet: rental
    RentalResult rental =
        engine.evaluate(RentalTerms.of(cluster, Money.usd(2.40))); // the cluster's terms
    rental.breakEvenPricePerGpuHour(); // the price at which renting out recovers the cost
    rental.npv(); // at the cluster's WACC
    rental.irr(); // empty when the cash flows have none
    // end snippet
    assertThat(rental.breakEvenPricePerGpuHour().amount())
        .isCloseTo(cluster.costPerGpuHour().amount(), org.assertj.core.api.Assertions.within(1e-6));
    assertThat(rental.npv().amount() > 0).isEqualTo(2.40 > cluster.costPerGpuHour().amount());
  }

  private static Path findRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (!Files.exists(p.resolve("docs/java-api.md"))) {
      p = p.getParent();
    }
    return p;
  }
}
