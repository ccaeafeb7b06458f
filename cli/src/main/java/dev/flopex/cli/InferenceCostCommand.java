package dev.flopex.cli;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.Precision;
import dev.flopex.core.money.Money;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.economics.InferenceCost;
import dev.flopex.costing.economics.InferenceWorkload;
import dev.flopex.report.InferenceReport;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flopex inference-cost}: roofline throughput and cost per million tokens of LLM decoding.
 */
@Command(
    name = "inference-cost",
    sortOptions = false,
    description = {
      "Cost LLM decoding by the roofline model (docs/model.md section 13): each step generates one token per sequence of "
          + "the batch, needs 2 x active parameters FLOP per token and reads every weight plus the batch's KV cache; the "
          + "step takes the longer of compute and memory time. Prints tokens per second per GPU and the cost per million "
          + "tokens.",
      "The GPU-hour is priced by --cost-per-gpu-hour, or by a fleet cluster's economic cost per GPU-hour used (--fleet, "
          + "--cluster), printed with the cluster's basis lines."
    },
    footer = {
      "",
      "Examples:",
      "  flopex inference-cost --accelerator h100-sxm5 --active-params 70e9 --layers 80 --kv-heads 8 --head-dim 128 \\",
      "      --context 4096 --batch 32 --tensor-parallel 4 --compute-efficiency 0.5 --memory-efficiency 0.8 --cost-per-gpu-hour 2.5",
      "  flopex inference-cost --fleet examples/fleets/h100-neocloud.yaml --active-params 8e9 --kv-bytes-per-token 131072 \\",
      "      --context 8192 --batch 64 --compute-efficiency 0.5 --memory-efficiency 0.8"
    })
