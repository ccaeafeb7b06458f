package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.Precision;
import dev.flopex.core.money.Money;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.costing.economics.EpochRun;
import dev.flopex.costing.economics.TrainingCost;
import dev.flopex.costing.economics.TrainingRun;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * flopex against public reference figures: one test per row of {@code docs/validation.md}. Each
 * test computes flopex's figure, pins it (so the doc's numbers stay true) and checks the gap to the
 * reference that the doc states and explains. A row whose gap changes fails here, and the doc must
 * be updated with the reason.
 */
class ValidationTest {
  private static final HardwareCatalog CATALOG = Fixtures.CATALOG;
  private static final CostEngine ENGINE = CostEngine.create();

  private static double gap(double flopex, double reference) {
    return flopex / reference - 1;
  }

  private static ClusterResult h100(
      int servers,
      String set,
      Region region,
      Facility facility,
      LocalDate bought,
      FinancialTerms terms) {
    return ENGINE.evaluate(
        Cluster.builder()
            .name("h100")
            .system(CATALOG.system("hgx-h100"))
            .servers(servers)
            .addNetworks(Fixtures.infiniband())
            .site(Site.of(region, facility))
            .purchaseDate(bought)
            .assumptions(AssumptionSets.get(set))
            .build(),
        terms);
  }

  /** V1. DeepSeek-V3 technical report: 2.788M H800 GPU-hours at an assumed USD 2 = USD 5.576M. */
  @Test
  void v1_deepSeekV3RentalCost() {
    TrainingCost c =
        ENGINE.evaluate(
            TrainingRun.builder()
                .name("deepseek-v3")
                .accelerator(CATALOG.accelerator("h800-sxm5"))
                .precision(Precision.BF16)
                .gpus(2048)
                .reportedGpuHours(2.788e6)
                .rentalPricePerGpuHour(Money.usd(2))
                .build());
    assertThat(c.rentalCost().orElseThrow().amount()).isEqualTo(5_576_000.0);
  }

  /**
   * V2. Llama 3.1 405B: 3.8e25 FLOP in 30.84M H100 GPU-hours (model card) vs Meta's measured 38-43
   * % MFU.
   */
  @Test
  void v2_llama31ImpliedMfuBelowMeasured() {
    TrainingCost c =
        ENGINE.evaluate(
            TrainingRun.builder()
                .name("llama-3.1-405b")
                .accelerator(CATALOG.accelerator("h100-sxm5"))
                .precision(Precision.BF16)
                .gpus(16_384)
                .totalFlops(3.8e25)
                .reportedGpuHours(30.84e6)
                .build());
    double mfu = c.mfu().orElseThrow();
    assertThat(mfu).isCloseTo(0.3459, within(1e-4));
    assertThat(gap(mfu, 0.38))
        .isCloseTo(
            -0.090, within(0.001)); // below the low end: the card's hours include restarts and more
  }

  /**
   * V3. Epoch AI's Llama 2-70B amortised cost, USD 1,102,561.19 (2024-12 USD), by Epoch's own
   * method.
   */
  @Test
  void v3_epochLlama2_70b() {
    EpochRun run =
        EpochRun.builder()
            .accelerator(CATALOG.accelerator("a100-sxm4-80gb"))
            .organisation("Meta AI")
            .publicationDate(LocalDate.of(2023, 7, 18))
            .trainingHours(1728)
            .build();
    TrainingCost c =
        ENGINE.evaluate(
            TrainingRun.builder()
                .name("llama-2-70b")
                .accelerator(CATALOG.accelerator("a100-sxm4-80gb"))
                .precision(Precision.BF16)
                .gpus(1000)
                .reportedGpuHours(1_720_320)
                .amortisedHardware(AmortisedHardware.epoch(run))
                .build());
    assertThat(c.amortisedCost().orElseThrow().constantDollarTotal().amount())
        .isCloseTo(1_102_561.1942339484, within(1e-6));
  }

  /** V4. Epoch AI's GPT-4 amortised cost, USD 40,695,706.40 (2024-12 USD). */
  @Test
  void v4_epochGpt4() {
    Accelerator a100 = CATALOG.accelerator("a100-sxm4-40gb");
    EpochRun run =
        EpochRun.builder()
            .accelerator(a100)
            .organisation("OpenAI")
            .publicationDate(LocalDate.of(2023, 3, 15))
            .trainingHours(2280)
            .trainingStart(LocalDate.of(2022, 5, 12))
            .build();
    TrainingCost c =
        ENGINE.evaluate(
            TrainingRun.builder()
                .name("gpt-4")
                .accelerator(a100)
                .precision(Precision.BF16)
                .gpus(25_000)
                .reportedGpuHours(25_000 * 2280.0)
                .amortisedHardware(AmortisedHardware.epoch(run))
                .build());
    assertThat(c.amortisedCost().orElseThrow().constantDollarTotal().amount())
        .isCloseTo(40_695_706.40, within(0.01));
  }

