package dev.flopex.costing;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.Precision;
import dev.flopex.catalog.PricePoint;
import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.Confidence;
import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.provenance.Source;
import dev.flopex.core.provenance.SourceKind;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.units.Quantity;
import dev.flopex.core.validation.Check;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the rich, immutable {@link ClusterResult} — BoM lines with provenance, cost lines with
 * formulas, the capacity plan — around the numbers of a {@link ClusterKernel} evaluation. Every
 * number in the result is the kernel's, so the object model and the compiled kernel agree
 * exactly. Formulas: {@code docs/model.md}.
 */
final class ClusterCalculator {
  /** Hours in a 365-day year. */
  static final double HOURS_PER_YEAR = ClusterKernel.HOURS_PER_YEAR;

  private ClusterCalculator() {}

  static ClusterResult evaluate(Cluster c, FinancialTerms t) {
    ClusterKernel k = ClusterKernel.compile(c, t);
    ClusterKernel.Workspace w = k.newWorkspace();
    k.evaluate(k.defaults, w);
    return build(k, k.defaults, w);
  }

  /** Builds the result of the evaluation in {@code w} of {@code k} at parameters {@code p}. */
  static ClusterResult build(ClusterKernel k, double[] p, ClusterKernel.Workspace w) {
    Cluster c = k.cluster;
    AssumptionSet a = c.assumptions();
    int h = w.horizon;
    List<BomLine> bom = new ArrayList<>();
    Map<String, Long> links = new LinkedHashMap<>();
    for (int s = 0; s < k.slots; s++) {
      if (w.qty[s] <= 0) {
        continue;
      }
      double price = p[k.slotPrice[s]];
      ImmutableBomLine.Builder b = BomLine.builder().component(k.slotComponent[s]).description(k.slotDescription[s])
          .quantity(w.qty[s]).unitPrice(Money.usd(price));
      if (k.slotPart[s] != null) {
        PricePoint pp = k.prices.get(k.slotPrice[s] - ClusterKernel.PRICES);
        b.item(k.slotPart[s].id()).quantityUnit("units").priceAsOf(pp.asOf().toString())
            .provenance(price == pp.price().amount() ? pp.provenance() : userInput("scenario price for " + k.slotPart[s].id()));
        if (k.slotKind[s] == ClusterKernel.KIND_LINK) {
          links.merge(k.slotPart[s].id(), (long) w.qty[s], Long::sum);
        }
      } else {
        AssumptionKey key = k.slotKind[s] == ClusterKernel.KIND_STORAGE ? AssumptionKey.STORAGE_USD_PER_TB : AssumptionKey.FACILITY_BUILD_USD_PER_MW;
        b.item(key.key()).quantityUnit(k.slotKind[s] == ClusterKernel.KIND_STORAGE ? "TB" : "MW").provenance(prov(a, p, key));
      }
      bom.add(b.build());
    }
    for (CostComponent comp : new CostComponent[] {CostComponent.INSTALLATION, CostComponent.SPARES}) {
      if (w.capexPresent[comp.ordinal()]) {
        AssumptionKey key = comp == CostComponent.INSTALLATION ? AssumptionKey.INSTALLATION_FRACTION_OF_CAPEX : AssumptionKey.SPARES_FRACTION_OF_CAPEX;
        bom.add(BomLine.builder().component(comp).item(key.key())
            .description(comp.name().toLowerCase(Locale.ROOT) + " (" + Check.format(v(p, key)) + " x hardware CapEx)")
            .quantity(1).quantityUnit("lot").unitPrice(Money.usd(w.capex[comp.ordinal()])).provenance(prov(a, p, key)).build());
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
      lines.add(CostLine.builder().component(comp).amount(Money.usd(w.amount[comp.ordinal()])).addAllByYear(by)
          .formula(formula(k, p, w, comp, bom, inputs)).addAllInputs(inputs).build());
    }
    List<Money> byYear = new ArrayList<>(h);
    for (int y = 0; y < h; y++) {
      byYear.add(Money.usd(w.total[y]));
    }
    Accelerator acc = c.system().accelerator();
    Map<Precision, Quantity<ComputeRateUnit>> peak = new EnumMap<>(Precision.class);
    for (Precision pr : Precision.values()) {
      acc.dense(pr).ifPresent(d -> peak.put(pr, ComputeRateUnit.PETAFLOP_PER_SECOND.of(d.in(ComputeRateUnit.PETAFLOP_PER_SECOND) * w.gpus)));
    }
    Map<String, Long> nics = new LinkedHashMap<>();
    for (dev.flopex.catalog.NicAttachment n : c.system().nics()) {
      nics.merge(n.role().name().toLowerCase(Locale.ROOT) + ":" + n.nic().id(), w.servers * n.count(), Long::sum);
    }
    List<FatTree> trees = new ArrayList<>();
    for (int i = 0; i < k.networks; i++) {
      long[] t = w.trees[i];
      trees.add(ImmutableFatTree.builder().endpoints(w.servers * k.portsPerServer[i]).radix(k.radix[i])
          .oversubscription(k.oversubscription[i]).tiers((int) t[FatTree.TIERS]).leaves(t[FatTree.LEAVES])
          .spines(t[FatTree.SPINES]).cores(t[FatTree.CORES]).leafSpineLinks(t[FatTree.LEAF_SPINE_LINKS])
          .spineCoreLinks(t[FatTree.SPINE_CORE_LINKS]).build());
    }
    CapacityPlan plan = CapacityPlan.builder()
        .gpus(w.gpus).servers(w.servers).racks(w.racks).serversPerRack(w.perRack)
        .addAllNetworks(trees).putAllNics(nics).putAllLinks(links)
        .storage(DataSizeUnit.TERABYTES.of(w.storageTb))
        .gpuPower(PowerUnit.KILOWATTS.of(w.gpuKw)).serverOverheadPower(PowerUnit.KILOWATTS.of(w.overheadKw))
        .networkPower(PowerUnit.KILOWATTS.of(w.networkKw)).itPower(PowerUnit.KILOWATTS.of(w.itKw))
        .facilityPower(PowerUnit.KILOWATTS.of(w.facilityKw)).contractedItPower(PowerUnit.KILOWATTS.of(w.contractedKw))
        .putAllPeakCompute(peak)
        .acceleratorMemory(DataSizeUnit.GIBIBYTES.of(acc.memory().capacity().value().in(DataSizeUnit.GIBIBYTES) * w.gpus))
        .addAllWarnings(k.warnings)
        .build();
    FinancialTerms terms = p == k.defaults ? k.terms : FinancialTerms.builder().horizonYears(h).utilisation(p[ClusterKernel.UTILISATION])
        .depreciation(k.terms.depreciation()).financing(k.terms.financing()).debtRate(p[ClusterKernel.DEBT_RATE])
        .debtTenorYears((int) p[ClusterKernel.DEBT_TENOR]).build();
    Cluster cluster = p == k.defaults ? c : Fixups.withServers(c, w.servers);
    return ClusterResult.builder()
        .cluster(cluster).terms(terms).capacity(plan).addAllBillOfMaterials(bom).putAllCapex(capex)
        .capexTotal(Money.usd(w.capexTotal)).addAllLines(lines).tco(Money.usd(w.tco)).addAllTcoByYear(byYear)
        .npvOfCosts(Money.usd(w.npv)).costPerGpuHour(Money.usd(w.costPerGpuHour))
        .levelizedCostPerGpuHour(Money.usd(w.levelized)).opexYear1(Money.usd(w.opexYear1))
        .build();
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

  private static Provenance prov(AssumptionSet a, double[] p, AssumptionKey k) {
    return v(p, k) == a.value(k) ? a.sourced(k).provenance() : userInput("scenario value for " + k.key());
  }

  private static String usd(double v) {
    return "USD " + Check.format(Math.round(v));
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static String formula(ClusterKernel k, double[] p, ClusterKernel.Workspace w, CostComponent comp, List<BomLine> bom,
      List<Provenance> in) {
    AssumptionSet a = k.cluster.assumptions();
    int h = w.horizon;
    double esc = v(p, AssumptionKey.OPEX_ESCALATION_PER_YEAR);
    String escText = esc != 0 ? ", escalating " + Check.format(esc) + "/year" : "";
    switch (comp) {
      case ELECTRICITY:
        add(in, a, p, AssumptionKey.ELECTRICITY_USD_PER_KWH, AssumptionKey.PUE, AssumptionKey.GPU_LOAD_FACTOR);
        addEsc(in, a, p, esc);
        return "facility power " + Check.format(round(w.facilityKw)) + " kW (IT " + Check.format(round(w.itKw)) + " kW x PUE "
            + Check.format(v(p, AssumptionKey.PUE)) + ") x 8760 h x USD " + Check.format(v(p, AssumptionKey.ELECTRICITY_USD_PER_KWH)) + "/kWh" + escText;
      case COLOCATION:
        add(in, a, p, AssumptionKey.COLOCATION_USD_PER_KW_MONTH);
        addEsc(in, a, p, esc);
        return "contracted " + Check.format(round(w.contractedKw)) + " kW x USD " + Check.format(v(p, AssumptionKey.COLOCATION_USD_PER_KW_MONTH))
            + "/kW-month x 12" + escText;
      case MAINTENANCE:
        add(in, a, p, AssumptionKey.MAINTENANCE_FRACTION_OF_CAPEX_PER_YEAR);
        addEsc(in, a, p, esc);
        return "hardware CapEx " + usd(w.hardware) + " x " + Check.format(v(p, AssumptionKey.MAINTENANCE_FRACTION_OF_CAPEX_PER_YEAR)) + "/year" + escText;
      case SOFTWARE:
        add(in, a, p, AssumptionKey.SOFTWARE_USD_PER_GPU_YEAR);
        addEsc(in, a, p, esc);
        return w.gpus + " GPUs x USD " + Check.format(v(p, AssumptionKey.SOFTWARE_USD_PER_GPU_YEAR)) + "/GPU-year" + escText;
      case STAFF:
        add(in, a, p, AssumptionKey.STAFF_USD_PER_MW_YEAR);
        addEsc(in, a, p, esc);
        return "contracted " + Check.format(round(w.contractedKw / 1000)) + " MW x USD " + Check.format(v(p, AssumptionKey.STAFF_USD_PER_MW_YEAR))
            + "/MW-year" + escText;
      case INSURANCE:
        add(in, a, p, AssumptionKey.INSURANCE_FRACTION_OF_CAPEX_PER_YEAR);
        addEsc(in, a, p, esc);
        return "CapEx " + usd(w.capexTotal) + " x " + Check.format(v(p, AssumptionKey.INSURANCE_FRACTION_OF_CAPEX_PER_YEAR)) + "/year" + escText;
      case FINANCING:
        return "loan of " + usd(w.capexTotal) + " at " + Check.format(p[ClusterKernel.DEBT_RATE]) + "/year over "
            + (int) p[ClusterKernel.DEBT_TENOR] + " years, equal instalments of " + usd(w.payment) + "; interest paid within the horizon";
      default: {
        AssumptionKey lifeKey = ClusterKernel.lifeOf(comp);
        add(in, a, p, lifeKey);
        if (ClusterKernel.resold(comp)) {
          add(in, a, p, AssumptionKey.RESIDUAL_VALUE_FRACTION);
        }
        for (BomLine l : bom) {
          if (l.component() == comp) {
            in.add(l.provenance());
          }
        }
        int life = w.life[comp.ordinal()];
        return "CapEx " + usd(w.capex[comp.ordinal()]) + " depreciated " + k.terms.depreciation().name().toLowerCase(Locale.ROOT) + " over "
            + life + " years to a residual of " + usd(w.residual[comp.ordinal()]) + "; charged in years 1-" + Math.min(h, life);
      }
    }
  }

  private static void add(List<Provenance> in, AssumptionSet a, double[] p, AssumptionKey... keys) {
    for (AssumptionKey k : keys) {
      in.add(prov(a, p, k));
    }
  }

  private static void addEsc(List<Provenance> in, AssumptionSet a, double[] p, double esc) {
    if (esc != 0) {
      in.add(prov(a, p, AssumptionKey.OPEX_ESCALATION_PER_YEAR));
    }
  }

  static Provenance userInput(String what) {
    Source s = Source.builder().id("user-input").title(what).read(java.time.LocalDate.now(java.time.ZoneOffset.UTC)).kind(SourceKind.USER).build();
    return Provenance.of(s, Confidence.HIGH);
  }
}
