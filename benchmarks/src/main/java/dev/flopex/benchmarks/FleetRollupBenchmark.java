package dev.flopex.benchmarks;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.costing.AssumptionSets;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.CompiledFleet;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.Facility;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Fleet;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.NetworkDesign;
import dev.flopex.costing.Regions;
import dev.flopex.costing.Site;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W2: a 1,000-cluster mixed fleet rollup — A100, H100, B200 and GB200 NVL72 clusters of 8 to 4,000
 * GPUs, rented (Northern Virginia wholesale colocation) and owned sites, three assumption sets,
 * purchase dates 2022-2025 — through the compiled fleet ({@code kernel}) and the object model
 * ({@code objectModel}).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FleetRollupBenchmark -prof gc -rf json}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FleetRollupBenchmark {
  private Fleet fleet;
  private FinancialTerms terms;
  private CompiledFleet compiled;
  private CompiledFleet.Evaluation evaluation;
  private double[] parameters;
  private int[] electricity;

  /** How far each phase input moves per step of {@link #kernelEveryPhase}, in its own unit. */
  private static final double[] PHASE_STEPS = {1e-3, 1e-2, 1e-4, 1e-2};

  private int[][] phaseSlots;
  private double[][] phaseBase;
  private long step;

  /** Builds the 1,000-cluster fleet. */
  @Setup
  public void setUp() {
    fleet = fleet(1000);
    terms = FinancialTerms.of(5, 0.8);
    compiled = CostEngine.create().compile(fleet, terms);
    evaluation = compiled.newEvaluation();
    parameters = compiled.defaults();
    electricity = compiled.slots("assumptions.electricity_usd_per_kwh");
    String[] phaseInputs = {
      "assumptions.storage_tb_per_gpu",
      "assumptions.rack_power_density_kw",
      "assumptions.opex_escalation_per_year",
      "assumptions.restart_minutes"
    };
    phaseSlots = new int[phaseInputs.length][];
    phaseBase = new double[phaseInputs.length][];
    for (int i = 0; i < phaseInputs.length; i++) {
      phaseSlots[i] = compiled.slots(phaseInputs[i]);
      phaseBase[i] = new double[phaseSlots[i].length];
      for (int c = 0; c < phaseSlots[i].length; c++) {
        phaseBase[i][c] = parameters[phaseSlots[i][c]];
      }
    }
  }

  /**
   * Builds a mixed fleet of {@code n} clusters.
   *
   * @param n the number of clusters
   * @return the fleet
   */
  public static Fleet fleet(int n) {
    HardwareCatalog catalog = HardwareCatalog.builtIn();
    NetworkDesign ib = Workloads.infiniband(catalog);
    List<String> systems = List.of("dgx-a100", "hgx-h100", "dgx-b200", "gb200-nvl72");
    List<String> sets = List.of("hyperscaler", "neocloud", "enterprise-colo");
    var f = Fleet.builder().name("w2");
    for (int i = 0; i < n; i++) {
      String sys = systems.get(i % systems.size());
      long count = sys.equals("gb200-nvl72") ? 1 + i % 50 : 1 + (i * 37L) % 500;
      f.addClusters(
          Cluster.builder()
              .name("c" + i)
              .system(catalog.system(sys))
              .servers(count)
              .addNetworks(ib)
              .site(
                  Site.of(
                      i % 2 == 0 ? "colo" : "owned",
                      Regions.get("us-virginia"),
                      i % 2 == 0 ? Facility.COLOCATION_WHOLESALE : Facility.OWNED))
              .purchaseDate(purchaseDate(catalog.system(sys), i))
              .assumptions(AssumptionSets.get(sets.get(i % sets.size())))
              .build());
    }
    return f.build();
  }

  /**
   * A purchase date in 2022-2025 spread by month, moved to the first of the month after launch for
   * a system bought before its accelerator launched (a date the catalog refuses).
   */
  private static LocalDate purchaseDate(dev.flopex.catalog.SystemSpec system, int i) {
    LocalDate d = LocalDate.of(2022 + i % 4, 1 + i % 12, 1);
    LocalDate launch =
        system.accelerator().launchDate().map(l -> l.value().start()).orElse(LocalDate.MIN);
    return d.isBefore(launch) ? launch.withDayOfMonth(1).plusMonths(1) : d;
  }

  /** The compiled fleet: one rollup at a slightly different electricity price each call. */
  @Benchmark
  public double kernel() {
    double price = 0.05 + (step++ & 63) * 1e-3;
    for (int s : electricity) {
      parameters[s] = price;
    }
    compiled.evaluate(parameters, evaluation);
    return evaluation.economicCost();
  }

  /**
   * The compiled fleet with nothing reused between calls. A cluster's kernel recomputes a phase
   * only when an input it reads changed, so {@link #kernel}, which moves only electricity, skips
   * those phases. Here each call also moves, in every cluster, one input of each such phase
   * (storage per GPU, rack power density, opex escalation, restart minutes; system counts, and so
   * the fabrics, stay), which is the cost of a rollup of parameters unlike the last ones.
   */
  @Benchmark
  public double kernelEveryPhase() {
    int k = (int) (step++ & 63);
    double price = 0.05 + k * 1e-3;
    for (int s : electricity) {
      parameters[s] = price;
    }
    for (int i = 0; i < phaseSlots.length; i++) {
      int[] slots = phaseSlots[i];
      for (int c = 0; c < slots.length; c++) {
        parameters[slots[c]] = phaseBase[i][c] + k * PHASE_STEPS[i];
      }
    }
    compiled.evaluate(parameters, evaluation);
    return evaluation.economicCost();
  }

  /** The object model: every cluster's full result and the fleet totals. */
  @Benchmark
  public FleetResult objectModel() {
    return CostEngine.create().evaluate(fleet, terms);
  }
}
