package com.example.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.analysis.UncertainInput;
import dev.flopex.costing.economics.RentalResult;
import dev.flopex.costing.economics.RentalTerms;
import dev.flopex.costing.files.FleetFiles;
import dev.flopex.costing.files.FleetSpec;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The six everyday tasks of docs/java-api.md, done by a project outside the flopex build that only
 * imports the BOM: catalog filter, cluster cost, fleet totals, Monte Carlo, an export decision with
 * its deciding thresholds, rental break-even.
 */
class EverydayTasksTest {
  private final HardwareCatalog catalog = HardwareCatalog.builtIn();
  private final CostEngine engine = CostEngine.create();

  private Cluster h100() {
    SystemSpec system = catalog.system("hgx-h100");
    return Cluster.builder()
        .name("h100-virginia")
        .system(system)
        .servers(Cluster.serversFor(system, 4096, Cluster.Rounding.UP))
        .addNetworks(NetworkDesign.referenceFor(system, catalog))
        .site(Site.of(Regions.get("us-virginia"), Facility.COLOCATION_WHOLESALE))
        .purchaseDate(LocalDate.of(2026, 3, 1))
        .assumptions(AssumptionSets.get("neocloud"))
        .build();
  }

  @Test
  void catalogFilter() {
    List<Accelerator> big =
        catalog.accelerators(
            a ->
                a.memory().capacity().value().in(DataSizeUnit.GIGABYTES) >= 180
                    && a.dense(Precision.FP8).isPresent());
    assertTrue(big.stream().anyMatch(a -> a.id().equals("b200")));
    assertFalse(big.stream().anyMatch(a -> a.id().equals("h100-sxm5")));
  }

  @Test
  void clusterCost() {
    ClusterResult r = engine.evaluate(h100(), FinancialTerms.of(3, 0.8));
    assertTrue(r.costPerGpuHour().amount() > 1 && r.costPerGpuHour().amount() < 5);
    assertTrue(r.basis().headline().startsWith("economic"));
  }

  @Test
  void fleetTotals() {
    FleetSpec spec = FleetFiles.load(Path.of("../fleets/deepseek-2025-01.yaml"), catalog);
    FleetResult fleet = engine.evaluate(spec.fleet(), spec.terms());
    assertEquals(60_000, fleet.gpus());
    assertEquals(7_500, fleet.servers());
    double sum = fleet.clusters().stream().mapToDouble(c -> c.capexTotal().amount()).sum();
    assertEquals(sum, fleet.capexTotal().amount(), 1e-3);
  }

  @Test
  void monteCarlo() {
    MonteCarloSpec spec =
        MonteCarloSpec.builder()
            .addInputs(UncertainInput.price("hgx-h100", Distribution.triangular(200_000, 260_000, 320_000)))
            .addInputs(
                UncertainInput.assumption(
                    AssumptionKey.ELECTRICITY_USD_PER_KWH, Distribution.uniform(0.06, 0.12)))
            .samples(5_000)
            .seed(7)
            .build();
    MonteCarloResult mc =
        engine.monteCarlo(h100(), FinancialTerms.of(3, 0.8), spec, ProgressListener.NONE);
    assertTrue(mc.statistics().p5() < mc.statistics().p95());
    MonteCarloSpec misspelt =
        spec.withInputs(List.of(UncertainInput.of("prices.hgx-h10", Distribution.uniform(1, 2))));
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> engine.monteCarlo(h100(), FinancialTerms.of(3, 0.8), misspelt, ProgressListener.NONE));
    assertTrue(e.getMessage().contains("did you mean"), e.getMessage());
  }

  @Test
  void exportDecision() {
    ExportControls ec = catalog.exportControls();
    Accelerator h20 = catalog.accelerator("h20");
    assertEquals(LicenceRequirement.REQUIRED, ec.licenceRequired(h20, "CN", LocalDate.of(2025, 6, 1)));
    Decision d = ec.classify(h20, LocalDate.of(2025, 6, 1));
    assertFalse(d.decidingTests().isEmpty());
    assertTrue(d.decidingTests().stream().allMatch(ThresholdTest::decided));
  }

  @Test
  void rentalBreakEven() {
    ClusterResult cluster = engine.evaluate(h100(), FinancialTerms.of(3, 0.8));
    RentalResult rental = engine.evaluate(RentalTerms.of(cluster, Money.usd(2.40)));
    assertEquals(
        cluster.costPerGpuHour().amount(), rental.breakEvenPricePerGpuHour().amount(), 1e-6);
  }
}
