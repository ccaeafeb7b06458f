package dev.flopex.cli;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.NicRole;
import dev.flopex.catalog.SystemSpec;
import dev.flopex.catalog.UnknownPartException;
import dev.flopex.core.provenance.Confidence;
import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.provenance.Source;
import dev.flopex.core.provenance.SourceKind;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.DataFileException;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.AssumptionSet;
import dev.flopex.costing.AssumptionSets;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.Depreciation;
import dev.flopex.costing.Facility;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Financing;
import dev.flopex.costing.Fleet;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.NetworkDesign;
import dev.flopex.costing.PowerBasis;
import dev.flopex.costing.PowerBudget;
import dev.flopex.costing.PowerBuild;
import dev.flopex.costing.PowerSizing;
import dev.flopex.costing.PowerTranche;
import dev.flopex.costing.Region;
import dev.flopex.costing.Regions;
import dev.flopex.costing.Site;
import dev.flopex.costing.Topology;
import dev.flopex.report.FleetReport;
import dev.flopex.report.internal.Doc;
import dev.flopex.report.internal.Fmt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flopex tco}: cost one cluster described by options instead of a fleet file; the output is
 * that of {@code flopex fleet} for a fleet of that one cluster.
 */
@Command(
    name = "tco",
    sortOptions = false,
    description = {
      "Cost one cluster given by options (the same model as a cluster of a fleet file): the basis lines, capacity, "
          + "CapEx, OpEx, economic cost, book TCO and USD/GPU-H (the economic headline), cost by component, warnings.",
      "Size it by exactly one of --gpus, --servers, --utility-mw (utility MW at the meter: the most systems whose contracted "
          + "critical IT power x the site's PUE fits) or --it-mw (critical IT MW: PUE not included); a power-sized cluster's "
          + "output says the basis, the PUE, the MW used and available and the headroom. A phased build (tranches energised "
          + "by date, each bought on its own date) repeats --utility-mw or --it-mw as MW@YYYY-MM-DD, once per tranche in date "
          + "order, without --purchase-date: the same build as a fleet file's 'tranches:' (docs/fleet-files.md). The site is --region (electricity, rent, build cost, "
          + "PUE, duty and tax) and --facility. One scale-out network is built from --switch and the link parts, as --topology with --planes. "
          + "--set overrides an assumption (operator or site key), recorded with the source 'command line'.",
      "--financing changes only the accounting basis (interest, book TCO): the USD/GPU-H headline is at the assumption "
          + "set's WACC either way."
    },
    footer = {
      "",
      "Examples:",
      "  flopex tco --system hgx-h100 --gpus 20480 --purchase-date 2024-09-01 \\",
      "      --assumptions neocloud --region us-virginia \\",
      "      --facility colocation-wholesale",
      "  flopex tco --system gb200-nvl72 --utility-mw 100 --purchase-date 2026-06-01 \\",
      "      --assumptions hyperscaler --region us-texas --facility owned",
      "  flopex tco --system gb200-nvl72 --utility-mw 40@2026-06-01 \\",
      "      --utility-mw 30@2027-01-01 --utility-mw 30@2027-07-01 \\",
      "      --assumptions hyperscaler --region us-texas --facility owned",
      "  flopex tco --system hgx-h100 --servers 512 --purchase-date 2024-09-01 \\",
      "      --assumptions neocloud --region us-texas \\",
      "      --facility colocation-wholesale --set electricity_usd_per_kwh=0.055 \\",
      "      --financing debt --debt-rate 0.11 --debt-tenor-years 5 --format json"
    })
final class TcoCommand implements Callable<Integer> {
  /** The largest --gpus accepted (far beyond any buildable fat tree; keeps arithmetic in range). */
  static final long MAX_GPUS = 100_000_000L;

  /** The largest --servers accepted. */
  static final long MAX_SERVERS = 10_000_000L;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(
      names = "--system",
      paramLabel = "ID",
      required = true,
      description =
          "A catalog system, e.g. hgx-h100, dgx-b200, gb200-nvl72 (see 'flopex catalog').")
  String system;

