package dev.flopex.costing;

import java.util.List;

/**
 * A fleet compiled into one primitive evaluation plan: the parameter vector is the clusters'
 * vectors side by side, addressed as {@code clusters.<name>.<path>} (e.g. {@code
 * clusters.h100-20k.assumptions.pue}); a path without the prefix ({@code assumptions.pue}) names
 * that input in every cluster. {@link #evaluate} allocates nothing.
 *
 * <p>Immutable and thread-safe; evaluations are not (keep one per thread).
 *
 * @since 0.1
 */
public interface CompiledFleet {

  /** Returns the input paths, in slot order. */
  List<String> inputs();

  /**
   * Returns the slots an input path addresses: one for {@code clusters.<name>.<path>}, one per
   * cluster that has it for a bare path.
   *
   * @param path the input path
   * @return the slots
   * @throws dev.flopex.core.validation.ValidationException naming the known paths when none match
   */
  int[] slots(String path);

  /** Returns a fresh copy of the parameter vector at the fleet's own inputs. */
  double[] defaults();

  /** Returns a new evaluation buffer (one per thread). */
  Evaluation newEvaluation();

  /**
   * Evaluates at {@code parameters}, allocating nothing.
   *
   * @param parameters the parameter vector
   * @param evaluation where results go
   * @throws dev.flopex.core.validation.ValidationException if a parameter is out of range
   */
  void evaluate(double[] parameters, Evaluation evaluation);

  /** The results of one fleet evaluation. Not thread-safe. */
  interface Evaluation {
    /**
     * Returns the fleet's economic cost per GPU-hour used, USD: the sum of the clusters' present
     * values of costs over the sum of their present values of GPU-hours.
     */
    double costPerGpuHour();

    /**
     * Returns the fleet's economic cost per useful GPU-hour (after each cluster's goodput), USD.
     */
    double costPerUsefulGpuHour();

    /** Returns the fleet's economic cost over the horizon, USD (the clusters' sum). */
    double economicCost();

    /** Returns the fleet's present value of costs, USD. */
    double npvOfCosts();

    /** Returns the fleet's accounting TCO, USD. */
    double accountingTco();

    /** Returns fleet CapEx, USD. */
    double capex();

    /** Returns fleet year-1 OpEx, USD. */
    double opexYear1();

    /** Returns fleet GPUs. */
    long gpus();

    /**
     * Returns one cluster's evaluation.
     *
     * @param index the cluster's index in the fleet
     * @return its evaluation
     */
    CompiledCluster.Evaluation cluster(int index);
  }
}
