package dev.flopex.costing.internal;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.Precision;
import dev.flopex.catalog.PriceBasis;
import dev.flopex.catalog.PricePoint;
import dev.flopex.catalog.PriceQuote;
import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.Confidence;
import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.provenance.Source;
import dev.flopex.core.provenance.SourceKind;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.units.Quantity;
import dev.flopex.core.validation.Check;
import dev.flopex.costing.AccountingCost;
import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.BomLine;
import dev.flopex.costing.CapacityPlan;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CostBasis;
import dev.flopex.costing.CostComponent;
import dev.flopex.costing.CostLine;
import dev.flopex.costing.EconomicCost;
import dev.flopex.costing.FatTree;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Goodput;
import dev.flopex.costing.ImmutableFatTree;
import dev.flopex.costing.ImmutableFinancialTerms;
import dev.flopex.costing.internal.results.ImmutableAccountingCost;
import dev.flopex.costing.internal.results.ImmutableBomLine;
import dev.flopex.costing.internal.results.ImmutableCapacityPlan;
import dev.flopex.costing.internal.results.ImmutableClusterResult;
import dev.flopex.costing.internal.results.ImmutableCostBasis;
import dev.flopex.costing.internal.results.ImmutableCostLine;
import dev.flopex.costing.internal.results.ImmutableEconomicCost;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds the rich, immutable {@link dev.flopex.costing.ClusterResult} — BoM lines with provenance,
 * cost lines with formulas, the capacity plan, both bases and their one-line descriptions — around
 * the numbers of a {@link ClusterKernel} evaluation. Every number in the result is the kernel's, so
 * the object model and the compiled kernel agree exactly. Formulas: {@code docs/model.md}.
 */
public final class ClusterCalculator {
  /** Hours in a 365-day year. */
  public static final double HOURS_PER_YEAR = ClusterKernel.HOURS_PER_YEAR;

  private ClusterCalculator() {}

  public static ClusterResult evaluate(Cluster c, FinancialTerms t) {
    ClusterKernel k = ClusterKernel.compile(c, t);
    ClusterKernel.Workspace w = k.newWorkspace();
    k.evaluate(k.defaults, w);
    return build(k, k.defaults, w);
  }

