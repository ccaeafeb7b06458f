package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.Precision;
import dev.flopex.core.money.Money;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.costing.economics.EpochRun;
import dev.flopex.costing.economics.ImmutableTrainingRun;
import dev.flopex.costing.economics.TrainingCost;
import dev.flopex.costing.economics.TrainingRun;
import org.junit.jupiter.api.Test;

/**
 * Training-run model ({@code docs/model.md} §12), with the golden DeepSeek-V3 and Llama 3.1
 * figures.
 */
class TrainingCostTest {
  private final CostEngine engine = CostEngine.create();
  private static final Accelerator H800 = Fixtures.CATALOG.accelerator("h800-sxm5");
  private static final Accelerator H100 = Fixtures.CATALOG.accelerator("h100-sxm5");

  private static ImmutableAmortisedHardware copy(AmortisedHardware a) {
    return (ImmutableAmortisedHardware) ImmutableAmortisedHardware.copyOf(a);
  }

  private static ImmutableTrainingRun.Builder run(Accelerator acc) {
    return run(acc, Precision.BF16);
  }

  private static ImmutableTrainingRun.Builder run(Accelerator acc, Precision precision) {
    return TrainingRun.builder().name("test").accelerator(acc).precision(precision);
  }

  // ------------------------------------------------------------------------------------------
  // golden figures (src/test/resources/golden/published-runs.csv)

  @Test
  void test_evaluate_deepSeekV3RentalCostIsExactly5576000() {
    double total = GoldenRuns.value("deepseek-v3", "total_gpu_hours");
    double price = GoldenRuns.value("deepseek-v3", "rental_price");
    TrainingCost c =
        engine.evaluate(
            run(H800)
                .gpus((long) GoldenRuns.value("deepseek-v3", "gpu_count"))
                .reportedGpuHours(total)
                .rentalPricePerGpuHour(Money.usd(price))
                .build());
    // 2,788,000 x 2 is an exact product in binary floating point
    assertThat(c.rentalCost())
        .contains(Money.usd(GoldenRuns.value("deepseek-v3", "total_training_cost")));
    assertThat(c.rentalCost().get().amount()).isEqualTo(5_576_000.0);
    // no FLOPs given: no MFU
    assertThat(c.mfu()).isEmpty();
    assertThat(c.flops()).isEmpty();
    assertThat(c.wallClockDays()).isCloseTo(total / 2048 / 24, within(1e-12));
  }

  @Test
  void test_evaluate_deepSeekV3GoldenFiguresAreConsistent() {
    // the report's own arithmetic: 2,664K + 119K + 5K = 2,788K; 180K per trillion tokens x 14.8T =
    // 2,664K
    double pre = GoldenRuns.value("deepseek-v3", "pretraining_gpu_hours");
    assertThat(
            pre
                + GoldenRuns.value("deepseek-v3", "context_extension_gpu_hours")
                + GoldenRuns.value("deepseek-v3", "post_training_gpu_hours"))
        .isEqualTo(GoldenRuns.value("deepseek-v3", "total_gpu_hours"));
    assertThat(
            GoldenRuns.value("deepseek-v3", "gpu_hours_per_trillion_tokens")
                * GoldenRuns.value("deepseek-v3", "pretraining_tokens")
                / 1e12)
        .isCloseTo(pre, within(1e-6));
    TrainingCost c =
        engine.evaluate(
            run(H800)
                .gpus(2048)
                .reportedGpuHours(pre)
                .rentalPricePerGpuHour(Money.usd(GoldenRuns.value("deepseek-v3", "rental_price")))
                .build());
    assertThat(c.rentalCost())
        .contains(Money.usd(GoldenRuns.value("deepseek-v3", "pretraining_cost")));
  }