  @Option(
      names = "--gpus",
      paramLabel = "N",
      description =
          "Size by GPUs; must be a multiple of the system's GPUs unless --rounding up or down.")
  String gpus;

  @Option(
      names = "--rounding",
      paramLabel = "R",
      description = "With --gpus: exact (default), up or down to whole systems.")
  String rounding;

  @Option(
      names = "--servers",
      paramLabel = "N",
      description = "Size by systems (servers, or racks for rack-scale systems).")
  String servers;

  @Option(
      names = "--utility-mw",
      paramLabel = "MW[@DATE]",
      description =
          "Size by utility (facility) power at the meter, PUE included: the most systems "
              + "whose contracted critical IT power (systems at maximum + network + storage) x the site's PUE fits in MW. "
              + "Repeat as MW@YYYY-MM-DD for a phased build: one tranche per value, in date order, each sized from its own "
              + "MW and bought on its date (then without --purchase-date).")
  List<String> utilityMw = new ArrayList<>();

  @Option(
      names = "--it-mw",
      paramLabel = "MW[@DATE]",
      description =
          "Size by critical IT power, PUE not included: the most systems whose contracted "
              + "critical IT power (systems at maximum + network + storage) fits in MW. Repeat as MW@YYYY-MM-DD for a "
              + "phased build, as --utility-mw.")
  List<String> itMw = new ArrayList<>();

  /** Refused with a message naming both replacements: it never said whether PUE was included. */
  @Option(names = "--power-mw", paramLabel = "MW", hidden = true)
  String powerMw;

  /** How the cluster was sized when a power budget sized it (set by {@link #cluster}). */
  private final List<PowerBuild> power = new ArrayList<>();

  /** The phased build when the power options give dated tranches (set by {@link #cluster}). */
  private @org.jspecify.annotations.Nullable PowerBuild phased;

  @Option(
      names = "--purchase-date",
      paramLabel = "YYYY-MM-DD",
      description =
          "Catalog prices are taken as of this day; required unless the power tranches are dated (MW@YYYY-MM-DD).")
  String purchaseDate;

