package dev.flopex.report;

import dev.flopex.core.money.Money;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.costing.AmortisedCost;
import dev.flopex.costing.AmortisedHardware;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.economics.TrainingCost;
import dev.flopex.costing.economics.TrainingRun;
import dev.flopex.report.internal.Facts;
import dev.flopex.report.internal.Fmt;
import java.io.PrintStream;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The cost of a training run ({@link TrainingCost}) rendered as text, JSON, CSV or Markdown: what
 * {@code flopex training-cost} prints, so an embedder gets the same bytes.
 *
 * <p>Every format gives the run (accelerator, GPUs, precision, compute, MFU, GPU-hours) and its
 * cost on each basis computed: (a) rented GPU-hours, (b) the own cluster's economic cost per
 * GPU-hour with that cluster's basis lines, (c) Epoch AI's amortised hardware and energy with its
 * formula (or why it was not computed). Nothing here computes a cost: every figure is {@link
 * TrainingCost}'s, {@link ClusterResult}'s or {@link AmortisedCost}'s.
 *
 * <p>Instances are immutable.
 *
 * @since 0.3
 */
public final class TrainingReport extends TextReport {
  private final TrainingCost cost;
  private final @Nullable ClusterResult own;
  private final Optional<AmortisedHardware> amortised;
  private final String amortisedBasis;

  private TrainingReport(
      TrainingCost cost,
      @Nullable ClusterResult own,
      Optional<AmortisedHardware> amortised,
      String amortisedBasis) {
    this.cost = cost;
    this.own = own;
    this.amortised = amortised;
    this.amortisedBasis = amortisedBasis;
  }

  /**
   * Returns the report of a training run's cost.
   *
   * @param cost the cost, e.g. {@code CostEngine.create().evaluate(run)}
   * @param own the cluster whose economic cost per GPU-hour gave cost (b), or null if none
   * @param amortised the hardware of Epoch AI's amortised cost (c), if computed
   * @param amortisedBasis where (c)'s hardware price comes from (its dating), or why (c) was not
   *     computed, e.g. {@code not computed: ...}
   * @return the report
   */
  public static TrainingReport of(
      TrainingCost cost,
      @Nullable ClusterResult own,
      Optional<AmortisedHardware> amortised,
      String amortisedBasis) {
    return new TrainingReport(cost, own, amortised, amortisedBasis);
  }

  /** Returns the training run's cost this report shows. */
  public TrainingCost cost() {
    return cost;
  }

  /** Returns the title, e.g. {@code training run llama: 16,384 x h100-sxm5, bf16}. */
  public String title() {
    TrainingRun run = cost.run();
    return "training run "
        + run.name()
        + ": "
        + Fmt.grouped(run.gpus())
        + " x "
        + run.accelerator().id()
        + ", "
        + run.precision().key();
  }

  @Override
  void print(PrintStream out, ReportFormat format) {
    facts(cost, own, amortised, amortisedBasis).print(out, format, title());
  }

