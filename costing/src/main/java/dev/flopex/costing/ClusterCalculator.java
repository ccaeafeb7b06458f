package dev.flopex.costing;

import static dev.flopex.costing.AssumptionKey.COLOCATION_USD_PER_KW_MONTH;
import static dev.flopex.costing.AssumptionKey.COST_OF_CAPITAL;
import static dev.flopex.costing.AssumptionKey.ELECTRICITY_USD_PER_KWH;
import static dev.flopex.costing.AssumptionKey.FACILITY_BUILD_USD_PER_MW;
import static dev.flopex.costing.AssumptionKey.FACILITY_LIFE_YEARS;
import static dev.flopex.costing.AssumptionKey.GPU_LOAD_FACTOR;
import static dev.flopex.costing.AssumptionKey.INSTALLATION_FRACTION_OF_CAPEX;
import static dev.flopex.costing.AssumptionKey.INSURANCE_FRACTION_OF_CAPEX_PER_YEAR;
import static dev.flopex.costing.AssumptionKey.MAINTENANCE_FRACTION_OF_CAPEX_PER_YEAR;
import static dev.flopex.costing.AssumptionKey.NETWORK_USEFUL_LIFE_YEARS;
import static dev.flopex.costing.AssumptionKey.OPEX_ESCALATION_PER_YEAR;
import static dev.flopex.costing.AssumptionKey.PUE;
import static dev.flopex.costing.AssumptionKey.RACK_POWER_DENSITY_KW;
import static dev.flopex.costing.AssumptionKey.RESIDUAL_VALUE_FRACTION;
import static dev.flopex.costing.AssumptionKey.SERVER_OVERHEAD_FRACTION;
import static dev.flopex.costing.AssumptionKey.SERVER_USEFUL_LIFE_YEARS;
import static dev.flopex.costing.AssumptionKey.SOFTWARE_USD_PER_GPU_YEAR;
import static dev.flopex.costing.AssumptionKey.SPARES_FRACTION_OF_CAPEX;
import static dev.flopex.costing.AssumptionKey.STAFF_USD_PER_MW_YEAR;
import static dev.flopex.costing.AssumptionKey.STORAGE_TB_PER_GPU;
import static dev.flopex.costing.AssumptionKey.STORAGE_USD_PER_TB;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.LinkKind;
import dev.flopex.catalog.LinkPart;
import dev.flopex.catalog.NetworkSwitch;
import dev.flopex.catalog.NicAttachment;
import dev.flopex.catalog.Part;
import dev.flopex.catalog.Precision;
import dev.flopex.catalog.PricePoint;
import dev.flopex.catalog.SystemKind;
import dev.flopex.catalog.SystemSpec;
import dev.flopex.core.finance.TimeValue;
import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.Confidence;
import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.provenance.Source;
import dev.flopex.core.provenance.SourceKind;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes a {@link ClusterResult} from a {@link Cluster} and {@link FinancialTerms}. Every formula
 * is in {@code docs/model.md}; the comments name the section.
 */
final class ClusterCalculator {
  /** Hours in a 365-day year. */
  static final double HOURS_PER_YEAR = 8760;
  /** Usable height of a standard 19-inch rack (EIA-310), in rack units. */
  static final int RACK_UNITS = 42;

  private ClusterCalculator() {}

