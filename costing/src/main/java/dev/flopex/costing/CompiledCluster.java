package dev.flopex.costing;

import java.util.List;

/**
 * A cluster compiled into a primitive evaluation plan, for evaluating many variants (scenarios,
 * sensitivity, Monte Carlo samples) without rebuilding the object model.
 *
 * <p>Inputs that may vary are slots of a {@code double[]} parameter vector: {@code servers}, {@code
 * terms.utilisation}, {@code terms.horizon_years}, {@code terms.debt_rate}, {@code
 * terms.debt_tenor_years}, {@code assumptions.<key>} for every {@link AssumptionKey} and {@code
 * prices.<part id>} for every priced part. {@link #evaluate} allocates nothing and writes into a
 * per-thread {@link Evaluation}; its numbers are exactly those of {@link
 * CostEngine#evaluate(Cluster, FinancialTerms)} at the same inputs, because the object model is
 * built from the same evaluation.
 *
 * <pre>{@code
 * CompiledCluster k = CostEngine.create().compile(cluster, terms);
 * double[] p = k.defaults();
 * CompiledCluster.Evaluation e = k.newEvaluation();       // one per thread
 * p[k.slot("assumptions.electricity_usd_per_kwh")] = 0.12;
 * k.evaluate(p, e);
 * e.costPerGpuHour();                                  // the economic headline
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; evaluations are not (keep one per thread).
 *
 * @since 0.1
 */
public interface CompiledCluster {

  /** Returns the input paths, in slot order. */
  List<String> inputs();

  /**
   * Returns the slot of an input path.
   *
   * @param path e.g. {@code assumptions.pue} or {@code prices.hgx-h100}
   * @return its index in the parameter vector
   * @throws dev.flopex.core.validation.ValidationException naming the known paths
   */
  int slot(String path);

  /** Returns a fresh copy of the parameter vector at the cluster's own inputs. */
  double[] defaults();

  /** Returns a new evaluation buffer (reuse it; one per thread). */
  Evaluation newEvaluation();

  /**
   * Evaluates at {@code parameters} into {@code evaluation}, allocating nothing.
   *
   * @param parameters the parameter vector (see {@link #inputs()})
   * @param evaluation where the results go
   * @throws dev.flopex.core.validation.ValidationException if a parameter is out of its range
   */
  void evaluate(double[] parameters, Evaluation evaluation);

  /**
   * Returns the full object-model result of the last {@link #evaluate} into {@code evaluation}.
   *
   * @param parameters the parameters it was evaluated at
   * @param evaluation the evaluation
   * @return the result
   */
  ClusterResult result(double[] parameters, Evaluation evaluation);

  /** The results of one evaluation. Not thread-safe. */
  interface Evaluation {
    /**
     * Returns the economic cost per GPU-hour used, USD: the headline (present value of costs at the
     * WACC, hardware's market value at the horizon credited, over the present value of GPU-hours).
     */
    double costPerGpuHour();

    /** Returns the economic cost per useful GPU-hour (after goodput), USD. */
    double costPerUsefulGpuHour();

    /** Returns the economic cost over the horizon (the level annual cost x the horizon), USD. */
    double economicCost();

    /** Returns the present value of costs at the WACC, net of the market value kept, USD. */
    double npvOfCosts();

    /**
     * Returns the accounting TCO: book depreciation, operating costs and interest within the
     * horizon, USD.
     */
    double accountingTco();

    /** Returns total CapEx, USD. */
    double capex();

    /** Returns year-1 operating cost, USD. */
    double opexYear1();

    /** Returns the GPU count. */
    long gpus();

    /** Returns the contracted critical IT power, kW. */
    double contractedItKw();
  }
}
