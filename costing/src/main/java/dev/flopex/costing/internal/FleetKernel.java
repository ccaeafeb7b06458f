package dev.flopex.costing.internal;

import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.CompiledCluster;
import dev.flopex.costing.CompiledFleet;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Fleet;
import dev.flopex.costing.Warning;
import java.util.ArrayList;
import java.util.List;

/** {@link dev.flopex.costing.CompiledFleet} over one {@link ClusterKernel} per cluster. */
public final class FleetKernel implements CompiledFleet {
  private final ClusterKernel[] kernels;
  private final int[] offsets;
  private final List<String> inputs;
  private final double[] defaults;
  private final List<Warning> warnings;

  FleetKernel(Fleet fleet, FinancialTerms terms) {
    kernels = new ClusterKernel[fleet.clusters().size()];
    offsets = new int[kernels.length + 1];
    List<String> names = new ArrayList<>();
    SharedTables tables = new SharedTables(); // clusters of one design read one set of tables
    for (int i = 0; i < kernels.length; i++) {
      Cluster c = fleet.clusters().get(i);
      kernels[i] = ClusterKernel.compile(c, terms, tables);
      offsets[i + 1] = offsets[i] + kernels[i].defaults.length;
      for (String in : kernels[i].inputs()) {
        names.add("clusters." + c.name() + "." + in);
      }
    }
    inputs = List.copyOf(names);
    List<String> clusterNames = new ArrayList<>();
    List<List<Warning>> each = new ArrayList<>();
    for (int i = 0; i < kernels.length; i++) {
      clusterNames.add(fleet.clusters().get(i).name());
      each.add(kernels[i].warnings);
    }
    warnings = List.copyOf(FleetTotals.mergedWarnings(clusterNames, each));
    defaults = new double[offsets[kernels.length]];
    for (int i = 0; i < kernels.length; i++) {
      System.arraycopy(kernels[i].defaults, 0, defaults, offsets[i], kernels[i].defaults.length);
    }
  }

  /**
   * Returns the clusters' warnings at their own inputs, merged as {@link
   * FleetTotals#mergedWarnings(List)} does.
   */
  public List<Warning> warnings() {
    return warnings;
  }

  @Override
  public List<String> inputs() {
    return inputs;
  }