  /**
   * DeepSeek-V3 pre-training: FLOPs = 6 x 37e9 active x 14.8e12 tokens = 3.2856e24 on 2,664K H800
   * GPU-hours, so each GPU delivered 3.2856e24 / (2.664e6 x 3600 s) = 3.426e14 FLOP/s.
   *
   * <p>Against the BF16 dense peak (989 TFLOP/s, catalog) that is an MFU of 0.3464; against the FP8
   * peak (1,979 TFLOP/s) 0.1731. DeepSeek trained in FP8 mixed precision (GEMMs in FP8, other
   * operations in BF16/FP32), so the true utilisation lies between these two readings. The
   * plausible band is [0.1, 0.6]: below 0.1 a 2,048-GPU cluster would be mostly idle for two
   * months, above 0.6 it would beat every published large-scale MFU (PaLM 46.2 %, Llama 3 38-43 %,
   * MegaScale 55.2 %). 6ND leaves out attention and DeepSeek's multi-token-prediction module, so
   * these implied MFUs understate the hardware's true FLOP utilisation slightly.
   */
  @Test
  void test_evaluate_deepSeekV3ImpliedMfu() {
    double params = GoldenRuns.value("deepseek-v3", "activated_parameters");
    double tokens = GoldenRuns.value("deepseek-v3", "pretraining_tokens");
    double hours = GoldenRuns.value("deepseek-v3", "pretraining_gpu_hours");
    long gpus = (long) GoldenRuns.value("deepseek-v3", "gpu_count");
    TrainingCost bf16 =
        engine.evaluate(
            run(H800)
                .gpus(gpus)
                .activeParameters(params)
                .tokens(tokens)
                .reportedGpuHours(hours)
                .build());
    TrainingCost fp8 =
        engine.evaluate(
            run(H800, Precision.FP8)
                .gpus(gpus)
                .activeParameters(params)
                .tokens(tokens)
                .reportedGpuHours(hours)
                .build());

    assertThat(bf16.flops().getAsDouble()).isCloseTo(3.2856e24, within(1e9));
    assertThat(bf16.mfuImplied()).isTrue();
    assertThat(bf16.mfu().getAsDouble()).isBetween(0.1, 0.6).isCloseTo(0.346403, within(1e-5));
    assertThat(fp8.mfu().getAsDouble()).isBetween(0.1, 0.6).isCloseTo(0.173114, within(1e-5));
    // the report: "3.7 days on our cluster with 2048 H800 GPUs" per trillion tokens -> 14.8 x 3.66
    // = 54.2 days
    assertThat(bf16.wallClockDays()).isCloseTo(54.199, within(1e-3));
    assertThat(bf16.wallClockDays() / (tokens / 1e12)).isCloseTo(3.7, within(0.05));
  }