  /** Builds the result of the evaluation in {@code w} of {@code k} at parameters {@code p}. */
  public static ClusterResult build(ClusterKernel k, double[] p, ClusterKernel.Workspace w) {
    Cluster c = k.cluster;
    int h = w.horizon;
    List<BomLine> bom = new ArrayList<>();
    Map<String, Long> links = new LinkedHashMap<>();
    for (int s = 0; s < k.slots; s++) {
      if (w.qty[s] <= 0) {
        continue;
      }
      double price = p[k.slotPrice[s]];
      ImmutableBomLine.Builder b =
          ImmutableBomLine.builder()
              .component(k.slotComponent[s])
              .description(k.slotDescription[s])
              .quantity(w.qty[s])
              .unitPrice(Money.usd(price));
      if (k.slotPart[s] != null) {
        PricePoint pp = k.prices.get(k.slotPrice[s] - ClusterKernel.PRICES);
        b.item(k.slotPart[s].id())
            .quantityUnit("units")
            .priceAsOf(pp.asOf().toString())
            .provenance(
                price == pp.price().amount()
                    ? pp.provenance()
                    : userInput("scenario price for " + k.slotPart[s].id()));
        if (k.slotKind[s] == ClusterKernel.KIND_LINK) {
          links.merge(k.slotPart[s].id(), (long) w.qty[s], Long::sum);
        }
      } else {
        AssumptionKey key =
            k.slotKind[s] == ClusterKernel.KIND_STORAGE
                ? AssumptionKey.STORAGE_USD_PER_TB
                : AssumptionKey.FACILITY_BUILD_USD_PER_MW;
        b.item(key.key())
            .quantityUnit(k.slotKind[s] == ClusterKernel.KIND_STORAGE ? "TB" : "MW")
            .provenance(prov(k, p, key));
      }
      bom.add(b.build());
    }
    for (CostComponent comp :
        new CostComponent[] {
          CostComponent.INSTALLATION, CostComponent.SPARES, CostComponent.DUTIES_TAXES
        }) {
      if (w.capexPresent[comp.ordinal()]) {
        AssumptionKey key =
            comp == CostComponent.INSTALLATION
                ? AssumptionKey.INSTALLATION_FRACTION_OF_CAPEX
                : comp == CostComponent.SPARES
                    ? AssumptionKey.SPARES_FRACTION_OF_CAPEX
                    : AssumptionKey.IMPORT_DUTY_FRACTION;
        String what =
            comp == CostComponent.DUTIES_TAXES
                ? "import duty "
                    + Check.format(v(p, AssumptionKey.IMPORT_DUTY_FRACTION))
                    + " + sales tax "
                    + Check.format(v(p, AssumptionKey.SALES_TAX_FRACTION))
                    + " x hardware and spares"
                : comp.name().toLowerCase(Locale.ROOT)
                    + " ("
                    + Check.format(v(p, key))
                    + " x hardware CapEx)";
        bom.add(
            ImmutableBomLine.builder()
                .component(comp)
                .item(key.key())
                .description(what)
                .quantity(1)
                .quantityUnit("lot")
                .unitPrice(Money.usd(w.capex[comp.ordinal()]))
                .provenance(prov(k, p, key))
                .build());
      }
    }
    Map<CostComponent, Money> capex = new EnumMap<>(CostComponent.class);
    for (CostComponent comp : CostComponent.values()) {
      if (w.capexPresent[comp.ordinal()]) {
        capex.put(comp, Money.usd(w.capex[comp.ordinal()]));
      }
    }
    List<CostLine> lines = new ArrayList<>();
    for (int l = 0; l < w.lines; l++) {
      CostComponent comp = CostComponent.values()[w.order[l]];
      List<Money> by = new ArrayList<>(h);
      for (int y = 0; y < h; y++) {
        by.add(Money.usd(w.byYear[comp.ordinal()][y]));
      }
      List<Provenance> inputs = new ArrayList<>();
      lines.add(
          ImmutableCostLine.builder()
              .component(comp)
              .amount(Money.usd(w.amount[comp.ordinal()]))
              .addAllByYear(by)
              .formula(formula(k, p, w, comp, bom, inputs))
              .addAllInputs(inputs)
              .build());
    }
    List<Money> byYear = new ArrayList<>(h);
    for (int y = 0; y < h; y++) {
      byYear.add(Money.usd(w.total[y]));
    }
    Accelerator acc = c.system().accelerator();
    Map<Precision, Quantity<ComputeRateUnit>> peak = new EnumMap<>(Precision.class);
    for (Precision pr : Precision.values()) {
      acc.dense(pr)
          .ifPresent(
              d ->
                  peak.put(
                      pr,
                      ComputeRateUnit.PETAFLOP_PER_SECOND.of(
                          d.in(ComputeRateUnit.PETAFLOP_PER_SECOND) * w.gpus)));
    }
    Map<String, Long> nics = new LinkedHashMap<>();
    for (dev.flopex.catalog.NicAttachment n : c.system().nics()) {
      nics.merge(
          n.role().name().toLowerCase(Locale.ROOT) + ":" + n.nic().id(),
          w.servers * n.count(),
          Long::sum);
    }
    List<FatTree> trees = new ArrayList<>();
    for (int i = 0; i < k.networks; i++) {
      long[] t = w.trees[i];
      trees.add(
          ImmutableFatTree.builder()
              .endpoints(w.servers * k.portsPerServer[i])
              .radix(k.radix[i])
              .oversubscription(k.oversubscription[i])
              .tiers((int) t[FatTree.TIERS])
              .planes(k.planes[i])
              .rails(k.rails[i])
              .leaves(t[FatTree.LEAVES])
              .spines(t[FatTree.SPINES])
              .cores(t[FatTree.CORES])
              .leafSpineLinks(t[FatTree.LEAF_SPINE_LINKS])
              .spineCoreLinks(t[FatTree.SPINE_CORE_LINKS])
              .build());
    }
    CapacityPlan plan =
        ImmutableCapacityPlan.builder()
            .gpus(w.gpus)
            .servers(w.servers)
            .racks(w.racks)
            .serversPerRack(w.perRack)
            .addAllNetworks(trees)
            .putAllNics(nics)
            .putAllLinks(links)
            .storage(DataSizeUnit.TERABYTES.of(w.storageTb))
            .gpuPower(PowerUnit.KILOWATTS.of(w.gpuKw))
            .serverOverheadPower(PowerUnit.KILOWATTS.of(w.overheadKw))
            .networkPower(PowerUnit.KILOWATTS.of(w.networkKw))
            .storagePower(PowerUnit.KILOWATTS.of(w.storageKw))
            .itPower(PowerUnit.KILOWATTS.of(w.itKw))
            .facilityPower(PowerUnit.KILOWATTS.of(w.facilityKw))
            .contractedItPower(PowerUnit.KILOWATTS.of(w.contractedKw))
            .putAllPeakCompute(peak)
            .acceleratorMemory(
                DataSizeUnit.GIBIBYTES.of(
                    acc.memory().capacity().value().in(DataSizeUnit.GIBIBYTES) * w.gpus))
            .addAllWarnings(k.warnings)
            .build();
    FinancialTerms terms = p == k.defaults ? k.terms : termsAt(k, p, h);
    Cluster cluster = p == k.defaults ? c : Fixups.withServers(c, w.servers);

    Map<AssumptionKey, Sourced<Double>> used = new EnumMap<>(AssumptionKey.class);
    for (AssumptionKey key : AssumptionKey.values()) {
      used.put(key, Sourced.of(v(p, key), prov(k, p, key)));
    }
    double pvHours = w.presentGpuHours(p[ClusterKernel.UTILISATION]);
    Map<CostComponent, Money> perHour = new EnumMap<>(CostComponent.class);
    for (CostComponent comp : CostComponent.values()) {
      int ci = comp.ordinal();
      boolean present =
          comp.isCapital()
              ? w.capexPresent[ci]
              : comp != CostComponent.FINANCING && w.amount[ci] != 0 && inLines(w, ci);
      if (present) {
        perHour.put(comp, Money.usd(w.presentValue[ci] / pvHours));
      }
    }
    EconomicCost economic =
        ImmutableEconomicCost.builder()
            .wacc(w.wacc)
            .resaleDeclinePerYear(v(p, AssumptionKey.RESALE_DECLINE_PER_YEAR))
            .costPerGpuHour(Money.usd(w.costPerGpuHour))
            .costPerUsefulGpuHour(Money.usd(w.costPerUsefulGpuHour))
            .goodput(
                Goodput.builder()
                    .fraction(w.goodput)
                    .hotSpareFraction(v(p, AssumptionKey.HOT_SPARE_FRACTION))
                    .jobGpus(w.jobGpus)
                    .jobInterruptionsPerHour(w.jobInterruptionsPerHour)
                    .checkpointIntervalHours(w.checkpointIntervalHours)
                    .build())
            .presentValueOfCosts(Money.usd(w.presentValueOfCosts))
            .levelAnnualCost(Money.usd(w.levelAnnualCost))
            .totalOverHorizon(Money.usd(w.economicCost))
            .residualValue(Money.usd(w.residualValue))
            .putAllCostPerGpuHourByComponent(perHour)
            .build();
    AccountingCost accounting =
        ImmutableAccountingCost.builder()
            .tco(Money.usd(w.accountingTco))
            .addAllTcoByYear(byYear)
            .addAllLines(lines)
            .costPerGpuHour(Money.usd(w.accountingCostPerGpuHour))
            .bookValueAtHorizon(Money.usd(w.bookValueAtHorizon))
            .depreciation(k.terms.depreciation())
            .financing(k.terms.financing())
            .build();
    return ImmutableClusterResult.builder()
        .cluster(cluster)
        .terms(terms)
        .capacity(plan)
        .addAllBillOfMaterials(bom)
        .putAllCapex(capex)
        .capexTotal(Money.usd(w.capexTotal))
        .opexYear1(Money.usd(w.opexYear1))
        .putAllAssumptions(used)
        .economic(economic)
        .accounting(accounting)
        .basis(basis(k, p, w))
        .build();
  }

