package dev.flopex.costing;

import dev.flopex.core.money.Money;
import dev.flopex.core.units.PowerUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adds up a fleet's cluster results: every fleet total is computed here, once. */
final class FleetTotals {
  private FleetTotals() {}

  static FleetResult of(Fleet fleet, List<ClusterResult> rs) {
    long gpus = 0;
    long servers = 0;
    long racks = 0;
    long switches = 0;
    double contractedKw = 0;
    double capex = 0;
    double opex1 = 0;
    double npv = 0;
    double economic = 0;
    double accounting = 0;
    double pvHours = 0;
    double pvUseful = 0;
    Map<CostComponent, Double> pvBy = new EnumMap<>(CostComponent.class);
    Map<CostComponent, Double> totalBy = new EnumMap<>(CostComponent.class);
    Map<CostComponent, Double> bookBy = new EnumMap<>(CostComponent.class);
    Set<String> warnings = new LinkedHashSet<>();
    for (ClusterResult r : rs) {
      gpus = Math.addExact(gpus, r.capacity().gpus());
      servers = Math.addExact(servers, r.capacity().servers());
      racks = Math.addExact(racks, r.capacity().racks());
      for (FatTree t : r.capacity().networks()) {
        switches = Math.addExact(switches, t.leaves() + t.spines() + t.cores());
      }
      contractedKw += r.capacity().contractedItPower().in(PowerUnit.KILOWATTS);
      capex += r.capexTotal().amount();
      opex1 += r.opexYear1().amount();
      EconomicCost e = r.economic();
      npv += e.presentValueOfCosts().amount();
      economic += e.totalOverHorizon().amount();
      accounting += r.accounting().tco().amount();
      double hours = e.presentValueOfCosts().amount() / e.costPerGpuHour().amount();
      pvHours += hours;
      pvUseful += hours * e.goodput().fraction();
      e.costPerGpuHourByComponent().forEach((k, v) -> pvBy.merge(k, v.amount() * hours, Double::sum));
      double usedHours = r.capacity().gpus() * ClusterKernel.HOURS_PER_YEAR * r.terms().utilisation() * r.terms().horizonYears();
      e.costPerGpuHourByComponent().forEach((k, v) -> totalBy.merge(k, v.amount() * usedHours, Double::sum));
      for (CostLine l : r.accounting().lines()) {
        bookBy.merge(l.component(), l.amount().amount(), Double::sum);
      }
      warnings.addAll(r.warnings());
    }
    Map<CostComponent, Money> perHour = new EnumMap<>(CostComponent.class);
    double hoursTotal = pvHours;
    pvBy.forEach((k, v) -> perHour.put(k, Money.usd(v / hoursTotal)));
    Map<CostComponent, Money> totals = new EnumMap<>(CostComponent.class);
    totalBy.forEach((k, v) -> totals.put(k, Money.usd(v)));
    Map<CostComponent, Money> book = new EnumMap<>(CostComponent.class);
    bookBy.forEach((k, v) -> book.put(k, Money.usd(v)));
    return FleetResult.builder().fleet(fleet).addAllClusters(rs).gpus(gpus).servers(servers).racks(racks).switches(switches)
        .contractedItPower(PowerUnit.KILOWATTS.of(contractedKw)).capexTotal(Money.usd(capex)).opexYear1(Money.usd(opex1))
        .costPerGpuHour(Money.usd(npv / pvHours)).costPerUsefulGpuHour(Money.usd(npv / pvUseful)).npvOfCosts(Money.usd(npv))
        .economicCost(Money.usd(economic)).putAllEconomicCostByComponent(totals).putAllCostPerGpuHourByComponent(perHour).accountingTco(Money.usd(accounting))
        .putAllAccountingTcoByComponent(book).basis(basis(rs)).addAllWarnings(warnings).build();
  }

  /** The fleet's basis: the clusters' lines when they agree, otherwise each cluster's line named. */
  static CostBasis basis(List<ClusterResult> rs) {
    Set<String> headlines = new LinkedHashSet<>();
    Set<String> accounting = new LinkedHashSet<>();
    for (ClusterResult r : rs) {
      headlines.add(r.basis().headline());
      accounting.add(r.basis().accounting());
    }
    return CostBasis.builder().headline(join(rs, headlines, true)).accounting(join(rs, accounting, false)).build();
  }

  private static String join(List<ClusterResult> rs, Set<String> distinct, boolean headline) {
    if (distinct.size() == 1) {
      return distinct.iterator().next();
    }
    List<String> parts = new ArrayList<>();
    for (ClusterResult r : rs) {
      String line = headline ? r.basis().headline() : r.basis().accounting();
      int colon = line.indexOf(": ");
      parts.add(r.cluster().name() + " - " + line.substring(colon + 2));
    }
    return (headline ? "economic, per cluster: " : "accounting, per cluster: ") + String.join(" | ", parts);
  }
}