  /**
   * Llama 3.1 405B: 3.8e25 FLOPs on 30.84M H100 GPU-hours at the BF16 dense peak (989.5 TFLOP/s)
   * imply an MFU of 0.3459, below the 38-43 % Meta measured (41 % on 16K GPUs).
   *
   * <p>The difference is expected: the model card's 30.84M GPU-hours are "cumulative" for the 405B
   * model, so they include hours that produced none of the 3.8e25 pre-training FLOPs: the 466 job
   * interruptions and restarts of the 54-day snapshot (Meta reports > 90 % effective training
   * time), checkpointing, evaluation, and post-training (SFT, rejection sampling, DPO). MFU is
   * measured only while the main job runs. At 41 % the FLOPs need 26.0M GPU-hours, so about 16 % of
   * the card's hours (0.3459 / 0.41 = 0.84) are outside the main run.
   *
   * <p>Band: [0.25, mfu_max]. The implied value cannot exceed Meta's highest measured MFU (0.43),
   * because extra hours only dilute it; it should not fall below 0.25, which would mean more than
   * 40 % of the hours were outside a main run measured at 41 %.
   */
  @Test
  void test_evaluate_llama31ImpliedMfu() {
    double flops = GoldenRuns.value("llama-3.1-405b", "training_flops");
    double hours = GoldenRuns.value("llama-3.1-405b", "gpu_hours");
    TrainingCost c =
        engine.evaluate(
            run(H100)
                .gpus((long) GoldenRuns.value("llama-3.1-405b", "gpu_count"))
                .totalFlops(flops)
                .reportedGpuHours(hours)
                .build());
    double mfu = c.mfu().getAsDouble();
    assertThat(mfu)
        .isBetween(0.25, GoldenRuns.value("llama-3.1-405b", "mfu_max"))
        .isCloseTo(0.345900, within(1e-5));
    assertThat(mfu).isLessThan(GoldenRuns.value("llama-3.1-405b", "mfu_min"));
    // 6ND with the paper's 405B parameters and 15.6T tokens agrees with the reported 3.8e25 to 0.3
    // %
    double sixNd =
        TrainingRun.approximateFlops(
            GoldenRuns.value("llama-3.1-405b", "parameters"),
            GoldenRuns.value("llama-3.1-405b", "pretraining_tokens"));
    assertThat(sixNd / flops).isCloseTo(1.0, within(0.003));
    // the main run at Meta's 41%: 26.0M GPU-hours, 66 days on 16,384 GPUs
    TrainingCost main =
        engine.evaluate(
            run(H100)
                .gpus(16_384)
                .totalFlops(flops)
                .mfu(GoldenRuns.value("llama-3.1-405b", "mfu_at_16384_gpus"))
                .build());
    assertThat(main.gpuHours()).isCloseTo(2.6018451e7, within(10.0));
    assertThat(main.wallClockDays()).isCloseTo(66.17, within(0.01));
    assertThat(hours / main.gpuHours()).isCloseTo(1.185, within(0.001));
  }

  // ------------------------------------------------------------------------------------------
  // forward model and the three costs

  @Test
  void test_evaluate_gpuHoursFromFlopsAndMfu() {
    TrainingCost c =
        engine.evaluate(
            run(H100)
                .gpus(1000)
                .totalFlops(1e24)
                .mfu(0.4)
                .rentalPricePerGpuHour(Money.usd(2.5))
                .build());
    double peak = H100.dense(Precision.BF16).get().in(ComputeRateUnit.FLOP_PER_SECOND);
    assertThat(peak).isEqualTo(989.5e12);
    assertThat(c.gpuHours()).isCloseTo(1e24 / (989.5e12 * 0.4) / 3600, within(1e-6));
    assertThat(c.wallClockDays()).isCloseTo(c.gpuHours() / 1000 / 24, within(1e-9));
    assertThat(c.mfu().getAsDouble()).isEqualTo(0.4);
    assertThat(c.mfuImplied()).isFalse();
    assertThat(c.rentalCost().get().amount()).isCloseTo(2.5 * c.gpuHours(), within(1e-6));
    assertThat(c.peakFlopsPerGpu().getAsDouble()).isEqualTo(peak);
  }

  @Test
  void test_evaluate_impliedMfuInvertsForwardModel() {
    TrainingCost forward =
        engine.evaluate(run(H100).gpus(512).activeParameters(7e9).tokens(2e12).mfu(0.37).build());
    TrainingCost back =
        engine.evaluate(
            run(H100)
                .gpus(512)
                .activeParameters(7e9)
                .tokens(2e12)
                .reportedGpuHours(forward.gpuHours())
                .build());
    assertThat(back.mfu().getAsDouble()).isCloseTo(0.37, within(1e-12));
    assertThat(forward.flops().getAsDouble()).isEqualTo(6 * 7e9 * 2e12);
  }

  @Test
  void test_evaluate_ownClusterCost() {
    ClusterResult cluster = engine.evaluate(Fixtures.h100Cluster(100), FinancialTerms.of(5, 0.8));
    TrainingCost c =
        engine.evaluate(run(H100).gpus(800).totalFlops(1e23).mfu(0.4).ownCluster(cluster).build());
    assertThat(c.ownClusterCost().get().amount())
        .isCloseTo(cluster.costPerGpuHour().amount() * c.gpuHours(), within(1e-6));
    assertThat(c.rentalCost()).isEmpty();
    assertThat(c.amortisedCost()).isEmpty();
  }

