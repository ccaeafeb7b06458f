package dev.flopex.examples;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.Precision;
import dev.flopex.core.money.Money;
import dev.flopex.costing.AmortisedCost;
import dev.flopex.costing.AmortisedHardware;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.economics.TrainingCost;
import dev.flopex.costing.economics.TrainingRun;
import dev.flopex.costing.files.FleetFiles;
import dev.flopex.costing.files.FleetSpec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DeepSeek-V3's training cost three ways ({@code docs/model.md} §12): (1) the paper's rental basis,
 * 2.788M H800 GPU-hours at $2 per GPU-hour; (2) Epoch AI's amortised hardware plus energy, at the
 * H800 server price of {@code examples/fleets/deepseek-2025-01.yaml}, the servers aged from that
 * file's purchase date to the start of training as Epoch dates it; (3) the run's GPU-hours at the
 * whole 2,048-GPU cluster's economic cost per GPU-hour (the headline basis), with that file's h800
 * cluster cut to 256 servers. Each way says what it includes.
 *
 * <p>Run from the repository root: {@code java -cp ... dev.flopex.examples.DeepSeekV3TrainingCost
 * [path/to/fleet.yaml]}.
 */
public final class DeepSeekV3TrainingCost {
  /**
   * The fleet file whose h800 cluster supplies the server price and network, relative to the
   * repository root.
   */
  public static final Path DEFAULT_FILE = DeepSeekFleet.DEFAULT_FILE;

  // DeepSeek-AI, "DeepSeek-V3 Technical Report", arXiv:2412.19437, Table 1 and section 1:
  // "DeepSeek-V3
  // costs only 2.788M GPU hours for its full training" (2,664K pre-training + 119K context
  // extension
  // + 5K post-training) on "our cluster with 2048 H800 GPUs"; "Assuming the rental price of the
  // H800
  // GPU is $2 per GPU hour, our total training costs amount to only $5.576M."

  /** H800 GPU-hours of the full training (arXiv:2412.19437, Table 1). */
  public static final double GPU_HOURS = 2_788_000;

  /** GPUs in DeepSeek's training cluster (arXiv:2412.19437). */
  public static final long GPUS = 2048;

  /** The paper's assumed H800 rental price, USD per GPU-hour (arXiv:2412.19437, Table 1). */
  public static final double RENTAL_USD_PER_GPU_HOUR = 2;

  /** The paper's total, USD (arXiv:2412.19437, Table 1). */
  public static final double PUBLISHED_COST_USD = 5_576_000;

  /**
   * The paper's publication, for dating way (2): arXiv identifiers give the month of submission
   * (2412 = December 2024); the day is not used by flopex's sources, so the middle of the month is
   * taken (the age below moves by at most 0.04 years across the month).
   */
  public static final java.time.LocalDate PUBLICATION = java.time.LocalDate.of(2024, 12, 15);

  /**
   * Epoch AI's rule ({@code cost_estimation.py}): training starts 60 days before publication, less
   * the training time.
   */
  static final int DAYS_START_TO_PUBLICATION = 60;

  /** The fleet file's cluster whose price override and network are used. */
  static final String H800_CLUSTER = "h800";

  /** The catalog system of that cluster, whose price override is the server price. */
  static final String H800_SYSTEM = "hgx-h800";

  private DeepSeekV3TrainingCost() {}

  /**
   * What the example computed.
   *
   * @param rental way (1): GPU-hours x rental price
   * @param amortised way (2): Epoch AI's amortised hardware plus energy
   * @param clusterTco way (3): GPU-hours x the 2,048-GPU cluster's economic cost per GPU-hour
   * @param cost the training cost as evaluated (all three prices)
   * @param cluster the 2,048-GPU cluster's cost under the fleet's terms
   * @param serverPricePerGpu the H800 server price per GPU used by way (2)
   * @param ageYears the servers' age at the start of training used by way (2)
   */
  public record Summary(
      Money rental,
      AmortisedCost amortised,
      Money clusterTco,
      TrainingCost cost,
      ClusterResult cluster,
      Money serverPricePerGpu,
      double ageYears) {}

  /**
   * Runs the example on the file named by {@code args[0]}, or on {@link #DEFAULT_FILE} relative to
   * the working directory.
   *
   * @param args an optional path
   */
  public static void main(String[] args) {
    run(System.out, args.length > 0 ? Path.of(args[0]) : DEFAULT_FILE);
  }

