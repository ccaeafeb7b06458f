package dev.flopex.costing;

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
import dev.flopex.costing.internal.DefaultCostEngine;
import dev.flopex.costing.internal.StrictCostEngine;

/**
 * The entry point of the costing module: costs clusters and fleets.
 *
 * <pre>{@code
 * CostEngine engine = CostEngine.create();
 * ClusterResult r = engine.evaluate(cluster, FinancialTerms.of(5, 0.8));
 * r.tco();               // total over 5 years; r.lines() add up to it
 * r.costPerGpuHour();    // at 80% utilisation
 * }</pre>
 *
 * <p>Stateless, thread-safe; no global state.
 *
 * @since 0.1
 */
public interface CostEngine {

  /**
   * Returns the engine.
   *
   * @return the engine
   */
  static CostEngine create() {
    return DefaultCostEngine.INSTANCE;
  }

  /**
   * Returns the strict engine: it computes exactly what {@link #create()} computes, but refuses a
   * result that has {@linkplain Warning warnings} (a price read far from its date, an unpriced
   * part, a part without a power figure) with a {@link WarningsException} listing every one.
   * Analyses (sensitivity, Monte Carlo, rental) are refused when their base case has warnings;
   * sizing, training and inference carry none.
   *
   * <pre>{@code
   * CostEngine.strict().evaluate(cluster, terms);   // throws WarningsException instead of warning
   * }</pre>
   *
   * @return the strict engine
   * @since 0.4
   */
  static CostEngine strict() {
    return StrictCostEngine.INSTANCE;
  }

  /**
   * Returns whether this engine refuses results with warnings ({@link #strict()}).
   *
   * @return true for the strict engine
   * @since 0.4
   */
  default boolean isStrict() {
    return false;
  }

  /**
   * Costs one cluster.
   *
   * @param cluster the cluster
   * @param terms horizon, utilisation, depreciation and financing
   * @return the result
   * @throws dev.flopex.core.validation.ValidationException when an input is out of range or a part
   *     has no price as of the purchase date
   */
  ClusterResult evaluate(Cluster cluster, FinancialTerms terms);

  /**
   * Costs a fleet: every cluster under the same terms.
   *
   * @param fleet the fleet
   * @param terms the terms
   * @return the result
   */
  FleetResult evaluate(Fleet fleet, FinancialTerms terms);

  /**
   * Compiles a cluster into a primitive evaluation plan for fast repeated evaluation (scenarios,
   * sensitivity, Monte Carlo); see {@link CompiledCluster}.
   *
   * @param cluster the cluster
   * @param terms the terms
   * @return the compiled plan
   * @throws dev.flopex.core.validation.ValidationException as {@link #evaluate(Cluster,
   *     FinancialTerms)}
   */
  CompiledCluster compile(Cluster cluster, FinancialTerms terms);

  /**
   * Compiles a fleet into one primitive evaluation plan; see {@link CompiledFleet}.
   *
   * @param fleet the fleet
   * @param terms the terms
   * @return the compiled plan
   */
  CompiledFleet compile(Fleet fleet, FinancialTerms terms);

  /**
   * Costs scenarios side by side, with per-component deltas against the first.
   *
   * @param scenarios the scenarios, baseline first; names unique
   * @return the comparison
   */
  ScenarioComparison compare(java.util.List<Scenario> scenarios);

  /**
   * One-at-a-time sensitivity (a tornado): each input set to its low and its high value with all
   * others at the base case; bars ranked by swing.
   *
   * @param fleet the fleet
   * @param terms the terms
   * @param inputs the inputs with their low and high values
   * @param output the output analysed
   * @return the tornado
   * @throws dev.flopex.core.validation.ValidationException for an unknown input path or a value out
   *     of its range
   */
  SensitivityResult sensitivity(
      Fleet fleet, FinancialTerms terms, java.util.List<SensitivityInput> inputs, Output output);

  /**
   * One-at-a-time sensitivity of one cluster: as {@link #sensitivity(Fleet, FinancialTerms,
   * java.util.List, Output)} on a fleet of that cluster alone, so a bare path ({@code
   * assumptions.pue}, {@code prices.hgx-h100}) names the cluster's own input.
   *
   * <pre>{@code
   * SensitivityResult t = engine.sensitivity(cluster, terms,
   *     List.of(SensitivityInput.of(AssumptionKey.PUE, 1.1, 1.5)), Output.COST_PER_GPU_HOUR);
   * }</pre>
   *
   * @param cluster the cluster
   * @param terms the terms
   * @param inputs the inputs with their low and high values
   * @param output the output analysed
   * @return the tornado
   * @throws dev.flopex.core.validation.ValidationException for an unknown input path (with the
   *     nearest known path) or a value out of its range
   * @since 0.4
   */
  SensitivityResult sensitivity(
      Cluster cluster,
      FinancialTerms terms,
      java.util.List<SensitivityInput> inputs,
      Output output);

  /**
   * Runs a Monte Carlo analysis over the compiled fleet. The same seed gives bit-identical results
   * whatever {@link dev.flopex.costing.analysis.MonteCarloSpec#threads()} is.
   *
   * @param fleet the fleet
   * @param terms the terms
   * @param spec the inputs, their distributions and correlation, samples, seed and output
   * @param listener progress and cancellation ({@link ProgressListener#NONE} for none)
   * @return the output's distribution
   * @throws java.util.concurrent.CancellationException if the listener cancels
   * @throws dev.flopex.core.validation.ValidationException for an unknown input path, a correlation
   *     matrix that is not positive semi-definite, or a drawn value out of its range
   */
  MonteCarloResult monteCarlo(
      Fleet fleet, FinancialTerms terms, MonteCarloSpec spec, ProgressListener listener);

