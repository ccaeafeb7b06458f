package dev.flopex.costing;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.LinkKind;
import dev.flopex.catalog.LinkPart;
import dev.flopex.catalog.NetworkSwitch;
import dev.flopex.catalog.NicAttachment;
import dev.flopex.catalog.Part;
import dev.flopex.catalog.PricePoint;
import dev.flopex.catalog.SystemKind;
import dev.flopex.catalog.SystemSpec;
import dev.flopex.core.finance.DepreciationMethod;
import dev.flopex.core.finance.TimeValue;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The compiled evaluation plan of one cluster: everything that does not vary (the system, the
 * network parts, link speeds, power figures, the depreciation schedule) is fixed at compile time;
 * everything that may vary between scenarios or samples is a slot of a {@code double[]} parameter
 * vector (the system count, utilisation, horizon, debt terms, every assumption, every part
 * price). {@link #evaluate} fills a reusable {@link Workspace} and allocates nothing.
 *
 * <p>The rich object model ({@link ClusterCalculator}) is built from the same workspace, so the
 * kernel's numbers and the object model's are the same numbers. Formulas: {@code docs/model.md}.
 */
final class ClusterKernel implements CompiledCluster {
  static final double HOURS_PER_YEAR = 8760;
  static final int RACK_UNITS = 42;
  static final int MAX_HORIZON = 50;
  private static final CostComponent[] COMPONENTS = CostComponent.values();
  private static final AssumptionKey[] KEYS = AssumptionKey.values();

  // parameter slots
  static final int SERVERS = 0;
  static final int UTILISATION = 1;
  static final int HORIZON = 2;
  static final int DEBT_RATE = 3;
  static final int DEBT_TENOR = 4;
  static final int ASSUMPTIONS = 5;
  static final int PRICES = ASSUMPTIONS + KEYS.length;

  // BoM slot kinds
  static final int KIND_SERVERS = 0;
  static final int KIND_SWITCH = 1;
  static final int KIND_LINK = 2;
  static final int KIND_STORAGE = 3;
  static final int KIND_FACILITY = 4;

  final Cluster cluster;
  final FinancialTerms terms;
  final List<String> warnings;
  final List<String> priceIds = new ArrayList<>();
  final List<PricePoint> prices = new ArrayList<>();
  final Map<String, Integer> paths = new LinkedHashMap<>();
  final double[] defaults;

  // constants
  final int perServer;
  final double tdpW;
  final boolean hasMaxPower;
  final double maxPowerKw;
  final boolean rack;
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
  final long[] capacity;
  final double[] switchW;
  final String[] networkNames;
  // BoM slots (fixed at compile; a slot with quantity 0 is not a line)
  final int slots;
  final int[] slotKind;
  final int[] slotNetwork;
  final int[] slotTier;           // switches: 0 leaf, 1 spine, 2 core; links: 0 server, 1 fabric
  final int[] slotPrice;          // index into the parameter vector
  final long[] slotPortsPerModule;
  final double[] slotW;
  final CostComponent[] slotComponent;
  final Part[] slotPart;
  final String[] slotDescription;

  private ClusterKernel(Cluster c, FinancialTerms t) {
    this.cluster = c;
    this.terms = t;
    List<String> warn = new ArrayList<>();
    SystemSpec sys = c.system();
    Accelerator acc = sys.accelerator();
    perServer = sys.acceleratorCount().value();
    tdpW = acc.tdp().orElseThrow(() -> new ValidationException(acc.id() + ".tdp", null,
        "must be in the catalog to compute power (add tdp_w with an overlay)")).value().in(PowerUnit.WATTS);
    hasMaxPower = sys.maxPower().isPresent();
    maxPowerKw = hasMaxPower ? sys.maxPower().get().value().in(PowerUnit.KILOWATTS) : 0;
    if (hasMaxPower && maxPowerKw < perServer * tdpW / 1000) {
      throw new ValidationException(sys.id() + ".max_power_kw", Check.format(maxPowerKw, "kW"),
          "must be >= the GPUs' TDP (" + Check.format(perServer * tdpW / 1000, "kW") + ")");
    }
    if (!hasMaxPower) {
      warn.add(sys.id() + " has no max power figure: non-GPU power = server_overhead_fraction x GPU power");
    }
    rack = sys.kind() == SystemKind.RACK;
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
    kind.add(KIND_SERVERS); net.add(-1); tier.add(0); price.add(priceSlot(sys, warn)); ppm.add(1L); watts.add(0.0);
    comp.add(CostComponent.SERVERS); part.add(sys); desc.add(sys.name());

    networks = c.networks().size();
    portsPerServer = new long[networks];
    radix = new int[networks];
    oversubscription = new double[networks];
    fixedTiers = new int[networks];
    capacity = new long[networks];
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
        throw new ValidationException("network." + n.name() + ".role", n.role().name().toLowerCase(Locale.ROOT),
            "must match NICs of system " + sys.id() + " (it has none with that role)");
      }
      NetworkSwitch sw = n.networkSwitch();
      double swGbps = sw.portSpeed().value().in(DataRateUnit.GIGABITS_PER_SECOND);
      int breakout = (int) Math.floor(swGbps / nicGbps + 1e-9);
      if (breakout < 1) {
        throw new ValidationException("network." + n.name() + ".switch", sw.id() + " (" + Check.format(swGbps) + " Gb/s ports)",
            "must have ports at least as fast as the NIC ports (" + Check.format(nicGbps) + " Gb/s)");
      }
      radix[i] = Math.multiplyExact(sw.ports().value(), breakout);
      oversubscription[i] = n.oversubscription();
      fixedTiers[i] = n.tiers().orElse(0);
      // validates radix and oversubscription once, with the same messages as FatTree.design
      FatTree.design(1, radix[i], oversubscription[i]);
      capacity[i] = FatTree.capacity(radix[i], oversubscription[i], fixedTiers[i] == 0 ? 3 : fixedTiers[i]);
      switchW[i] = power(sw, warn);
      int swPrice = priceSlot(sw, warn);
      for (int tr = 0; tr < 3; tr++) {
        kind.add(KIND_SWITCH); net.add(i); tier.add(tr); price.add(swPrice); ppm.add(1L); watts.add(switchW[i]);
        comp.add(CostComponent.NETWORK); part.add(sw); desc.add(sw.name() + " (" + n.name() + " " + tierNames[tr] + ")");
      }
      addLinkSlots(n.name() + " server links", 0, i, nicGbps, n.serverLinkNicEnd(), n.serverLinkSwitchEnd(),
          kind, net, tier, price, ppm, watts, comp, part, desc, warn);
      addLinkSlots(n.name() + " switch links", 1, i, nicGbps, n.fabricLink(), n.fabricLink(),
          kind, net, tier, price, ppm, watts, comp, part, desc, warn);
    }
    kind.add(KIND_STORAGE); net.add(-1); tier.add(0); price.add(ASSUMPTIONS + AssumptionKey.STORAGE_USD_PER_TB.ordinal());
    ppm.add(1L); watts.add(0.0); comp.add(CostComponent.STORAGE); part.add(null); desc.add("shared storage");
    if (owned) {
      kind.add(KIND_FACILITY); net.add(-1); tier.add(0); price.add(ASSUMPTIONS + AssumptionKey.FACILITY_BUILD_USD_PER_MW.ordinal());
      ppm.add(1L); watts.add(0.0); comp.add(CostComponent.FACILITY); part.add(null); desc.add("facility build-out");
    }
    slots = kind.size();
    slotKind = kind.stream().mapToInt(Integer::intValue).toArray();
    slotNetwork = net.stream().mapToInt(Integer::intValue).toArray();
    slotTier = tier.stream().mapToInt(Integer::intValue).toArray();
    slotPrice = price.stream().mapToInt(Integer::intValue).toArray();
    slotPortsPerModule = ppm.stream().mapToLong(Long::longValue).toArray();
    slotW = watts.stream().mapToDouble(Double::doubleValue).toArray();
    slotComponent = comp.toArray(new CostComponent[0]);
    slotPart = part.toArray(new Part[0]);
    slotDescription = desc.toArray(new String[0]);

    defaults = new double[PRICES + priceIds.size()];
    defaults[SERVERS] = c.servers();
    defaults[UTILISATION] = t.utilisation();
    defaults[HORIZON] = t.horizonYears();
    defaults[DEBT_RATE] = t.debtRate();
    defaults[DEBT_TENOR] = t.debtTenorYears();
    paths.put("servers", SERVERS);
    paths.put("terms.utilisation", UTILISATION);
    paths.put("terms.horizon_years", HORIZON);
    paths.put("terms.debt_rate", DEBT_RATE);
    paths.put("terms.debt_tenor_years", DEBT_TENOR);
    for (AssumptionKey k : KEYS) {
      defaults[ASSUMPTIONS + k.ordinal()] = c.assumptions().value(k);
      paths.put("assumptions." + k.key(), ASSUMPTIONS + k.ordinal());
    }
    for (int i = 0; i < priceIds.size(); i++) {
      defaults[PRICES + i] = prices.get(i).price().amount();
      paths.put("prices." + priceIds.get(i), PRICES + i);
    }
    this.warnings = Collections.unmodifiableList(warn);
  }

  static ClusterKernel compile(Cluster c, FinancialTerms t) {
    return new ClusterKernel(c, t);
  }

  @Override
  public int slot(String path) {
    Integer i = paths.get(path);
    if (i == null) {
      throw new ValidationException("input", "'" + path + "'", "must be one of " + String.join(", ", paths.keySet()));
    }
    return i;
  }

  private int priceSlot(Part part, List<String> warn) {
    int i = priceIds.indexOf(part.id());
    if (i >= 0) {
      return PRICES + i;
    }
    PricePoint p = cluster.priceOverrides().get(part.id());
    if (p == null) {
      p = part.priceAsOf(cluster.purchaseDate()).orElse(null);
    }
    if (p == null && !part.prices().isEmpty()) {
      p = part.prices().get(0);
      warn.add(part.id() + " has no price dated on or before " + cluster.purchaseDate() + "; priced at its earliest price, "
          + p.price() + " as of " + p.asOf());
    }
    if (p == null) {
      throw new ValidationException(part.id() + ".price", null,
          "must be in the catalog (it has no price); add one with a catalog overlay or Cluster.priceOverrides");
    }
    priceIds.add(part.id());
    prices.add(p);
    return PRICES + priceIds.size() - 1;
  }

  private static double power(Part p, List<String> warn) {
    java.util.Optional<dev.flopex.core.provenance.Sourced<dev.flopex.core.units.Quantity<PowerUnit>>> w =
        p instanceof NetworkSwitch ? ((NetworkSwitch) p).power() : ((LinkPart) p).power();
    if (w.isEmpty()) {
      String msg = p.id() + " has no power figure in the catalog; its power is not counted";
      if (!warn.contains(msg)) {
        warn.add(msg);
      }
      return 0;
    }
    return w.get().value().in(PowerUnit.WATTS);
  }

  private static long portsPerModule(LinkPart part, double linkGbps) {
    double gbps = part.speed().value().in(DataRateUnit.GIGABITS_PER_SECOND);
    long n = (long) Math.floor(gbps / linkGbps + 1e-9);
    if (n < 1) {
      throw new ValidationException(part.id() + ".speed", Check.format(gbps, "Gb/s"),
          "must be >= the link speed (" + Check.format(linkGbps, "Gb/s") + ")");
    }
    return n;
  }

  private void addLinkSlots(String what, int linkClass, int network, double linkGbps, LinkPart endA, LinkPart endB,
      List<Integer> kind, List<Integer> net, List<Integer> tier, List<Integer> price, List<Long> ppm, List<Double> watts,
      List<CostComponent> comp, List<Part> part, List<String> desc, List<String> warn) {
    boolean cable = endB.kind() != LinkKind.TRANSCEIVER;
    LinkPart[] ends = cable ? new LinkPart[] {endB} : new LinkPart[] {endA, endB};
    for (int i = 0; i < ends.length; i++) {
      LinkPart p = ends[i];
      kind.add(KIND_LINK); net.add(network); tier.add(linkClass); price.add(priceSlot(p, warn));
      ppm.add(portsPerModule(p, linkGbps)); watts.add(power(p, warn)); comp.add(CostComponent.OPTICS_CABLES); part.add(p);
      desc.add(p.name() + " (" + what + (cable ? "" : i == 0 ? ", first end" : ", second end") + ")");
    }
  }

  /** Reusable per-thread scratch and results of one evaluation. */
  static final class Workspace implements CompiledCluster.Evaluation {
    long servers;
    long gpus;
    int horizon;
    final long[][] trees;
    final double[] qty;
    final double[] extended;
    double storageTb;
    double gpuKw;
    double overheadKw;
    double networkKw;
    double itKw;
    double contractedKw;
    double facilityKw;
    long perRack;
    long racks;
    final double[] capex = new double[COMPONENTS.length];
    final boolean[] capexPresent = new boolean[COMPONENTS.length];
    double hardware;
    double capexTotal;
    final int[] life = new int[COMPONENTS.length];
    final double[] residual = new double[COMPONENTS.length];
    double[][] byYear = new double[0][];
    final double[] amount = new double[COMPONENTS.length];
    final int[] order = new int[COMPONENTS.length];
    int lines;
    double[] total = new double[0];
    double[] opexByYear = new double[0];
    double[] discount = new double[0];
    double[] charges = new double[64];
    double residualAtHorizon;
    double opexYear1;
    double payment;
    double tco;
    double npv;
    double costPerGpuHour;
    double levelized;

    Workspace(int networks, int slots, int horizon) {
      trees = new long[networks][FatTree.COUNTS];
      qty = new double[slots];
      extended = new double[slots];
      ensureHorizon(horizon);
    }

    /** Sizes the per-year arrays for {@code h} years; allocates only when the horizon grows. */
    void ensureHorizon(int h) {
      if (total.length < h) {
        byYear = new double[COMPONENTS.length][h];
        total = new double[h];
        opexByYear = new double[h];
        discount = new double[h];
      }
    }

    @Override
    public double tco() {
      return tco;
    }

    @Override
    public double npvOfCosts() {
      return npv;
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
    public double costPerGpuHour() {
      return costPerGpuHour;
    }

    @Override
    public double levelizedCostPerGpuHour() {
      return levelized;
    }

    @Override
    public long gpus() {
      return gpus;
    }

    @Override
    public double contractedItKw() {
      return contractedKw;
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
    evaluate(parameters, (Workspace) evaluation);
  }

  @Override
  public ClusterResult result(double[] parameters, Evaluation evaluation) {
    return ClusterCalculator.build(this, parameters, (Workspace) evaluation);
  }

  Workspace newWorkspace() {
    return new Workspace(networks, slots, (int) defaults[HORIZON]);
  }

  /** Checks a parameter vector: every value in its documented range. Allocates only to throw. */
  void check(double[] p) {
    double servers = p[SERVERS];
    if (!(servers >= 1 && servers == Math.rint(servers) && servers <= 1e12)) {
      throw new ValidationException("servers", Check.format(servers), "must be a whole number >= 1");
    }
    Check.fraction(p[UTILISATION], "utilisation");
    double h = p[HORIZON];
    if (!(h >= 1 && h <= MAX_HORIZON && h == Math.rint(h))) {
      throw new ValidationException("horizonYears", Check.format(h), "must be a whole number in [1, " + MAX_HORIZON + "]");
    }
    Check.greaterThan(p[DEBT_RATE], -1, "debtRate", "/year");
    double tenor = p[DEBT_TENOR];
    if (!(tenor >= 1 && tenor == Math.rint(tenor) && tenor <= 1000)) {
      throw new ValidationException("debtTenorYears", Check.format(tenor), "must be a whole number >= 1");
    }
    for (AssumptionKey k : KEYS) {
      k.check(p[ASSUMPTIONS + k.ordinal()]);
    }
    for (int i = PRICES; i < p.length; i++) {
      if (!(p[i] >= 0) || !Double.isFinite(p[i])) {
        Check.nonNegative(p[i], "prices." + priceIds.get(i - PRICES), "USD");
      }
    }
  }

  private double a(double[] p, AssumptionKey k) {
    return p[ASSUMPTIONS + k.ordinal()];
  }

  /** Evaluates the cluster at parameters {@code p} into {@code w}; allocates nothing. */
  void evaluate(double[] p, Workspace w) {
    if (p.length != defaults.length) {
      throw new ValidationException("parameters.length", Integer.toString(p.length), "must be " + defaults.length);
    }
    check(p);
    long servers = (long) p[SERVERS];
    long gpus = Math.multiplyExact(servers, (long) perServer);
    int h = (int) p[HORIZON];
    w.servers = servers;
    w.gpus = gpus;
    w.horizon = h;
    w.ensureHorizon(h);
    // §3 networks
    double networkW = 0;
    for (int i = 0; i < networks; i++) {
      long endpoints = Math.multiplyExact(servers, portsPerServer[i]);
      if (endpoints > capacity[i]) {
        throw new ValidationException("endpoints", Long.toString(endpoints),
            "must be <= " + capacity[i] + (fixedTiers[i] == 0 ? ", the capacity of a 3-tier fat tree of radix " + radix[i]
                + " at " + Check.format(oversubscription[i]) + ":1 oversubscription" : " for a " + fixedTiers[i] + "-tier fat tree of radix " + radix[i]));
      }
      FatTree.counts(endpoints, radix[i], oversubscription[i], fixedTiers[i], w.trees[i]);
    }
    w.storageTb = gpus * a(p, AssumptionKey.STORAGE_TB_PER_GPU);
    // §5 power
    double load = a(p, AssumptionKey.GPU_LOAD_FACTOR);
    double gpuKwPerServerMax = perServer * tdpW / 1000;
    double nonGpuKwPerServerMax = hasMaxPower ? maxPowerKw - gpuKwPerServerMax
        : gpuKwPerServerMax * a(p, AssumptionKey.SERVER_OVERHEAD_FRACTION);
    // BoM quantities; network power from switches and optics
    for (int s = 0; s < slots; s++) {
      double q;
      switch (slotKind[s]) {
        case KIND_SERVERS:
          q = servers;
          break;
        case KIND_SWITCH:
          q = w.trees[slotNetwork[s]][FatTree.LEAVES + slotTier[s]];
          break;
        case KIND_LINK: {
          long[] t = w.trees[slotNetwork[s]];
          long links = slotTier[s] == 0 ? servers * portsPerServer[slotNetwork[s]] : t[FatTree.LEAF_SPINE_LINKS] + t[FatTree.SPINE_CORE_LINKS];
          long modules = (links + slotPortsPerModule[s] - 1) / slotPortsPerModule[s]; // whole modules, rounded up
          q = modules;
          break;
        }
        case KIND_STORAGE:
          q = w.storageTb;
          break;
        default:
          q = 0; // facility: set after contracted power is known
      }
      w.qty[s] = q;
      networkW += q * slotW[s];
    }
    double gpuKw = gpus * tdpW / 1000 * load;
    double overheadKw = servers * nonGpuKwPerServerMax * load;
    double networkKw = networkW / 1000;
    double itKw = gpuKw + overheadKw + networkKw;
    double serverMaxKw = gpuKwPerServerMax + nonGpuKwPerServerMax;
    double contractedKw = servers * serverMaxKw + networkKw;
    w.gpuKw = gpuKw;
    w.overheadKw = overheadKw;
    w.networkKw = networkKw;
    w.itKw = itKw;
    w.contractedKw = contractedKw;
    w.facilityKw = itKw * a(p, AssumptionKey.PUE);
    if (rack) {
      w.perRack = 1;
    } else {
      double rackKw = a(p, AssumptionKey.RACK_POWER_DENSITY_KW);
      long perRack = (long) Math.floor(rackKw / serverMaxKw);
      if (rackUnits > 0) {
        perRack = Math.min(perRack, RACK_UNITS / rackUnits);
      }
      if (perRack < 1) {
        throw new ValidationException("rack_power_density_kw", Check.format(rackKw, "kW"),
            "must hold at least one " + cluster.system().id() + " (" + Check.format(Math.round(serverMaxKw * 100) / 100.0, "kW") + " at maximum power)");
      }
      w.perRack = perRack;
    }
    w.racks = (servers + w.perRack - 1) / w.perRack;
    // §2-§7 CapEx by component, in component order
    java.util.Arrays.fill(w.capex, 0);
    java.util.Arrays.fill(w.capexPresent, false);
    for (int s = 0; s < slots; s++) {
      if (slotKind[s] == KIND_FACILITY) {
        w.qty[s] = contractedKw / 1000;
      }
      w.extended[s] = w.qty[s] * p[slotPrice[s]];
      if (w.qty[s] > 0) {
        int c = slotComponent[s].ordinal();
        w.capex[c] += w.extended[s];
        w.capexPresent[c] = true;
      }
    }
    int srv = CostComponent.SERVERS.ordinal();
    w.hardware = w.capex[srv] + w.capex[CostComponent.NETWORK.ordinal()] + w.capex[CostComponent.OPTICS_CABLES.ordinal()]
        + w.capex[CostComponent.STORAGE.ordinal()];
    addFraction(w, CostComponent.INSTALLATION, a(p, AssumptionKey.INSTALLATION_FRACTION_OF_CAPEX) * w.hardware);
    addFraction(w, CostComponent.SPARES, a(p, AssumptionKey.SPARES_FRACTION_OF_CAPEX) * w.hardware);
    double capexTotal = 0;
    for (int c = 0; c < COMPONENTS.length; c++) {
      if (w.capexPresent[c]) {
        capexTotal += w.capex[c];
      }
    }
    w.capexTotal = capexTotal;
    // §8 capital charges
    double r = a(p, AssumptionKey.COST_OF_CAPITAL);
    double rf = a(p, AssumptionKey.RESIDUAL_VALUE_FRACTION);
    java.util.Arrays.fill(w.total, 0, h, 0);
    w.lines = 0;
    w.residualAtHorizon = 0;
    for (int c = 0; c < COMPONENTS.length; c++) {
      if (!w.capexPresent[c]) {
        continue;
      }
      CostComponent comp = COMPONENTS[c];
      double cost = w.capex[c];
      int life = (int) Math.max(1, Math.round(a(p, lifeOf(comp))));
      double residual = resold(comp) ? rf * cost : 0;
      if (w.charges.length < life) {
        w.charges = new double[Math.max(life, 2 * w.charges.length)];
      }
      depreciation.charges(cost, residual, life, w.charges);
      double[] by = w.byYear[c];
      double charged = 0;
      double sum = 0;
      for (int y = 0; y < h; y++) {
        by[y] = y < life ? w.charges[y] : 0;
        charged += by[y];
        sum += by[y];
        w.total[y] += by[y];
      }
      w.life[c] = life;
      w.residual[c] = residual;
      w.residualAtHorizon += cost - charged;
      w.amount[c] = sum;
      w.order[w.lines++] = c;
    }
    // §9 operating costs
    double esc = a(p, AssumptionKey.OPEX_ESCALATION_PER_YEAR);
    opex(w, CostComponent.ELECTRICITY, w.facilityKw * HOURS_PER_YEAR * a(p, AssumptionKey.ELECTRICITY_USD_PER_KWH), esc, h);
    if (!owned) {
      opex(w, CostComponent.COLOCATION, contractedKw * a(p, AssumptionKey.COLOCATION_USD_PER_KW_MONTH) * 12, esc, h);
    }
    opex(w, CostComponent.MAINTENANCE, w.hardware * a(p, AssumptionKey.MAINTENANCE_FRACTION_OF_CAPEX_PER_YEAR), esc, h);
    opex(w, CostComponent.SOFTWARE, gpus * a(p, AssumptionKey.SOFTWARE_USD_PER_GPU_YEAR), esc, h);
    opex(w, CostComponent.STAFF, contractedKw / 1000 * a(p, AssumptionKey.STAFF_USD_PER_MW_YEAR), esc, h);
    opex(w, CostComponent.INSURANCE, capexTotal * a(p, AssumptionKey.INSURANCE_FRACTION_OF_CAPEX_PER_YEAR), esc, h);
    w.opexYear1 = 0;
    java.util.Arrays.fill(w.opexByYear, 0, h, 0);
    for (int l = 0; l < w.lines; l++) {
      int c = w.order[l];
      if (!COMPONENTS[c].isCapital()) {
        w.opexYear1 += w.byYear[c][0];
        for (int y = 0; y < h; y++) {
          w.opexByYear[y] += w.byYear[c][y];
        }
      }
    }
    // §10 financing and present value; DF(y) = (1 + r)^-y, built by repeated division
    double[] df = w.discount;
    double step = 1 / (1 + r);
    double d = 1;
    for (int y = 0; y < h; y++) {
      d *= step;
      df[y] = d;
    }
    double npv;
    if (debt) {
      double i = p[DEBT_RATE];
      int tenor = (int) p[DEBT_TENOR];
      double payment = capexTotal * TimeValue.capitalRecoveryFactor(i, tenor);
      double balance = capexTotal;
      int f = CostComponent.FINANCING.ordinal();
      double[] interest = w.byYear[f];
      boolean any = false;
      npv = 0;
      for (int y = 0; y < h; y++) {
        double pay = 0;
        interest[y] = 0;
        if (y < tenor) {
          interest[y] = balance * i;
          pay = payment;
          balance = y == tenor - 1 ? 0 : balance + interest[y] - payment;
        }
        any |= interest[y] != 0;
        npv += (pay + w.opexByYear[y]) * df[y];
      }
      npv += (balance - w.residualAtHorizon) * df[h - 1];
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
      npv = capexTotal - w.residualAtHorizon * df[h - 1];
      for (int y = 0; y < h; y++) {
        npv += w.opexByYear[y] * df[y];
      }
    }
    double tco = 0;
    for (int l = 0; l < w.lines; l++) {
      tco += w.amount[w.order[l]];
    }
    double gpuHoursPerYear = gpus * HOURS_PER_YEAR * p[UTILISATION];
    double annuity = 0;
    for (int y = 0; y < h; y++) {
      annuity += df[y];
    }
    double pvHours = gpuHoursPerYear * annuity;
    w.tco = tco;
    w.npv = npv;
    w.costPerGpuHour = tco / (gpuHoursPerYear * h);
    w.levelized = npv / pvHours;
  }

  private static void addFraction(Workspace w, CostComponent comp, double amount) {
    if (amount > 0) {
      w.capex[comp.ordinal()] += amount;
      w.capexPresent[comp.ordinal()] = true;
    }
  }

  private static void opex(Workspace w, CostComponent comp, double year1, double esc, int h) {
    if (year1 == 0) {
      return;
    }
    int c = comp.ordinal();
    double[] by = w.byYear[c];
    double sum = 0;
    double factor = 1;
    for (int y = 0; y < h; y++) {
      by[y] = year1 * factor;
      factor *= 1 + esc;
      sum += by[y];
      w.total[y] += by[y];
    }
    w.amount[c] = sum;
    w.order[w.lines++] = c;
  }

  static AssumptionKey lifeOf(CostComponent c) {
    switch (c) {
      case NETWORK:
      case OPTICS_CABLES:
      case STORAGE:
        return AssumptionKey.NETWORK_USEFUL_LIFE_YEARS;
      case FACILITY:
        return AssumptionKey.FACILITY_LIFE_YEARS;
      default:
        return AssumptionKey.SERVER_USEFUL_LIFE_YEARS;
    }
  }

  /** Hardware keeps a resale value; installation labour and buildings (here) do not. */
  static boolean resold(CostComponent c) {
    return c != CostComponent.INSTALLATION && c != CostComponent.FACILITY;
  }
}