  @Test
  void test_evaluate_ownClusterOfOtherGpuRefused() {
    ClusterResult cluster = engine.evaluate(Fixtures.h100Cluster(1), FinancialTerms.of(5, 0.8));
    assertThatThrownBy(() -> run(H800).gpus(8).reportedGpuHours(100).ownCluster(cluster).build())
        .hasMessage(
            "ownCluster.accelerator must be the run's accelerator h800-sxm5 (GPU-hours of different GPUs are not interchangeable) but was h100-sxm5");
  }

  /**
   * Epoch AI's method by hand, for 1M H100 GPU-hours at a DGX H100 price of USD 270,000 / 8 (the
   * catalog's Epoch-summarised SemiAnalysis estimate) with the hyperscaler set's Epoch figures (PUE
   * 1.1, load 0.75, server/GPU power 1.821, USD 0.0806/kWh).
   */
  /** Epoch's H100 figures: PUE 1.1, load 0.75, server/GPU power 1.821, USD 0.0806/kWh, at age 0. */
  private static AmortisedHardware epochH100(double pricePerGpu) {
    return AmortisedHardware.builder()
        .pricePerGpu(Money.usd(pricePerGpu))
        .ageYears(0)
        .serverPowerRatio((10.2 / 8) / 0.7)
        .loadFactor(0.75)
        .pue(1.1)
        .electricityPricePerKwh(0.0806)
        .build();
  }

  @Test
  void test_evaluate_epochAmortisedHardwarePlusEnergy() {
    AmortisedHardware a = epochH100(270_000 / 8.0);
    assertThat(a.serverPowerRatio()).isCloseTo(1.8214, within(1e-4));
    assertThat(a.chargeRatePerYear()).isCloseTo(0.14 * Math.log(10), within(1e-15));
    assertThat(a.effectiveLifeYears()).isCloseTo(3.1021, within(1e-4));
    TrainingCost c =
        engine.evaluate(run(H100).gpus(10_000).reportedGpuHours(1e6).amortisedHardware(a).build());
    AmortisedCost e = c.amortisedCost().get();
    double hardware = 33_750 * 0.14 * Math.log(10) / 8766 * 1e6;
    assertThat(e.hardware().amount())
        .isCloseTo(hardware, within(1e-6))
        .isCloseTo(1_241_126.46, within(0.01));
    assertThat(e.interconnect().amount()).isCloseTo(hardware * 0.19 / 0.81, within(1e-6));
    assertThat(e.energyKwh()).isCloseTo(1e6 * 0.7 * ((10.2 / 8) / 0.7) * 0.75 * 1.1, within(1e-6));
    assertThat(e.energy().amount()).isCloseTo(1e6 * (10.2 / 8) * 0.75 * 1.1 * 0.0806, within(1e-6));
    assertThat(e.total().amount())
        .isCloseTo(
            e.hardware().amount() + e.interconnect().amount() + e.energy().amount(), within(1e-6));
    // energy is a few percent of the amortised cost, as the paper reports (2-6 %)
    assertThat(e.energy().amount() / e.total().amount()).isBetween(0.02, 0.06);
    assertThat(e.formula()).contains("ln 10 / 8766 h").contains("PUE 1.1");
  }

  @Test
  void test_evaluate_epochValueDeclinesWithAge() {
    AmortisedHardware fresh = epochH100(30_000);
    AmortisedHardware yearOld = copy(fresh).withAgeYears(1);
    assertThat(yearOld.valueAtTrainingStart().amount() / 30_000)
        .isCloseTo(Math.pow(10, -0.14), within(1e-12))
        .isCloseTo(0.7244, within(1e-4));
    TrainingCost a =
        engine.evaluate(run(H100).gpus(8).reportedGpuHours(1000).amortisedHardware(fresh).build());
    TrainingCost b =
        engine.evaluate(
            run(H100).gpus(8).reportedGpuHours(1000).amortisedHardware(yearOld).build());
    assertThat(
            b.amortisedCost().get().hardware().amount()
                / a.amortisedCost().get().hardware().amount())
        .isCloseTo(0.7244, within(1e-4));
    assertThat(b.amortisedCost().get().energy()).isEqualTo(a.amortisedCost().get().energy());
  }

