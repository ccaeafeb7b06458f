package dev.flopex.costing;

import java.util.List;

/**
 * {@link CostEngine#strict()}: the default engine, refusing every result that has warnings with a
 * {@link WarningsException} that lists them.
 */
final class StrictCostEngine implements CostEngine {
  static final StrictCostEngine INSTANCE = new StrictCostEngine();

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
  public SensitivityResult sensitivity(Fleet fleet, FinancialTerms terms, List<SensitivityInput> inputs, Output output) {
    refuse(((FleetKernel) lenient.compile(fleet, terms)).warnings()); // before the analysis, not after its work
    return lenient.sensitivity(fleet, terms, inputs, output);
  }

  @Override
  public SensitivityResult sensitivity(Cluster cluster, FinancialTerms terms, List<SensitivityInput> inputs, Output output) {
    return sensitivity(DefaultCostEngine.fleetOf(cluster), terms, inputs, output);
  }

  @Override
  public MonteCarloResult monteCarlo(Fleet fleet, FinancialTerms terms, MonteCarloSpec spec, ProgressListener listener) {
    refuse(((FleetKernel) lenient.compile(fleet, terms)).warnings());
    return lenient.monteCarlo(fleet, terms, spec, listener);
  }

  @Override
  public MonteCarloResult monteCarlo(Cluster cluster, FinancialTerms terms, MonteCarloSpec spec, ProgressListener listener) {
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