  private static Facts facts(
      TrainingCost c,
      @Nullable ClusterResult ownOrNull,
      Optional<AmortisedHardware> amortised,
      String basis) {
    TrainingRun run = c.run();
    Facts x = new Facts();
    x.data("name", run.name())
        .add(
            "accelerator",
            "accelerator",
            run.accelerator().id(),
            run.accelerator().id() + " (" + run.accelerator().name() + ")")
        .add("gpus", "GPUs", run.gpus(), Fmt.grouped(run.gpus()))
        .add("precision", "precision", run.precision().key(), run.precision().key());
    if (c.flops().isPresent()) {
      double fl = c.flops().getAsDouble();
      String how =
          run.totalFlops().isPresent()
              ? "given"
              : "6 x "
                  + Fmt.sci(run.activeParameters().getAsDouble())
                  + " active parameters x "
                  + Fmt.sci(run.tokens().getAsDouble())
                  + " tokens";
      x.add("flops", "compute", Fmt.json(fl), Fmt.sci(fl) + " FLOP (" + how + ")");
      x.data(
          "active_parameters",
          run.activeParameters().isPresent()
              ? Fmt.json(run.activeParameters().getAsDouble())
              : null);
      x.data("tokens", run.tokens().isPresent() ? Fmt.json(run.tokens().getAsDouble()) : null);
    } else {
      x.add(
          "flops",
          "compute",
          null,
          "unknown (give --flops, or --params and --tokens, for the MFU)");
    }
    if (c.peakFlopsPerGpu().isPresent()) {
      double pk = c.peakFlopsPerGpu().getAsDouble();
      x.add(
          "peak_flops_per_gpu",
          "dense peak per GPU",
          Fmt.json(pk),
          Fmt.num(
                  pk
                      / ComputeRateUnit.TERAFLOP_PER_SECOND
                          .of(1)
                          .in(ComputeRateUnit.FLOP_PER_SECOND))
              + " TFLOP/s at "
              + run.precision().key());
    }
    if (c.mfu().isPresent()) {
      x.add(
          "mfu",
          "MFU",
          Fmt.json(c.mfu().getAsDouble()),
          Fmt.fixed(c.mfu().getAsDouble(), 4)
              + (c.mfuImplied() ? " (implied by the reported GPU-hours)" : " (given)"));
    } else {
      x.add("mfu", "MFU", null, "unknown (needs the compute)");
    }
    x.data("mfu_implied", c.mfuImplied());
    x.add(
        "gpu_hours",
        "GPU-hours",
        Fmt.json(c.gpuHours()),
        Fmt.grouped(c.gpuHours(), 0)
            + (run.reportedGpuHours().isPresent()
                ? " paid for (reported; they include what interruptions cost)"
                : " paid for (useful GPU-hours / goodput)"));
    x.add(
        "useful_gpu_hours",
        "useful GPU-hours",
        Fmt.json(c.usefulGpuHours()),
        Fmt.grouped(c.usefulGpuHours(), 0)
            + (run.reportedGpuHours().isPresent()
                ? " (reported x goodput)"
                : " (FLOPs / (peak x MFU))"));
    x.add("goodput", "goodput", Fmt.json(c.goodput()), c.goodputBasis());
    x.data("goodput_basis", c.goodputBasis());
    x.add(
        "wall_clock_days",
        "wall clock",
        Fmt.json(c.wallClockDays()),
        Fmt.grouped(c.wallClockDays(), 1) + " days on " + Fmt.grouped(run.gpus()) + " GPUs");

    x.section("cost");
    if (c.rentalCost().isPresent()) {
      Money price = run.rentalPricePerGpuHour().get();
      x.data("rental_price_usd_per_gpu_hour", Fmt.json(price.amount()));
      x.add(
          "rental_cost_usd",
          "(a) rental",
          Fmt.jsonMoney(c.rentalCost().get()),
          "USD "
              + Fmt.money(c.rentalCost().get().amount())
              + " ("
              + Fmt.grouped(c.gpuHours(), 0)
              + " GPU-hours x USD "
              + Fmt.num(price.amount())
              + ")");
    } else {
      x.add("rental_cost_usd", "(a) rental", null, "- (give --rental-price)");
    }
    if (c.ownClusterCost().isPresent()) {
      ClusterResult own = java.util.Objects.requireNonNull(ownOrNull, "own cluster");
      Money per = own.costPerGpuHour();
      x.data("own_cluster", own.cluster().name());
      x.data("own_cluster_usd_per_gpu_hour", Fmt.json(per.amount()));
      x.add(
          "own_cluster_cost_usd",
          "(b) own cluster",
          Fmt.jsonMoney(c.ownClusterCost().get()),
          "USD "
              + Fmt.money(c.ownClusterCost().get().amount())
              + " ("
              + Fmt.grouped(c.gpuHours(), 0)
              + " GPU-hours x cluster "
              + own.cluster().name()
              + "'s economic cost of USD "
              + Fmt.grouped(per.amount(), 4)
              + " per GPU-hour used)");
      Facts.basis(x, "    cluster's basis", own.basis());
    } else {
      x.add(
          "own_cluster_cost_usd",
          "(b) own cluster",
          null,
          "- (give --fleet FILE and --cluster NAME)");
    }
    if (c.amortisedCost().isPresent()) {
      AmortisedCost a = c.amortisedCost().get();
      AmortisedHardware h = amortised.get();
      boolean constant = !a.dollarBasis().equals("nominal");
      x.add(
          "amortised_total_usd",
          "(c) amortised (Epoch AI)",
          Fmt.jsonMoney(a.total()),
          "USD "
              + Fmt.grouped(a.total().amount(), 2)
              + " nominal"
              + (constant
                  ? "; USD "
                      + Fmt.grouped(a.constantDollarTotal().amount(), 2)
                      + " in "
                      + a.dollarBasis()
                  : ""));
      x.data("amortised_constant_dollar_total_usd", Fmt.jsonMoney(a.constantDollarTotal()));
      x.data("amortised_dollar_basis", a.dollarBasis());
      x.data("amortised_method", h.dating().isPresent() ? "epoch" : "explicit");
      x.add(
          "amortised_hardware_usd",
          "    hardware",
          Fmt.jsonMoney(a.hardware()),
          "USD " + Fmt.money(a.hardware().amount()));
      x.add(
          "amortised_interconnect_usd",
          "    interconnect",
          Fmt.jsonMoney(a.interconnect()),
          "USD " + Fmt.money(a.interconnect().amount()));
      x.add(
          "amortised_energy_usd",
          "    energy",
          Fmt.jsonMoney(a.energy()),
          "USD " + Fmt.money(a.energy().amount()) + " (" + Fmt.grouped(a.energyKwh(), 0) + " kWh)");
      x.data("amortised_energy_kwh", Fmt.json(a.energyKwh()));
      x.add(
          "amortised_price_per_gpu_usd",
          "    price per GPU",
          Fmt.jsonMoney(h.pricePerGpu()),
          "USD "
              + Fmt.money(h.pricePerGpu().amount())
              + ": "
              + (h.dating().isPresent() ? "Epoch's DGX price (see dating)" : basis));
      h.dating().ifPresent(dt -> x.data("amortised_dating", dt)); // the formula starts with it
      x.data("amortised_age_years", Fmt.json(h.ageYears()));
      x.data("amortised_ooms_per_year", Fmt.json(h.oomsPerYear()));
      x.data("amortised_interconnect_fraction", Fmt.json(h.interconnectFraction()));
      x.data("amortised_server_power_ratio", Fmt.json(h.serverPowerRatio()));
      x.data("amortised_load_factor", Fmt.json(h.loadFactor()));
      x.data("amortised_pue", Fmt.json(h.pue()));
      x.data("amortised_electricity_usd_per_kwh", Fmt.json(h.electricityPricePerKwh()));
      x.add("amortised_formula", "    formula", a.formula(), Fmt.oneLine(a.formula()));
    } else {
      x.add("amortised_total_usd", "(c) amortised (Epoch AI)", null, basis);
    }
    return x;
  }
}