  /**
   * Epoch AI's published amortised cost of Llama 2-70B, USD 1,102,561.19 in 2024-12 dollars ({@code
   * model_costs.csv} of {@code epoch-research/training-cost-trends}), reproduced by Epoch's own
   * dating: DGX A100 price / 8 (2020-05-21), acquired at the A100 80GB's release 2020-11-16 + 90
   * days, training from 2023-07-18 - 1,728 h - 60 days, 1,720,320 chip-hours, Meta's PUE 1.1, 2023
   * electricity, PPI 119.349 / 118.355. Worked by hand in docs/model.md §12.4.
   */
  @Test
  void test_epochRun_llama2_70bReproducesEpochsEstimate() {
    EpochRun run =
        EpochRun.builder()
            .accelerator(Fixtures.CATALOG.accelerator("a100-sxm4-80gb"))
            .organisation("Meta AI")
            .publicationDate(java.time.LocalDate.of(2023, 7, 18))
            .trainingHours(1728)
            .build();
    AmortisedHardware a = AmortisedHardware.epoch(run);
    assertThat(a.ageYears()).isCloseTo(752 / 365.25, within(1e-12));
    assertThat(a.serverPowerRatio()).isEqualTo(2.03125);
    assertThat(a.pue()).isEqualTo(1.1);
    assertThat(a.electricityPricePerKwh()).isEqualTo(0.0806);
    TrainingCost c =
        engine.evaluate(
            run(Fixtures.CATALOG.accelerator("a100-sxm4-80gb"))
                .gpus(1000)
                .reportedGpuHours(1_720_320)
                .amortisedHardware(a)
                .build());
    AmortisedCost e = c.amortisedCost().orElseThrow();
    assertThat(e.hardware().amount()).isCloseTo(810_351.90, within(0.01));
    assertThat(e.interconnect().amount()).isCloseTo(190_082.54, within(0.01));
    assertThat(e.energy().amount()).isCloseTo(92_944.05, within(0.01));
    assertThat(e.total().amount()).isCloseTo(1_093_378.50, within(0.01));
    assertThat(e.constantDollarTotal().amount()).isCloseTo(1_102_561.1942339484, within(1e-6));
    assertThat(e.dollarBasis()).startsWith("2024-12 USD (PPI PCU518210518210");
    assertThat(e.formula()).contains("acquired 2021-02-14").contains("training started 2023-03-08");
  }

  /**
   * Epoch's GPT-4 estimate, USD 40,695,706.40 (2024-12), with its fixed training start (2022-08-15
   * - 2,280 h).
   */
  @Test
  void test_epochRun_gpt4ReproducesEpochsEstimate() {
    EpochRun run =
        EpochRun.builder()
            .accelerator(Fixtures.CATALOG.accelerator("a100-sxm4-40gb"))
            .organisation("OpenAI")
            .publicationDate(java.time.LocalDate.of(2023, 3, 15))
            .trainingHours(2280)
            .trainingStart(java.time.LocalDate.of(2022, 5, 12))
            .build();
    TrainingCost c =
        engine.evaluate(
            run(Fixtures.CATALOG.accelerator("a100-sxm4-40gb"))
                .gpus(25_000)
                .reportedGpuHours(25_000 * 2280.0)
                .amortisedHardware(AmortisedHardware.epoch(run))
                .build());
    AmortisedCost e = c.amortisedCost().orElseThrow();
    assertThat(e.total().amount()).isCloseTo(40_155_933.94, within(0.01));
    assertThat(e.constantDollarTotal().amount()).isCloseTo(40_695_706.40, within(0.01));
  }