  /**
   * Runs a Monte Carlo analysis of one cluster: as {@link #monteCarlo(Fleet, FinancialTerms,
   * MonteCarloSpec, ProgressListener)} on a fleet of that cluster alone, so a bare path names the
   * cluster's own input.
   *
   * <pre>{@code
   * MonteCarloSpec spec = MonteCarloSpec.builder()
   *     .addInputs(UncertainInput.price("hgx-h100", Distribution.triangular(200_000, 250_000, 320_000)))
   *     .addInputs(UncertainInput.assumption(AssumptionKey.PUE, Distribution.uniform(1.1, 1.4)))
   *     .samples(10_000).seed(42).output(Output.COST_PER_GPU_HOUR).build();
   * MonteCarloResult mc = engine.monteCarlo(cluster, terms, spec, ProgressListener.NONE);
   * }</pre>
   *
   * @param cluster the cluster
   * @param terms the terms
   * @param spec the inputs, their distributions and correlation, samples, seed and output
   * @param listener progress and cancellation ({@link ProgressListener#NONE} for none)
   * @return the output's distribution
   * @throws java.util.concurrent.CancellationException if the listener cancels
   * @throws dev.flopex.core.validation.ValidationException as the fleet form
   * @since 0.4
   */
  MonteCarloResult monteCarlo(
      Cluster cluster, FinancialTerms terms, MonteCarloSpec spec, ProgressListener listener);

  /**
   * Returns the largest number of systems of {@code template}'s kind whose contracted critical IT
   * power fits in {@code criticalItMw}: {@code sizeForPower(template,
   * PowerBudget.criticalIt(criticalItMw)).servers()}.
   *
   * @param template a cluster whose system, networks and assumptions are used (its count is
   *     ignored)
   * @param criticalItMw the power budget in MW of critical IT, > 0
   * @return the number of systems, at least 1
   * @throws dev.flopex.core.validation.ValidationException when not even one system fits
   */
  long serversForPower(Cluster template, double criticalItMw);

  /**
   * Sizes a cluster by a power budget of an explicit basis: the most systems whose contracted
   * critical IT power ({@link PowerSizing#CONTRACTED_POWER_CONVENTION}) fits, multiplied by the
   * site's PUE when the budget is utility MW ({@code docs/model.md} §1, "Power-first sizing").
   *
   * <pre>{@code
   * PowerSizing s = engine.sizeForPower(template, PowerBudget.utility(100));
   * s.cluster().servers();  // racks that fit 100 MW at the meter
   * s.pue();                // the PUE used, with its source
   * s.headroomMw();         // utility MW left
   * }</pre>
   *
   * @param template a cluster whose system, networks, site, date and assumptions are used (its
   *     count is ignored)
   * @param budget the budget
   * @return the sizing, with the sized cluster
   * @throws dev.flopex.core.validation.ValidationException naming the budget's key ({@code
   *     utility_mw} or {@code it_mw}) when not even one system fits ("need >= 0.19 MW"), or when
   *     the power would hold more systems than the networks can connect
   * @since 0.3
   */
  PowerSizing sizeForPower(Cluster template, PowerBudget budget);

  /**
   * Sizes a phased build: one cluster per tranche, each named {@code NAME-tI}, sized from its own
   * budget as {@link #sizeForPower} does and bought on its energisation date (catalog prices as of
   * that date). Cost it with {@code evaluate(build.fleet(), terms)}; its totals are the tranches'
   * sums.
   *
   * @param template a cluster whose system, networks, site and assumptions are used (its count and
   *     purchase date are replaced by each tranche's)
   * @param tranches the tranches in strictly increasing date order, all of one basis
   * @return the build
   * @throws dev.flopex.core.validation.ValidationException naming {@code tranches[i]} and the field
   *     when tranches are empty, out of order or on the same date, mix bases, or one is too small
   *     for one system
   * @since 0.3
   */
  PowerBuild phasedBuild(Cluster template, java.util.List<PowerTranche> tranches);

  /**
   * Costs a training run: GPU-hours, wall-clock days, the MFU (given or implied from reported
   * GPU-hours) and up to three costs ({@code docs/model.md} §12).
   *
   * @param run the run
   * @return the result
   * @throws dev.flopex.core.validation.ValidationException when the reported GPU-hours are fewer
   *     than the FLOPs need at 100% of the peak, or a figure would overflow
   * @since 0.2
   */
  TrainingCost evaluate(TrainingRun run);

  /**
   * Costs LLM decoding by the roofline model: tokens per second per GPU and cost per million tokens
   * ({@code docs/model.md} §13).
   *
   * @param workload the workload
   * @return the result
   * @throws dev.flopex.core.validation.ValidationException when weights and KV cache do not fit in
   *     the GPUs' memory (naming bytes needed and available)
   * @since 0.2
   */
  InferenceCost evaluate(InferenceWorkload workload);

  /**
   * Works out the economics of renting out a costed cluster's GPUs: revenue, margins, NPV, IRR and
   * payback ({@code docs/model.md} §14).
   *
   * @param terms the rental terms
   * @return the result
   * @since 0.2
   */
  RentalResult evaluate(RentalTerms terms);

  /**
   * Splits a fleet's or cluster's cost across named uses of its GPUs, with the idle cost ({@code
   * docs/model.md} §15).
   *
   * @param allocation the allocation
   * @return the result, whose parts add up to the total
   * @since 0.2
   */
  AllocationResult evaluate(WorkloadAllocation allocation);
}