  private static boolean inLines(ClusterKernel.Workspace w, int component) {
    for (int l = 0; l < w.lines; l++) {
      if (w.order[l] == component) {
        return true;
      }
    }
    return false;
  }

  private static FinancialTerms termsAt(ClusterKernel k, double[] p, int h) {
    ImmutableFinancialTerms.Builder b =
        FinancialTerms.builder()
            .horizonYears(h)
            .utilisation(p[ClusterKernel.UTILISATION])
            .depreciation(k.terms.depreciation())
            .financing(k.terms.financing());
    if (k.debt) {
      b.debtRate(p[ClusterKernel.DEBT_RATE]).debtTenorYears((int) p[ClusterKernel.DEBT_TENOR]);
    }
    return b.build();
  }

  /** Small helpers kept apart so that {@link #build} reads top to bottom. */
  private static final class Fixups {
    static Cluster withServers(Cluster c, long servers) {
      return c.servers() == servers ? c : c.withServerCount(servers);
    }
  }

  private static double v(double[] p, AssumptionKey k) {
    return p[ClusterKernel.ASSUMPTIONS + k.ordinal()];
  }

  private static Provenance prov(ClusterKernel k, double[] p, AssumptionKey key) {
    Sourced<Double> s = k.assumptions.sourced(key);
    return v(p, key) == s.value() ? s.provenance() : userInput("scenario value for " + key.key());
  }