  @Test
  void test_epochRun_outsideEpochsTablesRefused() {
    assertThatThrownBy(
            () ->
                AmortisedHardware.epoch(
                    EpochRun.builder()
                        .accelerator(Fixtures.CATALOG.accelerator("mi300x"))
                        .organisation("x")
                        .publicationDate(java.time.LocalDate.of(2024, 7, 1))
                        .trainingHours(100)
                        .build()))
        .hasMessageStartingWith("accelerator must be an A100 or H100")
        .hasMessageEndingWith("but was 'mi300x'");
    assertThatThrownBy(
            () ->
                AmortisedHardware.epoch(
                    EpochRun.builder()
                        .accelerator(Fixtures.CATALOG.accelerator("h100-sxm5"))
                        .organisation("x")
                        .publicationDate(java.time.LocalDate.of(2021, 7, 1))
                        .trainingHours(100)
                        .build()))
        .hasMessageStartingWith(
            "publicationDate (month) must be a month of flopex's copy of Epoch's PPI series");
  }

  /**
   * Goodput: with an MFU the hours paid for are the useful hours / goodput; the cluster's inputs
   * apply to the run's job size.
   */
  @Test
  void test_evaluate_goodputRaisesThePaidHours() {
    ClusterResult cluster = engine.evaluate(Fixtures.h100Cluster(2048), FinancialTerms.of(5, 0.8));
    TrainingCost c =
        engine.evaluate(
            run(H100).gpus(16_384).totalFlops(3.8e25).mfu(0.4).ownCluster(cluster).build());
    // Llama 3 rate, 10 s checkpoints and 15-minute restarts on 16,384 GPUs: 1 - sqrt(2 C λ) - λ R
    double lambda = 19.73e-6 * 16_384;
    double expected = 1 - Math.sqrt(2 * (0.1667 / 60) * lambda) - lambda * 0.25;
    assertThat(c.goodput()).isCloseTo(expected, within(1e-12));
    assertThat(c.gpuHours()).isCloseTo(c.usefulGpuHours() / expected, within(1e-6));
    assertThat(c.ownClusterCost().orElseThrow().amount())
        .isCloseTo(c.gpuHours() * cluster.costPerGpuHour().amount(), within(1e-3));
    assertThat(c.goodputBasis()).contains("for a job on 16384 GPUs");
    TrainingCost none = engine.evaluate(run(H100).gpus(16_384).totalFlops(3.8e25).mfu(0.4).build());
    assertThat(none.goodput()).isEqualTo(1.0);
    assertThat(none.goodputBasis()).startsWith("goodput 1: no interruptions modelled");
  }

  // ------------------------------------------------------------------------------------------
  // bad input