  @Override
  public int[] slots(String path) {
    int exact = inputs.indexOf(path);
    if (exact >= 0) {
      return new int[] {exact};
    }
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < kernels.length; i++) {
      Integer s = kernels[i].paths.get(path);
      if (s != null) {
        found.add(offsets[i] + s);
      }
    }
    if (found.isEmpty()) {
      java.util.Set<String> known =
          new java.util.LinkedHashSet<>(); // suggest a path of the form asked
      if (path.startsWith("clusters.")) {
        known.addAll(inputs);
      } else {
        for (ClusterKernel k : kernels) {
          known.addAll(k.paths.keySet());
        }
      }
      throw new ValidationException(
          "input",
          "'" + path + "'",
          "must name an input of the fleet, e.g. "
              + inputs.get(0)
              + " or "
              + kernels[0].inputs().get(kernels[0].inputs().size() - 1)
              + " (see CompiledFleet.inputs())"
              + dev.flopex.core.validation.Suggestions.didYouMean(path, known));
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  public double[] defaults() {
    return defaults.clone();
  }

  public static final class FleetEvaluation implements Evaluation {
    final ClusterKernel.Workspace[] ws;
    double economic;
    double accounting;
    double npv;
    double capex;
    double opex;
    long gpus;
    double cost;
    double useful;

    FleetEvaluation(ClusterKernel[] kernels) {
      ws = new ClusterKernel.Workspace[kernels.length];
      for (int i = 0; i < kernels.length; i++) {
        ws[i] = kernels[i].newWorkspace();
      }
    }

    @Override
    public double costPerGpuHour() {
      return cost;
    }

    @Override
    public double costPerUsefulGpuHour() {
      return useful;
    }

    @Override
    public double economicCost() {
      return economic;
    }

    @Override
    public double npvOfCosts() {
      return npv;
    }

    @Override
    public double accountingTco() {
      return accounting;
    }

    @Override
    public double capex() {
      return capex;
    }

    @Override
    public double opexYear1() {
      return opex;
    }

    @Override
    public long gpus() {
      return gpus;
    }

    @Override
    public CompiledCluster.Evaluation cluster(int index) {
      return ws[index];
    }
  }

  /** The clusters' kernels, in fleet order (not copied: read only). */
  ClusterKernel[] kernels() {
    return kernels;
  }

  /** Where each cluster's parameters start in a parameter vector (not copied: read only). */
  int[] offsets() {
    return offsets;
  }

  @Override
  public Evaluation newEvaluation() {
    return new FleetEvaluation(kernels);
  }

  /** The most inputs whose box {@link #acceptsBox} checks corner by corner (2^16 corners). */
  static final int MAX_BOX_INPUTS = 16;

  /**
   * Whether every parameter vector that equals {@code base} except that the slots of input {@code
   * i} hold one value in {@code [lo[i], hi[i]]} passes every cluster's parameter rules. Checked at
   * the box's 2^n corners: each rule is an interval on one parameter, a linear inequality between
   * two (busy above idle power) or the WACC's range, which is linear in each of its parts, so a
   * rule that holds at every corner holds inside. False for more than {@value #MAX_BOX_INPUTS}
   * inputs, an infinite or NaN bound, or any corner that fails; allocates.
   */
  boolean acceptsBox(double[] base, int[][] slots, double[] lo, double[] hi) {
    int n = slots.length;
    if (n > MAX_BOX_INPUTS) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!(Double.isFinite(lo[i]) && Double.isFinite(hi[i]) && lo[i] <= hi[i])) {
        return false;
      }
    }
    double[] p = base.clone();
    for (int corner = 0; corner < 1 << n; corner++) {
      for (int i = 0; i < n; i++) {
        double v = (corner >>> i & 1) == 0 ? lo[i] : hi[i];
        for (int slot : slots[i]) {
          p[slot] = v;
        }
      }
      for (int c = 0; c < kernels.length; c++) {
        try {
          kernels[c].check(p, offsets[c]);
        } catch (ValidationException e) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * {@link #evaluate} of parameters inside a box {@link #acceptsBox} accepted: the same numbers,
   * without checking each parameter's rule again (the WACC and sizing limits still are).
   */
  void evaluateInBox(double[] parameters, Evaluation evaluation) {
    total(parameters, (FleetEvaluation) evaluation, false);
  }

  @Override
  public void evaluate(double[] parameters, Evaluation evaluation) {
    if (parameters.length != defaults.length) {
      throw new ValidationException(
          "parameters.length", Integer.toString(parameters.length), "must be " + defaults.length);
    }
    total(parameters, (FleetEvaluation) evaluation, true);
  }

  private void total(double[] parameters, FleetEvaluation e, boolean check) {
    double economic = 0;
    double accounting = 0;
    double npv = 0;
    double capex = 0;
    double opex = 0;
    double pvHours = 0;
    double pvUsefulHours = 0;
    long gpus = 0;
    for (int i = 0; i < kernels.length; i++) {
      ClusterKernel.Workspace w = e.ws[i];
      if (check) {
        kernels[i].evaluateTotals(parameters, offsets[i], w); // read in place: no copy per cluster
      } else {
        kernels[i].evaluateTotalsInBox(parameters, offsets[i], w);
      }
      economic += w.economicCost;
      accounting += w.accountingTco;
      npv += w.presentValueOfCosts;
      capex += w.capexTotal;
      opex += w.opexYear1;
      gpus = Math.addExact(gpus, w.gpus);
      double hours = w.presentGpuHours(parameters[offsets[i] + ClusterKernel.UTILISATION]);
      pvHours += hours;
      pvUsefulHours += hours * w.goodput;
    }
    e.economic = economic;
    e.accounting = accounting;
    e.npv = npv;
    e.capex = capex;
    e.opex = opex;
    e.gpus = gpus;
    e.cost = npv / pvHours;
    e.useful = npv / pvUsefulHours;
  }
}