final class InferenceCostCommand implements Callable<Integer> {
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("inferenceWorkload.name", "--name"),
          Map.entry("activeParameters", "--active-params"),
          Map.entry("totalParameters", "--total-params"),
          Map.entry("bytesPerParameter", "--bytes-per-param"),
          Map.entry("kvCacheBytesPerToken", "--kv-bytes-per-token"),
          Map.entry("layers", "--layers"),
          Map.entry("kvHeads", "--kv-heads"),
          Map.entry("headDim", "--head-dim"),
          Map.entry("bytesPerValue", "--kv-bytes-per-value"),
          Map.entry("contextLength", "--context"),
          Map.entry("batchSize", "--batch"),
          Map.entry("tensorParallel", "--tensor-parallel"),
          Map.entry("computeEfficiency", "--compute-efficiency"),
          Map.entry("memoryEfficiency", "--memory-efficiency"),
          Map.entry("costPerGpuHour", "--cost-per-gpu-hour"),
          Map.entry("precision", "--precision"),
          Map.entry("memoryNeeded", "memory needed"));

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      defaultValue = "inference",
      description = "A name for the workload (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(
      names = "--accelerator",
      paramLabel = "ID",
      description = "The accelerator, e.g. h100-sxm5 (default: the --fleet cluster's).")
  String accelerator;

  @Option(
      names = "--precision",
      paramLabel = "P",
      defaultValue = "bf16",
      description =
          "Precision of the matrix multiplications; its dense peak is used (default: ${DEFAULT-VALUE}).")
  String precision;

  @Option(
      names = "--active-params",
      paramLabel = "N",
      required = true,
      description = "Parameters active per token (all of them for a dense model), e.g. 70e9.")
  String activeParams;

  @Option(
      names = "--total-params",
      paramLabel = "N",
      description =
          "All parameters held in memory and read each step (default: --active-params; give it for mixture-of-experts models).")
  String totalParams;

  @Option(
      names = "--bytes-per-param",
      paramLabel = "B",
      description = "Bytes per stored parameter (default: the precision's width, 2 for bf16).")
  String bytesPerParam;

  @Option(
      names = "--kv-bytes-per-token",
      paramLabel = "B",
      description =
          "KV cache per token of context, bytes, all layers; or give --layers, --kv-heads and --head-dim.")
  String kvBytesPerToken;

  @Option(
      names = "--layers",
      paramLabel = "L",
      description =
          "Transformer layers, for KV bytes = 2 x layers x kv-heads x head-dim x kv-bytes-per-value.")
  String layers;

  @Option(
      names = "--kv-heads",
      paramLabel = "H",
      description = "Key/value heads per layer (KV groups with grouped-query attention).")
  String kvHeads;

  @Option(names = "--head-dim", paramLabel = "D", description = "Dimension per head.")
  String headDim;

  @Option(
      names = "--kv-bytes-per-value",
      paramLabel = "B",
      defaultValue = "2",
      description = "Bytes per cached element (default: ${DEFAULT-VALUE}, BF16).")
  String kvBytesPerValue;

  @Option(
      names = "--context",
      paramLabel = "TOKENS",
      required = true,
      description = "Context held in the KV cache per sequence, tokens.")
  String context;

  @Option(
      names = "--batch",
      paramLabel = "N",
      required = true,
      description = "Sequences decoded together.")
  String batch;

  @Option(
      names = "--tensor-parallel",
      paramLabel = "N",
      defaultValue = "1",
      description = "GPUs the model is sharded across (default: ${DEFAULT-VALUE}).")
  String tensorParallel;

  @Option(
      names = "--compute-efficiency",
      paramLabel = "E",
      required = true,
      description = "Achieved fraction of the dense compute peak, in (0, 1].")
  String computeEfficiency;

  @Option(
      names = "--memory-efficiency",
      paramLabel = "E",
      required = true,
      description = "Achieved fraction of the peak memory bandwidth, in (0, 1].")
  String memoryEfficiency;

  @Option(
      names = "--cost-per-gpu-hour",
      paramLabel = "USD",
      description = "The cost of one GPU-hour (a rental price).")
  String costPerGpuHour;

  @Option(
      names = "--fleet",
      paramLabel = "FILE",
      description =
          "Price the GPU-hour at this fleet file's cluster's economic cost per GPU-hour used (the headline).")
  String fleet;

  @Option(
      names = "--cluster",
      paramLabel = "NAME",
      description = "With --fleet: the cluster (needed when the fleet has several).")
  String cluster;

  @Mixin AnyFormat format;

  @Override
  public Integer call() {
    Format f = format.get();
    Context ctx = FlopexCommand.context(spec);
    Opts.exactlyOne("--cost-per-gpu-hour or --fleet", costPerGpuHour != null, fleet != null);
    if (cluster != null && fleet == null) {
      throw new ValidationException(
          "--cluster", "'" + cluster + "'", "must come with --fleet FILE");
    }
    boolean shape = layers != null || kvHeads != null || headDim != null;
    if (kvBytesPerToken != null && shape) {
      throw new ValidationException(
          "--kv-bytes-per-token",
          "'" + kvBytesPerToken + "'",
          "must be absent when --layers, --kv-heads and --head-dim are given (give the KV cache one way)");
    }
    if (kvBytesPerToken == null && !(layers != null && kvHeads != null && headDim != null)) {
      throw new ValidationException(
          kvBytesPerToken == null && !shape
              ? "--kv-bytes-per-token"
              : layers == null ? "--layers" : kvHeads == null ? "--kv-heads" : "--head-dim",
          null,
          "must be given (the KV cache per token: --kv-bytes-per-token, or --layers, --kv-heads and --head-dim)");
    }
    ClusterResult own =
        fleet == null ? null : Fleets.cluster(ctx, fleet, cluster, CostEngine.create());
    Accelerator acc;
    if (accelerator != null) {
      acc = ctx.catalog().accelerator(accelerator.strip());
    } else if (own != null) {
      acc = own.cluster().system().accelerator();
    } else {
      throw new ValidationException(
          "--accelerator", null, "must be given (or --fleet, to use its cluster's accelerator)");
    }
    if (own != null && !own.cluster().system().accelerator().id().equals(acc.id())) {
      throw new ValidationException(
          "--accelerator",
          acc.id(),
          "must be the --fleet cluster's accelerator "
              + own.cluster().system().accelerator().id()
              + " (its cost per GPU-hour is for those GPUs)");
    }
    Precision p = Opts.renaming("precision", "--precision", () -> Precision.fromKey(precision));
    double kv =
        kvBytesPerToken != null
            ? Opts.nonNegative("--kv-bytes-per-token", kvBytesPerToken)
            : Opts.renaming(
                FIELDS,
                () ->
                    InferenceWorkload.kvCacheBytesPerToken(
                        (int) Opts.count("--layers", layers, 100_000),
                        (int) Opts.count("--kv-heads", kvHeads, 100_000),
                        (int) Opts.count("--head-dim", headDim, 100_000),
                        Opts.positive("--kv-bytes-per-value", kvBytesPerValue)));
    Money perHour =
        own != null
            ? own.costPerGpuHour()
            : Money.usd(Opts.nonNegative("--cost-per-gpu-hour", costPerGpuHour));
    var b =
        InferenceWorkload.builder()
            .name(name)
            .accelerator(acc)
            .precision(p)
            .activeParameters(Opts.positive("--active-params", activeParams))
            .kvCacheBytesPerToken(kv)
            .contextLength(Opts.count("--context", context, 1_000_000_000L))
            .batchSize(Opts.count("--batch", batch, 1_000_000_000L))
            .tensorParallel((int) Opts.count("--tensor-parallel", tensorParallel, 1_000_000))
            .computeEfficiency(Opts.fraction("--compute-efficiency", computeEfficiency))
            .memoryEfficiency(Opts.fraction("--memory-efficiency", memoryEfficiency))
            .costPerGpuHour(perHour);
    if (totalParams != null) {
      b.totalParameters(Opts.positive("--total-params", totalParams));
    }
    if (bytesPerParam != null) {
      b.bytesPerParameter(Opts.positive("--bytes-per-param", bytesPerParam));
    }
    InferenceWorkload w = Opts.renaming(FIELDS, b::build);
    InferenceCost c = Opts.renaming(FIELDS, () -> CostEngine.create().evaluate(w));
    InferenceReport.of(c, own).render(f.report(), ctx.out());
    return 0;
  }
}
