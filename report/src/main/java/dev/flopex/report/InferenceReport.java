package dev.flopex.report;

import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.economics.InferenceCost;
import dev.flopex.costing.economics.InferenceWorkload;
import dev.flopex.report.internal.Facts;
import dev.flopex.report.internal.Fmt;
import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * The cost of serving a model ({@link InferenceCost}) rendered as text, JSON, CSV or Markdown: what
 * {@code flopex inference-cost} prints, so an embedder gets the same bytes.
 *
 * <p>Every format gives the workload (model, accelerator, precision, batch, context, tensor
 * parallelism), the memory and time per step, the throughput, and the cost per million tokens at
 * the given cost per GPU-hour (with the cluster it comes from, if any). Nothing here computes a
 * cost: every figure is {@link InferenceCost}'s.
 *
 * <p>Instances are immutable.
 *
 * @since 0.3
 */
public final class InferenceReport extends TextReport {
  private final InferenceCost cost;
  private final @Nullable ClusterResult own;

  private InferenceReport(InferenceCost cost, @Nullable ClusterResult own) {
    this.cost = cost;
    this.own = own;
  }

  /**
   * Returns the report of an inference workload's cost.
   *
   * @param cost the cost, e.g. {@code CostEngine.create().evaluate(workload)}
   * @param own the cluster whose economic cost per GPU-hour the workload uses, or null if the cost
   *     per GPU-hour was given
   * @return the report
   */
  public static InferenceReport of(InferenceCost cost, @Nullable ClusterResult own) {
    return new InferenceReport(cost, own);
  }

  /** Returns the inference cost this report shows. */
  public InferenceCost cost() {
    return cost;
  }

  /**
   * Returns the title, e.g. {@code inference chat: 8 x h100-sxm5, fp8, batch 64, context 8,192}.
   */
  public String title() {
    InferenceWorkload w = cost.workload();
    return "inference "
        + w.name()
        + ": "
        + w.tensorParallel()
        + " x "
        + w.accelerator().id()
        + ", "
        + w.precision().key()
        + ", batch "
        + Fmt.grouped(w.batchSize())
        + ", context "
        + Fmt.grouped(w.contextLength());
  }

  @Override
  void print(PrintStream out, ReportFormat format) {
    facts(cost, own).print(out, format, title());
  }

  private static Facts facts(InferenceCost c, @Nullable ClusterResult own) {
    InferenceWorkload w = c.workload();
    Facts x = new Facts();
    x.data("name", w.name())
        .add(
            "accelerator",
            "accelerator",
            w.accelerator().id(),
            w.accelerator().id() + " (" + w.accelerator().name() + ")")
        .add("precision", "precision", w.precision().key(), w.precision().key())
        .add("tensor_parallel", "tensor parallel", w.tensorParallel(), w.tensorParallel() + " GPUs")
        .add(
            "active_parameters",
            "active parameters",
            Fmt.json(w.activeParameters()),
            Fmt.sci(w.activeParameters()))
        .add(
            "total_parameters",
            "total parameters",
            Fmt.json(w.totalParameters()),
            Fmt.sci(w.totalParameters()))
        .add(
            "bytes_per_parameter",
            "bytes per parameter",
            Fmt.json(w.bytesPerParameter()),
            Fmt.num(w.bytesPerParameter()))
        .add(
            "kv_cache_bytes_per_token",
            "KV cache per token",
            Fmt.json(w.kvCacheBytesPerToken()),
            Fmt.grouped(w.kvCacheBytesPerToken(), 0) + " B")
        .add(
            "context_tokens",
            "context",
            w.contextLength(),
            Fmt.grouped(w.contextLength()) + " tokens")
        .add("batch_size", "batch", w.batchSize(), Fmt.grouped(w.batchSize()) + " sequences")
        .add(
            "compute_efficiency",
            "compute efficiency",
            Fmt.json(w.computeEfficiency()),
            Fmt.num(w.computeEfficiency()))
        .add(
            "memory_efficiency",
            "memory efficiency",
            Fmt.json(w.memoryEfficiency()),
            Fmt.num(w.memoryEfficiency()));
    x.section("roofline, per decoding step of the tensor-parallel group");
    x.add(
        "flops_per_token",
        "FLOP per token",
        Fmt.json(c.flopsPerToken()),
        Fmt.sci(c.flopsPerToken()) + " (2 x active parameters)");
    x.add("weight_bytes", "weights", Fmt.json(w.weightBytes()), gb(w.weightBytes()));
    x.add("kv_cache_bytes", "KV cache (batch)", Fmt.json(w.kvCacheBytes()), gb(w.kvCacheBytes()));
    x.add(
        "memory_needed_bytes",
        "memory needed",
        Fmt.json(c.memoryNeededBytes()),
        gb(c.memoryNeededBytes()) + " of " + gb(c.memoryAvailableBytes()) + " available");
    x.data("memory_available_bytes", Fmt.json(c.memoryAvailableBytes()));
    x.add("compute_seconds", "compute time", Fmt.json(c.computeSeconds()), ms(c.computeSeconds()));
    x.add("memory_seconds", "memory time", Fmt.json(c.memorySeconds()), ms(c.memorySeconds()));
    x.add(
        "step_seconds",
        "step time",
        Fmt.json(c.stepSeconds()),
        ms(c.stepSeconds()) + " (" + Fmt.words(c.bound()) + "-bound)");
    x.data("bound", Fmt.key(c.bound()));
    x.add(
        "ridge_batch_size",
        "ridge batch size",
        c.ridgeBatchSize().isPresent() ? Fmt.json(c.ridgeBatchSize().getAsDouble()) : null,
        c.ridgeBatchSize().isPresent()
            ? Fmt.grouped(c.ridgeBatchSize().getAsDouble(), 1)
                + " sequences (compute time = memory time)"
            : "none (memory-bound at any batch: the KV cache grows faster than compute)");
    x.section("throughput and cost");
    x.add(
        "tokens_per_second_per_gpu",
        "tokens per second per GPU",
        Fmt.json(c.tokensPerSecondPerGpu()),
        Fmt.grouped(c.tokensPerSecondPerGpu(), 1));
    x.add(
        "tokens_per_gpu_hour",
        "tokens per GPU-hour",
        Fmt.json(c.tokensPerGpuHour()),
        Fmt.grouped(c.tokensPerGpuHour(), 0));
    x.add(
        "cost_usd_per_gpu_hour",
        "cost per GPU-hour",
        Fmt.json(w.costPerGpuHour().amount()),
        "USD "
            + Fmt.grouped(w.costPerGpuHour().amount(), 4)
            + (own == null
                ? " (given)"
                : " (economic cost per GPU-hour used of cluster " + own.cluster().name() + ")"));
    if (own != null) {
      Facts.basis(x, "cluster's basis", own.basis());
    }
    x.add(
        "cost_usd_per_million_tokens",
        "cost per million tokens",
        Fmt.json(c.costPerMillionTokens().amount()),
        "USD " + Fmt.grouped(c.costPerMillionTokens().amount(), 4));
    return x;
  }

  private static String gb(double bytes) {
    return Fmt.grouped(bytes / 1e9, 2) + " GB";
  }

  private static String ms(double seconds) {
    return Fmt.grouped(seconds * 1000, 3) + " ms";
  }

  /** Formats a large number as e.g. {@code 3.2856e24}; plain below a million. */
}
