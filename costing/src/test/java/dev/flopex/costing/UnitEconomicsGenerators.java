package dev.flopex.costing;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.Precision;
import dev.flopex.core.money.Money;
import dev.flopex.costing.economics.ImmutableInferenceWorkload;
import dev.flopex.costing.economics.InferenceWorkload;
import dev.flopex.costing.economics.TrainingRun;
import dev.flopex.costing.economics.WorkloadAllocation;
import dev.flopex.costing.economics.WorkloadUse;
import dev.flopex.costing.internal.UnitEconomics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Shared QuickTheories generators for the unit-economics models (training, inference, rental,
 * allocation). Each mixes in its edges on purpose (MFU and utilisation of exactly 1 and near 0, one
 * GPU, a million GPUs, prices of 0 and near 0, no KV cache, a batch that fills memory), and {@code
 * UnitEconomicsGeneratorsTest} checks they are reached.
 */
final class UnitEconomicsGenerators {
  /** Edge MFU / utilisation / efficiency values. */
  static final List<Double> FRACTION_EDGES = List.of(1.0, 1e-6, 0.5);

  /** Edge prices per GPU-hour. */
  static final List<Double> PRICE_EDGES = List.of(0.0, 1e-9, 1_000.0);

  /** Edge GPU counts. */
  static final List<Long> GPU_EDGES = List.of(1L, 1_000_000L);

  private UnitEconomicsGenerators() {}

  /** Edge utilisations: the whole range the engine accepts, [0.001, 1]. */
  static final List<Double> UTILISATION_EDGES = List.of(1.0, FinancialTerms.MIN_UTILISATION, 0.5);

  /** A utilisation in [0.001, 1], a fifth of the time one of {@link #UTILISATION_EDGES}. */
  static Gen<Double> utilisation() {
    return doubles()
        .between(FinancialTerms.MIN_UTILISATION, 1.0)
        .mix(Generate.pick(UTILISATION_EDGES), 20);
  }

  /** A value in (0, 1], a fifth of the time one of {@link #FRACTION_EDGES}. */
  static Gen<Double> fraction() {
    return doubles().between(1e-6, 1.0).mix(Generate.pick(FRACTION_EDGES), 20);
  }

  /** A price per GPU-hour in [0, 1000] USD, a fifth of the time one of {@link #PRICE_EDGES}. */
  static Gen<Double> price() {
    return doubles().between(0, 1_000).mix(Generate.pick(PRICE_EDGES), 20);
  }

  /** A strictly positive price per GPU-hour (for laws that need revenue). */
  static Gen<Double> positivePrice() {
    return doubles().between(1e-6, 1_000).mix(Generate.pick(List.of(1e-9, 1_000.0)), 20);
  }

  /** A GPU count in [1, 1e6], a fifth of the time 1 or a million. */
  static Gen<Long> gpus() {
    return longs().between(1, 1_000_000).mix(Generate.pick(GPU_EDGES), 20);
  }

  /** Log-uniform in [lo, hi]. */
  static Gen<Double> logUniform(double lo, double hi) {
    return doubles().between(Math.log10(lo), Math.log10(hi)).map(e -> Math.pow(10, e));
  }

  /** Training compute from 1e15 FLOP (a toy) to 1e28 FLOP (beyond any run so far). */
  static Gen<Double> flops() {
    return logUniform(1e15, 1e28);
  }

  /** Catalog accelerators with a BF16 dense figure, a memory bandwidth and a TDP. */
  static List<Accelerator> modelAccelerators() {
    return Fixtures.CATALOG.accelerators(
        a ->
            a.dense(Precision.BF16).isPresent()
                && a.memory().bandwidth().isPresent()
                && a.tdp().isPresent());
  }

  /** One of {@link #modelAccelerators()}. */
  static Gen<Accelerator> accelerator() {
    return Generate.pick(modelAccelerators());
  }

