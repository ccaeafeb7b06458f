package dev.flopex.cli;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.Precision;
import dev.flopex.catalog.PricePoint;
import dev.flopex.catalog.PriceQuote;
import dev.flopex.catalog.SystemSpec;
import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.AmortisedHardware;
import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.AssumptionSet;
import dev.flopex.costing.AssumptionSets;
import dev.flopex.costing.BomLine;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CostComponent;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.Facility;
import dev.flopex.costing.Region;
import dev.flopex.costing.Regions;
import dev.flopex.costing.economics.EpochRun;
import dev.flopex.costing.economics.TrainingCost;
import dev.flopex.costing.economics.TrainingRun;
import dev.flopex.report.TrainingReport;
import dev.flopex.report.internal.Fmt;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flopex training-cost}: GPU-hours, wall-clock time, MFU and cost of a training run. */
@Command(
    name = "training-cost",
    sortOptions = false,
    description = {
      "Cost a training run (docs/model.md section 12): GPU-hours, wall-clock days, MFU and goodput (with its basis), and "
          + "the cost (a) at a rental price, (b) at an own cluster's economic cost per GPU-hour used (--fleet, --cluster; "
          + "with the cluster's basis lines) and (c) by Epoch AI's amortised hardware plus energy method.",
      "Compute: --flops, or --params (active per token) and --tokens for 6 x N x D. Time: --mfu (useful GPU-hours "
          + "computed, the hours paid for are those / goodput) or --gpu-hours (alias --chip-hours: the hours paid for; "
          + "MFU implied when the compute is known).",
      "Cost (c), --method explicit (the default): a server price per GPU (--hardware-price-per-gpu, else the --fleet "
          + "cluster's server price, else a catalog system with the accelerator: its latest new-purchase price, or as of "
          + "--hardware-price-date) and --hardware-age-years, which is required (the age moves the cost up to tenfold).",
      "Cost (c), --method epoch: Epoch AI's own dating (--publication-date, --organisation, --training-hours): DGX price, "
          + "acquisition and training start dates, PUE, power and electricity price as Epoch's code sets them; the total is "
          + "printed nominal and in Epoch's constant dollars."
    },
    footer = {
      "",
      "Examples:",
      "  flopex training-cost --accelerator h800-sxm5 --gpus 2048 --params 37e9 --tokens 14.8e12 --gpu-hours 2.788e6 --rental-price 2",
      "  flopex training-cost --accelerator h100-sxm5 --gpus 16384 --flops 3.8e25 --mfu 0.4 --rental-price 2.5",
      "  flopex training-cost --fleet examples/fleets/h100-neocloud.yaml --gpus 20480 --params 70e9 --tokens 15e12 --mfu 0.4",
      "  flopex training-cost --accelerator a100-sxm4-80gb --gpus 1000 \\",
      "      --chip-hours 1720320 --method epoch --publication-date 2023-07-18 \\",
      "      --organisation \"Meta AI\" --training-hours 1728"
    })
final class TrainingCostCommand implements Callable<Integer> {
  private static final Map<String, String> RUN_FIELDS =
      Map.ofEntries(
          Map.entry("trainingRun.name", "--name"),
          Map.entry("gpus", "--gpus"),
          Map.entry("totalFlops", "--flops"),
          Map.entry("activeParameters", "--params"),
          Map.entry("tokens", "--tokens"),
          Map.entry("flops", "--params x --tokens"),
          Map.entry("mfu", "--mfu"),
          Map.entry("reportedGpuHours", "--gpu-hours"),
          Map.entry("rentalPricePerGpuHour", "--rental-price"),
          Map.entry("precision", "--precision"),
          Map.entry("ownCluster.accelerator", "--cluster's accelerator"),
          Map.entry("pricePerGpu", "--hardware-price-per-gpu"),
          Map.entry("ageYears", "--hardware-age-years"),
          Map.entry("oomsPerYear", "--ooms-per-year"),
          Map.entry("interconnectFraction", "--interconnect-fraction"),
          Map.entry("serverPowerRatio", "--server-power-ratio"),
          Map.entry("loadFactor", "--load-factor"),
          Map.entry("pue", "--pue"),
          Map.entry("electricityPricePerKwh", "--electricity-price"),
          Map.entry("goodput", "--goodput"),
          Map.entry("organisation", "--organisation"),
          Map.entry("trainingHours", "--training-hours"),
          Map.entry("publicationDate.year", "--publication-date"),
          Map.entry("publicationDate (month)", "--publication-date"),
          Map.entry("releaseDate", "--accelerator"),
          Map.entry("accelerator", "--accelerator"));