  /**
   * V5. Llama 3 405B: "higher than 90% effective training time" on 16,384 H100 vs flopex's goodput
   * model.
   */
  @Test
  void v5_llama3Goodput() {
    ClusterResult r =
        h100(
            2048,
            "hyperscaler",
            Regions.get("us-virginia"),
            Facility.OWNED,
            LocalDate.of(2024, 6, 1),
            FinancialTerms.of(5, 1.0));
    double g = r.economic().goodput().fraction();
    assertThat(g).isCloseTo(0.8768, within(1e-4));
    assertThat(gap(g, 0.90)).isCloseTo(-0.026, within(0.001));
  }

  /** V6-V7. SemiAnalysis: a 100,000-GPU H100 cluster needs ">150MW" and uses 1.59 TWh a year. */
  @Test
  void v6v7_semiAnalysis100kH100PowerAndEnergy() {
    ClusterResult r =
        h100(
            2048,
            "hyperscaler",
            Regions.get("us-virginia"),
            Facility.OWNED,
            LocalDate.of(2024, 6, 1),
            FinancialTerms.of(5, 1.0));
    double gpus = r.capacity().gpus();
    double contractedMwPer100k =
        r.capacity().contractedItPower().in(PowerUnit.KILOWATTS) / gpus * 100_000 / 1000;
    double twhPer100k =
        r.capacity().facilityPower().in(PowerUnit.KILOWATTS) / gpus * 100_000 * 8760 / 1e9;
    assertThat(contractedMwPer100k).isCloseTo(141.15, within(0.01));
    assertThat(gap(contractedMwPer100k, 150)).isCloseTo(-0.059, within(0.001));
    assertThat(twhPer100k).isCloseTo(1.0653, within(1e-4));
    assertThat(gap(twhPer100k, 1.59)).isCloseTo(-0.330, within(0.001));
  }

  /** V8. The H100 rental market: AIMultiple's cohort median USD 2.95 per GPU-hour (May 2026). */
  @Test
  void v8_h100RentalMarket() {
    ClusterResult three =
        h100(
            512,
            "neocloud",
            Regions.get("us-virginia"),
            Facility.COLOCATION_WHOLESALE,
            LocalDate.of(2026, 3, 1),
            FinancialTerms.of(3, 0.8));
    ClusterResult five =
        h100(
            512,
            "neocloud",
            Regions.get("us-virginia"),
            Facility.COLOCATION_WHOLESALE,
            LocalDate.of(2026, 3, 1),
            FinancialTerms.of(5, 0.8));
    assertThat(three.costPerGpuHour().amount()).isCloseTo(2.674, within(0.0005));
    assertThat(five.costPerGpuHour().amount()).isCloseTo(2.306, within(0.0005));
    assertThat(gap(three.costPerGpuHour().amount(), 2.95)).isCloseTo(-0.093, within(0.001));
    assertThat(gap(five.costPerGpuHour().amount(), 2.95)).isCloseTo(-0.218, within(0.001));
  }

  /** V9. Epoch AI: frontier AI data centres cost "$29B per gigawatt of total facility power". */
  @Test
  void v9_epochCostPerGigawatt() {
    ClusterResult r =
        ENGINE.evaluate(
            Cluster.builder()
                .name("gb200")
                .system(CATALOG.system("gb200-nvl72"))
                .servers(64)
                .addNetworks(Fixtures.infiniband())
                .site(Site.of(Regions.get("us-texas"), Facility.OWNED))
                .purchaseDate(LocalDate.of(2025, 9, 1))
                .assumptions(AssumptionSets.get("hyperscaler"))
                .build(),
            FinancialTerms.of(5, 1.0));
    double facilityMw =
        r.capacity().contractedItPower().in(PowerUnit.MEGAWATTS) * r.assumption(AssumptionKey.PUE);
    double billionPerGw = r.capexTotal().amount() / facilityMw * 1000 / 1e9;
    assertThat(billionPerGw).isCloseTo(39.21, within(0.01));
    assertThat(gap(billionPerGw, 29)).isCloseTo(0.352, within(0.001));
  }
}
