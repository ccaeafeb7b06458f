package dev.flopex.costing.internal;

import dev.flopex.core.money.Money;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.AmortisedCost;
import dev.flopex.costing.AmortisedHardware;
import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.economics.TrainingCost;
import dev.flopex.costing.economics.TrainingRun;
import dev.flopex.costing.internal.results.ImmutableAmortisedCost;
import dev.flopex.costing.internal.results.ImmutableTrainingCost;
import java.util.OptionalDouble;

/**
 * Computes a {@link dev.flopex.costing.economics.TrainingCost}; formulas in {@code docs/model.md}
 * §12, named in the comments.
 */
public final class TrainingCalculator {
  private TrainingCalculator() {}

  public static TrainingCost evaluate(TrainingRun run) {
    OptionalDouble flops = run.flops();
    OptionalDouble peak =
        flops.isPresent()
            ? OptionalDouble.of(UnitEconomics.densePeakFlops(run.accelerator(), run.precision()))
            : OptionalDouble.empty();

    // §12.1 goodput, GPU-hours and MFU
    double goodput;
    String goodputBasis;
    if (run.goodput().isPresent()) {
      goodput = run.goodput().getAsDouble();
      goodputBasis = "goodput " + Check.format(goodput) + " (given)";
    } else if (run.ownCluster().isPresent()) {
      ClusterResult a = run.ownCluster().get();
      double spare = a.assumption(AssumptionKey.HOT_SPARE_FRACTION);
      goodput =
          GoodputModel.fraction(
              a.assumption(AssumptionKey.INTERRUPTIONS_PER_MILLION_GPU_HOURS),
              a.assumption(AssumptionKey.CHECKPOINT_WRITE_MINUTES),
              a.assumption(AssumptionKey.RESTART_MINUTES),
              0,
              run.gpus());
      goodputBasis =
          "goodput "
              + Check.format(Math.round(goodput * 1e4) / 1e4)
              + ": the cluster's interruption rate, checkpoint and restart times"
              + " for a job on "
              + run.gpus()
              + " GPUs (its hot spares, "
              + Check.format(spare)
              + ", are in the cluster's cost)";
    } else {
      goodput = 1;
      goodputBasis = "goodput 1: no interruptions modelled (give goodput or ownCluster)";
    }
    double gpuHours;
    double useful;
    OptionalDouble mfu;
    if (run.mfu().isPresent()) {
      double m = run.mfu().getAsDouble();
      useful =
          UnitEconomics.finiteResult(
              flops.getAsDouble() / (peak.getAsDouble() * m) / UnitEconomics.SECONDS_PER_HOUR,
              "gpuHours",
              "flops "
                  + Check.format(flops.getAsDouble())
                  + ", peak "
                  + Check.format(peak.getAsDouble())
                  + " FLOP/s, mfu "
                  + Check.format(m));
      Check.positive(useful, "gpuHours", "GPU-hours");
      gpuHours = useful / goodput;
      mfu = run.mfu();
    } else {
      gpuHours = run.reportedGpuHours().getAsDouble();
      useful = gpuHours * goodput;
      mfu =
          flops.isPresent()
              ? OptionalDouble.of(
                  impliedMfu(flops.getAsDouble(), gpuHours, peak.getAsDouble(), run))
              : OptionalDouble.empty();
    }
    double days = gpuHours / run.gpus() / 24;
    Check.positive(days, "wallClockDays", "days");

    // §12.2 costs (a) and (b)
    ImmutableTrainingCost.Builder b =
        ImmutableTrainingCost.builder()
            .run(run)
            .flops(flops)
            .peakFlopsPerGpu(peak)
            .gpuHours(gpuHours)
            .usefulGpuHours(useful)
            .goodput(goodput)
            .goodputBasis(goodputBasis)
            .wallClockDays(days)
            .mfu(mfu)
            .mfuImplied(run.mfu().isEmpty() && mfu.isPresent());
    run.rentalPricePerGpuHour().ifPresent(p -> b.rentalCost(times(p, gpuHours, "rentalCost")));
    run.ownCluster()
        .ifPresent(c -> b.ownClusterCost(times(c.costPerGpuHour(), gpuHours, "ownClusterCost")));

    // §12.3 cost (c), Epoch AI
    run.amortisedHardware().ifPresent(a -> b.amortisedCost(amortised(run, a, gpuHours)));
    return b.build();
  }

  /**
   * Relative slack above an implied MFU of 1 that is taken as rounding (hours computed from MFU 1
   * and read back).
   */
  public static final double IMPLIED_MFU_ROUNDING = 1e-9;

