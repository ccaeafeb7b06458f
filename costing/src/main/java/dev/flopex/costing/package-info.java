/**
 * The flopex costing model and engine: clusters and fleets (system, count, networks, site, purchase
 * date, assumptions), their capacity, bill of materials, CapEx, OpEx, financing, the economic cost
 * per GPU-hour (the headline) and the accounting TCO. The entry point is {@link
 * dev.flopex.costing.CostEngine} ({@code CostEngine.create()}); its results are {@link
 * dev.flopex.costing.ClusterResult} and {@link dev.flopex.costing.FleetResult}. Formulas are
 * documented with their sources in {@code docs/model.md}, defaults in {@code docs/assumptions.md},
 * and the Java guide is {@code docs/java-api.md}.
 *
 * <p>The module's other packages: {@link dev.flopex.costing.analysis} (scenarios, sensitivity,
 * Monte Carlo), {@link dev.flopex.costing.economics} (training, inference, rental, allocation) and
 * {@link dev.flopex.costing.files} (fleet files).
 *
 * <p>Size a cluster by the power its site has, saying whether the MW are at the meter (utility, PUE
 * included) or critical IT, and cost it; a phased build energises tranches by date ({@code
 * docs/model.md}, "Power-first sizing"):
 *
 * <pre>{@code
 * CostEngine engine = CostEngine.create();
 * Cluster template = Cluster.builder().name("campus").system(catalog.system("gb200-nvl72")).servers(1)
 *     .addNetworks(scaleOut).site(Site.of(Regions.get("us-texas"), Facility.OWNED))
 *     .purchaseDate(LocalDate.of(2026, 6, 1)).assumptions(AssumptionSets.get("hyperscaler")).build();
 *
 * PowerSizing s = engine.sizeForPower(template, PowerBudget.utility(100));   // or PowerBudget.criticalIt(90)
 * s.servers();       // racks whose contracted IT power x PUE fits 100 MW
 * s.pue();           // the PUE used, with its source
 * s.headroomMw();    // utility MW left over
 * ClusterResult r = engine.evaluate(s.cluster(), FinancialTerms.of(5, 0.8));
 *
 * PowerBuild phased = engine.phasedBuild(template, List.of(
 *     PowerTranche.of(LocalDate.of(2026, 6, 1), PowerBudget.utility(40)),
 *     PowerTranche.of(LocalDate.of(2027, 1, 1), PowerBudget.utility(30)),
 *     PowerTranche.of(LocalDate.of(2027, 7, 1), PowerBudget.utility(30))));
 * FleetResult f = engine.evaluate(phased.fleet(), FinancialTerms.of(5, 0.8));  // one cluster per tranche
 * }</pre>
 *
 * <p>Warnings are values ({@link dev.flopex.costing.Warning}: kind, subject, message) on every
 * result; {@link dev.flopex.costing.CostEngine#strict()} turns them into a {@link
 * dev.flopex.costing.WarningsException}. Analyses take a cluster as well as a fleet, with typed
 * inputs beside the string paths; input types copy with {@code with…} (one per attribute, validated
 * like a built value), while results have no builder, as only the engine makes them:
 *
 * <pre>{@code
 * Cluster c = template.withServers(256).withNetworks(List.of(NetworkDesign.referenceFor(system, catalog)));
 * ClusterResult r = CostEngine.strict().evaluate(c, terms);        // WarningsException if any warning
 * MonteCarloResult mc = engine.monteCarlo(c, terms, MonteCarloSpec.builder()
 *     .addInputs(UncertainInput.assumption(AssumptionKey.PUE, Distribution.uniform(1.1, 1.4)))
 *     .addInputs(UncertainInput.price("hgx-h100", Distribution.triangular(2.5e5, 2.8e5, 3.4e5)))
 *     .samples(10_000).build(), ProgressListener.NONE);
 * RentalResult rent = engine.evaluate(RentalTerms.of(r, Money.usd(2.20)));   // hours sold = r's utilisation
 * }</pre>
 */
@NullMarked
@FlopexStyle
package dev.flopex.costing;

import dev.flopex.core.FlopexStyle;
import org.jspecify.annotations.NullMarked;
