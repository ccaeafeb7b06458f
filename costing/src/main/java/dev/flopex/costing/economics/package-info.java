/**
 * Unit economics on a costed cluster: what a training run costs, what a million tokens of inference
 * cost, whether renting out GPU-hours at a price breaks even, and how a cluster's cost is shared
 * among workloads. The entry point is {@link dev.flopex.costing.CostEngine}'s {@code evaluate}
 * overloads for {@link dev.flopex.costing.economics.TrainingRun}, {@link
 * dev.flopex.costing.economics.InferenceWorkload}, {@link dev.flopex.costing.economics.RentalTerms}
 * and {@link dev.flopex.costing.economics.WorkloadAllocation}. Costs from an owned cluster use its
 * economic cost per GPU-hour (the headline basis, see {@code docs/model.md} §10). The inputs have
 * builders or factories and {@code with…} copies; the results have no builder, as only the engine
 * makes them.
 *
 * <pre>{@code
 * ClusterResult cluster = engine.evaluate(h100Cluster, FinancialTerms.of(4, 0.8));
 * RentalResult rental = engine.evaluate(RentalTerms.of(cluster, Money.usd(2.10), 0.7));
 * rental.breakEvenPricePerGpuHour();  // the price per GPU-hour at which renting out pays
 * }</pre>
 *
 * <p>Formulas and their sources: {@code docs/model.md} (training, inference, rental, allocation).
 */
@NullMarked
@FlopexStyle
package dev.flopex.costing.economics;

import dev.flopex.core.FlopexStyle;
import org.jspecify.annotations.NullMarked;
