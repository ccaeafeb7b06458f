/**
 * Analyses on the costing engine: scenarios side by side, one-at-a-time sensitivity (a tornado) and
 * Monte Carlo. The entry point is {@link dev.flopex.costing.CostEngine}: {@code compare}, {@code
 * sensitivity} and {@code monteCarlo}; this package holds their inputs ({@link
 * dev.flopex.costing.analysis.Scenario}, {@link dev.flopex.costing.analysis.SensitivityInput},
 * {@link dev.flopex.costing.analysis.MonteCarloSpec} with its {@link
 * dev.flopex.costing.analysis.UncertainInput}s), built by their builders or factories, and results,
 * which only the engine makes. Every analysis measures an {@link
 * dev.flopex.costing.analysis.Output}, by default the economic cost per GPU-hour. Inputs are named
 * by path ({@code prices.hgx-h100}, {@code assumptions.electricity_usd_per_kwh}; see {@link
 * dev.flopex.costing.CompiledFleet}). Monte Carlo results are bit-identical for a seed whatever the
 * number of threads.
 *
 * <pre>{@code
 * MonteCarloSpec spec = MonteCarloSpec.builder()
 *     .addInputs(UncertainInput.of("prices.hgx-h100", Distribution.triangular(220_000, 280_000, 340_000)))
 *     .samples(10_000).seed(42).build();
 * MonteCarloResult mc = engine.monteCarlo(fleet, terms, spec, ProgressListener.NONE);
 * mc.statistics().p95();   // P95 of the economic cost per GPU-hour
 * }</pre>
 *
 * <p>Formulas and conventions: {@code docs/model.md}; the Java guide: {@code docs/java-api.md}.
 */
@NullMarked
@FlopexStyle
package dev.flopex.costing.analysis;

import dev.flopex.core.FlopexStyle;
import org.jspecify.annotations.NullMarked;
