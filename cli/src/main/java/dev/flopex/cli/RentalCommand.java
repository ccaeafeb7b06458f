package dev.flopex.cli;

import dev.flopex.core.money.Money;
import dev.flopex.core.validation.Check;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.economics.RentalResult;
import dev.flopex.costing.economics.RentalTerms;
import dev.flopex.report.RentalReport;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flopex rental}: the economics of renting out a costed cluster's GPUs. */
@Command(
    name = "rental",
    sortOptions = false,
    description = {
      "Rent out a fleet file's cluster (docs/model.md section 14): revenue, operating costs, the economic capital charge "
          + "and margins by year; NPV, IRR and payback of the cash flows -CapEx, then revenue - operating costs, with the "
          + "market value the hardware keeps added to the last year; the break-even price. The cluster's basis lines say "
          + "what its costs are on; by default the discount rate is the cluster's WACC, so the break-even price at the "
          + "cluster's utilisation is its economic cost per GPU-hour.",
      "CSV has the table by year (year 0 is the CapEx), the basis in its last two columns."
    },
    footer = {
      "",
      "Examples:",
      "  flopex rental --fleet examples/fleets/h100-neocloud.yaml --price 2.2 --utilisation 0.7",
      "  flopex rental --fleet examples/fleets/mixed-fleet.yaml --cluster h100-texas --price 2 --price-change-per-year -0.15"
    })
final class RentalCommand implements Callable<Integer> {
  private static final Map<String, String> FIELDS =
      Map.of(
          "pricePerGpuHour", "--price",
          "utilisation", "--utilisation",
          "priceChangePerYear", "--price-change-per-year",
          "costOfCapital", "--cost-of-capital");

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin StrictOption strict;

  @Option(
      names = "--fleet",
      paramLabel = "FILE",
      required = true,
      description = "The fleet file with the cluster to rent out (costed under its terms).")
  String fleet;

  @Option(
      names = "--cluster",
      paramLabel = "NAME",
      description = "The cluster (needed when the fleet has several).")
  String cluster;

  @Option(
      names = "--price",
      paramLabel = "USD",
      required = true,
      description = "Rental price per GPU-hour sold in year 1.")
  String price;

  @Option(
      names = "--utilisation",
      paramLabel = "U",
      description = "Share of GPU-hours sold, in (0, 1] (default: the fleet terms' utilisation).")
  String utilisation;

  @Option(
      names = "--price-change-per-year",
      paramLabel = "R",
      defaultValue = "0",
      description =
          "Yearly change of the rental price, > -1, e.g. -0.15 (default: ${DEFAULT-VALUE}).")
  String priceChange;

  @Option(
      names = "--cost-of-capital",
      paramLabel = "R",
      description =
          "Discount rate for the NPV and the capital charge, per year, in (0, 1) "
              + "(default: the cluster's WACC).")
  String costOfCapital;

  @Mixin AnyFormat format;

  @Override
  public Integer call() {
    Format f = format.get();
    Context ctx = FlopexCommand.context(spec);
    Money p = Money.usd(Opts.nonNegative("--price", price));
    double u = utilisation == null ? Double.NaN : Opts.fraction("--utilisation", utilisation);
    double change =
        Check.greaterThan(
            Opts.number("--price-change-per-year", priceChange),
            -1,
            "--price-change-per-year",
            "/year");
    double coc =
        costOfCapital == null ? Double.NaN : Opts.number("--cost-of-capital", costOfCapital);
    ClusterResult c = Fleets.cluster(ctx, fleet, cluster, strict.engine());
    var b = RentalTerms.builder().cluster(c).pricePerGpuHour(p).priceChangePerYear(change);
    if (utilisation != null) { // else the library's default: the cluster terms' utilisation
      b.utilisation(u);
    }
    if (costOfCapital != null) {
      b.costOfCapital(coc);
    }
    RentalTerms terms = Opts.renaming(FIELDS, b::build);
    RentalResult r = Opts.renaming(FIELDS, () -> strict.engine().evaluate(terms));
    RentalReport.of(r).render(f.report(), ctx.out());
    return 0;
  }
}