  /** How cost (c)'s inputs are found. */
  enum Method {
    /** From the options, the --fleet cluster or the catalog, at --hardware-age-years. */
    EXPLICIT,
    /** Epoch AI's own dating ({@link AmortisedHardware#epoch(EpochRun)}). */
    EPOCH
  }

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      defaultValue = "training-run",
      description = "A name for the run (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(
      names = "--accelerator",
      paramLabel = "ID",
      description = "The accelerator, e.g. h800-sxm5 or H100 (default: the --fleet cluster's).")
  String accelerator;

  @Option(names = "--gpus", paramLabel = "N", required = true, description = "GPUs used at once.")
  String gpus;

  @Option(
      names = "--precision",
      paramLabel = "P",
      defaultValue = "bf16",
      description =
          "Precision whose dense peak the MFU is measured against (default: ${DEFAULT-VALUE}).")
  String precision;

  @Option(names = "--flops", paramLabel = "F", description = "Training compute, FLOP, e.g. 3.8e25.")
  String flops;

  @Option(
      names = "--params",
      paramLabel = "N",
      description = "Parameters active per token (all of them for a dense model), e.g. 37e9.")
  String params;

  @Option(names = "--tokens", paramLabel = "D", description = "Training tokens, e.g. 14.8e12.")
  String tokens;

  @Option(
      names = "--mfu",
      paramLabel = "M",
      description = "Model FLOPs utilisation in (0, 1]; GPU-hours are computed.")
  String mfu;

  @Option(
      names = {"--gpu-hours", "--chip-hours"},
      paramLabel = "H",
      description =
          "Reported GPU-hours (Epoch's 'training chip-hours'): "
              + "the hours paid for; the MFU is implied when the compute is known.")
  String gpuHours;

  @Option(
      names = "--goodput",
      paramLabel = "G",
      description =
          "The run's goodput, in (0, 1]: the share of its GPU-hours that advance training "
              + "(default: the --fleet cluster's for a job on --gpus, else none modelled).")
  String goodput;

  @Option(
      names = "--rental-price",
      paramLabel = "USD",
      description = "Cost (a): a rental price per GPU-hour.")
  String rentalPrice;

  @Option(
      names = "--fleet",
      paramLabel = "FILE",
      description =
          "Cost (b): a fleet file whose cluster's economic cost per GPU-hour used prices the run.")
  String fleet;

  @Option(
      names = "--cluster",
      paramLabel = "NAME",
      description = "With --fleet: the cluster (needed when the fleet has several).")
  String cluster;

  @Option(
      names = "--hardware-price-per-gpu",
      paramLabel = "USD",
      description = "Cost (c): server hardware price per GPU when acquired.")
  String hardwarePrice;

  @Option(
      names = "--hardware-price-date",
      paramLabel = "YYYY-MM-DD",
      description = "Cost (c): take the catalog server price as of this day (default: latest).")
  String hardwarePriceDate;

  @Option(
      names = "--method",
      paramLabel = "M",
      defaultValue = "explicit",
      description =
          "Cost (c): explicit (inputs from the options, the "
              + "fleet or the catalog) or epoch (Epoch AI's dating) (default: ${DEFAULT-VALUE}).")
  String method;

  @Option(
      names = "--hardware-age-years",
      paramLabel = "Y",
      description =
          "Cost (c), explicit: years from acquisition to the start of training "
              + "(required for cost (c): no default).")
  String ageYears;

  @Option(
      names = "--amortised-assumptions",
      paramLabel = "SET",
      description =
          "Cost (c), explicit: assumption set for PUE, busy power "
              + "fraction and server overhead (default: the --fleet cluster's resolved values, else hyperscaler).")
  String amortisedAssumptions;

  @Option(
      names = "--amortised-region",
      paramLabel = "ID",
      description =
          "Cost (c), explicit, without --fleet: the region whose electricity "
              + "price (and PUE, if the set has none) is used (default: us-average).")
  String amortisedRegion;

  @Option(
      names = "--publication-date",
      paramLabel = "YYYY-MM-DD",
      description =
          "Cost (c), epoch: the model's publication date (dates training, "
              + "sets the electricity price and the dollars' month).")
  String publicationDate;

  @Option(
      names = "--organisation",
      paramLabel = "NAME",
      description =
          "Cost (c), epoch: the organisation, e.g. \"Meta AI\" (hyperscalers get "
              + "Epoch's PUE 1.1, others 1.25).")
  String organisation;

  @Option(
      names = "--training-hours",
      paramLabel = "H",
      description = "Cost (c), epoch: the training time, hours (Epoch's 'training time').")
  String trainingHours;

  @Option(
      names = "--ooms-per-year",
      paramLabel = "X",
      description =
          "Cost (c): decline of hardware value, orders of magnitude per year (default: Epoch's 0.14).")
  String oomsPerYear;

  @Option(
      names = "--interconnect-fraction",
      paramLabel = "F",
      description =
          "Cost (c): interconnect share of cluster cost, in [0, 1) (default: Epoch's 0.19).")
  String interconnectFraction;

  @Option(
      names = "--server-power-ratio",
      paramLabel = "R",
      description =
          "Cost (c): server power at maximum / GPU TDP, >= 1 (default: 1 + server_overhead_fraction).")
  String serverPowerRatio;

  @Option(
      names = "--load-factor",
      paramLabel = "F",
      description =
          "Cost (c): average / maximum server power, in (0, 1] (default: busy_power_fraction).")
  String loadFactor;

  @Option(
      names = "--pue",
      paramLabel = "P",
      description =
          "Cost (c): power usage effectiveness, >= 1 (default: the set's or region's pue).")
  String pue;

  @Option(
      names = "--electricity-price",
      paramLabel = "USD",
      description = "Cost (c): electricity price per kWh (default: the cluster's or region's).")
  String electricityPrice;

  @Mixin AnyFormat format;

  @Override
  public Integer call() {
    Format f = format.get();
    Context ctx = FlopexCommand.context(spec);
    HardwareCatalog catalog = ctx.catalog();
    Method m = Opts.choice("--method", method, Method.class);
    checkCombinations(m);
    ClusterResult own =
        fleet == null ? null : Fleets.cluster(ctx, fleet, cluster, CostEngine.create());
    Accelerator acc;
    if (accelerator != null) {
      acc = catalog.accelerator(accelerator.strip());
    } else if (own != null) {
      acc = own.cluster().system().accelerator();
    } else {
      throw new ValidationException(
          "--accelerator", null, "must be given (or --fleet, to use its cluster's accelerator)");
    }
    Precision p = Opts.renaming("precision", "--precision", () -> Precision.fromKey(precision));
    var b =
        TrainingRun.builder()
            .name(name)
            .accelerator(acc)
            .precision(p)
            .gpus(Opts.count("--gpus", gpus, 100_000_000L));
    if (flops != null) {
      b.totalFlops(Opts.positive("--flops", flops));
    }
    if (params != null) {
      b.activeParameters(Opts.positive("--params", params));
      b.tokens(Opts.positive("--tokens", tokens));
    }
    if (mfu != null) {
      b.mfu(Opts.fraction("--mfu", mfu));
    }
    if (gpuHours != null) {
      b.reportedGpuHours(Opts.positive("--gpu-hours", gpuHours));
    }
    if (rentalPrice != null) {
      b.rentalPricePerGpuHour(Money.usd(Opts.nonNegative("--rental-price", rentalPrice)));
    }
    if (own != null) {
      b.ownCluster(own);
    }
    if (goodput != null) {
      b.goodput(Opts.fraction("--goodput", goodput));
    }
    String[] basis = new String[1];
    Optional<AmortisedHardware> amortised =
        m == Method.EPOCH ? Optional.of(epoch(acc, basis)) : amortised(catalog, acc, own, basis);
    amortised.ifPresent(b::amortisedHardware);
    TrainingRun run = Opts.renaming(RUN_FIELDS, b::build);
    TrainingCost cost = Opts.renaming(RUN_FIELDS, () -> CostEngine.create().evaluate(run));
    TrainingReport.of(cost, own, amortised, basis[0]).render(f.report(), ctx.out());
    return 0;
  }

  /**
   * Refuses, when cost (c) is not computed, every option that only cost (c) reads: an option either
   * takes effect or fails (issue 10), and the basis line says why (c) did not run.
   */
  private Optional<AmortisedHardware> notComputed(String[] basis, String reason) {
    basis[0] = "not computed: " + reason;
    explicitOnly()
        .forEach(
            (option, v) -> {
              if (v != null) {
                throw new ValidationException(
                    option,
                    "'" + v + "'",
                    "has no effect, because cost (c) is not computed: " + reason);
              }
            });
    return Optional.empty();
  }

  private java.util.LinkedHashMap<String, String> explicitOnly() {
    java.util.LinkedHashMap<String, String> explicitOnly = new java.util.LinkedHashMap<>();
    explicitOnly.put("--hardware-price-per-gpu", hardwarePrice);
    explicitOnly.put("--hardware-price-date", hardwarePriceDate);
    explicitOnly.put("--hardware-age-years", ageYears);
    explicitOnly.put("--amortised-assumptions", amortisedAssumptions);
    explicitOnly.put("--amortised-region", amortisedRegion);
    explicitOnly.put("--ooms-per-year", oomsPerYear);
    explicitOnly.put("--interconnect-fraction", interconnectFraction);
    explicitOnly.put("--server-power-ratio", serverPowerRatio);
    explicitOnly.put("--load-factor", loadFactor);
    explicitOnly.put("--pue", pue);
    explicitOnly.put("--electricity-price", electricityPrice);
    return explicitOnly;
  }

  private void checkCombinations(Method m) {
    java.util.LinkedHashMap<String, String> explicitOnly = explicitOnly();
    java.util.LinkedHashMap<String, String> epochOnly = new java.util.LinkedHashMap<>();
    epochOnly.put("--publication-date", publicationDate);
    epochOnly.put("--organisation", organisation);
    epochOnly.put("--training-hours", trainingHours);
    if (m == Method.EPOCH) {
      explicitOnly.forEach(
          (option, v) -> {
            if (v != null) {
              throw new ValidationException(
                  option,
                  "'" + v + "'",
                  "must be absent with --method epoch (Epoch's dating sets it)");
            }
          });
      epochOnly.forEach(
          (option, v) -> {
            if (v == null) {
              throw new ValidationException(option, null, "must be given with --method epoch");
            }
          });
    } else {
      epochOnly.forEach(
          (option, v) -> {
            if (v != null) {
              throw new ValidationException(option, "'" + v + "'", "must come with --method epoch");
            }
          });
    }
    if (fleet != null && amortisedRegion != null) {
      throw new ValidationException(
          "--amortised-region",
          "'" + amortisedRegion + "'",
          "must be absent with --fleet (the cluster's region is used)");
    }
    if ((params == null) != (tokens == null)) {
      throw new ValidationException(
          params == null ? "--params" : "--tokens",
          null,
          "must be given together with "
              + (params == null ? "--tokens" : "--params")
              + " (FLOPs = 6 x N x D)");
    }
    if (flops != null && params != null) {
      throw new ValidationException(
          "--flops",
          "'" + flops + "'",
          "must be absent when --params and --tokens are given (give the compute one way)");
    }
    Opts.exactlyOne("--mfu or --gpu-hours", mfu != null, gpuHours != null);
    if (mfu != null && flops == null && params == null) {
      throw new ValidationException(
          "--flops",
          null,
          "must be given (or --params and --tokens) to compute GPU-hours from --mfu");
    }
    if (cluster != null && fleet == null) {
      throw new ValidationException(
          "--cluster", "'" + cluster + "'", "must come with --fleet FILE");
    }
    if (fleet != null && hardwarePriceDate != null) {
      throw new ValidationException(
          "--hardware-price-date",
          "'" + hardwarePriceDate + "'",
          "must be absent with --fleet (the cluster's server price as of its purchase date is used)");
    }
    if (hardwarePrice != null && hardwarePriceDate != null) {
      throw new ValidationException(
          "--hardware-price-date",
          "'" + hardwarePriceDate + "'",
          "must be absent when --hardware-price-per-gpu is given");
    }
  }

  /**
   * Returns the inputs of Epoch AI's method, or empty when no server price per GPU is known (then
   * {@code basis[0]} says why).
   */
  private Optional<AmortisedHardware> amortised(
      HardwareCatalog catalog, Accelerator acc, ClusterResult own, String[] basis) {
    Money price = null;
    if (hardwarePrice != null) {
      price = Money.usd(Opts.nonNegative("--hardware-price-per-gpu", hardwarePrice));
      basis[0] = "given (--hardware-price-per-gpu)";
    } else if (own != null && own.cluster().system().accelerator().id().equals(acc.id())) {
      for (BomLine l : own.billOfMaterials()) {
        if (l.component() == CostComponent.SERVERS) {
          int per = own.cluster().system().acceleratorCount().value();
          price = AmortisedHardware.perGpuPrice(l.unitPrice(), own.cluster().system());
          basis[0] =
              l.item()
                  + " at USD "
                  + Fmt.money(l.unitPrice().amount())
                  + " ("
                  + l.priceAsOf().orElse("undated")
                  + ", cluster "
                  + own.cluster().name()
                  + ") / "
                  + per
                  + " GPUs";
          break;
        }
      }
    } else {
      LocalDate date =
          hardwarePriceDate == null ? null : Opts.date("--hardware-price-date", hardwarePriceDate);
      for (SystemSpec s : catalog.systems()) {
        if (!s.accelerator().id().equals(acc.id())) {
          continue;
        }
        int per = s.acceleratorCount().value();
        if (date == null) {
          Optional<PricePoint> pp = s.latestNewPrice();
          if (pp.isPresent() && pp.get().price().currency().equals(Money.USD)) {
            price = AmortisedHardware.perGpuPrice(pp.get().price(), s);
            basis[0] =
                s.id()
                    + " catalog price USD "
                    + Fmt.money(pp.get().price().amount())
                    + " ("
                    + pp.get().asOf()
                    + ", "
                    + pp.get().basis().key()
                    + ", the latest new-purchase price) / "
                    + per
                    + " GPUs";
            break;
          }
        } else {
          Optional<PriceQuote> q = s.newPrice(date);
          if (q.isPresent() && q.get().price().currency().equals(Money.USD)) {
            price = AmortisedHardware.perGpuPrice(q.get().price(), s);
            basis[0] =
                s.id()
                    + " catalog price USD "
                    + Fmt.money(q.get().price().amount())
                    + " for "
                    + date
                    + " ("
                    + Fmt.oneLine(q.get().explanation())
                    + ") / "
                    + per
                    + " GPUs";
            break;
          }
        }
      }
      if (price == null) {
        return notComputed(
            basis,
            "the catalog has no new-purchase server price for "
                + acc.id()
                + (date == null ? "" : " dated on or before " + date)
                + "; give --hardware-price-per-gpu");
      }
    }
    if (price == null) {
      return notComputed(
          basis, "no server price for " + acc.id() + "; give --hardware-price-per-gpu");
    }
    if (ageYears == null) {
      return notComputed(
          basis,
          "give --hardware-age-years (years from acquisition to the start of training; no default, it moves the "
              + "cost up to tenfold), or --method epoch");
    }
    // the energy figures: the --fleet cluster's resolved values, else an assumption set's operator
    // values and a region's site values
    Map<AssumptionKey, Sourced<Double>> values = new java.util.EnumMap<>(AssumptionKey.class);
    String from;
    if (own != null && amortisedAssumptions == null) {
      values.putAll(own.assumptions());
      from =
          "cluster "
              + own.cluster().name()
              + "'s assumptions ("
              + own.cluster().assumptions().id()
              + ", region "
              + own.cluster().site().region().id()
              + ")";
    } else {
      AssumptionSet set =
          amortisedAssumptions != null
              ? Opts.renaming(
                  "assumption_set",
                  "--amortised-assumptions",
                  () -> AssumptionSets.get(amortisedAssumptions.strip()))
              : AssumptionSets.get("hyperscaler");
      Region region =
          own != null
              ? own.cluster().site().region()
              : Opts.renaming(
                  "region",
                  "--amortised-region",
                  () -> Regions.get(amortisedRegion == null ? "us-average" : amortisedRegion));
      values.putAll(set.values());
      for (AssumptionKey k :
          new AssumptionKey[] {AssumptionKey.PUE, AssumptionKey.ELECTRICITY_USD_PER_KWH}) {
        if (!values.containsKey(k)) {
          region.value(k, Facility.COLOCATION_WHOLESALE).ifPresent(v -> values.put(k, v));
        }
      }
      from = "the " + set.id() + " assumption set and region " + region.id();
    }
    double age = Opts.number("--hardware-age-years", ageYears);
    Money perGpu = price;
    AmortisedHardware defaults =
        Opts.renaming(RUN_FIELDS, () -> AmortisedHardware.epoch(perGpu, values, age));
    var b =
        AmortisedHardware.builder()
            .ageYears(age)
            .pricePerGpu(price)
            .serverPowerRatio(
                serverPowerRatio != null
                    ? Opts.number("--server-power-ratio", serverPowerRatio)
                    : defaults.serverPowerRatio())
            .loadFactor(
                loadFactor != null
                    ? Opts.number("--load-factor", loadFactor)
                    : defaults.loadFactor())
            .pue(pue != null ? Opts.number("--pue", pue) : defaults.pue())
            .electricityPricePerKwh(
                electricityPrice != null
                    ? Opts.number("--electricity-price", electricityPrice)
                    : defaults.electricityPricePerKwh());
    if (oomsPerYear != null) {
      b.oomsPerYear(Opts.number("--ooms-per-year", oomsPerYear));
    }
    if (interconnectFraction != null) {
      b.interconnectFraction(Opts.number("--interconnect-fraction", interconnectFraction));
    }
    basis[0] =
        basis[0]
            + "; bought "
            + Fmt.num(age)
            + " years before training; energy figures from "
            + from
            + " unless given";
    return Optional.of(Opts.renaming(RUN_FIELDS, b::build));
  }

  /**
   * Returns Epoch AI's inputs for the run, dated by Epoch's rules; {@code basis[0]} gets the
   * dating.
   */
  private AmortisedHardware epoch(Accelerator acc, String[] basis) {
    LocalDate published = Opts.date("--publication-date", publicationDate);
    double hours = Opts.positive("--training-hours", trainingHours);
    EpochRun run =
        Opts.renaming(
            RUN_FIELDS,
            () ->
                EpochRun.builder()
                    .accelerator(acc)
                    .organisation(organisation.strip())
                    .publicationDate(published)
                    .trainingHours(hours)
                    .build());
    AmortisedHardware h = Opts.renaming(RUN_FIELDS, () -> AmortisedHardware.epoch(run));
    basis[0] = h.dating().orElse("Epoch's dating");
    return h;
  }
}