  @Option(
      names = "--assumptions",
      paramLabel = "SET",
      required = true,
      description =
          "Assumption set: hyperscaler, neocloud or enterprise-colo (docs/assumptions.md).")
  String assumptions;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description =
          "Override an assumption, e.g. pue=1.2, electricity_usd_per_kwh=0.06 or "
              + "cost_of_equity=0.12. Repeatable.")
  List<String> overrides = new ArrayList<>();

  @Option(
      names = "--region",
      paramLabel = "ID",
      required = true,
      description =
          "The site's region, e.g. us-virginia, us-texas, eu-nordics, china "
              + "(its electricity, rent, build cost, PUE, duty and tax; costing regions.yaml).")
  String region;

  @Option(
      names = "--facility",
      paramLabel = "F",
      required = true,
      description =
          "colocation-wholesale or colocation-retail (the region's rent per "
              + "contracted kW), or owned (the region's build cost, as CapEx).")
  String facility;

  @Option(
      names = "--site",
      paramLabel = "NAME",
      description = "The site's name (default: the region's name).")
  String site;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The cluster's name (default: the system id).")
  String name;

  @Option(
      names = "--horizon-years",
      paramLabel = "Y",
      defaultValue = "5",
      description = "Horizon in whole years, 1 to 50 (default: ${DEFAULT-VALUE}).")
  String horizonYears;

  @Option(
      names = "--utilisation",
      paramLabel = "U",
      defaultValue = "0.8",
      description = "Share of GPU-hours used, in (0, 1] (default: ${DEFAULT-VALUE}).")
  String utilisation;

  @Option(
      names = "--depreciation",
      paramLabel = "D",
      defaultValue = "straight-line",
      description = "straight-line or double-declining-balance (default: ${DEFAULT-VALUE}).")
  String depreciation;

  @Option(
      names = "--financing",
      paramLabel = "F",
      defaultValue = "cash",
      description = "cash or debt (default: ${DEFAULT-VALUE}).")
  String financing;

  @Option(
      names = "--debt-rate",
      paramLabel = "R",
      description =
          "With --financing debt (required then): the interest rate per year, a fraction in (0, 1), e.g. 0.11.")
  String debtRate;

  @Option(
      names = "--debt-tenor-years",
      paramLabel = "T",
      description = "With --financing debt (required then): years of equal instalments.")
  String debtTenorYears;

  @Option(
      names = "--switch",
      paramLabel = "ID",
      defaultValue = NetworkDesign.REFERENCE_SWITCH,
      description = "The switch at every tier (default: ${DEFAULT-VALUE}).")
  String networkSwitch;

  @Option(
      names = "--nic-link",
      paramLabel = "ID",
      defaultValue = NetworkDesign.REFERENCE_NIC_LINK,
      description =
          "Transceiver or cable at the NIC end of a server link (default: ${DEFAULT-VALUE}).")
  String nicLink;

  @Option(
      names = "--switch-link",
      paramLabel = "ID",
      defaultValue = NetworkDesign.REFERENCE_SWITCH_LINK,
      description =
          "Transceiver or cable at the switch end of a server link; at a switch with co-packaged"
              + " optics, the fibre that plugs into it (default: ${DEFAULT-VALUE}).")
  String switchLink;

  @Option(
      names = "--fabric-link",
      paramLabel = "ID",
      defaultValue = NetworkDesign.REFERENCE_FABRIC_LINK,
      description =
          "Transceiver or cable at both ends of switch-to-switch links; between switches with"
              + " co-packaged optics, the fibre (default: ${DEFAULT-VALUE}).")
  String fabricLink;

  @Option(
      names = "--oversubscription",
      paramLabel = "O",
      defaultValue = "1",
      description = "Leaf down:up ratio, >= 1; 1 is non-blocking (default: ${DEFAULT-VALUE}).")
  String oversubscription;

  @Option(
      names = "--tiers",
      paramLabel = "N",
      description = "Fix the fat tree's tiers (1, 2 or 3); default: the fewest that fit.")
  String tiers;

  @Option(
      names = "--topology",
      paramLabel = "T",
      defaultValue = "fat-tree",
      description =
          "fat-tree, rail-optimized (each NIC port on its own leaf) or rail-only (one network per NIC port, no spine "
              + "across them) (default: ${DEFAULT-VALUE}; docs/model.md section 3).")
  String topology;

  @Option(
      names = "--planes",
      paramLabel = "P",
      defaultValue = "1",
      description =
          "Independent planes, each a fat tree of 1/P of the endpoints (DeepSeek's multi-plane fat tree); must divide "
              + "the system's scale-out NIC ports (default: ${DEFAULT-VALUE}).")
  String planes;

  @Mixin AnyFormat format;

  @Option(
      names = "--detail",
      description =
          "Also print capacity, bill of materials, economic cost per GPU-hour by component, book cost "
              + "lines with formulas and book TCO by year.")
  boolean detail;

  @Mixin ReportOptions report;

  @Mixin StrictOption strict;

  @Override
  public Integer call() {
    Format f = format.get();
    report.check();
    Context ctx = FlopexCommand.context(spec);
    FinancialTerms terms = terms();
    Cluster cluster = cluster(ctx);
    Fleet fleet =
        phased != null
            ? phased.fleet()
            : Fleet.builder().name(cluster.name()).addClusters(cluster).build();
    FleetResult result =
        Opts.noOverflow("cluster " + cluster.name(), () -> strict.engine().evaluate(fleet, terms));
    String where =
        cluster.assumptions().id()
            + " assumptions, "
            + cluster.site().region().id()
            + " "
            + cluster.site().facility().key();
    FleetReport fr;
    if (phased != null) {
      List<PowerSizing> t = phased.tranches();
      String dates =
          t.size() == 1
              ? "in 1 tranche energised " + t.get(0).cluster().purchaseDate()
              : "in "
                  + t.size()
                  + " tranches energised "
                  + t.get(0).cluster().purchaseDate()
                  + " to "
                  + t.get(t.size() - 1).cluster().purchaseDate();
      String description =
          Fmt.grouped(phased.servers())
              + " x "
              + cluster.system().id()
              + " ("
              + Fmt.grouped(phased.gpus())
              + " GPUs) "
              + dates
              + ", each bought on its date, "
              + where;
      fr = FleetReport.of(result).withDescription(description);
    } else {
      String description =
          Fmt.grouped(cluster.servers())
              + " x "
              + cluster.system().id()
              + " ("
              + Fmt.grouped(cluster.gpus())
              + " GPUs), "
              + where
              + ", bought "
              + cluster.purchaseDate();
      fr = FleetReport.of(result).asCluster(description);
    }
    FleetReport out = fr.withPowerBuilds(power).withDetail(detail);
    out.render(f.report(), ctx.out());
    report.write(ctx, () -> new Doc.Html(out.htmlBuilder()), d -> {}, out::charts);
    return 0;
  }

  /** Builds the financial terms from the options. */
  FinancialTerms terms() {
    int horizon = (int) Opts.count("--horizon-years", horizonYears, 50);
    double u = Opts.fraction("--utilisation", utilisation);
    Depreciation dep = Opts.choice("--depreciation", depreciation, Depreciation.class);
    Financing fin = Opts.choice("--financing", financing, Financing.class);
    var b =
        FinancialTerms.builder()
            .horizonYears(horizon)
            .utilisation(u)
            .depreciation(dep)
            .financing(fin);
    if (fin == Financing.DEBT) {
      if (debtRate == null) {
        throw new ValidationException("--debt-rate", null, "must be given with --financing debt");
      }
      if (debtTenorYears == null) {
        throw new ValidationException(
            "--debt-tenor-years", null, "must be given with --financing debt");
      }
      b.debtRate(Opts.number("--debt-rate", debtRate));
      b.debtTenorYears((int) Opts.count("--debt-tenor-years", debtTenorYears, 100));
    } else {
      if (debtRate != null) {
        throw new ValidationException(
            "--debt-rate", "'" + debtRate + "'", "must be absent unless --financing debt");
      }
      if (debtTenorYears != null) {
        throw new ValidationException(
            "--debt-tenor-years",
            "'" + debtTenorYears + "'",
            "must be absent unless --financing debt");
      }
    }
    return Opts.renaming(
        Map.of(
            "horizon_years",
            "--horizon-years",
            "utilisation",
            "--utilisation",
            "debt_rate",
            "--debt-rate",
            "debt_tenor_years",
            "--debt-tenor-years"),
        b::build);
  }

  /** Builds the cluster from the options. */
  Cluster cluster(Context ctx) {
    if (powerMw != null) {
      throw new ValidationException(
          "--power-mw",
          "'" + powerMw + "'",
          "is no longer accepted: it did not say whether PUE is included; "
              + "use --utility-mw (utility MW at the meter, PUE included) or --it-mw (critical IT MW, what --power-mw meant)");
    }
    Opts.exactlyOne(
        "--gpus, --servers, --utility-mw or --it-mw",
        gpus != null,
        servers != null,
        !utilityMw.isEmpty(),
        !itMw.isEmpty());
    if (rounding != null && gpus == null) {
      throw new ValidationException(
          "--rounding", "'" + rounding + "'", "must be absent unless --gpus is given");
    }
    PowerBasis basis = !utilityMw.isEmpty() ? PowerBasis.UTILITY : PowerBasis.CRITICAL_IT;
    String option = basis == PowerBasis.UTILITY ? "--utility-mw" : "--it-mw";
    List<String> mwValues = basis == PowerBasis.UTILITY ? utilityMw : itMw;
    List<PowerTranche> tranches = tranches(option, basis, mwValues);
    HardwareCatalog catalog = ctx.catalog();
    SystemSpec sys = catalog.system(system.strip());
    if (NETWORK_OPTIONS.stream()
        .noneMatch(o -> spec.commandLine().getParseResult().hasMatchedOption(o))) {
      defaultNetworkFits(sys, catalog);
    }
    LocalDate date;
    if (!tranches.isEmpty()) {
      if (purchaseDate != null) {
        throw new ValidationException(
            "--purchase-date",
            "'" + purchaseDate + "'",
            "must be absent with dated power tranches ("
                + option
                + " MW@YYYY-MM-DD): each tranche's hardware is bought on its own date");
      }
      date = tranches.get(0).energised();
    } else {
      if (purchaseDate == null) {
        throw new ValidationException(
            "--purchase-date",
            null,
            "must be given (YYYY-MM-DD), unless --utility-mw or --it-mw give dated tranches MW@YYYY-MM-DD");
      }
      date = Opts.date("--purchase-date", purchaseDate);
    }
    AssumptionSet set =
        Opts.renaming(
            "assumption_set", "--assumptions", () -> AssumptionSets.get(assumptions.strip()));
    set = applyOverrides(set, ctx.today());
    Region reg = Opts.renaming("region", "--region", () -> Regions.get(region));
    Facility fac = Opts.choice("--facility", facility, Facility.class);
    double over =
        Check.atLeast(
            Opts.number("--oversubscription", oversubscription), 1, "--oversubscription", "");
    var net =
        NetworkDesign.builder()
            .name("scale-out")
            .role(NicRole.SCALE_OUT)
            .networkSwitch(catalog.networkSwitch(networkSwitch.strip()))
            .serverLinkNicEnd(catalog.link(nicLink.strip()))
            .serverLinkSwitchEnd(catalog.link(switchLink.strip()))
            .fabricLink(catalog.link(fabricLink.strip()))
            .oversubscription(over);
    if (tiers != null) {
      net.tiers((int) Opts.count("--tiers", tiers, 3));
    }
    net.topology(Opts.choice("--topology", topology, Topology.class));
    net.planes((int) Opts.count("--planes", planes, 4096));
    NetworkDesign network =
        Opts.renaming(
            Map.of(
                "network.scale-out.oversubscription",
                "--oversubscription",
                "network.scale-out.tiers",
                "--tiers",
                "network.scale-out.planes",
                "--planes"),
            net::build);
    String siteName = site != null ? site : reg.name();
    Site s = Opts.renaming("site.name", "--site", () -> Site.of(siteName, reg, fac));
    AssumptionSet finalSet = set;
    var b =
        Cluster.builder()
            .name(name != null ? name : sys.id())
            .system(sys)
            .addNetworks(network)
            .site(s)
            .purchaseDate(date)
            .assumptions(finalSet);
    Map<String, String> fields = Map.of("cluster.name", "--name", "servers", "--servers");
    if (servers != null) {
      long n = Opts.count("--servers", servers, MAX_SERVERS);
      return siteChecked(() -> Opts.renaming(fields, () -> b.servers(n).build()));
    }
    if (gpus != null) {
      long g = Opts.count("--gpus", gpus, MAX_GPUS);
      Cluster.Rounding r =
          rounding == null
              ? Cluster.Rounding.EXACT
              : Opts.choice("--rounding", rounding, Cluster.Rounding.class);
      long n;
      try {
        n = Cluster.serversFor(sys, g, r);
      } catch (ValidationException e) {
        throw new ValidationException(
            "--gpus",
            e.value().orElse(null),
            e.rule().replace("round UP or DOWN explicitly", "pass --rounding up or down"),
            e);
      }
      return siteChecked(() -> Opts.renaming(fields, () -> b.servers(n).build()));
    }
    if (!tranches.isEmpty()) {
      Map<String, String> templateFields =
          Map.of("cluster.name", "--name", "purchase_date", option + " (tranche 1) date");
      Cluster template =
          siteChecked(() -> Opts.renaming(templateFields, () -> b.servers(1).build()));
      phased =
          phased(
              option,
              basis,
              () ->
                  Opts.noOverflow(
                      option, () -> CostEngine.create().phasedBuild(template, tranches)));
      power.add(phased);
      return template;
    }
    if (mwValues.size() > 1) {
      throw new ValidationException(
          option,
          mwValues.size() + " values",
          "must be given once, or once per tranche as MW@YYYY-MM-DD (a phased build), e.g. "
              + option
              + " 40@2026-06-01 "
              + option
              + " 30@2027-01-01");
    }
    double mw = Opts.number(option, mwValues.get(0));
    PowerBudget budget = Opts.renaming(basis.key(), option, () -> PowerBudget.of(basis, mw));
    Cluster template = siteChecked(() -> Opts.renaming(fields, () -> b.servers(1).build()));
    PowerSizing sized =
        Opts.renaming(
            basis.key(),
            option,
            () ->
                Opts.noOverflow(option, () -> CostEngine.create().sizeForPower(template, budget)));
    power.add(PowerBuild.builder().name(sized.cluster().name()).addTranches(sized).build());
    return sized.cluster();
  }

  /**
   * Parses the power option's values as dated tranches {@code MW@YYYY-MM-DD}; none when no value
   * carries a date (then the option sizes one cluster bought on --purchase-date).
   */
  private static List<PowerTranche> tranches(String option, PowerBasis basis, List<String> values) {
    List<PowerTranche> out = new ArrayList<>();
    if (values.stream().noneMatch(v -> v.contains("@"))) {
      return out;
    }
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      int at = v.indexOf('@');
      if (at < 0) {
        throw new ValidationException(
            option,
            "'" + v + "'",
            "must be MW@YYYY-MM-DD like the other tranches (a phased build dates every tranche), e.g. "
                + "40@2026-06-01");
      }
      String what = option + " (tranche " + (i + 1) + ")";
      double mw = Opts.number(what, v.substring(0, at));
      LocalDate d = Opts.date(what + " date", v.substring(at + 1));
      PowerBudget budget = Opts.renaming(basis.key(), what, () -> PowerBudget.of(basis, mw));
      out.add(PowerTranche.of(d, budget));
    }
    return out;
  }

  private static final java.util.regex.Pattern TRANCHE_FIELD =
      java.util.regex.Pattern.compile("tranches\\[(\\d+)\\]\\.?(.*)");

  private static final java.util.regex.Pattern TRANCHE_DATE =
      java.util.regex.Pattern.compile("tranches\\[(\\d+)\\]\\.energised");

  /**
   * Runs a phased build, naming a tranche's error by its option value's position ({@code
   * --utility-mw (tranche 2) date}) instead of the library's {@code tranches[1].energised}.
   */
  private static PowerBuild phased(
      String option, PowerBasis basis, java.util.function.Supplier<PowerBuild> f) {
    try {
      return f.get();
    } catch (UnknownPartException | DataFileException e) {
      throw e;
    } catch (ValidationException e) {
      java.util.regex.Matcher m = TRANCHE_FIELD.matcher(e.field());
      if (!m.matches()) {
        throw e;
      }
      String tranche = option + " (tranche " + (Integer.parseInt(m.group(1)) + 1) + ")";
      String sub = m.group(2);
      String field =
          sub.isEmpty() || sub.equals(basis.key())
              ? tranche
              : sub.equals("energised") ? tranche + " date" : sub + " in " + tranche;
      String rule =
          TRANCHE_DATE
              .matcher(e.rule())
              .replaceAll(r -> "tranche " + (Integer.parseInt(r.group(1)) + 1) + "'s date");
      throw new ValidationException(field, e.value().orElse(null), rule, e);
    }
  }

  /**
   * Builds a cluster; a site value the region lacks (e.g. china's wholesale rent) or a building
   * left unpaid is refused naming the key, and here also the option that sets it.
   */
  private static Cluster siteChecked(java.util.function.Supplier<Cluster> build) {
    try {
      return build.get();
    } catch (ValidationException e) {
      for (AssumptionKey k : AssumptionKey.values()) {
        if (k.key().equals(e.field()) && k.scope() == AssumptionKey.Scope.SITE) {
          throw new ValidationException(
              "--region/--facility: " + k.key(),
              e.value().orElse(null),
              e.rule()
                  .replace(
                      "give " + k.key() + " as an assumption override",
                      "set it with --set " + k.key() + "=VALUE"),
              e);
        }
      }
      throw e;
    }
  }

  /** Applies the {@code --set key=value} overrides, each with the provenance "command line". */
  private AssumptionSet applyOverrides(AssumptionSet set, LocalDate today) {
    Source source =
        Source.builder()
            .id("command-line")
            .title("command line")
            .read(today)
            .kind(SourceKind.USER)
            .build();
    AssumptionSet s = set;
    for (String o : overrides) {
      int eq = o.indexOf('=');
      if (eq <= 0) {
        throw new ValidationException("--set", "'" + o + "'", "must be KEY=VALUE, e.g. pue=1.2");
      }
      String k = o.substring(0, eq).strip();
      AssumptionKey key;
      try {
        key = AssumptionKey.fromKey(k);
      } catch (ValidationException e) {
        throw new ValidationException("--set", "'" + k + "'", e.rule(), e);
      }
      String option = "--set " + key.key();
      double v = Opts.number(option, o.substring(eq + 1));
      Provenance p =
          Provenance.of(source, Confidence.HIGH, "--set " + key.key() + "=" + Check.format(v));
      AssumptionSet base = s;
      s = Opts.renaming(key.key(), option, () -> base.with(key, v, p));
    }
    return s;
  }

  /** The options that choose the scale-out network; without any of them it is the default. */
  private static final List<String> NETWORK_OPTIONS =
      List.of("--switch", "--nic-link", "--switch-link", "--fabric-link");

  /**
   * Refuses the default network (the library's reference parts: 400 Gb/s switch ports, 400G optics)
   * for a system whose scale-out NICs are faster, naming the four options and the catalog's parts
   * fast enough for its NICs, instead of failing later on whichever default part is too slow.
   */
  private static void defaultNetworkFits(SystemSpec sys, HardwareCatalog catalog) {
    var scaleOut =
        sys.nics().stream()
            .filter(n -> n.role() == NicRole.SCALE_OUT)
            .map(dev.flopex.catalog.NicAttachment::nic)
            .max(java.util.Comparator.comparingDouble(n -> gbps(n.portSpeed())));
    if (scaleOut.isEmpty()) {
      return; // the cost engine names the missing scale-out NIC
    }
    var fastest = scaleOut.get();
    double nicGbps = gbps(fastest.portSpeed());
    var sw = catalog.networkSwitch(NetworkDesign.REFERENCE_SWITCH);
    if (nicGbps <= gbps(sw.portSpeed())) {
      return;
    }
    List<String> switches =
        catalog.switches().stream()
            .filter(x -> gbps(x.portSpeed()) >= nicGbps)
            .map(dev.flopex.catalog.Part::id)
            .sorted()
            .toList();
    List<String> links =
        catalog.links().stream()
            .filter(l -> l.kind() != dev.flopex.catalog.LinkKind.FIBRE)
            .filter(l -> gbps(l.speed()) >= nicGbps)
            .map(dev.flopex.catalog.Part::id)
            .sorted()
            .toList();
    String speed = Check.format(nicGbps, "Gb/s");
    throw new ValidationException(
        "--switch",
        null,
        "must be given, with --nic-link, --switch-link and --fabric-link, for "
            + sys.id()
            + ": its scale-out NICs ("
            + fastest.id()
            + ") run at "
            + speed
            + ", and the default network ("
            + NetworkDesign.REFERENCE_SWITCH
            + " with "
            + NetworkDesign.REFERENCE_NIC_LINK
            + " and "
            + NetworkDesign.REFERENCE_SWITCH_LINK
            + ") at "
            + Check.format(gbps(sw.portSpeed()), "Gb/s")
            + ". The catalog's parts for "
            + speed
            + " or more: switches "
            + (switches.isEmpty() ? "none" : String.join(", ", switches))
            + "; transceivers and cables "
            + (links.isEmpty() ? "none" : String.join(", ", links))
            + " (docs/catalog.md lists them with sources and prices)");
  }

  private static double gbps(
      dev.flopex.core.provenance.Sourced<
              dev.flopex.core.units.Quantity<dev.flopex.core.units.DataRateUnit>>
          q) {
    return q.value().in(dev.flopex.core.units.DataRateUnit.GIGABITS_PER_SECOND);
  }
}