  static ClusterResult evaluate(Cluster c, FinancialTerms t) {
    AssumptionSet a = c.assumptions();
    SystemSpec sys = c.system();
    Accelerator acc = sys.accelerator();
    long servers = c.servers();
    long gpus = c.gpus();
    int perServer = sys.acceleratorCount().value();
    List<String> warnings = new ArrayList<>();
    List<BomLine> bom = new ArrayList<>();

    // model.md §2 servers
    bom.add(partLine(c, CostComponent.SERVERS, sys, sys.name(), servers, warnings));

    // model.md §3 networks
    List<FatTree> trees = new ArrayList<>();
    Map<String, Long> linkCounts = new LinkedHashMap<>();
    Map<String, Long> nicCounts = new LinkedHashMap<>();
    double networkW = 0;
    for (NicAttachment n : sys.nics()) {
      nicCounts.merge(n.role().name().toLowerCase(java.util.Locale.ROOT) + ":" + n.nic().id(), servers * n.count(), Long::sum);
    }
    for (NetworkDesign n : c.networks()) {
      long portsPerServer = 0;
      double nicGbps = 0;
      for (NicAttachment na : sys.nics()) {
        if (na.role() == n.role()) {
          portsPerServer += (long) na.count() * na.nic().ports().value();
          nicGbps = na.nic().portSpeed().value().in(DataRateUnit.GIGABITS_PER_SECOND);
        }
      }
      if (portsPerServer == 0) {
        throw new ValidationException("network." + n.name() + ".role", n.role().name().toLowerCase(java.util.Locale.ROOT),
            "must match NICs of system " + sys.id() + " (it has none with that role)");
      }
      long endpoints = Math.multiplyExact(servers, portsPerServer);
      NetworkSwitch sw = n.networkSwitch();
      double swGbps = sw.portSpeed().value().in(DataRateUnit.GIGABITS_PER_SECOND);
      int breakout = (int) Math.floor(swGbps / nicGbps + 1e-9);
      if (breakout < 1) {
        throw new ValidationException("network." + n.name() + ".switch", sw.id() + " (" + Check.format(swGbps) + " Gb/s ports)",
            "must have ports at least as fast as the NIC ports (" + Check.format(nicGbps) + " Gb/s)");
      }
      int radix = Math.multiplyExact(sw.ports().value(), breakout);
      FatTree ft = n.tiers().isPresent()
          ? FatTree.design(endpoints, radix, n.oversubscription(), n.tiers().getAsInt())
          : FatTree.design(endpoints, radix, n.oversubscription());
      trees.add(ft);
      String[] tierNames = {"leaf", "spine", "core"};
      long[] tierCounts = {ft.leaves(), ft.spines(), ft.cores()};
      for (int i = 0; i < 3; i++) {
        if (tierCounts[i] > 0) {
          bom.add(partLine(c, CostComponent.NETWORK, sw, sw.name() + " (" + n.name() + " " + tierNames[i] + ")", tierCounts[i], warnings));
        }
      }
      networkW += ft.switches() * power(sw, warnings);
      // server links: one per endpoint; fabric links between tiers; all at the NIC port speed
      networkW += addLinks(c, bom, linkCounts, n.name() + " server links", endpoints, nicGbps, n.serverLinkNicEnd(), n.serverLinkSwitchEnd(), warnings);
      long fabric = ft.leafSpineLinks() + ft.spineCoreLinks();
      if (fabric > 0) {
        networkW += addLinks(c, bom, linkCounts, n.name() + " switch links", fabric, nicGbps, n.fabricLink(), n.fabricLink(), warnings);
      }
    }

    // model.md §4 storage
    double storageTb = gpus * a.value(STORAGE_TB_PER_GPU);
    if (storageTb > 0) {
      bom.add(assumptionLine(CostComponent.STORAGE, a, STORAGE_USD_PER_TB, "shared storage", storageTb, "TB", a.value(STORAGE_USD_PER_TB)));
    }

    // model.md §5 power and racks
    double tdpW = acc.tdp().orElseThrow(() -> new ValidationException(acc.id() + ".tdp", null,
        "must be in the catalog to compute power (add tdp_w with an overlay)")).value().in(PowerUnit.WATTS);
    double load = a.value(GPU_LOAD_FACTOR);
    double gpuKwPerServerMax = perServer * tdpW / 1000;
    double nonGpuKwPerServerMax;
    if (sys.maxPower().isPresent()) {
      nonGpuKwPerServerMax = sys.maxPower().get().value().in(PowerUnit.KILOWATTS) - gpuKwPerServerMax;
      if (nonGpuKwPerServerMax < 0) {
        throw new ValidationException(sys.id() + ".max_power_kw", Check.format(sys.maxPower().get().value().in(PowerUnit.KILOWATTS), "kW"),
            "must be >= the GPUs' TDP (" + Check.format(gpuKwPerServerMax, "kW") + ")");
      }
    } else {
      nonGpuKwPerServerMax = gpuKwPerServerMax * a.value(SERVER_OVERHEAD_FRACTION);
      warnings.add(sys.id() + " has no max power figure: non-GPU power = " + Check.format(a.value(SERVER_OVERHEAD_FRACTION)) + " x GPU power (server_overhead_fraction)");
    }
    double gpuKw = gpus * tdpW / 1000 * load;
    double overheadKw = servers * nonGpuKwPerServerMax * load;
    double networkKw = networkW / 1000;
    double itKw = gpuKw + overheadKw + networkKw;
    double serverMaxKw = gpuKwPerServerMax + nonGpuKwPerServerMax;
    double contractedKw = servers * serverMaxKw + networkKw;
    double facilityKw = itKw * a.value(PUE);
    long perRack;
    if (sys.kind() == SystemKind.RACK) {
      perRack = 1;
    } else {
      double rackKw = a.value(RACK_POWER_DENSITY_KW);
      perRack = (long) Math.floor(rackKw / serverMaxKw);
      if (sys.rackUnits().isPresent()) {
        perRack = Math.min(perRack, RACK_UNITS / sys.rackUnits().get().value());
      }
      if (perRack < 1) {
        throw new ValidationException("rack_power_density_kw", Check.format(rackKw, "kW"),
            "must hold at least one " + sys.id() + " (" + Check.format(Math.round(serverMaxKw * 100) / 100.0, "kW") + " at maximum power)");
      }
    }
    long racks = (servers + perRack - 1) / perRack;

    // model.md §6 owned facility
    double contractedMw = contractedKw / 1000;
    if (c.site().facility() == Facility.OWNED) {
      bom.add(assumptionLine(CostComponent.FACILITY, a, FACILITY_BUILD_USD_PER_MW, "facility build-out", contractedMw, "MW", a.value(FACILITY_BUILD_USD_PER_MW)));
    }

    // model.md §7 installation and spares, as fractions of hardware
    Map<CostComponent, Double> capex = new EnumMap<>(CostComponent.class);
    for (BomLine l : bom) {
      capex.merge(l.component(), l.extended().amount(), Double::sum);
    }
    double hardware = sum(capex, CostComponent.SERVERS, CostComponent.NETWORK, CostComponent.OPTICS_CABLES, CostComponent.STORAGE);
    for (AssumptionKey k : new AssumptionKey[] {INSTALLATION_FRACTION_OF_CAPEX, SPARES_FRACTION_OF_CAPEX}) {
      double amount = a.value(k) * hardware;
      if (amount > 0) {
        CostComponent comp = k == INSTALLATION_FRACTION_OF_CAPEX ? CostComponent.INSTALLATION : CostComponent.SPARES;
        bom.add(assumptionLine(comp, a, k, comp.name().toLowerCase(java.util.Locale.ROOT) + " (" + Check.format(a.value(k)) + " x hardware CapEx)", 1, "lot", amount));
        capex.merge(comp, amount, Double::sum);
      }
    }
    double capexTotal = 0;
    for (double v : capex.values()) {
      capexTotal += v;
    }

    // model.md §8 capital charges over the horizon
    int h = t.horizonYears();
    double r = a.value(COST_OF_CAPITAL);
    double rf = a.value(RESIDUAL_VALUE_FRACTION);
    List<CostLine> lines = new ArrayList<>();
    double[] total = new double[h];
    double residualAtHorizon = 0;
    for (Map.Entry<CostComponent, Double> e : capex.entrySet()) {
      CostComponent comp = e.getKey();
      double cost = e.getValue();
      AssumptionKey lifeKey = lifeOf(comp);
      int life = (int) Math.max(1, Math.round(a.value(lifeKey)));
      double residual = resold(comp) ? rf * cost : 0;
      double[] charges = t.depreciation().method().charges(cost, residual, life);
      double[] byYear = new double[h];
      double charged = 0;
      for (int y = 0; y < h && y < life; y++) {
        byYear[y] = charges[y];
        charged += charges[y];
      }
      residualAtHorizon += cost - charged;
      List<Provenance> in = new ArrayList<>();
      in.add(a.sourced(lifeKey).provenance());
      if (resold(comp)) {
        in.add(a.sourced(RESIDUAL_VALUE_FRACTION).provenance());
      }
      for (BomLine l : bom) {
        if (l.component() == comp) {
          in.add(l.provenance());
        }
      }
      lines.add(line(comp, byYear, total,
          "CapEx " + usd(cost) + " depreciated " + t.depreciation().name().toLowerCase(java.util.Locale.ROOT) + " over " + life
              + " years to a residual of " + usd(residual) + "; charged in years 1-" + Math.min(h, life), in));
    }

    // model.md §9 operating costs
    double esc = a.value(OPEX_ESCALATION_PER_YEAR);
    double electricity = facilityKw * HOURS_PER_YEAR * a.value(ELECTRICITY_USD_PER_KWH);
    opex(lines, total, CostComponent.ELECTRICITY, electricity, esc, h,
        "facility power " + Check.format(round(facilityKw)) + " kW (IT " + Check.format(round(itKw)) + " kW x PUE " + Check.format(a.value(PUE))
            + ") x 8760 h x USD " + Check.format(a.value(ELECTRICITY_USD_PER_KWH)) + "/kWh",
        a, ELECTRICITY_USD_PER_KWH, PUE, GPU_LOAD_FACTOR);
    if (c.site().facility() == Facility.COLOCATION) {
      opex(lines, total, CostComponent.COLOCATION, contractedKw * a.value(COLOCATION_USD_PER_KW_MONTH) * 12, esc, h,
          "contracted " + Check.format(round(contractedKw)) + " kW x USD " + Check.format(a.value(COLOCATION_USD_PER_KW_MONTH)) + "/kW-month x 12",
          a, COLOCATION_USD_PER_KW_MONTH);
    }
    opex(lines, total, CostComponent.MAINTENANCE, hardware * a.value(MAINTENANCE_FRACTION_OF_CAPEX_PER_YEAR), esc, h,
        "hardware CapEx " + usd(hardware) + " x " + Check.format(a.value(MAINTENANCE_FRACTION_OF_CAPEX_PER_YEAR)) + "/year", a, MAINTENANCE_FRACTION_OF_CAPEX_PER_YEAR);
    opex(lines, total, CostComponent.SOFTWARE, gpus * a.value(SOFTWARE_USD_PER_GPU_YEAR), esc, h,
        gpus + " GPUs x USD " + Check.format(a.value(SOFTWARE_USD_PER_GPU_YEAR)) + "/GPU-year", a, SOFTWARE_USD_PER_GPU_YEAR);
    opex(lines, total, CostComponent.STAFF, contractedMw * a.value(STAFF_USD_PER_MW_YEAR), esc, h,
        "contracted " + Check.format(round(contractedMw)) + " MW x USD " + Check.format(a.value(STAFF_USD_PER_MW_YEAR)) + "/MW-year", a, STAFF_USD_PER_MW_YEAR);
    opex(lines, total, CostComponent.INSURANCE, capexTotal * a.value(INSURANCE_FRACTION_OF_CAPEX_PER_YEAR), esc, h,
        "CapEx " + usd(capexTotal) + " x " + Check.format(a.value(INSURANCE_FRACTION_OF_CAPEX_PER_YEAR)) + "/year", a, INSURANCE_FRACTION_OF_CAPEX_PER_YEAR);
    double opexYear1 = 0;
    double[] opexByYear = new double[h];
    for (CostLine l : lines) {
      if (!l.component().isCapital()) {
        opexYear1 += l.byYear().get(0).amount();
        for (int y = 0; y < h; y++) {
          opexByYear[y] += l.byYear().get(y).amount();
        }
      }
    }

    // model.md §10 financing and present value
    double npv;
    if (t.financing() == Financing.DEBT) {
      double i = t.debtRate();
      int tenor = t.debtTenorYears();
      double payment = capexTotal * TimeValue.capitalRecoveryFactor(i, tenor);
      double balance = capexTotal;
      double[] interest = new double[h];
      npv = 0;
      for (int y = 0; y < h; y++) {
        double pay = 0;
        if (y < tenor) {
          interest[y] = balance * i;
          pay = payment;
          balance = y == tenor - 1 ? 0 : balance + interest[y] - payment;
        }
        npv += (pay + opexByYear[y]) * TimeValue.discountFactor(r, y + 1);
      }
      npv += (balance - residualAtHorizon) * TimeValue.discountFactor(r, h);
      opex(lines, total, CostComponent.FINANCING, interest, "loan of " + usd(capexTotal) + " at " + Check.format(i) + "/year over " + tenor
          + " years, equal instalments of " + usd(payment) + "; interest paid within the horizon", List.of());
    } else {
      npv = capexTotal - residualAtHorizon * TimeValue.discountFactor(r, h);
      for (int y = 0; y < h; y++) {
        npv += opexByYear[y] * TimeValue.discountFactor(r, y + 1);
      }
    }
    double tco = 0;
    for (CostLine l : lines) {
      tco += l.amount().amount();
    }
    double gpuHoursPerYear = gpus * HOURS_PER_YEAR * t.utilisation();
    double pvHours = gpuHoursPerYear * (r == 0 ? h : TimeValue.annuityFactor(r, h));

    // capacity
    Map<Precision, dev.flopex.core.units.Quantity<ComputeRateUnit>> peak = new EnumMap<>(Precision.class);
    for (Precision p : Precision.values()) {
      acc.dense(p).ifPresent(d -> peak.put(p, ComputeRateUnit.PETAFLOP_PER_SECOND.of(d.in(ComputeRateUnit.PETAFLOP_PER_SECOND) * gpus)));
    }
    CapacityPlan plan = CapacityPlan.builder()
        .gpus(gpus).servers(servers).racks(racks).serversPerRack(perRack)
        .addAllNetworks(trees).putAllNics(nicCounts).putAllLinks(linkCounts)
        .storage(DataSizeUnit.TERABYTES.of(storageTb))
        .gpuPower(PowerUnit.KILOWATTS.of(gpuKw)).serverOverheadPower(PowerUnit.KILOWATTS.of(overheadKw))
        .networkPower(PowerUnit.KILOWATTS.of(networkKw)).itPower(PowerUnit.KILOWATTS.of(itKw))
        .facilityPower(PowerUnit.KILOWATTS.of(facilityKw)).contractedItPower(PowerUnit.KILOWATTS.of(contractedKw))
        .putAllPeakCompute(peak)
        .acceleratorMemory(DataSizeUnit.GIBIBYTES.of(acc.memory().capacity().value().in(DataSizeUnit.GIBIBYTES) * gpus))
        .addAllWarnings(warnings)
        .build();
    Map<CostComponent, Money> capexMoney = new EnumMap<>(CostComponent.class);
    capex.forEach((k, v) -> capexMoney.put(k, Money.usd(v)));
    List<Money> byYear = new ArrayList<>();
    for (double v : total) {
      byYear.add(Money.usd(v));
    }
    return ClusterResult.builder()
        .cluster(c).terms(t).capacity(plan).addAllBillOfMaterials(bom).putAllCapex(capexMoney)
        .capexTotal(Money.usd(capexTotal)).addAllLines(lines).tco(Money.usd(tco)).addAllTcoByYear(byYear)
        .npvOfCosts(Money.usd(npv))
        .costPerGpuHour(Money.usd(tco / (gpuHoursPerYear * h)))
        .levelizedCostPerGpuHour(Money.usd(npv / pvHours))
        .opexYear1(Money.usd(opexYear1))
        .build();
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static String usd(double v) {
    return "USD " + Check.format(Math.round(v));
  }

  private static double sum(Map<CostComponent, Double> m, CostComponent... cs) {
    double s = 0;
    for (CostComponent c : cs) {
      s += m.getOrDefault(c, 0.0);
    }
    return s;
  }

  private static AssumptionKey lifeOf(CostComponent c) {
    switch (c) {
      case NETWORK:
      case OPTICS_CABLES:
      case STORAGE:
        return NETWORK_USEFUL_LIFE_YEARS;
      case FACILITY:
        return FACILITY_LIFE_YEARS;
      default:
        return SERVER_USEFUL_LIFE_YEARS;
    }
  }

  /** Hardware keeps a resale value; installation labour and buildings (here) do not. */
  private static boolean resold(CostComponent c) {
    return c != CostComponent.INSTALLATION && c != CostComponent.FACILITY;
  }

  private static double power(Part p, List<String> warnings) {
    Optional<dev.flopex.core.provenance.Sourced<dev.flopex.core.units.Quantity<PowerUnit>>> w;
    if (p instanceof NetworkSwitch) {
      w = ((NetworkSwitch) p).power();
    } else {
      w = ((LinkPart) p).power();
    }
    if (w.isEmpty()) {
      String msg = p.id() + " has no power figure in the catalog; its power is not counted";
      if (!warnings.contains(msg)) {
        warnings.add(msg);
      }
      return 0;
    }
    return w.get().value().in(PowerUnit.WATTS);
  }

  /** How many link ports of {@code linkGbps} one module or cable of {@code part} serves. */
  private static long portsPerModule(LinkPart part, double linkGbps) {
    double gbps = part.speed().value().in(DataRateUnit.GIGABITS_PER_SECOND);
    long n = (long) Math.floor(gbps / linkGbps + 1e-9);
    if (n < 1) {
      throw new ValidationException(part.id() + ".speed", Check.format(gbps, "Gb/s"), "must be >= the link speed (" + Check.format(linkGbps, "Gb/s") + ")");
    }
    return n;
  }

  private static double addLinks(Cluster c, List<BomLine> bom, Map<String, Long> counts, String what, long links,
      double linkGbps, LinkPart endA, LinkPart endB, List<String> warnings) {
    double watts = 0;
    boolean cable = endB.kind() != LinkKind.TRANSCEIVER;
    LinkPart[] ends = cable ? new LinkPart[] {endB} : new LinkPart[] {endA, endB};
    for (int i = 0; i < ends.length; i++) {
      LinkPart p = ends[i];
      long n = (links + portsPerModule(p, linkGbps) - 1) / portsPerModule(p, linkGbps);
      bom.add(partLine(c, CostComponent.OPTICS_CABLES, p, p.name() + " (" + what + (cable ? "" : i == 0 ? ", first end" : ", second end") + ")", n, warnings));
      counts.merge(p.id(), n, Long::sum);
      watts += n * power(p, warnings);
    }
    return watts;
  }

  private static BomLine partLine(Cluster c, CostComponent comp, Part part, String description, double quantity, List<String> warnings) {
    PricePoint p = c.priceOverrides().get(part.id());
    if (p == null) {
      p = part.priceAsOf(c.purchaseDate()).orElse(null);
    }
    if (p == null && !part.prices().isEmpty()) {
      // no price dated on or before the purchase: take the earliest later one, and say so
      p = part.prices().get(0);
      String msg = part.id() + " has no price dated on or before " + c.purchaseDate() + "; priced at its earliest price, "
          + p.price() + " as of " + p.asOf();
      if (!warnings.contains(msg)) {
        warnings.add(msg);
      }
    }
    if (p == null) {
      throw new ValidationException(part.id() + ".price", null,
          "must be in the catalog (it has no price); add one with a catalog overlay or Cluster.priceOverrides");
    }
    return BomLine.builder().component(comp).item(part.id()).description(description).quantity(quantity).quantityUnit("units")
        .unitPrice(p.price()).priceAsOf(p.asOf().toString()).provenance(p.provenance()).build();
  }

  private static BomLine assumptionLine(CostComponent comp, AssumptionSet a, AssumptionKey key, String description,
      double quantity, String unit, double unitPrice) {
    return BomLine.builder().component(comp).item(key.key()).description(description).quantity(quantity).quantityUnit(unit)
        .unitPrice(Money.usd(unitPrice)).provenance(a.sourced(key).provenance()).build();
  }

  private static CostLine line(CostComponent comp, double[] byYear, double[] total, String formula, List<Provenance> inputs) {
    double sum = 0;
    List<Money> ys = new ArrayList<>();
    for (int y = 0; y < byYear.length; y++) {
      sum += byYear[y];
      total[y] += byYear[y];
      ys.add(Money.usd(byYear[y]));
    }
    return CostLine.builder().component(comp).amount(Money.usd(sum)).addAllByYear(ys).formula(formula).addAllInputs(inputs).build();
  }

  private static void opex(List<CostLine> lines, double[] total, CostComponent comp, double year1, double esc, int h,
      String formula, AssumptionSet a, AssumptionKey... keys) {
    if (year1 == 0) {
      return;
    }
    double[] byYear = new double[h];
    for (int y = 0; y < h; y++) {
      byYear[y] = year1 * Math.pow(1 + esc, y);
    }
    List<Provenance> in = new ArrayList<>();
    for (AssumptionKey k : keys) {
      in.add(a.sourced(k).provenance());
    }
    if (esc != 0) {
      in.add(a.sourced(OPEX_ESCALATION_PER_YEAR).provenance());
    }
    lines.add(line(comp, byYear, total, formula + (esc != 0 ? ", escalating " + Check.format(esc) + "/year" : ""), in));
  }

  private static void opex(List<CostLine> lines, double[] total, CostComponent comp, double[] byYear, String formula, List<Provenance> in) {
    boolean any = false;
    for (double v : byYear) {
      any |= v != 0;
    }
    if (any) {
      lines.add(line(comp, byYear, total, formula, in));
    }
  }

  static Provenance userInput(String what) {
    Source s = Source.builder().id("user-input").title(what).read(java.time.LocalDate.now()).kind(SourceKind.USER).build();
    return Provenance.of(s, Confidence.HIGH);
  }
}
