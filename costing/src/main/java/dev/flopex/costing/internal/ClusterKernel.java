package dev.flopex.costing.internal;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.LinkKind;
import dev.flopex.catalog.LinkPart;
import dev.flopex.catalog.NetworkSwitch;
import dev.flopex.catalog.NicAttachment;
import dev.flopex.catalog.Part;
import dev.flopex.catalog.PricePoint;
import dev.flopex.catalog.PriceQuote;
import dev.flopex.catalog.SystemComponent;
import dev.flopex.catalog.SystemKind;
import dev.flopex.catalog.SystemSpec;
import dev.flopex.core.finance.DepreciationMethod;
import dev.flopex.core.finance.TimeValue;
import dev.flopex.core.money.Money;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CompiledCluster;
import dev.flopex.costing.CostComponent;
import dev.flopex.costing.Facility;
import dev.flopex.costing.FatTree;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Financing;
import dev.flopex.costing.NetworkDesign;
import dev.flopex.costing.Topology;
import dev.flopex.costing.Warning;
import dev.flopex.costing.internal.results.ImmutableWarning;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The compiled evaluation plan of one cluster: everything that does not vary (the system, the
 * network parts, link speeds, power figures, the depreciation schedule) is fixed at compile time;
 * everything that may vary between scenarios or samples is a slot of a {@code double[]} parameter
 * vector (the system count, utilisation, horizon, debt terms, every assumption, every part price).
 * {@link #evaluate} fills a reusable {@link Workspace} and allocates nothing.
 *
 * <p>It computes both bases ({@code docs/model.md} §8-§10): the economic one (the headline: capital
 * recovered at the WACC, residual at market value from the generation's price-decline curve, no
 * financing cash flows) and the accounting one (book depreciation, interest, book value kept).
 *
 * <p>The rich object model ({@link ClusterCalculator}) is built from the same workspace, so the
 * kernel's numbers and the object model's are the same numbers.
 */
public final class ClusterKernel implements CompiledCluster {
  public static final double HOURS_PER_YEAR = 8760;
  public static final int RACK_UNITS = 42;
  public static final int MAX_HORIZON = 50;
  private static final CostComponent[] COMPONENTS = CostComponent.values();
  private static final AssumptionKey[] KEYS = AssumptionKey.values();
  private static final int NC = COMPONENTS.length;
  static final int KEPT_NOTHING = 0;
  static final int KEPT_HARDWARE = 1;
  static final int KEPT_BUILDING = 2;

  /** How each component keeps value ({@link #valueFraction}), by ordinal. */
  private static final int[] VALUE_KEPT = new int[NC];

  /** The parameter slot of each component's book life, by ordinal. */
  private static final int[] LIFE_SLOT = new int[NC];

  static {
    for (CostComponent c : COMPONENTS) {
      VALUE_KEPT[c.ordinal()] =
          c == CostComponent.FACILITY || c == CostComponent.COOLING
              ? KEPT_BUILDING
              : resold(c) ? KEPT_HARDWARE : KEPT_NOTHING;
      LIFE_SLOT[c.ordinal()] = ClusterKernel.ASSUMPTIONS + lifeOf(c).ordinal();
    }
  }

  /** How component {@code c} (an ordinal) keeps value: {@link #KEPT_HARDWARE} and so on. */
  static int valueKept(int c) {
    return VALUE_KEPT[c];
  }

  /** The parameter slot (relative to a cluster's offset) of component {@code c}'s book life. */
  static int lifeSlot(int c) {
    return LIFE_SLOT[c];
  }

  // parameter slots
  public static final int SERVERS = 0;
  public static final int UTILISATION = 1;
  public static final int HORIZON = 2;
  public static final int DEBT_RATE = 3;
  public static final int DEBT_TENOR = 4;
  public static final int ASSUMPTIONS = 5;
  public static final int PRICES = ASSUMPTIONS + KEYS.length;

  // BoM slot kinds
  public static final int KIND_SERVERS = 0;
  public static final int KIND_SWITCH = 1;
  public static final int KIND_LINK = 2;
  public static final int KIND_STORAGE = 3;
  public static final int KIND_FACILITY = 4;
  public static final int KIND_COMPONENT = 5;

  final Cluster cluster;
  final FinancialTerms terms;
  final Assumptions.Resolved assumptions;
  public final List<Warning> warnings;
  final List<String> priceIds = new ArrayList<>();
  final List<PricePoint> prices = new ArrayList<>();

  /** How each catalog price was read off its timeline; null for a price override. */
  final List<PriceQuote> quotes = new ArrayList<>();

  final Map<String, Integer> paths = new LinkedHashMap<>();
  final double[] defaults;

  /** {@code defaults.length}, kept beside the fields an evaluation reads (one cache line less). */
  final int parameterCount;

  // constants
  final int perServer;
  final double tdpW;
  final boolean hasMaxPower;
  final double maxPowerKw;
  final boolean rack;
  final int racksPerSystem; // a rack 1, a pod its racks
  final int rackUnits;
  final boolean owned;
  final DepreciationMethod depreciation;
  final boolean debt;
  // networks
  final int networks;
  final long[] portsPerServer;
  final int[] radix;
  final double[] oversubscription;
  final int[] fixedTiers;
  final long[] capacity; // endpoints one plane holds
  final long[] planes;
  final long[] rails; // leaf groups per plane (rails of a rail-optimised design)
  final double[] switchW;
  final String[] networkNames;
  // BoM slots (fixed at compile; a slot with quantity 0 is not a line)
  final int slots;
  final int[] slotKind;
  final int[] slotNetwork;
  final int[] slotTier; // switches: 0 leaf, 1 spine, 2 core; links: 0 server, 1 fabric
  final int[] slotPrice; // index into the parameter vector
  final long[] slotPortsPerModule;
  final double[] slotPerSystem; // components: units per system; 0 for other slots
  final double[] slotW;
  final CostComponent[] slotComponent;
  final Part[] slotPart;
  final String[] slotDescription;

  private ClusterKernel(Cluster c, FinancialTerms t, SharedTables tables) {
    this.cluster = c;
    this.terms = t;
    this.assumptions = Assumptions.resolve(c);
    List<Warning> warn = new ArrayList<>();
    SystemSpec sys = c.system();
    Accelerator acc = sys.accelerator();
    perServer = sys.acceleratorCount().value();
    tdpW =
        acc.tdp()
            .orElseThrow(
                () ->
                    new ValidationException(
                        acc.id() + ".tdp",
                        null,
                        "must be in the catalog to compute power (add tdp_w with an overlay)"))
            .value()
            .in(PowerUnit.WATTS);
    hasMaxPower = sys.maxPower().isPresent();
    maxPowerKw = hasMaxPower ? sys.maxPower().get().value().in(PowerUnit.KILOWATTS) : 0;
    if (hasMaxPower && maxPowerKw < perServer * tdpW / 1000) {
      throw new ValidationException(
          sys.id() + ".max_power_kw",
          Check.format(maxPowerKw, "kW"),
          "must be >= the GPUs' TDP (" + Check.format(perServer * tdpW / 1000, "kW") + ")");
    }
    if (!hasMaxPower) {
      warn.add(
          ImmutableWarning.of(
              Warning.Kind.MISSING_MAX_POWER,
              sys.id(),
              sys.id()
                  + " has no max power figure: non-GPU power = server_overhead_fraction x GPU power"));
    }
    rack = sys.kind() == SystemKind.RACK || sys.kind() == SystemKind.POD;
    racksPerSystem = sys.racks().map(r -> r.value()).orElse(1);
    rackUnits = sys.rackUnits().map(r -> r.value()).orElse(0);
    owned = c.site().facility() == Facility.OWNED;
    depreciation = t.depreciation().method();
    debt = t.financing() == Financing.DEBT;

    List<Integer> kind = new ArrayList<>();
    List<Integer> net = new ArrayList<>();
    List<Integer> tier = new ArrayList<>();
    List<Integer> price = new ArrayList<>();
    List<Long> ppm = new ArrayList<>();
    List<Double> watts = new ArrayList<>();
    List<CostComponent> comp = new ArrayList<>();
    List<Part> part = new ArrayList<>();
    List<String> desc = new ArrayList<>();
    // servers
    kind.add(KIND_SERVERS);
    net.add(-1);
    tier.add(0);
    price.add(priceSlot(sys, warn));
    ppm.add(1L);
    watts.add(0.0);
    comp.add(CostComponent.SERVERS);
    part.add(sys);
    desc.add(sys.name());
    List<Double> perSys = new ArrayList<>();
    perSys.add(0.0);
    // parts bought beside each system (cooling plant, trays not in its price); included ones are
    // listed only
    for (SystemComponent sc : sys.components()) {
      if (sc.includedInSystemPrice()) {
        continue;
      }
      String what =
          sc.name()
              + " ("
              + sc.kind().key()
              + ", "
              + Check.format(sc.count().value())
              + " per "
              + sys.id()
              + ")";
      if (!cluster.priceOverrides().containsKey(sc.id())
          && sc.newPrice(cluster.purchaseDate()).isEmpty()) {
        warn.add(
            ImmutableWarning.of(
                Warning.Kind.UNPRICED_PART,
                sc.id(),
                what
                    + " is not priced in the catalog: CapEx leaves it out (give a price override for "
                    + sc.id()
                    + ")"));
        continue;
      }
      kind.add(KIND_COMPONENT);
      net.add(-1);
      tier.add(0);
      price.add(priceSlot(sc, warn));
      ppm.add(1L);
      watts.add(0.0);
      comp.add(componentOf(sc.kind()));
      part.add(sc);
      desc.add(what);
      perSys.add(sc.count().value());
    }

    networks = c.networks().size();
    portsPerServer = new long[networks];
    radix = new int[networks];
    oversubscription = new double[networks];
    fixedTiers = new int[networks];
    capacity = new long[networks];
    planes = new long[networks];
    rails = new long[networks];
    switchW = new double[networks];
    networkNames = new String[networks];
    String[] tierNames = {"leaf", "spine", "core"};
    for (int i = 0; i < networks; i++) {
      NetworkDesign n = c.networks().get(i);
      networkNames[i] = n.name();
      double nicGbps = 0;
      for (NicAttachment na : sys.nics()) {
        if (na.role() == n.role()) {
          portsPerServer[i] += (long) na.count() * na.nic().ports().value();
          nicGbps = na.nic().portSpeed().value().in(DataRateUnit.GIGABITS_PER_SECOND);
        }
      }
      if (portsPerServer[i] == 0) {
        throw new ValidationException(
            "network." + n.name() + ".role",
            n.role().name().toLowerCase(Locale.ROOT),
            "must match NICs of system " + sys.id() + " (it has none with that role)");
      }
      NetworkSwitch sw = n.networkSwitch();
      double swGbps = sw.portSpeed().value().in(DataRateUnit.GIGABITS_PER_SECOND);
      int breakout = (int) Math.floor(swGbps / nicGbps + 1e-9);
      if (breakout < 1) {
        throw new ValidationException(
            "network." + n.name() + ".switch",
            sw.id() + " (" + Check.format(swGbps) + " Gb/s ports)",
            "must have ports at least as fast as the NIC ports ("
                + Check.format(nicGbps)
                + " Gb/s)");
      }
      radix[i] = Math.multiplyExact(sw.ports().value(), breakout);
      oversubscription[i] = n.oversubscription();
      fixedTiers[i] = n.tiers().orElse(0);
      // validates radix and oversubscription once, with the same messages as FatTree.design
      FatTree.design(1, radix[i], oversubscription[i]);
      long ports = portsPerServer[i];
      if (n.topology() == Topology.RAIL_ONLY) {
        if (n.planes() != 1 && n.planes() != ports) {
          throw new ValidationException(
              "network." + n.name() + ".planes",
              Integer.toString(n.planes()),
              "must be 1 or "
                  + ports
                  + " for rail-only (one plane per NIC port of "
                  + sys.id()
                  + ")");
        }
        planes[i] = ports;
      } else {
        planes[i] = n.planes();
        if (ports % planes[i] != 0) {
          throw new ValidationException(
              "network." + n.name() + ".planes",
              Integer.toString(n.planes()),
              "must divide the "
                  + ports
                  + " "
                  + n.role().name().toLowerCase(Locale.ROOT)
                  + " NIC ports of each "
                  + sys.id()
                  + " (e.g. "
                  + divisors(ports)
                  + ")");
        }
      }
      rails[i] = n.topology() == Topology.RAIL_OPTIMIZED ? ports / planes[i] : 1;
      capacity[i] =
          FatTree.capacity(
              radix[i], oversubscription[i], fixedTiers[i] == 0 ? 3 : fixedTiers[i], rails[i]);
      if (capacity[i] == 0) {
        FatTree.checkFits(
            ports, radix[i], oversubscription[i], fixedTiers[i], planes[i], rails[i], ports);
      }
      switchW[i] = power(sw, warn);
      int swPrice = priceSlot(sw, warn);
      for (int tr = 0; tr < 3; tr++) {
        kind.add(KIND_SWITCH);
        net.add(i);
        tier.add(tr);
        price.add(swPrice);
        ppm.add(1L);
        watts.add(switchW[i]);
        comp.add(CostComponent.NETWORK);
        part.add(sw);
        desc.add(
            sw.name()
                + " ("
                + n.name()
                + " "
                + tierNames[tr]
                + (sw.hasCoPackagedOptics()
                    ? "; its optics co-packaged, in its power and price: no switch-end transceivers"
                    : "")
                + ")");
      }
      addLinkSlots(
          n.name() + " server links",
          0,
          i,
          nicGbps,
          n.serverLinkNicEnd(),
          n.serverLinkSwitchEnd(),
          kind,
          net,
          tier,
          price,
          ppm,
          watts,
          comp,
          part,
          desc,
          warn);
      addLinkSlots(
          n.name() + " switch links",
          1,
          i,
          nicGbps,
          n.fabricLink(),
          n.fabricLink(),
          kind,
          net,
          tier,
          price,
          ppm,
          watts,
          comp,
          part,
          desc,
          warn);
    }
    kind.add(KIND_STORAGE);
    net.add(-1);
    tier.add(0);
    price.add(ASSUMPTIONS + AssumptionKey.STORAGE_USD_PER_TB.ordinal());
    ppm.add(1L);
    watts.add(0.0);
    comp.add(CostComponent.STORAGE);
    part.add(null);
    desc.add("shared storage systems");
    if (owned) {
      kind.add(KIND_FACILITY);
      net.add(-1);
      tier.add(0);
      price.add(ASSUMPTIONS + AssumptionKey.FACILITY_BUILD_USD_PER_MW.ordinal());
      ppm.add(1L);
      watts.add(0.0);
      comp.add(CostComponent.FACILITY);
      part.add(null);
      desc.add("facility build-out");
    }
    slots = kind.size();
    double[] perSystem = new double[slots];
    for (int i = 0; i < slots; i++) {
      perSystem[i] = i < perSys.size() ? perSys.get(i) : 0;
    }
    // the tables an evaluation reads, shared with the fleet's clusters that have equal ones
    slotPerSystem = tables.of(perSystem);
    slotKind = tables.of(kind.stream().mapToInt(Integer::intValue).toArray());
    slotNetwork = tables.of(net.stream().mapToInt(Integer::intValue).toArray());
    slotTier = tables.of(tier.stream().mapToInt(Integer::intValue).toArray());
    slotPrice = tables.of(price.stream().mapToInt(Integer::intValue).toArray());
    slotPortsPerModule = tables.of(ppm.stream().mapToLong(Long::longValue).toArray());
    slotW = tables.of(watts.stream().mapToDouble(Double::doubleValue).toArray());
    slotComponent = tables.of(comp.toArray(new CostComponent[0]));
    slotPart = part.toArray(new Part[0]);
    slotDescription = desc.toArray(new String[0]);

    defaults = new double[PRICES + priceIds.size()];
    parameterCount = defaults.length;
    defaults[SERVERS] = c.servers();
    defaults[UTILISATION] = t.utilisation();
    defaults[HORIZON] = t.horizonYears();
    defaults[DEBT_RATE] = t.debtRate().orElse(0);
    defaults[DEBT_TENOR] = t.debtTenorYears().orElse(1);
    paths.put(InputPaths.SERVERS, SERVERS);
    paths.put(InputPaths.UTILISATION, UTILISATION);
    paths.put(InputPaths.HORIZON, HORIZON);
    paths.put(InputPaths.DEBT_RATE, DEBT_RATE);
    paths.put(InputPaths.DEBT_TENOR, DEBT_TENOR);
    for (AssumptionKey k : KEYS) {
      defaults[ASSUMPTIONS + k.ordinal()] = assumptions.value(k);
      paths.put(InputPaths.assumption(k), ASSUMPTIONS + k.ordinal());
    }
    for (int i = 0; i < priceIds.size(); i++) {
      defaults[PRICES + i] = prices.get(i).price().amount();
      paths.put(InputPaths.price(priceIds.get(i)), PRICES + i);
    }
    this.warnings = Collections.unmodifiableList(warn);
  }

  public static ClusterKernel compile(Cluster c, FinancialTerms t) {
    return new ClusterKernel(c, t, new SharedTables());
  }

  /**
   * {@link #compile(Cluster, FinancialTerms)}, sharing the tables equal to those of the kernels
   * compiled before with the same {@code tables} (a fleet's).
   */
  static ClusterKernel compile(Cluster c, FinancialTerms t, SharedTables tables) {
    return new ClusterKernel(c, t, tables);
  }

  @Override
  public int slot(String path) {
    Integer i = paths.get(path);
    if (i == null) {
      throw new ValidationException(
          "input",
          "'" + path + "'",
          "must be one of "
              + String.join(", ", paths.keySet())
              + dev.flopex.core.validation.Suggestions.didYouMean(path, paths.keySet()));
    }
    return i;
  }

  /**
   * Years between a purchase and a dated price beyond which a result says the price is far from its
   * date.
   */
  public static final double FAR_FROM_PRICE_YEARS = 1.0;

  private int priceSlot(Part part, List<Warning> warn) {
    int i = priceIds.indexOf(part.id());
    if (i >= 0) {
      return PRICES + i;
    }
    PricePoint override = cluster.priceOverrides().get(part.id());
    PricePoint p;
    PriceQuote q = null;
    if (override != null) {
      p = override;
      double years =
          Math.abs(
                  java.time.temporal.ChronoUnit.DAYS.between(
                      override.asOf().start(), cluster.purchaseDate()))
              / 365.25;
      if (years > FAR_FROM_PRICE_YEARS) {
        warn.add(
            ImmutableWarning.of(
                Warning.Kind.OVERRIDE_PRICE_DATE,
                part.id(),
                part.id()
                    + " is priced from an override dated "
                    + override.asOf()
                    + ", "
                    + years(years)
                    + " from the purchase date "
                    + cluster.purchaseDate()));
      }
    } else {
      q =
          part.newPrice(cluster.purchaseDate())
              .orElseThrow(
                  () ->
                      new ValidationException(
                          part.id() + ".price",
                          null,
                          "must be in the catalog as a new-purchase price (list, street, negotiated or estimate); add one with a catalog overlay or a price override"));
      p =
          q.rule() == PriceQuote.Rule.AT_POINT
              ? q.from()
              : PricePoint.builder()
                  .price(q.price())
                  .asOf(dev.flopex.core.provenance.PartialDate.of(cluster.purchaseDate()))
                  .basis(q.from().basis())
                  .unit(q.from().unit())
                  .region(q.from().region())
                  .description(q.explanation())
                  .provenance(q.from().provenance())
                  .build();
      for (PricePoint o : part.prices()) {
        if (o.overlay().isPresent()
            && o.basis().isNewPurchase()
            && o != q.from()
            && !q.to().map(t -> t == o).orElse(false)) {
          warn.add(
              ImmutableWarning.of(
                  Warning.Kind.OVERLAY_PRICE_SKIPPED,
                  part.id(),
                  part.id()
                      + "'s price "
                      + describe(o)
                      + " from the overlay "
                      + o.overlay().get()
                      + " is not used for a purchase on "
                      + cluster.purchaseDate()
                      + (o.asOf().start().isAfter(cluster.purchaseDate())
                          ? " (it is dated after it)"
                          : "")
                      + ": the price is "
                      + q.explanation()
                      + "; give a price override to use it"));
        }
      }
      if (q.yearsFromNearestPoint() > FAR_FROM_PRICE_YEARS) {
        warn.add(
            ImmutableWarning.of(
                Warning.Kind.PRICE_DATE_FALLBACK,
                part.id(),
                part.id()
                    + " is priced "
                    + years(q.yearsFromNearestPoint())
                    + " from its nearest dated price: "
                    + q.explanation()));
      }
    }
    priceIds.add(part.id());
    prices.add(p);
    quotes.add(q);
    return PRICES + priceIds.size() - 1;
  }

  private static String describe(PricePoint p) {
    return p.price().currency().getCurrencyCode()
        + " "
        + Check.format(Math.round(p.price().amount()))
        + " ("
        + p.asOf()
        + ", "
        + p.basis().key()
        + ")";
  }

  private static String years(double y) {
    double r = Math.round(y * 10) / 10.0;
    return Check.format(r) + (r == 1 ? " year" : " years");
  }

  /** Adds {@code w} unless an equal warning is already there: a part is warned about once. */
  private static void addOnce(List<Warning> warn, Warning w) {
    if (!warn.contains(w)) {
      warn.add(w);
    }
  }

  private static double power(Part p, List<Warning> warn) {
    java.util.Optional<
            dev.flopex.core.provenance.Sourced<dev.flopex.core.units.Quantity<PowerUnit>>>
        w = p instanceof NetworkSwitch ? ((NetworkSwitch) p).power() : ((LinkPart) p).power();
    if (w.isEmpty()) {
      Warning msg =
          ImmutableWarning.of(
              Warning.Kind.MISSING_POWER_FIGURE,
              p.id(),
              p.id() + " has no power figure in the catalog; its power is not counted");
      addOnce(warn, msg);
      return 0;
    }
    return w.get().value().in(PowerUnit.WATTS);
  }

  private static String divisors(long n) {
    StringBuilder b = new StringBuilder();
    for (long d = 1; d <= n; d++) {
      if (n % d == 0) {
        b.append(b.length() == 0 ? "" : ", ").append(d);
      }
    }
    return b.toString();
  }

  private static long portsPerModule(LinkPart part, double linkGbps) {
    double gbps = part.speed().value().in(DataRateUnit.GIGABITS_PER_SECOND);
    long n = (long) Math.floor(gbps / linkGbps + 1e-9);
    if (n < 1) {
      throw new ValidationException(
          part.id() + ".speed",
          Check.format(gbps, "Gb/s"),
          "must be >= the link speed (" + Check.format(linkGbps, "Gb/s") + ")");
    }
    return n;
  }

  private void addLinkSlots(
      String what,
      int linkClass,
      int network,
      double linkGbps,
      LinkPart endA,
      LinkPart endB,
      List<Integer> kind,
      List<Integer> net,
      List<Integer> tier,
      List<Integer> price,
      List<Long> ppm,
      List<Double> watts,
      List<CostComponent> comp,
      List<Part> part,
      List<String> desc,
      List<Warning> warn) {
    // an end of kind fibre is a co-packaged-optics switch's port (NetworkDesign allows one only
    // there): its optics are in the switch's power and price, so it adds no part but the fibre
    boolean coPackaged = endB.kind() == LinkKind.FIBRE;
    boolean cable = endB.kind() != LinkKind.TRANSCEIVER && !coPackaged;
    LinkPart[] ends = cable ? new LinkPart[] {endB} : new LinkPart[] {endA, endB};
    for (int i = 0; i < ends.length; i++) {
      LinkPart p = ends[i];
      if (p.kind() == LinkKind.FIBRE) {
        continue;
      }
      kind.add(KIND_LINK);
      net.add(network);
      tier.add(linkClass);
      price.add(priceSlot(p, warn));
      ppm.add(portsPerModule(p, linkGbps));
      watts.add(power(p, warn));
      comp.add(CostComponent.OPTICS_CABLES);
      part.add(p);
      desc.add(
          p.name()
              + " ("
              + what
              + (cable
                  ? ""
                  : coPackaged
                      ? ", NIC end; the switch end's optics are co-packaged in the switch"
                      : i == 0 ? ", first end" : ", second end")
              + ")");
    }
    // a link between two transceivers runs over a passive fibre assembly, one per link: the one
    // the first end names, else the second's; at a co-packaged-optics switch, the fibre assembly
    // chosen as its end (the one that plugs into it). Two transceivers neither of which names a
    // fibre cost none, and say so in a warning rather than drop it silently
    java.util.Optional<LinkPart> fibre =
        cable
            ? java.util.Optional.empty()
            : coPackaged ? java.util.Optional.of(endB) : endA.fibre().or(endB::fibre);
    if (fibre.isEmpty() && !cable) {
      Warning msg =
          ImmutableWarning.of(
              Warning.Kind.MISSING_FIBRE,
              endA.id(),
              endA.id()
                  + (endB.id().equals(endA.id()) ? " names" : " and " + endB.id() + " name")
                  + " no fibre assembly in the catalog; the "
                  + what
                  + " count no fibre (name one with the transceiver's fibre field)");
      addOnce(warn, msg);
    }
    if (fibre.isPresent()) {
      LinkPart f = fibre.get();
      kind.add(KIND_LINK);
      net.add(network);
      tier.add(linkClass);
      price.add(priceSlot(f, warn));
      ppm.add(1L);
      watts.add(0.0);
      comp.add(CostComponent.OPTICS_CABLES);
      part.add(f);
      desc.add(f.name() + " (" + what + ", one per link)");
    }
  }

  /** Reusable per-thread scratch and results of one evaluation. */
  public static final class Workspace implements CompiledCluster.Evaluation {
    long servers;
    long gpus;
    int horizon;
    final long[][] trees;

    /** The system count {@link #trees} were sized for; -1 before the first evaluation. */
    long fabricServers = -1;

    /** The debt rate and tenor {@link #crf} was computed for; NaN before the first evaluation. */
    double crfRate = Double.NaN;

    int crfTenor;
    double crf;

    /** The interest on a loan of 1 at {@link #interestRate} over the horizon; see totals. */
    double unitInterest;

    double interestRate = Double.NaN;
    int interestTenor;
    int interestHorizon;

    // staging (docs/performance.md, issue 13 fourth pass): each phase below keeps the inputs it
    // was computed from and is computed again only when one of them changes

    /** The system count and storage per GPU {@link #qty} and {@link #networkW} were counted for. */
    long qtyServers = -1;

    double qtyTbPerGpu = Double.NaN;
    double networkW;

    /** The system count {@link #perRack} and {@link #racks} were counted for; -1 while stale. */
    long rackServers = -1;

    double rackKw;
    double rackServerMaxKw;

    /** The horizon the decline-free year factors below were summed for; -1 while stale. */
    int yearsHorizon = -1;

    double yearsWacc;
    double yearsEscalation;
    double yearsWarranty;
    double yearsFacilityLife;
    double yearsAnnuity;
    double escSum;
    double escPv;
    double maintenanceSum;
    double maintenancePv;
    double buildingSum;
    double buildingPv;
    double buildingKeptH;

    /** The discount factors DF(y + 1) the year factors were summed with. */
    double[] yearDiscount = new double[0];

    /** The GPU count goodput was computed for; -1 while stale. */
    long goodputGpus = -1;

    double goodputSpare;
    double goodputMaxJob;
    double goodputRate;
    double goodputCheckpoint;
    double goodputRestart;

    /** The resale decline and horizon {@link #hardwareKept} is for; NaN before the first. */
    double keptDecline = Double.NaN;

    int keptHorizon;

    /** {@code (1 - keptDecline)^keptHorizon}: hardware's value kept at the horizon. */
    double hardwareKept;

    final double[] qty;
    final double[] extended;
    double storageTb;
    double loadFraction;
    double gpuKw;
    double overheadKw;
    double networkKw;
    double storageKw;
    double itKw;
    double contractedKw;
    double facilityKw;
    long perRack;
    long racks;
    final double[] capex = new double[NC];
    final boolean[] capexPresent = new boolean[NC];
    double hardware;
    double capexTotal;
    final double[] life = new double[NC];

    /** Market value at the horizon as a fraction of cost, per capital component. */
    final double[] valueFraction = new double[NC];

    /**
     * Present value of each component over the horizon (capital: cost less discounted value kept).
     */
    final double[] presentValue = new double[NC];

    double[][] byYear = new double[0][];
    final double[] amount = new double[NC];
    final int[] order = new int[NC];
    int lines;
    double[] total = new double[0];
    double[] opexByYear = new double[0];
    double[] discount = new double[0];
    final double[][] unitCharges = new double[NC][];
    final double[] unitLife = new double[NC];

    /** {@code unitCumulative[c][k]}: the first k years' charges of a cost of 1. */
    final double[][] unitCumulative = new double[NC][];

    /**
     * Per component {@code c}, at {@code 3c}: the life and horizon last charged, and the share of a
     * cost of 1 charged within that horizon (see {@code chargedShare}); in one array so the totals
     * read one or two cache lines instead of a table per component.
     */
    final double[] charged = new double[3 * NC];

    double hardwareCapex;
    double buildingCapex;
    // economic basis
    double wacc;
    double residualValue;
    double presentValueOfCosts;
    double annuity;
    double levelAnnualCost;
    double economicCost;
    double costPerGpuHour;
    double goodput;
    double jobGpus;
    double jobInterruptionsPerHour;
    double checkpointIntervalHours;
    double costPerUsefulGpuHour;
    // accounting basis
    double bookValueAtHorizon;
    double opexYear1;
    double payment;
    double accountingTco;
    double accountingCostPerGpuHour;

    Workspace(int networks, int slots, int horizon) {
      Arrays.fill(charged, Double.NaN); // nothing charged yet
      trees = new long[networks][FatTree.COUNTS];
      qty = new double[slots];
      extended = new double[slots];
      ensureHorizon(horizon);
    }

    /** Sizes the per-year arrays for {@code h} years; allocates only when the horizon grows. */
    void ensureHorizon(int h) {
      if (total.length < h) {
        byYear = new double[NC][h];
        total = new double[h];
        opexByYear = new double[h];
        discount = new double[h];
        yearDiscount = new double[h];
        yearsHorizon = -1;
      }
    }

    @Override
    public double costPerGpuHour() {
      return costPerGpuHour;
    }

    @Override
    public double costPerUsefulGpuHour() {
      return costPerUsefulGpuHour;
    }

    @Override
    public double economicCost() {
      return economicCost;
    }

    @Override
    public double npvOfCosts() {
      return presentValueOfCosts;
    }

    @Override
    public double accountingTco() {
      return accountingTco;
    }

    @Override
    public double capex() {
      return capexTotal;
    }

    @Override
    public double opexYear1() {
      return opexYear1;
    }

    @Override
    public long gpus() {
      return gpus;
    }

    @Override
    public double contractedItKw() {
      return contractedKw;
    }

    /** Present value of the GPU-hours used over the horizon. */
    double presentGpuHours(double utilisation) {
      return gpus * HOURS_PER_YEAR * utilisation * annuity;
    }
  }

  @Override
  public List<String> inputs() {
    String[] names = new String[defaults.length];
    for (Map.Entry<String, Integer> e : paths.entrySet()) {
      if (names[e.getValue()] == null) {
        names[e.getValue()] = e.getKey();
      }
    }
    return List.of(names);
  }

  @Override
  public double[] defaults() {
    return defaults.clone();
  }

  @Override
  public Evaluation newEvaluation() {
    return newWorkspace();
  }

  @Override
  public void evaluate(double[] parameters, Evaluation evaluation) {
    evaluateTotals(parameters, (Workspace) evaluation);
  }

  @Override
  public ClusterResult result(double[] parameters, Evaluation evaluation) {
    Workspace w = (Workspace) evaluation;
    evaluate(parameters, w); // the schedules the object model reads
    return ClusterCalculator.build(this, parameters, w);
  }

  Workspace newWorkspace() {
    return new Workspace(networks, slots, (int) defaults[HORIZON]);
  }

  /**
   * Checks a parameter vector: every value in its documented range. Allocates only to throw.
   *
   * @return the WACC the parameters give (checked in (0, 1))
   */
  double check(double[] p, int o) {
    double servers = p[o + SERVERS];
    if (!(servers >= 1 && servers == Math.rint(servers) && servers <= 1e12)) {
      throw new ValidationException(
          "servers", Check.format(servers), "must be a whole number in [1, 1000000000000]");
    }
    Check.fraction(p[o + UTILISATION], "utilisation");
    Check.atLeast(p[o + UTILISATION], FinancialTerms.MIN_UTILISATION, "utilisation", "");
    double h = p[o + HORIZON];
    if (!(h >= 1 && h <= MAX_HORIZON && h == Math.rint(h))) {
      throw new ValidationException(
          "horizon_years", Check.format(h), "must be a whole number in [1, " + MAX_HORIZON + "]");
    }
    if (debt) {
      FinancialTerms.checkDebtRate(p[o + DEBT_RATE]);
    }
    double tenor = p[o + DEBT_TENOR];
    if (!(tenor >= 1 && tenor == Math.rint(tenor) && tenor <= MAX_HORIZON)) {
      throw new ValidationException(
          "debt_tenor_years",
          Check.format(tenor),
          "must be a whole number in [1, " + MAX_HORIZON + "]");
    }
    for (int i = 0; i < KEYS.length; i++) {
      double v = p[o + ASSUMPTIONS + i];
      if (!KEYS[i].accepts(v)) {
        KEYS[i].check(v); // throws with the rule
      }
    }
    if (p[o + ASSUMPTIONS + AssumptionKey.BUSY_POWER_FRACTION.ordinal()]
        < p[o + ASSUMPTIONS + AssumptionKey.IDLE_POWER_FRACTION.ordinal()]) {
      throw new ValidationException(
          "busy_power_fraction",
          Check.format(p[o + ASSUMPTIONS + AssumptionKey.BUSY_POWER_FRACTION.ordinal()]),
          "must be >= idle_power_fraction ("
              + Check.format(p[o + ASSUMPTIONS + AssumptionKey.IDLE_POWER_FRACTION.ordinal()])
              + ")");
    }
    if (!(p[o + ASSUMPTIONS + AssumptionKey.COLOCATION_USD_PER_KW_MONTH.ordinal()] > 0) && !owned) {
      throw new ValidationException(
          "colocation_usd_per_kw_month",
          Check.format(
              p[o + ASSUMPTIONS + AssumptionKey.COLOCATION_USD_PER_KW_MONTH.ordinal()],
              "USD/kW-month"),
          "must be > 0 at a rented site: every cluster pays for its building");
    }
    if (!(p[o + ASSUMPTIONS + AssumptionKey.FACILITY_BUILD_USD_PER_MW.ordinal()] > 0) && owned) {
      throw new ValidationException(
          "facility_build_usd_per_mw",
          Check.format(
              p[o + ASSUMPTIONS + AssumptionKey.FACILITY_BUILD_USD_PER_MW.ordinal()], "USD/MW"),
          "must be > 0 at an owned site: every cluster pays for its building");
    }
    for (int i = PRICES; i < parameterCount; i++) {
      if (!(p[o + i] >= 0 && p[o + i] < Double.POSITIVE_INFINITY)) {
        Check.nonNegative(p[o + i], "prices." + priceIds.get(i - PRICES), "USD");
      }
    }
    return wacc(p, o);
  }

  private static double a(double[] p, int o, AssumptionKey k) {
    return p[o + ASSUMPTIONS + k.ordinal()];
  }

  /** The WACC from its parts; allocates only to throw. */
  public static double wacc(double[] p, int o) {
    double e = a(p, o, AssumptionKey.EQUITY_SHARE);
    double w =
        e * a(p, o, AssumptionKey.COST_OF_EQUITY)
            + (1 - e) * a(p, o, AssumptionKey.COST_OF_DEBT) * (1 - a(p, o, AssumptionKey.TAX_RATE));
    if (!(w > 0 && w < 1)) {
      throw new ValidationException(
          "wacc",
          Check.format(w, "/year"),
          "must be in (0, 1) /year (equity_share x cost_of_equity + "
              + "(1 - equity_share) x cost_of_debt x (1 - tax_rate))");
    }
    return w;
  }

  /**
   * Evaluates the cluster at parameters {@code p} into {@code w} with every schedule the object
   * model reads (cost by component and year, book depreciation, interest); allocates nothing.
   */
  void evaluate(double[] p, Workspace w) {
    checkLength(p);
    prepare(p, 0, w, true);
    schedule(p, 0, w);
  }

  /** Sizes every network's fat tree for {@code servers} systems into {@code w.trees}. */
  private void sizeFabrics(long servers, Workspace w) {
    for (int i = 0; i < networks; i++) {
      long endpoints = Math.multiplyExact(servers, portsPerServer[i]);
      if (endpoints / planes[i] > capacity[i]) {
        FatTree.checkFits(
            endpoints,
            radix[i],
            oversubscription[i],
            fixedTiers[i],
            planes[i],
            rails[i],
            portsPerServer[i]);
      }
      FatTree.counts(
          endpoints, radix[i], oversubscription[i], fixedTiers[i], planes[i], rails[i], w.trees[i]);
    }
  }

  /**
   * Evaluates only the totals an {@link CompiledCluster.Evaluation} reports (the economic and
   * accounting headlines, CapEx, first-year OpEx, goodput): the same numbers as {@link
   * #evaluate(double[], Workspace)} to rounding, from sums over the years of the discount,
   * escalation and value-kept factors, computed once and shared by every cost line, instead of a
   * schedule per line. Leaves the per-year schedules of {@code w} stale; allocates nothing.
   */
  void evaluateTotals(double[] p, Workspace w) {
    checkLength(p);
    prepare(p, 0, w, true);
    totals(p, 0, w);
  }

  /**
   * {@link #evaluateTotals(double[], Workspace)} of the parameters at {@code p[o]} to {@code p[o +
   * defaults.length - 1]}, read in place (a fleet's parameter vector holds each cluster's in turn).
   */
  void evaluateTotals(double[] p, int o, Workspace w) {
    prepare(p, o, w, true);
    totals(p, o, w);
  }

  /**
   * {@link #evaluateTotals(double[], int, Workspace)} without the per-parameter rules of {@link
   * #check(double[], int)}, for parameters the caller has shown to lie in a box whose every corner
   * passes them (see {@link FleetKernel#acceptsBox}); the WACC and the sizing limits are still
   * checked.
   */
  void evaluateTotalsInBox(double[] p, int o, Workspace w) {
    prepare(p, o, w, false);
    totals(p, o, w);
  }

  private void checkLength(double[] p) {
    if (p.length != defaults.length) {
      throw new ValidationException(
          "parameters.length", Integer.toString(p.length), "must be " + defaults.length);
    }
  }

  /** Checks {@code p} and sizes, powers and prices the cluster: everything up to CapEx. */
  private void prepare(double[] p, int o, Workspace w, boolean check) {
    double r = check ? check(p, o) : wacc(p, o);
    long servers = (long) p[o + SERVERS];
    long gpus = Math.multiplyExact(servers, (long) perServer);
    int h = (int) p[o + HORIZON];
    double u = p[o + UTILISATION];
    w.servers = servers;
    w.gpus = gpus;
    w.horizon = h;
    w.ensureHorizon(h);
    // §3 networks
    double networkW = 0;
    // the fabric depends on the system count only: sized again only when that changes (and marked
    // unsized while it is, so a count refused half-way leaves nothing stale)
    if (servers != w.fabricServers) {
      w.fabricServers = -1;
      w.qtyServers = -1; // the quantities read the trees
      sizeFabrics(servers, w);
      w.fabricServers = servers;
    }
    // §4 storage
    double tbPerGpu = a(p, o, AssumptionKey.STORAGE_TB_PER_GPU);
    w.storageTb = gpus * tbPerGpu;
    w.storageKw = w.storageTb * a(p, o, AssumptionKey.STORAGE_W_PER_TB) / 1000;
    // §5 power: servers draw between idle and busy power in proportion to utilisation
    double idle = a(p, o, AssumptionKey.IDLE_POWER_FRACTION);
    double load = idle + (a(p, o, AssumptionKey.BUSY_POWER_FRACTION) - idle) * u;
    double gpuKwPerServerMax = perServer * tdpW / 1000;
    double nonGpuKwPerServerMax =
        hasMaxPower
            ? maxPowerKw - gpuKwPerServerMax
            : gpuKwPerServerMax * a(p, o, AssumptionKey.SERVER_OVERHEAD_FRACTION);
    // BoM quantities; network power from switches and optics. They read the system count (and its
    // trees) and the storage per GPU only: counted again only when one of those changes (staging)
    boolean counted = servers == w.qtyServers && same(tbPerGpu, w.qtyTbPerGpu);
    for (int s = counted ? slots : 0; s < slots; s++) {
      double q;
      switch (slotKind[s]) {
        case KIND_SERVERS:
          q = servers;
          break;
        case KIND_SWITCH:
          q = w.trees[slotNetwork[s]][FatTree.LEAVES + slotTier[s]];
          break;
        case KIND_LINK:
          {
            long[] t = w.trees[slotNetwork[s]];
            long links =
                slotTier[s] == 0
                    ? servers * portsPerServer[slotNetwork[s]]
                    : t[FatTree.LEAF_SPINE_LINKS] + t[FatTree.SPINE_CORE_LINKS];
            q =
                (links + slotPortsPerModule[s] - 1)
                    / slotPortsPerModule[s]; // whole modules, rounded up
            break;
          }
        case KIND_STORAGE:
          q = w.storageTb;
          break;
        case KIND_COMPONENT:
          q = servers * slotPerSystem[s];
          break;
        default:
          q = 0; // facility: set after contracted power is known
      }
      w.qty[s] = q;
      networkW += q * slotW[s];
    }
    if (counted) {
      networkW = w.networkW; // the sum the loop gave for these quantities
    } else {
      w.networkW = networkW;
      w.qtyServers = servers;
      w.qtyTbPerGpu = tbPerGpu;
    }
    double gpuKw = gpus * tdpW / 1000 * load;
    double overheadKw = servers * nonGpuKwPerServerMax * load;
    double networkKw = networkW / 1000;
    double itKw = gpuKw + overheadKw + networkKw + w.storageKw;
    double serverMaxKw = gpuKwPerServerMax + nonGpuKwPerServerMax;
    double contractedKw = servers * serverMaxKw + networkKw + w.storageKw;
    w.loadFraction = load;
    w.gpuKw = gpuKw;
    w.overheadKw = overheadKw;
    w.networkKw = networkKw;
    w.itKw = itKw;
    w.contractedKw = contractedKw;
    w.facilityKw = itKw * a(p, o, AssumptionKey.PUE);
    double rackKw = a(p, o, AssumptionKey.RACK_POWER_DENSITY_KW);
    // racks read the system count, the rack power density and a system's maximum power only:
    // counted again only when one of those changes (staging)
    boolean racked =
        servers == w.rackServers && same(rackKw, w.rackKw) && same(serverMaxKw, w.rackServerMaxKw);
    if (!racked) {
      w.rackServers = -1; // stale until both counts are in
    }
    if (racked) {
      // w.perRack and w.racks hold their values for these inputs
    } else if (rack) {
      w.perRack = 1;
    } else {
      long perRack = (long) Math.floor(rackKw / serverMaxKw);
      if (rackUnits > 0) {
        perRack = Math.min(perRack, RACK_UNITS / rackUnits);
      }
      if (perRack < 1) {
        throw new ValidationException(
            "rack_power_density_kw",
            Check.format(rackKw, "kW"),
            "must hold at least one "
                + cluster.system().id()
                + " ("
                + Check.format(Math.round(serverMaxKw * 100) / 100.0, "kW")
                + " at maximum power)");
      }
      w.perRack = perRack;
    }
    if (!racked) {
      w.racks =
          rack
              ? Math.multiplyExact(servers, (long) racksPerSystem)
              : (servers + w.perRack - 1) / w.perRack;
      w.rackServers = servers;
      w.rackKw = rackKw;
      w.rackServerMaxKw = serverMaxKw;
    }
    // §2-§7 CapEx by component, in component order
    for (int c = 0; c < NC; c++) { // a loop, not Arrays.fill: NC is small and the call was not
      w.capex[c] = 0;
      w.capexPresent[c] = false;
    }
    for (int s = 0; s < slots; s++) {
      if (slotKind[s] == KIND_FACILITY) {
        w.qty[s] = contractedKw / 1000;
      }
      w.extended[s] = w.qty[s] * p[o + slotPrice[s]];
      if (w.qty[s] > 0) {
        int c = slotComponent[s].ordinal();
        w.capex[c] += w.extended[s];
        w.capexPresent[c] = true;
      }
    }
    int srv = CostComponent.SERVERS.ordinal();
    w.hardware =
        w.capex[srv]
            + w.capex[CostComponent.NETWORK.ordinal()]
            + w.capex[CostComponent.OPTICS_CABLES.ordinal()]
            + w.capex[CostComponent.STORAGE.ordinal()];
    addFraction(
        w,
        CostComponent.INSTALLATION,
        a(p, o, AssumptionKey.INSTALLATION_FRACTION_OF_CAPEX) * w.hardware);
    double spares = a(p, o, AssumptionKey.SPARES_FRACTION_OF_CAPEX) * w.hardware;
    addFraction(w, CostComponent.SPARES, spares);
    addFraction(
        w,
        CostComponent.DUTIES_TAXES,
        (a(p, o, AssumptionKey.IMPORT_DUTY_FRACTION) + a(p, o, AssumptionKey.SALES_TAX_FRACTION))
            * (w.hardware + spares));
    double capexTotal = 0;
    for (int c = 0; c < NC; c++) {
      if (w.capexPresent[c]) {
        capexTotal += w.capex[c];
      }
    }
    w.capexTotal = capexTotal;
    w.wacc = r;
  }

  /** The per-year schedules and both bases from them, after {@link #prepare}. */
  private void schedule(double[] p, int o, Workspace w) {
    int h = w.horizon;
    long gpus = w.gpus;
    double u = p[o + UTILISATION];
    double capexTotal = w.capexTotal;
    double contractedKw = w.contractedKw;
    double r = w.wacc;
    // discount factors at the WACC: DF(y) = (1 + r)^-y, built by repeated division
    double[] df = w.discount;
    double step = 1 / (1 + r);
    double d = 1;
    double annuity = 0;
    for (int y = 0; y < h; y++) {
      d *= step;
      df[y] = d;
      annuity += d;
    }
    w.annuity = annuity;
    double dfH = df[h - 1];

    // §8 capital: market value kept at the horizon (economic) and book depreciation (accounting)
    double decline = a(p, o, AssumptionKey.RESALE_DECLINE_PER_YEAR);
    double facilityLife = a(p, o, AssumptionKey.FACILITY_LIFE_YEARS);
    Arrays.fill(w.total, 0, h, 0);
    w.lines = 0;
    w.bookValueAtHorizon = 0;
    w.residualValue = 0;
    double pvCosts = 0;
    // the value kept after h years as a fraction of cost, by how a component keeps value: hardware
    // at its generation's decline (one pow for all of it), the building straight-line, labour and
    // duties nothing (the same fractions as valueFraction)
    double hardwareKeptH = keptAfter(decline, h);
    double buildingKeptH = Math.max(0, 1 - h / facilityLife);
    double hardwareCapex = 0; // insured at the hardware's market value
    double buildingCapex = 0; // insured at the building's book value
    for (int c = 0; c < NC; c++) {
      w.presentValue[c] = 0;
      if (!w.capexPresent[c]) {
        continue;
      }
      double cost = w.capex[c];
      double vf;
      switch (VALUE_KEPT[c]) {
        case KEPT_HARDWARE:
          vf = hardwareKeptH;
          hardwareCapex += cost;
          break;
        case KEPT_BUILDING:
          vf = buildingKeptH;
          buildingCapex += cost;
          break;
        default:
          vf = 0;
      }
      w.valueFraction[c] = vf;
      w.residualValue += cost * vf;
      w.presentValue[c] = cost * (1 - vf * dfH);
      pvCosts += w.presentValue[c];
      double life = p[o + LIFE_SLOT[c]];
      // book depreciation of any method is proportional to cost (no residual): the charges of a
      // cost of 1 are computed when the life changes, then scaled; the last year of the life
      // takes what remains, as the method does, so the charges add up to the cost exactly
      double[] unit = unitCharges(w, c, life);
      int last = (int) Math.ceil(life) - 1;
      double[] by = w.byYear[c];
      double charged = 0;
      for (int y = 0; y < h; y++) {
        double v = y < last ? cost * unit[y] : y == last ? Math.max(0, cost - charged) + 0.0 : 0;
        by[y] = v;
        charged += v;
        w.total[y] += v;
      }
      w.life[c] = life;
      w.bookValueAtHorizon += cost - charged;
      w.amount[c] = charged;
      w.order[w.lines++] = c;
    }
    w.hardwareCapex = hardwareCapex;
    w.buildingCapex = buildingCapex;

    // §9 operating costs, year by year
    double esc = a(p, o, AssumptionKey.OPEX_ESCALATION_PER_YEAR);
    opex(
        w,
        CostComponent.ELECTRICITY,
        w.facilityKw * HOURS_PER_YEAR * a(p, o, AssumptionKey.ELECTRICITY_USD_PER_KWH),
        esc,
        h,
        0);
    if (!owned) {
      opex(
          w,
          CostComponent.COLOCATION,
          contractedKw * a(p, o, AssumptionKey.COLOCATION_USD_PER_KW_MONTH) * 12,
          esc,
          h,
          0);
    }
    opex(
        w,
        CostComponent.MAINTENANCE,
        w.hardware * a(p, o, AssumptionKey.MAINTENANCE_FRACTION_OF_CAPEX_PER_YEAR),
        esc,
        h,
        a(p, o, AssumptionKey.WARRANTY_YEARS));
    opex(
        w,
        CostComponent.SOFTWARE,
        gpus * a(p, o, AssumptionKey.SOFTWARE_USD_PER_GPU_YEAR),
        esc,
        h,
        0);
    opex(
        w,
        CostComponent.STAFF,
        contractedKw
            / 1000
            * (a(p, o, AssumptionKey.STAFF_USD_PER_MW_YEAR)
                + (owned ? a(p, o, AssumptionKey.FACILITY_STAFF_USD_PER_MW_YEAR) : 0)),
        esc,
        h,
        0);
    insurance(
        w, a(p, o, AssumptionKey.INSURANCE_FRACTION_OF_VALUE_PER_YEAR), decline, facilityLife, h);
    w.opexYear1 = 0;
    Arrays.fill(w.opexByYear, 0, h, 0);
    for (int l = 0; l < w.lines; l++) {
      int c = w.order[l];
      if (!COMPONENTS[c].isCapital()) {
        w.opexYear1 += w.byYear[c][0];
        double pv = 0;
        for (int y = 0; y < h; y++) {
          w.opexByYear[y] += w.byYear[c][y];
          pv += w.byYear[c][y] * df[y];
        }
        w.presentValue[c] = pv;
        pvCosts += pv;
      }
    }

    // §10 economic basis: the headline
    double gpuHoursPerYear = gpus * HOURS_PER_YEAR * u;
    w.presentValueOfCosts = pvCosts;
    w.costPerGpuHour = pvCosts / (gpuHoursPerYear * annuity);
    w.levelAnnualCost = pvCosts / annuity;
    w.economicCost = w.levelAnnualCost * h;
    goodput(w, p, o, gpus);
    w.costPerUsefulGpuHour = w.costPerGpuHour / w.goodput;

    // §10 accounting basis: interest on debt, book TCO
    if (debt) {
      double i = p[o + DEBT_RATE];
      int tenor = (int) p[o + DEBT_TENOR];
      double payment = capexTotal * capitalRecovery(w, i, tenor);
      double balance = capexTotal;
      int f = CostComponent.FINANCING.ordinal();
      double[] interest = w.byYear[f];
      boolean any = false;
      for (int y = 0; y < h; y++) {
        interest[y] = 0;
        if (y < tenor) {
          interest[y] = balance * i;
          balance = y == tenor - 1 ? 0 : balance + interest[y] - payment;
        }
        any |= interest[y] != 0;
      }
      w.payment = payment;
      if (any) {
        double sum = 0;
        for (int y = 0; y < h; y++) {
          sum += interest[y];
          w.total[y] += interest[y];
        }
        w.amount[f] = sum;
        w.order[w.lines++] = f;
      }
    } else {
      w.payment = 0;
    }
    double tco = 0;
    for (int l = 0; l < w.lines; l++) {
      tco += w.amount[w.order[l]];
    }
    w.accountingTco = tco;
    w.accountingCostPerGpuHour = tco / (gpuHoursPerYear * h);
  }

  /**
   * Both bases' totals after {@link #prepare}, without per-line schedules. Every operating cost is
   * a first-year amount times a factor that depends on the year only through escalation (and, for
   * maintenance, the warranty), and insurance is the insured value's two parts (hardware at its
   * decline, the building straight-line) times a rate; so one pass over the years sums each factor
   * and its present value, and each line is then one multiplication (docs/performance.md).
   */
  private void totals(double[] p, int o, Workspace w) {
    int h = w.horizon;
    long gpus = w.gpus;
    double u = p[o + UTILISATION];
    double r = w.wacc;
    double decline = a(p, o, AssumptionKey.RESALE_DECLINE_PER_YEAR);
    double facilityLife = a(p, o, AssumptionKey.FACILITY_LIFE_YEARS);
    double esc = a(p, o, AssumptionKey.OPEX_ESCALATION_PER_YEAR);
    double warranty = a(p, o, AssumptionKey.WARRANTY_YEARS);
    // the year factors that do not read the decline depend on the horizon, the WACC, escalation,
    // the warranty and the facility life only: summed again only when one of those changes
    // (staging; each sum is built by the same operations in the same order as before)
    double[] df = w.yearDiscount;
    if (h != w.yearsHorizon
        || !same(r, w.yearsWacc)
        || !same(esc, w.yearsEscalation)
        || !same(warranty, w.yearsWarranty)
        || !same(facilityLife, w.yearsFacilityLife)) {
      w.yearsHorizon = -1; // marked stale while the sums are rebuilt
      double step = 1 / (1 + r);
      double d = 1; // DF(y + 1), as the schedule builds it
      double escalation = 1; // (1 + esc)^y
      double annuity = 0;
      double escSum = 0;
      double escPv = 0;
      double maintenanceSum = 0;
      double maintenancePv = 0;
      double buildingSum = 0;
      double buildingPv = 0;
      for (int y = 0; y < h; y++) {
        d *= step;
        df[y] = d;
        annuity += d;
        escSum += escalation;
        escPv += escalation * d;
        double paid = escalation * (1 - Math.min(1, Math.max(0, warranty - y)));
        maintenanceSum += paid;
        maintenancePv += paid * d;
        double building = Math.max(0, 1 - y / facilityLife);
        buildingSum += building;
        buildingPv += building * d;
        escalation *= 1 + esc;
      }
      w.yearsAnnuity = annuity;
      w.escSum = escSum;
      w.escPv = escPv;
      w.maintenanceSum = maintenanceSum;
      w.maintenancePv = maintenancePv;
      w.buildingSum = buildingSum;
      w.buildingPv = buildingPv;
      w.buildingKeptH = Math.max(0, 1 - h / facilityLife);
      w.yearsWacc = r;
      w.yearsEscalation = esc;
      w.yearsWarranty = warranty;
      w.yearsFacilityLife = facilityLife;
      w.yearsHorizon = h;
    }
    double annuity = w.yearsAnnuity;
    double escSum = w.escSum;
    double escPv = w.escPv;
    double maintenanceSum = w.maintenanceSum;
    double maintenancePv = w.maintenancePv;
    double buildingSum = w.buildingSum;
    double buildingPv = w.buildingPv;
    // the value kept at the hardware's decline, year by year
    double kept = 1; // (1 - decline)^y
    double keptSum = 0;
    double keptPv = 0;
    for (int y = 0; y < h; y++) {
      keptSum += kept;
      keptPv += kept * df[y];
      kept *= 1 - decline;
    }
    w.annuity = annuity;
    double dfH = df[h - 1];

    // §8 capital
    double hardwareKeptH = hardwareKept(w, decline, h);
    double buildingKeptH = w.buildingKeptH;
    double hardwareCapex = 0;
    double buildingCapex = 0;
    double pvCosts = 0;
    double charged = 0;
    double residual = 0;
    for (int c = 0; c < NC; c++) {
      if (!w.capexPresent[c]) {
        continue;
      }
      double cost = w.capex[c];
      double vf;
      switch (VALUE_KEPT[c]) {
        case KEPT_HARDWARE:
          vf = hardwareKeptH;
          hardwareCapex += cost;
          break;
        case KEPT_BUILDING:
          vf = buildingKeptH;
          buildingCapex += cost;
          break;
        default:
          vf = 0;
      }
      residual += cost * vf;
      pvCosts += cost * (1 - vf * dfH);
      charged += cost * chargedShare(w, c, p[o + LIFE_SLOT[c]], h);
    }
    w.hardwareCapex = hardwareCapex;
    w.buildingCapex = buildingCapex;
    w.residualValue = residual;
    w.bookValueAtHorizon = w.capexTotal - charged;

    // §9 operating costs: first-year amounts times the year factors' sums
    double flat = // every line without a warranty escalates alike
        w.facilityKw * HOURS_PER_YEAR * a(p, o, AssumptionKey.ELECTRICITY_USD_PER_KWH)
            + (owned ? 0 : w.contractedKw * a(p, o, AssumptionKey.COLOCATION_USD_PER_KW_MONTH) * 12)
            + gpus * a(p, o, AssumptionKey.SOFTWARE_USD_PER_GPU_YEAR)
            + w.contractedKw
                / 1000
                * (a(p, o, AssumptionKey.STAFF_USD_PER_MW_YEAR)
                    + (owned ? a(p, o, AssumptionKey.FACILITY_STAFF_USD_PER_MW_YEAR) : 0));
    double maintenance = w.hardware * a(p, o, AssumptionKey.MAINTENANCE_FRACTION_OF_CAPEX_PER_YEAR);
    double rate = a(p, o, AssumptionKey.INSURANCE_FRACTION_OF_VALUE_PER_YEAR);
    double opexSum =
        flat * escSum
            + maintenance * maintenanceSum
            + rate * (hardwareCapex * keptSum + buildingCapex * buildingSum);
    pvCosts +=
        flat * escPv
            + maintenance * maintenancePv
            + rate * (hardwareCapex * keptPv + buildingCapex * buildingPv);
    w.opexYear1 =
        flat
            + maintenance * (1 - Math.min(1, Math.max(0, warranty)))
            + rate * (hardwareCapex + buildingCapex); // year 0: all value kept

    // §10 economic basis: the headline
    double gpuHoursPerYear = gpus * HOURS_PER_YEAR * u;
    w.presentValueOfCosts = pvCosts;
    w.costPerGpuHour = pvCosts / (gpuHoursPerYear * annuity);
    w.levelAnnualCost = pvCosts / annuity;
    w.economicCost = w.levelAnnualCost * h;
    goodput(w, p, o, gpus);
    w.costPerUsefulGpuHour = w.costPerGpuHour / w.goodput;

    // §10 accounting basis: interest on debt within the horizon, book TCO
    double interest = 0;
    if (debt) {
      double i = p[o + DEBT_RATE];
      int tenor = (int) p[o + DEBT_TENOR];
      double crf = capitalRecovery(w, i, tenor);
      // the interest is linear in the amount borrowed: that of a loan of 1, computed again only
      // when the rate, tenor or horizon changes, times CapEx
      if (w.interestHorizon != h || w.interestRate != i || w.interestTenor != tenor) {
        double unitInterest = 0;
        double balance = 1;
        for (int y = 0; y < h && y < tenor; y++) {
          double paid = balance * i;
          unitInterest += paid;
          balance = y == tenor - 1 ? 0 : balance + paid - crf;
        }
        w.unitInterest = unitInterest;
        w.interestRate = i;
        w.interestTenor = tenor;
        w.interestHorizon = h;
      }
      interest = w.capexTotal * w.unitInterest;
      w.payment = w.capexTotal * crf;
    } else {
      w.payment = 0;
    }
    double tco = charged + opexSum + interest;
    w.accountingTco = tco;
    w.accountingCostPerGpuHour = tco / (gpuHoursPerYear * h);
  }

  /**
   * The fraction of its cost a capital component is worth after {@code years}: hardware at its
   * generation's resale decline; the building straight-line over its life; installation labour and
   * duties nothing.
   */
  public static double valueFraction(
      CostComponent c, double years, double decline, double facilityLife) {
    if (c == CostComponent.FACILITY || c == CostComponent.COOLING) {
      return Math.max(0, 1 - years / facilityLife);
    }
    if (!resold(c)) {
      return 0;
    }
    if (years == Math.rint(years) && years >= 0 && years <= MAX_HORIZON) {
      return keptAfter(decline, (int) years);
    }
    return Math.pow(1 - decline, years);
  }

  /**
   * {@code (1 - decline)^years}, the fraction of its price hardware keeps after whole years:
   * computed by repeated squaring in double-double arithmetic (each product's rounding error kept
   * by {@link Math#fma}, so the unrounded power is known to about 2^-100 of itself) and rounded
   * once. That is the correctly rounded power of the double {@code 1 - decline} except where it
   * lies within about 2^-100 (relative) of a halfway point between two doubles ({@code
   * KeptAfterTest} checks it against the exact power). {@link Math#pow} is within 1 ulp, mostly the
   * same value, and took about 16 ns a call (JDK 17), the largest single cost of a Monte Carlo
   * sample with an uncertain decline; this takes about a quarter of that. The one definition of the
   * hardware's value kept: the scalar kernel, {@link ChunkProgram}, {@link #valueFraction} and the
   * explanation all call it.
   *
   * @param decline the yearly decline
   * @param years whole years, {@code >= 0}
   */
  static double keptAfter(double decline, int years) {
    double x = 1 - decline;
    double rh = 1; // the power so far, hi + lo
    double rl = 0;
    double bh = x; // x^(2^k), hi + lo
    double bl = 0;
    int n = years;
    while (true) {
      if ((n & 1) != 0) {
        double p = rh * bh;
        double e = Math.fma(rh, bh, -p) + (rh * bl + rl * bh);
        rh = p + e;
        rl = e - (rh - p);
      }
      n >>>= 1;
      if (n == 0) {
        return rh + rl;
      }
      double p = bh * bh;
      double e = Math.fma(bh, bh, -p) + 2 * (bh * bl);
      bh = p + e;
      bl = e - (bh - p);
    }
  }

  /**
   * Goodput of the largest job the cluster runs ({@link GoodputModel}); allocates only to throw.
   */
  private static void goodput(Workspace w, double[] p, int o, long gpus) {
    double spare = a(p, o, AssumptionKey.HOT_SPARE_FRACTION);
    double maxJob = a(p, o, AssumptionKey.MAX_JOB_GPUS);
    double rate = a(p, o, AssumptionKey.INTERRUPTIONS_PER_MILLION_GPU_HOURS);
    double ckpt = a(p, o, AssumptionKey.CHECKPOINT_WRITE_MINUTES);
    double restart = a(p, o, AssumptionKey.RESTART_MINUTES);
    // goodput reads these five and the GPU count only: computed again only when one changes
    if (gpus == w.goodputGpus
        && same(spare, w.goodputSpare)
        && same(maxJob, w.goodputMaxJob)
        && same(rate, w.goodputRate)
        && same(ckpt, w.goodputCheckpoint)
        && same(restart, w.goodputRestart)) {
      return; // w.goodput, w.jobGpus and the rest hold their values for these inputs
    }
    w.goodputGpus = -1; // stale until the new values are in
    double job = Math.min(gpus * (1 - spare), maxJob);
    w.goodput = GoodputModel.fraction(rate, ckpt, restart, spare, job);
    w.jobGpus = job;
    w.jobInterruptionsPerHour = GoodputModel.jobInterruptionsPerHour(rate, job);
    w.checkpointIntervalHours = GoodputModel.intervalHours(rate, ckpt, job);
    w.goodputSpare = spare;
    w.goodputMaxJob = maxJob;
    w.goodputRate = rate;
    w.goodputCheckpoint = ckpt;
    w.goodputRestart = restart;
    w.goodputGpus = gpus;
  }

  /**
   * Whether two parameter values are the same double, bit for bit (so {@code -0.0} differs from
   * {@code 0.0} and a NaN equals itself): a staged phase whose inputs are all the same gives the
   * same results, so it is not computed again.
   */
  private static boolean same(double a, double b) {
    return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
  }

  private static void addFraction(Workspace w, CostComponent comp, double amount) {
    if (amount > 0) {
      w.capex[comp.ordinal()] += amount;
      w.capexPresent[comp.ordinal()] = true;
    }
  }

  /**
   * A yearly cost escalating at {@code esc}; the first {@code freeYears} (may be fractional) are
   * covered (a warranty), and a year partly covered pays the uncovered part.
   */
  private static void opex(
      Workspace w, CostComponent comp, double year1, double esc, int h, double freeYears) {
    if (year1 == 0 || freeYears >= h) {
      return;
    }
    int c = comp.ordinal();
    double[] by = w.byYear[c];
    double sum = 0;
    double factor = 1;
    for (int y = 0; y < h; y++) {
      double covered = Math.min(1, Math.max(0, freeYears - y));
      by[y] = year1 * factor * (1 - covered);
      factor *= 1 + esc;
      sum += by[y];
      w.total[y] += by[y];
    }
    w.amount[c] = sum;
    w.order[w.lines++] = c;
  }

  /**
   * Insurance on the insured (market) value at the start of each year; it falls as the hardware
   * ages.
   */
  private static void insurance(
      Workspace w, double rate, double decline, double facilityLife, int h) {
    if (rate == 0) {
      return;
    }
    int c = CostComponent.INSURANCE.ordinal();
    double[] by = w.byYear[c];
    double sum = 0;
    double kept = 1; // (1 - decline)^y
    for (int y = 0; y < h; y++) {
      double value = w.hardwareCapex * kept + w.buildingCapex * Math.max(0, 1 - y / facilityLife);
      kept *= 1 - decline;
      by[y] = rate * value;
      sum += by[y];
      w.total[y] += by[y];
    }
    if (sum > 0) {
      w.amount[c] = sum;
      w.order[w.lines++] = c;
    }
  }

  /**
   * The capital recovery factor of the debt, computed again only when its rate or tenor differs
   * from the last evaluation's (a Monte Carlo that leaves both fixed computes it once).
   */
  private static double capitalRecovery(Workspace w, double rate, int tenor) {
    if (w.crfRate != rate || w.crfTenor != tenor) {
      w.crf = TimeValue.capitalRecoveryFactor(rate, tenor);
      w.crfRate = rate;
      w.crfTenor = tenor;
    }
    return w.crf;
  }

  /**
   * {@link #keptAfter keptAfter(decline, h)}, computed again only when the decline or horizon
   * differs from the last evaluation's (a rollup or a Monte Carlo that keeps both computes it
   * once).
   */
  private static double hardwareKept(Workspace w, double decline, int h) {
    if (w.keptDecline != decline || w.keptHorizon != h) {
      w.hardwareKept = keptAfter(decline, h);
      w.keptDecline = decline;
      w.keptHorizon = h;
    }
    return w.hardwareKept;
  }

  /**
   * The share of a cost of component {@code c} with book {@code life} charged within {@code h}
   * years: 1 for a life within the horizon (the last year takes what remains), else the first h
   * years' charges of a cost of 1; recomputed only when the life or horizon changes.
   */
  double chargedShare(Workspace w, int c, double life, int h) {
    double[] k = w.charged;
    int i = 3 * c;
    if (k[i] != life || k[i + 1] != h) {
      unitCharges(w, c, life);
      k[i + 2] = h >= Math.ceil(life) ? 1 : w.unitCumulative[c][h];
      k[i] = life;
      k[i + 1] = h;
    }
    return k[i + 2];
  }

  /**
   * The depreciation charges of a cost of 1 over {@code life} years, recomputed only when the
   * component's life differs from the last evaluation's.
   */
  private double[] unitCharges(Workspace w, int c, double life) {
    double[] unit = w.unitCharges[c];
    if (unit == null || w.unitLife[c] != life) {
      int years = (int) Math.ceil(life);
      if (unit == null || unit.length < years) {
        unit = new double[Math.max(years, 8)];
        w.unitCharges[c] = unit;
      }
      depreciation.charges(1, 0, life, unit);
      double[] cumulative = w.unitCumulative[c];
      if (cumulative == null || cumulative.length < unit.length + 1) {
        cumulative = new double[unit.length + 1];
        w.unitCumulative[c] = cumulative;
      }
      for (int y = 0; y < years; y++) {
        cumulative[y + 1] = cumulative[y] + unit[y];
      }
      w.unitLife[c] = life;
    }
    return unit;
  }

  /**
   * Where a component bought beside a system is costed: cooling plant apart, the rest with the
   * system.
   */
  public static CostComponent componentOf(SystemComponent.Kind k) {
    return k == SystemComponent.Kind.COOLING_PLANT ? CostComponent.COOLING : CostComponent.SERVERS;
  }

  public static AssumptionKey lifeOf(CostComponent c) {
    switch (c) {
      case NETWORK:
      case OPTICS_CABLES:
      case STORAGE:
        return AssumptionKey.NETWORK_USEFUL_LIFE_YEARS;
      case FACILITY:
      case COOLING:
        return AssumptionKey.FACILITY_LIFE_YEARS;
      default:
        return AssumptionKey.SERVER_USEFUL_LIFE_YEARS;
    }
  }

  /**
   * Hardware keeps a market value; installation labour and duties do not (the building: see {@link
   * #valueFraction}).
   */
  public static boolean resold(CostComponent c) {
    return c != CostComponent.INSTALLATION
        && c != CostComponent.DUTIES_TAXES
        && c != CostComponent.FACILITY
        && c != CostComponent.COOLING;
  }

  /** The currency every amount is in. */
  public static Money usd(double amount) {
    return Money.usd(amount);
  }
}
