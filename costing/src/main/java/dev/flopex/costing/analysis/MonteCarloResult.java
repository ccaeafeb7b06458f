package dev.flopex.costing.analysis;

import dev.flopex.core.random.SampleSummary;
import dev.flopex.costing.Warning;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The distribution of an output over Monte Carlo samples: the statistics (mean, standard deviation,
 * standard error, percentiles, histogram) and the base-case value for reference.
 *
 * @since 0.1
 */
public interface MonteCarloResult {

  /** Returns the analysis. */
  MonteCarloSpec spec();

  /** Returns the output at the base case (no input drawn). */
  double baseOutput();

  /**
   * Returns the statistics of the output over the samples: a {@link
   * dev.flopex.core.random.SampleStatistics} with exact percentiles up to {@link
   * MonteCarloSpec#EXACT_PERCENTILES_MAX_SAMPLES} samples, else streamed, with percentiles from a
   * quantile sketch; {@link SampleSummary#percentileMethod()} says which.
   *
   * @return the statistics
   */
  @Value.Auxiliary
  SampleSummary statistics();

  /**
   * Returns the requested percentiles, by level, computed as {@code
   * statistics().percentileMethod()} says.
   *
   * @return the percentiles
   */
  Map<Double, Double> percentiles();

  /**
   * Returns the warnings of the base case (the fleet or cluster at its own inputs), each once, as
   * {@link dev.flopex.costing.FleetResult#warnings()} lists them.
   *
   * @since 0.4
   */
  List<Warning> warnings();
}