  /**
   * Runs the example on {@link #DEFAULT_FILE} (relative to the working directory).
   *
   * @param out where to print
   */
  static void run(PrintStream out) {
    run(out, DEFAULT_FILE);
  }

  /**
   * Runs the example on {@code file}.
   *
   * @param out where to print
   * @param file the fleet file
   * @return what was computed
   */
  static Summary run(PrintStream out, Path file) {
    HardwareCatalog catalog = HardwareCatalog.builtIn();
    FleetSpec spec = FleetFiles.load(file, catalog);
    CostEngine engine = CostEngine.create();

    // The fleet file's h800 cluster: its hgx-h800 price override, network and assumptions, cut to
    // DeepSeek's 2,048 training GPUs (256 servers of 8).
    Cluster h800 =
        spec.fleet().clusters().stream()
            .filter(c -> c.name().equals(H800_CLUSTER))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("no cluster '" + H800_CLUSTER + "' in " + file));
    long gpusPerServer = h800.system().acceleratorCount().value();
    Cluster training = h800.withServerCount(GPUS / gpusPerServer);
    FinancialTerms terms = spec.terms();
    ClusterResult cluster = engine.evaluate(training, terms);

    // Epoch's server price per GPU: the file's 8-GPU server price / 8.
    dev.flopex.catalog.PricePoint override = h800.priceOverrides().get(H800_SYSTEM);
    if (override == null) {
      throw new IllegalArgumentException(
          "cluster '"
              + H800_CLUSTER
              + "' in "
              + file
              + " has no price override for "
              + H800_SYSTEM);
    }
    Money serverPrice = override.price();
    Money pricePerGpu = serverPrice.dividedBy(gpusPerServer);
    // the servers' age at the start of training: bought on the fleet file's purchase date; training
    // dated by Epoch's rule from the publication and the run's wall-clock days
    double wallClockDays = GPU_HOURS / GPUS / 24;
    java.time.LocalDate start =
        PUBLICATION.minusDays((long) wallClockDays).minusDays(DAYS_START_TO_PUBLICATION);
    double age = java.time.temporal.ChronoUnit.DAYS.between(h800.purchaseDate(), start) / 365.25;
    AmortisedHardware epoch = AmortisedHardware.epoch(pricePerGpu, cluster.assumptions(), age);

    TrainingCost cost =
        engine.evaluate(
            TrainingRun.builder()
                .name("deepseek-v3")
                .accelerator(h800.system().accelerator())
                .precision(Precision.BF16)
                .gpus(GPUS)
                .reportedGpuHours(GPU_HOURS)
                .rentalPricePerGpuHour(Money.usd(RENTAL_USD_PER_GPU_HOUR))
                .amortisedHardware(epoch)
                .ownCluster(cluster)
                .build());
    Money rental = cost.rentalCost().orElseThrow();
    AmortisedCost amortised = cost.amortisedCost().orElseThrow();
    Money economic = cost.ownClusterCost().orElseThrow();

    out.printf(Locale.ROOT, "DeepSeek-V3's training cost three ways (arXiv:2412.19437, Table 1)%n");
    out.printf(
        Locale.ROOT,
        "run: %,.0f %s GPU-hours on %,d GPUs = %.1f wall-clock days%n%n",
        cost.gpuHours(),
        h800.system().accelerator().id(),
        GPUS,
        cost.wallClockDays());

    out.printf(Locale.ROOT, "(1) Rental basis, as reported%n");
    out.printf(
        Locale.ROOT,
        "    %,.0f GPU-hours x USD %.2f/GPU-hour = USD %s%n",
        cost.gpuHours(),
        RENTAL_USD_PER_GPU_HOUR,
        usd(rental.amount()));
    out.printf(
        Locale.ROOT,
        "    includes: the GPU-hours of the official training run (pre-training, context extension,%n"
            + "      post-training) at an assumed market rental price, which covers a provider's hardware, power,%n"
            + "      facility and margin.%n"
            + "    excludes: as the paper says, \"the costs associated with prior research and ablation experiments%n"
            + "      on architectures, algorithms, or data\"; also data, staff, and the cluster's time outside the run.%n%n");