  private static String usd(double v) {
    return "USD " + grouped(v);
  }

  /**
   * A whole amount with thousands separators, e.g. {@code 9,300,000}; small or fractional values as
   * they are.
   */
  public static String grouped(double v) {
    return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,d", Math.round(v)) : Check.format(v);
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  public static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
  }

  /** The one-line descriptions of both bases. */
  public static CostBasis basis(ClusterKernel k, double[] p, ClusterKernel.Workspace w) {
    Cluster c = k.cluster;
    int h = w.horizon;
    StringBuilder e =
        new StringBuilder("economic: costs discounted at WACC ")
            .append(percent(w.wacc))
            .append("/year (")
            .append(c.assumptions().id())
            .append(": ")
            .append(percent(v(p, AssumptionKey.EQUITY_SHARE)))
            .append(" equity at ")
            .append(percent(v(p, AssumptionKey.COST_OF_EQUITY)))
            .append(", ")
            .append(percent(1 - v(p, AssumptionKey.EQUITY_SHARE)))
            .append(" debt at ")
            .append(percent(v(p, AssumptionKey.COST_OF_DEBT)))
            .append(" before ")
            .append(percent(v(p, AssumptionKey.TAX_RATE)))
            .append(" tax); ");
    double decline = v(p, AssumptionKey.RESALE_DECLINE_PER_YEAR);
    Assumptions.Origin declineFrom = k.assumptions.origin(AssumptionKey.RESALE_DECLINE_PER_YEAR);
    e.append("hardware credited at its market value after ")
        .append(h)
        .append(h == 1 ? " year, " : " years, ")
        .append(percent(ClusterKernel.keptAfter(decline, h)))
        .append(" of its price (")
        .append(percent(decline))
        .append("/year, ")
        .append(
            declineFrom == Assumptions.Origin.CATALOG
                    && v(p, AssumptionKey.RESALE_DECLINE_PER_YEAR)
                        == k.assumptions.value(AssumptionKey.RESALE_DECLINE_PER_YEAR)
                ? c.system().priceTrend().id() + " curve"
                : "set by the user")
        .append(")");
    if (k.owned) {
      e.append(", building straight-line over ")
          .append(Check.format(v(p, AssumptionKey.FACILITY_LIFE_YEARS)))
          .append(" years");
    }
    e.append("; site ")
        .append(c.site().region().id())
        .append(" ")
        .append(c.site().facility().key())
        .append(" (electricity USD ")
        .append(Check.format(v(p, AssumptionKey.ELECTRICITY_USD_PER_KWH)))
        .append("/kWh, PUE ")
        .append(Check.format(v(p, AssumptionKey.PUE)));
    if (c.site().facility().isRented()) {
      e.append(", rent USD ")
          .append(Check.format(v(p, AssumptionKey.COLOCATION_USD_PER_KW_MONTH)))
          .append("/kW-month");
    } else {
      e.append(", build USD ")
          .append(grouped(v(p, AssumptionKey.FACILITY_BUILD_USD_PER_MW)))
          .append("/MW");
    }
    e.append("); ").append(priceBasis(k));
    if (w.goodput < 1) {
      e.append("; goodput ").append(percent(w.goodput)).append(" for the useful-hour cost");
    }

    StringBuilder a =
        new StringBuilder("accounting: ")
            .append(k.terms.depreciation().name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .append(" book depreciation to zero over ")
            .append(Check.format(v(p, AssumptionKey.SERVER_USEFUL_LIFE_YEARS)))
            .append(" years (servers) and ")
            .append(Check.format(v(p, AssumptionKey.NETWORK_USEFUL_LIFE_YEARS)))
            .append(" (network, storage), ");
    if (k.debt) {
      a.append("debt at ")
          .append(percent(p[ClusterKernel.DEBT_RATE]))
          .append("/year over ")
          .append((int) p[ClusterKernel.DEBT_TENOR])
          .append(" years");
    } else {
      a.append("cash");
    }
    if (w.bookValueAtHorizon > 0) {
      a.append("; book value kept after ")
          .append(h)
          .append(h == 1 ? " year " : " years ")
          .append(usd(w.bookValueAtHorizon))
          .append(" (")
          .append(percent(w.bookValueAtHorizon / w.capexTotal))
          .append(" of CapEx)");
      if (w.accountingTco < w.capexTotal) {
        a.append(", which is why the book TCO is below CapEx");
      }
    }
    return ImmutableCostBasis.builder().headline(e.toString()).accounting(a.toString()).build();
  }

  /** Which price bases the catalog prices came from, and the purchase date. */
  private static String priceBasis(ClusterKernel k) {
    TreeSet<String> bases = new TreeSet<>();
    boolean override = false;
    boolean moved = false;
    for (int i = 0; i < k.prices.size(); i++) {
      PriceQuote q = k.quotes.get(i);
      if (q == null) {
        override = true;
        bases.add(k.prices.get(i).basis().key());
      } else {
        bases.add(q.from().basis().key());
        moved |= q.rule() != PriceQuote.Rule.AT_POINT;
      }
    }
    StringBuilder s =
        new StringBuilder("new-purchase prices (")
            .append(String.join(", ", bases))
            .append(") for ")
            .append(k.cluster.purchaseDate());
    if (moved) {
      s.append(", read off each part's price timeline");
    }
    if (override) {
      s.append(", with price overrides");
    }
    if (bases.contains(PriceBasis.USED.key())) {
      s.append(" (a used price among them)");
    }
    return s.toString();
  }

  private static String formula(
      ClusterKernel k,
      double[] p,
      ClusterKernel.Workspace w,
      CostComponent comp,
      List<BomLine> bom,
      List<Provenance> in) {
    int h = w.horizon;
    double esc = v(p, AssumptionKey.OPEX_ESCALATION_PER_YEAR);
    String escText = esc != 0 ? ", escalating " + Check.format(esc) + "/year" : "";
    switch (comp) {
      case ELECTRICITY:
        add(
            in,
            k,
            p,
            AssumptionKey.ELECTRICITY_USD_PER_KWH,
            AssumptionKey.PUE,
            AssumptionKey.IDLE_POWER_FRACTION,
            AssumptionKey.BUSY_POWER_FRACTION);
        addEsc(in, k, p, esc);
        return "facility power "
            + Check.format(round(w.facilityKw))
            + " kW (IT "
            + Check.format(round(w.itKw))
            + " kW, servers at "
            + Check.format(Math.round(w.loadFraction * 1000) / 1000.0)
            + " of maximum = idle "
            + Check.format(v(p, AssumptionKey.IDLE_POWER_FRACTION))
            + " + (busy "
            + Check.format(v(p, AssumptionKey.BUSY_POWER_FRACTION))
            + " - idle) x utilisation "
            + Check.format(p[ClusterKernel.UTILISATION])
            + "; x PUE "
            + Check.format(v(p, AssumptionKey.PUE))
            + ") x 8760 h x USD "
            + Check.format(v(p, AssumptionKey.ELECTRICITY_USD_PER_KWH))
            + "/kWh"
            + escText;
      case COLOCATION:
        add(in, k, p, AssumptionKey.COLOCATION_USD_PER_KW_MONTH);
        addEsc(in, k, p, esc);
        return "contracted "
            + Check.format(round(w.contractedKw))
            + " kW x USD "
            + Check.format(v(p, AssumptionKey.COLOCATION_USD_PER_KW_MONTH))
            + "/kW-month x 12"
            + escText;
      case MAINTENANCE:
        add(
            in,
            k,
            p,
            AssumptionKey.MAINTENANCE_FRACTION_OF_CAPEX_PER_YEAR,
            AssumptionKey.WARRANTY_YEARS);
        addEsc(in, k, p, esc);
        return "hardware CapEx "
            + usd(w.hardware)
            + " x "
            + Check.format(v(p, AssumptionKey.MAINTENANCE_FRACTION_OF_CAPEX_PER_YEAR))
            + "/year after the "
            + Check.format(v(p, AssumptionKey.WARRANTY_YEARS))
            + "-year warranty"
            + escText;
      case SOFTWARE:
        add(in, k, p, AssumptionKey.SOFTWARE_USD_PER_GPU_YEAR);
        addEsc(in, k, p, esc);
        return w.gpus
            + " GPUs x USD "
            + Check.format(v(p, AssumptionKey.SOFTWARE_USD_PER_GPU_YEAR))
            + "/GPU-year"
            + escText;
      case STAFF:
        add(in, k, p, AssumptionKey.STAFF_USD_PER_MW_YEAR);
        addEsc(in, k, p, esc);
        if (k.owned) {
          add(in, k, p, AssumptionKey.FACILITY_STAFF_USD_PER_MW_YEAR);
          return "contracted "
              + Check.format(Math.round(w.contractedKw) / 1000.0)
              + " MW x (USD "
              + Check.format(v(p, AssumptionKey.STAFF_USD_PER_MW_YEAR))
              + " operations + USD "
              + Check.format(v(p, AssumptionKey.FACILITY_STAFF_USD_PER_MW_YEAR))
              + " facility)/MW-year at an owned site"
              + escText;
        }
        return "contracted "
            + Check.format(Math.round(w.contractedKw) / 1000.0)
            + " MW x USD "
            + Check.format(v(p, AssumptionKey.STAFF_USD_PER_MW_YEAR))
            + "/MW-year (facility staff are in the rent)"
            + escText;
      case INSURANCE:
        add(
            in,
            k,
            p,
            AssumptionKey.INSURANCE_FRACTION_OF_VALUE_PER_YEAR,
            AssumptionKey.RESALE_DECLINE_PER_YEAR);
        return "insured (market) value at the start of each year x "
            + Check.format(v(p, AssumptionKey.INSURANCE_FRACTION_OF_VALUE_PER_YEAR))
            + "/year: capital "
            + usd(
                w.capexTotal
                    - w.capex[CostComponent.INSTALLATION.ordinal()]
                    - w.capex[CostComponent.DUTIES_TAXES.ordinal()])
            + " in year 1, hardware falling "
            + percent(v(p, AssumptionKey.RESALE_DECLINE_PER_YEAR))
            + "/year";
      case FINANCING:
        return "loan of "
            + usd(w.capexTotal)
            + " at "
            + Check.format(p[ClusterKernel.DEBT_RATE])
            + "/year over "
            + (int) p[ClusterKernel.DEBT_TENOR]
            + " years, equal instalments of "
            + usd(w.payment)
            + "; interest paid within the horizon"
            + " (accounting basis only: the economic basis discounts at the WACC instead)";
      default:
        {
          AssumptionKey lifeKey = ClusterKernel.lifeOf(comp);
          add(in, k, p, lifeKey);
          for (BomLine l : bom) {
            if (l.component() == comp) {
              in.add(l.provenance());
            }
          }
          double life = w.life[comp.ordinal()];
          int years = (int) Math.ceil(life);
          return "CapEx "
              + usd(w.capex[comp.ordinal()])
              + " depreciated "
              + k.terms.depreciation().name().toLowerCase(Locale.ROOT).replace('_', '-')
              + " over "
              + Check.format(life)
              + " years to zero; charged in years 1-"
              + Math.min(h, years)
              + "; market value after "
              + h
              + " years "
              + usd(w.capex[comp.ordinal()] * w.valueFraction[comp.ordinal()]);
        }
    }
  }

  private static void add(List<Provenance> in, ClusterKernel k, double[] p, AssumptionKey... keys) {
    for (AssumptionKey key : keys) {
      in.add(prov(k, p, key));
    }
  }

  private static void addEsc(List<Provenance> in, ClusterKernel k, double[] p, double esc) {
    if (esc != 0) {
      in.add(prov(k, p, AssumptionKey.OPEX_ESCALATION_PER_YEAR));
    }
  }

  public static Provenance userInput(String what) {
    Source s =
        Source.builder()
            .id("user-input")
            .title(what)
            .read(java.time.LocalDate.now(java.time.ZoneOffset.UTC))
            .kind(SourceKind.USER)
            .build();
    return Provenance.of(s, Confidence.HIGH);
  }
}