  /**
   * §12.1: FLOPs / (GPU-hours x 3600 x peak), refused above 1 (the hours are too few for the
   * FLOPs); a value within {@link #IMPLIED_MFU_ROUNDING} above 1 is rounding and is returned as 1.
   */
  public static double impliedMfu(
      double flops, double gpuHours, double peakFlops, TrainingRun run) {
    double m = flops / (gpuHours * UnitEconomics.SECONDS_PER_HOUR * peakFlops);
    if (m > 1 && m <= 1 + IMPLIED_MFU_ROUNDING) {
      return 1.0;
    }
    if (!(m <= 1)) {
      double minimum = flops / (peakFlops * UnitEconomics.SECONDS_PER_HOUR);
      throw new ValidationException(
          "reportedGpuHours",
          Check.format(gpuHours, "GPU-hours"),
          "must be >= "
              + Check.format(minimum, "GPU-hours")
              + ", the time "
              + Check.format(flops, "FLOP")
              + " take at 100% of the "
              + run.accelerator().id()
              + " "
              + run.precision().key()
              + " dense peak (implied MFU would be "
              + Check.format(m)
              + ")");
    }
    return m;
  }

  private static Money times(Money perGpuHour, double gpuHours, String what) {
    UnitEconomics.finiteResult(
        perGpuHour.amount() * gpuHours,
        what,
        "price " + perGpuHour + "/GPU-hour x " + Check.format(gpuHours, "GPU-hours"));
    return perGpuHour.times(gpuHours);
  }

  private static AmortisedCost amortised(TrainingRun run, AmortisedHardware a, double gpuHours) {
    String cur = a.pricePerGpu().currency().getCurrencyCode();
    Money value = a.valueAtTrainingStart();
    // value x k ln(10) / 8766 per GPU-hour
    double perGpuHour = value.amount() * a.chargeRatePerYear() / AmortisedHardware.HOURS_PER_YEAR;
    double hardware =
        UnitEconomics.finiteResult(
            perGpuHour * gpuHours,
            "amortisedCost.hardware",
            "value "
                + value
                + " x "
                + Check.format(a.chargeRatePerYear())
                + "/year x "
                + Check.format(gpuHours, "GPU-hours"));
    double f = a.interconnectFraction();
    double interconnect = hardware * f / (1 - f);
    double tdpKw = UnitEconomics.tdpWatts(run.accelerator()) / 1000;
    double kwh =
        UnitEconomics.finiteResult(
            gpuHours * tdpKw * a.serverPowerRatio() * a.loadFactor() * a.pue(),
            "amortisedCost.energyKwh",
            Check.format(gpuHours, "GPU-hours") + " x " + Check.format(tdpKw, "kW"));
    double energy = kwh * a.electricityPricePerKwh();
    double total =
        UnitEconomics.finiteResult(
            UnitEconomics.sum(hardware, interconnect, energy),
            "amortisedCost.total",
            "hardware, interconnect and energy");
    String formula =
        "hardware: value at start "
            + value
            + " ("
            + a.pricePerGpu()
            + " x 10^(-"
            + Check.format(a.oomsPerYear())
            + " x "
            + Check.format(a.ageYears())
            + " years)) x "
            + Check.format(a.oomsPerYear())
            + " x ln 10 / 8766 h x "
            + Check.format(gpuHours, "GPU-hours")
            + "; interconnect: hardware x "
            + Check.format(f)
            + " / (1 - "
            + Check.format(f)
            + ")"
            + "; energy: "
            + Check.format(gpuHours, "GPU-hours")
            + " x "
            + Check.format(tdpKw, "kW")
            + " TDP x "
            + Check.format(a.serverPowerRatio())
            + " server/GPU power x "
            + Check.format(a.loadFactor())
            + " load x PUE "
            + Check.format(a.pue())
            + " x "
            + cur
            + " "
            + Check.format(a.electricityPricePerKwh())
            + "/kWh";
    return ImmutableAmortisedCost.builder()
        .hardware(Money.of(a.pricePerGpu().currency(), hardware))
        .interconnect(Money.of(a.pricePerGpu().currency(), interconnect))
        .energy(Money.of(a.pricePerGpu().currency(), energy))
        .energyKwh(kwh)
        .total(Money.of(a.pricePerGpu().currency(), total))
        .constantDollarTotal(Money.of(a.pricePerGpu().currency(), total * a.constantDollarFactor()))
        .dollarBasis(a.dollarBasis())
        .formula(a.dating().map(d -> d + "; ").orElse("") + formula)
        .build();
  }
}
