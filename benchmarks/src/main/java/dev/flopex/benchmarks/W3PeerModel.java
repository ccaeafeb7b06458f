package dev.flopex.benchmarks;

import dev.flopex.core.random.CorrelatedSampler;
import dev.flopex.core.random.Distribution;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.costing.BomLine;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CompiledCluster;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.analysis.UncertainInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes W3's model for the numpy peer ({@code benchmarks/peers/w3_numpy.py}) as JSON on stdout:
 * the eight uncertain inputs, every default input by path, the bill of materials with each line's
 * price path, the power figures at maximum, and flopex's own cost per GPU-hour for the first
 * samples (exact and tabulated quantiles), which the peer must reproduce to 1e-9 relative.
 * Everything comes from the public API: the compiled kernel, the object model and the sampler.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.flopex.benchmarks.W3PeerModel}
 */
public final class W3PeerModel {
  private W3PeerModel() {}

  /** Samples whose outputs the peer checks. */
  static final int CHECKED_SAMPLES = 4096;

  /**
   * Prints the model.
   *
   * @param args none
   */
  public static void main(String[] args) {
    MonteCarloBenchmark b = new MonteCarloBenchmark();
    b.samples = 1_000_000;
    b.quantiles = "EXACT";
    b.setUp();
    MonteCarloSpec spec = b.spec();
    var cluster = Workloads.w1Cluster();
    var terms = Workloads.w1Terms();
    CompiledCluster k = CostEngine.create().compile(cluster, terms);
    ClusterResult r = CostEngine.create().evaluate(cluster, terms);
    StringBuilder out = new StringBuilder("{\n");
    out.append("  \"seed\": ").append(spec.seed()).append(",\n");
    out.append("  \"samples\": ").append(spec.samples()).append(",\n");
    out.append("  \"percentiles\": ").append(spec.percentiles()).append(",\n");
    out.append("  \"inputs\": [\n");
    List<String> rows = new ArrayList<>();
    for (UncertainInput in : spec.inputs()) {
      rows.add(
          "    {\"path\": \""
              + in.path()
              + "\", \"distribution\": \""
              + in.distribution().describe()
              + "\"}");
    }
    out.append(String.join(",\n", rows)).append("\n  ],\n");
    out.append("  \"defaults\": {\n");
    rows.clear();
    double[] d = k.defaults();
    List<String> names = k.inputs();
    for (int i = 0; i < d.length; i++) {
      rows.add("    \"" + names.get(i) + "\": " + num(d[i]));
    }
    out.append(String.join(",\n", rows)).append("\n  },\n");
    out.append("  \"bom\": [\n");
    rows.clear();
    for (BomLine l : r.billOfMaterials()) {
      String path = "prices." + l.item();
      rows.add(
          "    {\"component\": \""
              + l.component().name()
              + "\", \"item\": \""
              + l.item()
              + "\", \"quantity\": "
              + num(l.quantity())
              + ", \"price_path\": "
              + (names.contains(path) ? "\"" + path + "\"" : "null")
              + ", \"unit_price\": "
              + num(l.unitPrice().amount())
              + "}");
    }
    out.append(String.join(",\n", rows)).append("\n  ],\n");
    var c = r.capacity();
    double load = load(d, names);
    out.append("  \"power\": {\n")
        .append("    \"gpus\": ")
        .append(c.gpus())
        .append(",\n    \"servers\": ")
        .append(c.servers())
        .append(",\n    \"gpu_kw_at_max\": ")
        .append(num(c.gpuPower().in(PowerUnit.KILOWATTS) / load))
        .append(",\n    \"server_overhead_kw_at_max\": ")
        .append(num(c.serverOverheadPower().in(PowerUnit.KILOWATTS) / load))
        .append(",\n    \"network_kw\": ")
        .append(num(c.networkPower().in(PowerUnit.KILOWATTS)))
        .append(",\n    \"storage_kw\": ")
        .append(num(c.storagePower().in(PowerUnit.KILOWATTS)))
        .append(",\n    \"contracted_it_kw\": ")
        .append(num(c.contractedItPower().in(PowerUnit.KILOWATTS)))
        .append("\n  },\n");
    out.append("  \"checked_samples\": {\n");
    for (String method : List.of("EXACT", "TABULATED")) {
      List<Distribution> marginals = new ArrayList<>();
      int[] slots = new int[spec.inputs().size()];
      for (int i = 0; i < slots.length; i++) {
        Distribution m = spec.inputs().get(i).distribution();
        marginals.add(method.equals("TABULATED") ? m.tabulated() : m);
        slots[i] = k.slot(spec.inputs().get(i).path());
      }
      CorrelatedSampler sampler = CorrelatedSampler.independent(marginals);
      double[] x = new double[slots.length];
      CompiledCluster.Evaluation e = k.newEvaluation();
      rows.clear();
      for (int s = 0; s < CHECKED_SAMPLES; s++) {
        double[] p = k.defaults();
        sampler.sample(spec.seed(), s, x);
        for (int i = 0; i < slots.length; i++) {
          p[slots[i]] = x[i];
        }
        k.evaluate(p, e);
        rows.add(num(e.costPerGpuHour()));
      }
      out.append("    \"")
          .append(method)
          .append("\": [")
          .append(String.join(", ", rows))
          .append(method.equals("EXACT") ? "],\n" : "]\n");
    }
    out.append("  }\n}\n");
    System.out.print(out);
  }

  /** The load fraction at the defaults: idle + (busy - idle) x utilisation. */
  private static double load(double[] d, List<String> names) {
    double idle = d[names.indexOf("assumptions.idle_power_fraction")];
    double busy = d[names.indexOf("assumptions.busy_power_fraction")];
    return idle + (busy - idle) * d[names.indexOf("terms.utilisation")];
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.17g", v);
  }
}
