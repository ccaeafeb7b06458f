package dev.flopex.costing.internal;

import dev.flopex.costing.Cluster;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CompiledCluster;
import dev.flopex.costing.CompiledFleet;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Fleet;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.PowerBudget;
import dev.flopex.costing.PowerBuild;
import dev.flopex.costing.PowerSizing;
import dev.flopex.costing.PowerTranche;
import dev.flopex.costing.ProgressListener;
import dev.flopex.costing.Warning;
import dev.flopex.costing.WarningsException;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.analysis.Scenario;
import dev.flopex.costing.analysis.ScenarioComparison;
import dev.flopex.costing.analysis.SensitivityInput;
import dev.flopex.costing.analysis.SensitivityResult;
import dev.flopex.costing.economics.AllocationResult;
import dev.flopex.costing.economics.InferenceCost;
import dev.flopex.costing.economics.InferenceWorkload;
import dev.flopex.costing.economics.RentalResult;
import dev.flopex.costing.economics.RentalTerms;
import dev.flopex.costing.economics.TrainingCost;
import dev.flopex.costing.economics.TrainingRun;
import dev.flopex.costing.economics.WorkloadAllocation;
import java.util.List;

/**
 * {@link dev.flopex.costing.CostEngine#strict()}: the default engine, refusing every result that
 * has warnings with a {@link dev.flopex.costing.WarningsException} that lists them.
 */
public final class StrictCostEngine implements CostEngine {
  public static final StrictCostEngine INSTANCE = new StrictCostEngine();

  private final CostEngine lenient = DefaultCostEngine.INSTANCE;

  private StrictCostEngine() {}

  private static void refuse(List<Warning> warnings) {
    if (!warnings.isEmpty()) {
      throw new WarningsException(warnings);
    }
  }

  @Override
  public boolean isStrict() {
    return true;
  }

  @Override
  public ClusterResult evaluate(Cluster cluster, FinancialTerms terms) {
    ClusterResult r = lenient.evaluate(cluster, terms);
    refuse(r.warnings());
    return r;
  }

  @Override
  public FleetResult evaluate(Fleet fleet, FinancialTerms terms) {
    FleetResult r = lenient.evaluate(fleet, terms);
    refuse(r.warnings());
    return r;
  }

  @Override
  public CompiledCluster compile(Cluster cluster, FinancialTerms terms) {
    CompiledCluster k = lenient.compile(cluster, terms);
    refuse(((ClusterKernel) k).warnings);
    return k;
  }

  @Override
  public CompiledFleet compile(Fleet fleet, FinancialTerms terms) {
    CompiledFleet k = lenient.compile(fleet, terms);
    refuse(((FleetKernel) k).warnings());
    return k;
  }

  @Override
  public ScenarioComparison compare(List<Scenario> scenarios) {
    ScenarioComparison c = lenient.compare(scenarios);
    for (FleetResult r : c.results()) {
      refuse(r.warnings());
    }
    return c;
  }

  @Override
  public SensitivityResult sensitivity(
      Fleet fleet, FinancialTerms terms, List<SensitivityInput> inputs, Output output) {
    refuse(
        ((FleetKernel) lenient.compile(fleet, terms))
            .warnings()); // before the analysis, not after its work
    return lenient.sensitivity(fleet, terms, inputs, output);
  }

  @Override
  public SensitivityResult sensitivity(
      Cluster cluster, FinancialTerms terms, List<SensitivityInput> inputs, Output output) {
    return sensitivity(DefaultCostEngine.fleetOf(cluster), terms, inputs, output);
  }

  @Override
  public MonteCarloResult monteCarlo(
      Fleet fleet, FinancialTerms terms, MonteCarloSpec spec, ProgressListener listener) {
    refuse(((FleetKernel) lenient.compile(fleet, terms)).warnings());
    return lenient.monteCarlo(fleet, terms, spec, listener);
  }

  @Override
  public MonteCarloResult monteCarlo(
      Cluster cluster, FinancialTerms terms, MonteCarloSpec spec, ProgressListener listener) {
    return monteCarlo(DefaultCostEngine.fleetOf(cluster), terms, spec, listener);
  }

  @Override
  public long serversForPower(Cluster template, double criticalItMw) {
    return lenient.serversForPower(template, criticalItMw);
  }

  @Override
  public PowerSizing sizeForPower(Cluster template, PowerBudget budget) {
    return lenient.sizeForPower(template, budget);
  }

  @Override
  public PowerBuild phasedBuild(Cluster template, List<PowerTranche> tranches) {
    return lenient.phasedBuild(template, tranches);
  }

  @Override
  public TrainingCost evaluate(TrainingRun run) {
    return lenient.evaluate(run);
  }

  @Override
  public InferenceCost evaluate(InferenceWorkload workload) {
    return lenient.evaluate(workload);
  }

  @Override
  public RentalResult evaluate(RentalTerms terms) {
    refuse(terms.cluster().warnings()); // the rental rests on the costed cluster
    return lenient.evaluate(terms);
  }

  @Override
  public AllocationResult evaluate(WorkloadAllocation allocation) {
    return lenient.evaluate(allocation);
  }
}