  @Test
  void test_build_badInput() {
    assertThatThrownBy(() -> run(H100).gpus(8).totalFlops(1e24).mfu(1.2).build())
        .hasMessage("mfu must be in (0, 1] but was 1.2");
    assertThatThrownBy(() -> run(H100).gpus(8).totalFlops(1e24).mfu(0).build())
        .hasMessage("mfu must be in (0, 1] but was 0");
    assertThatThrownBy(() -> run(H100).gpus(8).totalFlops(1e24).mfu(Double.NaN).build())
        .hasMessage("mfu must be finite but was NaN");
    assertThatThrownBy(() -> run(H100).gpus(0).totalFlops(1e24).mfu(0.4).build())
        .hasMessage("gpus must be > 0 but was 0");
    assertThatThrownBy(() -> run(H100).gpus(8).totalFlops(-1).mfu(0.4).build())
        .hasMessage("totalFlops must be > 0 FLOP but was -1 FLOP");
    assertThatThrownBy(
            () -> run(H100).gpus(8).totalFlops(Double.POSITIVE_INFINITY).mfu(0.4).build())
        .hasMessage("totalFlops must be finite but was Infinity FLOP");
    assertThatThrownBy(() -> run(H100).gpus(8).activeParameters(7e9).mfu(0.4).build())
        .hasMessage(
            "tokens must be given together with activeParameters (FLOPs = 6 x N x D) but was missing");
    assertThatThrownBy(
            () ->
                run(H100)
                    .gpus(8)
                    .totalFlops(1e24)
                    .activeParameters(7e9)
                    .tokens(1e12)
                    .mfu(0.4)
                    .build())
        .hasMessage(
            "totalFlops must be absent when activeParameters and tokens are given (give the compute one way) but was 1E+24 FLOP");
    assertThatThrownBy(() -> run(H100).gpus(8).activeParameters(0).tokens(1e12).mfu(0.4).build())
        .hasMessage("activeParameters must be > 0 but was 0");
    assertThatThrownBy(() -> run(H100).gpus(8).totalFlops(1e24).build())
        .hasMessage("mfu must be given (or reportedGpuHours) but was missing");
    assertThatThrownBy(
            () -> run(H100).gpus(8).totalFlops(1e24).mfu(0.4).reportedGpuHours(10).build())
        .hasMessage(
            "mfu must be absent when reportedGpuHours is given (the MFU is then implied) but was 0.4");
    assertThatThrownBy(() -> run(H100).gpus(8).mfu(0.4).build())
        .hasMessage(
            "totalFlops must be given (or activeParameters and tokens) to compute GPU-hours from mfu but was missing");
    assertThatThrownBy(() -> run(H100).gpus(8).reportedGpuHours(-5).build())
        .hasMessage("reportedGpuHours must be > 0 GPU-hours but was -5 GPU-hours");
    assertThatThrownBy(() -> run(H100, Precision.FP4).gpus(8).totalFlops(1e24).mfu(0.4).build())
        .hasMessage("precision must have a dense figure for h100-sxm5 but was fp4");
    assertThatThrownBy(
            () ->
                run(H100)
                    .gpus(8)
                    .totalFlops(1e24)
                    .mfu(0.4)
                    .rentalPricePerGpuHour(Money.usd(-1))
                    .build())
        .hasMessage("rentalPricePerGpuHour must be >= 0 USD/GPU-hour but was -1 USD/GPU-hour");
    assertThatThrownBy(
            () -> run(H100).gpus(8).activeParameters(1e200).tokens(1e200).mfu(0.4).build())
        .hasMessage(
            "flops must be finite for 6 x activeParameters 1E+200 x tokens 1E+200 but was Infinity");
    assertThatThrownBy(() -> copy(epochH100(1)).withInterconnectFraction(1))
        .hasMessage(
            "interconnectFraction must be < 1 (it is a share of total cluster cost) but was 1");
    assertThatThrownBy(() -> copy(epochH100(1)).withPue(0.9))
        .hasMessage("pue must be >= 1 but was 0.9");
    assertThatThrownBy(() -> run(H100).gpus(8).totalFlops(1e24).mfu(0.4).goodput(1.5).build())
        .hasMessage("goodput must be in (0, 1] but was 1.5");
  }

  @Test
  void test_evaluate_reportedHoursTooFewForFlops() {
    // 1e24 FLOP at 989.5 TFLOP/s take at least 280,725 GPU-hours
    assertThatThrownBy(
            () ->
                engine.evaluate(run(H100).gpus(8).totalFlops(1e24).reportedGpuHours(1000).build()))
        .hasMessageStartingWith("reportedGpuHours must be >= 280725.39")
        .hasMessageContaining(
            "the time 1E+24 FLOP take at 100% of the h100-sxm5 bf16 dense peak (implied MFU would be 280.")
        .hasMessageEndingWith(" but was 1000 GPU-hours");
  }

  @Test
  void test_evaluate_overflowRefusedWithInputs() {
    assertThatThrownBy(
            () -> engine.evaluate(run(H100).gpus(8).totalFlops(1e300).mfu(1e-300).build()))
        .hasMessageStartingWith("gpuHours must be finite for flops 1E+300");
  }
}