  /** A training run given by FLOPs and MFU, priced at a rental price. */
  static Gen<TrainingRun> trainingRun() {
    Gen<TrainingRun> g =
        in ->
            TrainingRun.builder()
                .name("generated")
                .accelerator(accelerator().generate(in))
                .precision(Precision.BF16)
                .gpus(gpus().generate(in))
                .totalFlops(flops().generate(in))
                .mfu(fraction().generate(in))
                .rentalPricePerGpuHour(Money.usd(price().generate(in)))
                .build();
    return g.describedAs(
        r ->
            "TrainingRun["
                + r.accelerator().id()
                + " "
                + r.precision().key()
                + ", gpus "
                + r.gpus()
                + ", flops "
                + r.totalFlops().getAsDouble()
                + ", mfu "
                + r.mfu().getAsDouble()
                + ", price "
                + r.rentalPricePerGpuHour().get()
                + "]");
  }

  /** A short description of a workload for failure reports (the accelerator's own text is long). */
  static String describe(InferenceWorkload w) {
    return "InferenceWorkload["
        + w.accelerator().id()
        + " "
        + w.precision().key()
        + ", active "
        + w.activeParameters()
        + ", total "
        + w.totalParameters()
        + ", bytes/param "
        + w.bytesPerParameter()
        + ", kv/token "
        + w.kvCacheBytesPerToken()
        + ", context "
        + w.contextLength()
        + ", batch "
        + w.batchSize()
        + ", tp "
        + w.tensorParallel()
        + ", eff "
        + w.computeEfficiency()
        + "/"
        + w.memoryEfficiency()
        + ", cost "
        + w.costPerGpuHour()
        + "]";
  }

  /**
   * Two decoding workloads of one model that differ only in batch size ({@code small <= large});
   * both fit in memory.
   */
  record BatchPair(InferenceWorkload small, InferenceWorkload large) {}

  /** A workload and the largest batch that fits with it. */
  record Sized(InferenceWorkload workload, long maxBatch) {}

  /** A decoding workload whose weights and KV cache fit, with its largest fitting batch. */
  static Gen<Sized> fittingWorkload() {
    Gen<Sized> g =
        in -> {
          Accelerator acc = accelerator().generate(in);
          double capacity = UnitEconomics.memoryCapacityBytes(acc);
          double active = logUniform(1e8, 1e12).generate(in);
          double total =
              active * doubles().between(1, 20).mix(Generate.pick(List.of(1.0)), 30).generate(in);
          double bytes = Generate.pick(List.of(0.5, 1.0, 2.0, 4.0)).generate(in);
          double weights = total * bytes;
          // the fewest GPUs that hold the weights with at least 10% to spare, times 1, 2 or 4
          int n =
              (int) Math.ceil(weights / (0.9 * capacity))
                  * Generate.pick(List.of(1, 2, 4)).generate(in);
          double free = n * capacity - weights;
          long context =
              longs()
                  .between(1, 131_072)
                  .mix(Generate.pick(List.of(1L, 131_072L)), 20)
                  .generate(in);
          // one sequence's KV cache as a fraction of the free memory; 0 = no KV cache
          double x =
              doubles().between(0, 0.999).mix(Generate.pick(List.of(0.0, 0.999)), 20).generate(in);
          double kvPerToken = x * free / context;
          long maxBatch =
              x == 0
                  ? 100_000
                  : Math.max(
                      1,
                      Math.min(
                          100_000, (long) Math.floor(free / (kvPerToken * context) * (1 - 1e-9))));
          InferenceWorkload w =
              InferenceWorkload.builder()
                  .name("generated")
                  .accelerator(acc)
                  .precision(Precision.BF16)
                  .activeParameters(active)
                  .totalParameters(total)
                  .bytesPerParameter(bytes)
                  .kvCacheBytesPerToken(kvPerToken)
                  .contextLength(context)
                  .batchSize(longs().between(1, maxBatch).generate(in))
                  .tensorParallel(n)
                  .computeEfficiency(fraction().generate(in))
                  .memoryEfficiency(fraction().generate(in))
                  .costPerGpuHour(Money.usd(price().generate(in)))
                  .build();
          return new Sized(w, maxBatch);
        };
    return g.describedAs(s -> describe(s.workload()) + " maxBatch " + s.maxBatch());
  }