    out.printf(
        Locale.ROOT, "(2) Amortised ownership (Epoch AI, Cottier et al. 2024, arXiv:2405.21015)%n");
    out.printf(
        Locale.ROOT,
        "    price per GPU = the fleet file's %s price override USD %s / %d = USD %s%n",
        H800_SYSTEM,
        usd(serverPrice.amount()),
        gpusPerServer,
        usd(pricePerGpu.amount()));
    out.printf(
        Locale.ROOT,
        "    age %.2f years: bought %s (the fleet file), training started %s (publication %s, arXiv 2412, mid-month,"
            + " - %.0f days - %d days, Epoch's rule)%n",
        age,
        h800.purchaseDate(),
        start,
        PUBLICATION,
        Math.floor(wallClockDays),
        DAYS_START_TO_PUBLICATION);
    out.printf(Locale.ROOT, "    %s%n", amortised.formula());
    out.printf(
        Locale.ROOT,
        "    hardware USD %s + interconnect USD %s + energy USD %s (%,.0f kWh) = USD %s%n",
        usd(amortised.hardware().amount()),
        usd(amortised.interconnect().amount()),
        usd(amortised.energy().amount()),
        amortised.energyKwh(),
        usd(amortised.total().amount()));
    out.printf(
        Locale.ROOT,
        "    includes: server value at the start of training (the price declined %.2f OOM/year over the age)%n"
            + "      charged at %.1f%%/year (%.2f OOM/year x ln 10) for the run's GPU-hours, a %.0f%% cluster interconnect share,%n"
            + "      and energy at PUE %s and USD %s/kWh (the h800 cluster's region and set); nominal dollars.%n"
            + "    excludes: the cluster's idle time, the building, maintenance, staff, cost of capital, research,%n"
            + "      ablations and data.%n%n",
        epoch.oomsPerYear(),
        100 * epoch.chargeRatePerYear(),
        epoch.oomsPerYear(),
        100 * epoch.interconnectFraction(),
        num(epoch.pue()),
        num(epoch.electricityPricePerKwh()));

    List<String> components = new ArrayList<>();
    cluster
        .economic()
        .costPerGpuHourByComponent()
        .forEach(
            (k, v) -> {
              if (!v.isZero()) {
                components.add(k.name().toLowerCase(Locale.ROOT));
              }
            });
    out.printf(Locale.ROOT, "(3) The whole 2,048-GPU cluster's economic cost over the run%n");
    out.printf(
        Locale.ROOT,
        "    cluster: %,d x %s (%,d GPUs), site, price override, network and assumptions of the fleet's %s cluster%n",
        training.servers(),
        training.system().id(),
        training.gpus(),
        H800_CLUSTER);
    out.printf(
        Locale.ROOT,
        "    terms: %d years, utilisation %s, %s, %s%n",
        terms.horizonYears(),
        num(terms.utilisation()),
        terms.depreciation(),
        terms.financing());
    out.printf(Locale.ROOT, "    basis: %s%n", cluster.basis().headline());
    out.printf(
        Locale.ROOT,
        "    economic cost per GPU-hour = present value of costs USD %s / present value of GPU-hours used = USD %.4f%n",
        usd(cluster.economic().presentValueOfCosts().amount()),
        cluster.costPerGpuHour().amount());
    out.printf(
        Locale.ROOT,
        "    %,.0f GPU-hours x USD %.4f/GPU-hour = USD %s%n",
        cost.gpuHours(),
        cluster.costPerGpuHour().amount(),
        usd(economic.amount()));
    out.printf(
        Locale.ROOT,
        "    for comparison, the book cost per GPU-hour: USD %.4f (%s)%n",
        cluster.accounting().costPerGpuHour().amount(),
        cluster.basis().accounting());
    out.printf(
        Locale.ROOT,
        "    includes: %s; the hardware's market value after %d years credited%n",
        String.join(", ", components),
        terms.horizonYears());
    out.printf(
        Locale.ROOT,
        "    excludes: research, ablations and data; the cluster's hours outside the run (they are charged%n"
            + "      to other work).%n%n");

    double r = rental.amount();
    double a = amortised.total().amount();
    double t = economic.amount();
    out.printf(Locale.ROOT, "Summary%n");
    out.printf(
        Locale.ROOT, "  (1) rental basis               USD %12s   %.2f x (1)%n", usd(r), 1.0);
    out.printf(
        Locale.ROOT, "  (2) amortised (Epoch)          USD %12s   %.2f x (1)%n", usd(a), a / r);
    out.printf(
        Locale.ROOT,
        "  (3) cluster, economic basis    USD %12s   %.2f x (1), %.2f x (2)%n",
        usd(t),
        t / r,
        t / a);

    return new Summary(rental, amortised, economic, cost, cluster, pricePerGpu, age);
  }

  private static String usd(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String num(double v) {
    return String.format(
        Locale.ROOT, "%s", v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
  }
}
