package dev.flopex.costing.internal;

import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CompiledCluster;
import dev.flopex.costing.CompiledFleet;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Fleet;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.PowerBasis;
import dev.flopex.costing.PowerBudget;
import dev.flopex.costing.PowerBuild;
import dev.flopex.costing.PowerSizing;
import dev.flopex.costing.PowerTranche;
import dev.flopex.costing.ProgressListener;
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
import java.util.ArrayList;
import java.util.List;

/** The stateless engine behind {@link dev.flopex.costing.CostEngine}. */
public final class DefaultCostEngine implements CostEngine {
  public static final DefaultCostEngine INSTANCE = new DefaultCostEngine();

  private DefaultCostEngine() {}

  @Override
  public ClusterResult evaluate(Cluster cluster, FinancialTerms terms) {
    return ClusterCalculator.evaluate(cluster, terms);
  }

  @Override
  public FleetResult evaluate(Fleet fleet, FinancialTerms terms) {
    List<ClusterResult> rs = new ArrayList<>();
    for (Cluster c : fleet.clusters()) {
      rs.add(evaluate(c, terms));
    }
    return FleetTotals.of(fleet, rs);
  }

  @Override
  public CompiledCluster compile(Cluster cluster, FinancialTerms terms) {
    ClusterKernel k = ClusterKernel.compile(cluster, terms);
    k.evaluate(k.defaults, k.newWorkspace()); // fail fast on inputs that cannot be evaluated
    return k;
  }

  @Override
  public CompiledFleet compile(Fleet fleet, FinancialTerms terms) {
    return kernel(fleet, terms);
  }

  private static FleetKernel kernel(Fleet fleet, FinancialTerms terms) {
    FleetKernel k = new FleetKernel(fleet, terms);
    k.evaluate(k.defaults(), k.newEvaluation());
    return k;
  }

  /** A fleet of one cluster, named after it: a bare path names the cluster's own input. */
  public static Fleet fleetOf(Cluster cluster) {
    return Fleet.builder().name(cluster.name()).addClusters(cluster).build();
  }

  @Override
  public ScenarioComparison compare(List<Scenario> scenarios) {
    return Analyses.compare(this, scenarios);
  }

  @Override
  public SensitivityResult sensitivity(
      Fleet fleet, FinancialTerms terms, List<SensitivityInput> inputs, Output output) {
    return Analyses.sensitivity(kernel(fleet, terms), inputs, output);
  }

  @Override
  public SensitivityResult sensitivity(
      Cluster cluster, FinancialTerms terms, List<SensitivityInput> inputs, Output output) {
    return sensitivity(fleetOf(cluster), terms, inputs, output);
  }

  @Override
  public MonteCarloResult monteCarlo(
      Fleet fleet, FinancialTerms terms, MonteCarloSpec spec, ProgressListener listener) {
    return MonteCarlo.run(kernel(fleet, terms), spec, listener);
  }

  @Override
  public MonteCarloResult monteCarlo(
      Cluster cluster, FinancialTerms terms, MonteCarloSpec spec, ProgressListener listener) {
    return monteCarlo(fleetOf(cluster), terms, spec, listener);
  }

  @Override
  public long serversForPower(Cluster template, double criticalItMw) {
    try {
      return sizeForPower(template, PowerBudget.criticalIt(criticalItMw)).servers();
    } catch (ValidationException e) {
      if (e.field().equals(PowerBasis.CRITICAL_IT.key())) {
        throw new ValidationException("criticalItMw", e.value().orElse(null), e.rule(), e);
      }
      throw e;
    }
  }

  @Override
  public PowerSizing sizeForPower(Cluster template, PowerBudget budget) {
    return PowerPlanner.size(this, template, budget);
  }

  @Override
  public PowerBuild phasedBuild(Cluster template, List<PowerTranche> tranches) {
    return PowerPlanner.phased(this, template, tranches);
  }

  @Override
  public TrainingCost evaluate(TrainingRun run) {
    return TrainingCalculator.evaluate(run);
  }

  @Override
  public InferenceCost evaluate(InferenceWorkload workload) {
    return InferenceCalculator.evaluate(workload);
  }

  @Override
  public RentalResult evaluate(RentalTerms terms) {
    return RentalCalculator.evaluate(terms);
  }

  @Override
  public AllocationResult evaluate(WorkloadAllocation allocation) {
    return AllocationCalculator.evaluate(allocation);
  }
}