  /**
   * Two batch sizes of one fitting workload, the second at least the first; a fifth of the time the
   * larger fills memory.
   */
  static Gen<BatchPair> batchPair() {
    Gen<BatchPair> g =
        in -> {
          Sized s = fittingWorkload().generate(in);
          long b1 = s.workload().batchSize();
          long b2 =
              longs()
                  .between(b1, s.maxBatch())
                  .mix(Generate.constant(s.maxBatch()), 20)
                  .generate(in);
          return new BatchPair(
              s.workload(), ((ImmutableInferenceWorkload) s.workload()).withBatchSize(b2));
        };
    return g.describedAs(p -> describe(p.small()) + " vs batch " + p.large().batchSize());
  }

  private static final List<ClusterResult> CLUSTERS = new ArrayList<>();

  /**
   * A few costed H100 clusters (1, 16 and 100 servers; 1-, 3- and 6-year horizons; colocation,
   * owned, debt).
   */
  static synchronized List<ClusterResult> clusters() {
    if (CLUSTERS.isEmpty()) {
      CostEngine e = CostEngine.create();
      CLUSTERS.add(e.evaluate(Fixtures.h100Cluster(1), FinancialTerms.of(1, 1.0)));
      CLUSTERS.add(e.evaluate(Fixtures.h100Cluster(16), FinancialTerms.of(3, 0.7)));
      CLUSTERS.add(
          e.evaluate(
              Fixtures.copy(Fixtures.h100Cluster(100))
                  .withSite(Site.of(Regions.get("us-texas"), Facility.OWNED))
                  .withAssumptions(AssumptionSets.get("hyperscaler"))
                  .withPurchaseDate(LocalDate.of(2024, 9, 1)),
              FinancialTerms.of(6, 0.8)));
      CLUSTERS.add(
          e.evaluate(
              Fixtures.h100Cluster(100),
              FinancialTerms.builder()
                  .horizonYears(5)
                  .utilisation(0.8)
                  .financing(Financing.DEBT)
                  .debtRate(0.1)
                  .debtTenorYears(4)
                  .build()));
    }
    return CLUSTERS;
  }

  /** One of {@link #clusters()}. */
  static Gen<ClusterResult> cluster() {
    Gen<ClusterResult> g = in -> Generate.pick(clusters()).generate(in);
    return g.describedAs(
        c ->
            "ClusterResult["
                + c.cluster().name()
                + ", "
                + c.terms().horizonYears()
                + " years, "
                + c.terms().financing()
                + "]");
  }

  /** A rental price-change rate per year in [-0.5, 0.2], sometimes exactly 0. */
  static Gen<Double> priceChange() {
    return doubles().between(-0.5, 0.2).mix(Generate.constant(0.0), 30);
  }

  /**
   * An allocation of up to 6 uses whose shares sum to a total in [0, 1] (often exactly 1 or 0), of
   * a TCO from 0 to 1e12 USD (sometimes 0), over 1 to 50 years.
   */
  static Gen<WorkloadAllocation> allocation() {
    Gen<WorkloadAllocation> g =
        in -> {
          int count = integers().between(0, 6).generate(in);
          double target =
              doubles().between(0, 1).mix(Generate.pick(List.of(0.0, 1.0)), 30).generate(in);
          double[] w = new double[count];
          double sum = 0;
          for (int i = 0; i < count; i++) {
            w[i] = doubles().between(1e-6, 1).generate(in);
            sum += w[i];
          }
          List<WorkloadUse> uses = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            uses.add(
                WorkloadUse.of(
                    "use-" + i, Math.min(1, target * w[i] / sum), fraction().generate(in)));
          }
          double tco = logUniform(1, 1e12).mix(Generate.constant(0.0), 10).generate(in);
          return WorkloadAllocation.builder()
              .totalCost(Money.usd(tco))
              .gpus(
                  longs()
                      .between(1, 10_000_000)
                      .mix(Generate.pick(List.of(1L, 10_000_000L)), 20)
                      .generate(in))
              .horizonYears(integers().between(1, 50).generate(in))
              .addAllUses(uses)
              .build();
        };
    return g.describedAs(
        a ->
            "WorkloadAllocation["
                + a.totalCost()
                + ", gpus "
                + a.gpus()
                + ", "
                + a.horizonYears()
                + " years, "
                + a.uses()
                + "]");
  }
}
