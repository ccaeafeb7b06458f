package dev.flopex.costing.internal;

import dev.flopex.core.money.Money;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CostBasis;
import dev.flopex.costing.CostComponent;
import dev.flopex.costing.CostLine;
import dev.flopex.costing.EconomicCost;
import dev.flopex.costing.Fleet;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.Warning;
import dev.flopex.costing.internal.results.ImmutableCostBasis;
import dev.flopex.costing.internal.results.ImmutableFleetResult;
import dev.flopex.costing.internal.results.ImmutableWarning;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adds up a fleet's cluster results: every fleet total is computed here, once. */
public final class FleetTotals {
  private FleetTotals() {}

  public static FleetResult of(Fleet fleet, List<ClusterResult> rs) {
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
    Set<Warning> warnings = new LinkedHashSet<>();
    for (ClusterResult r : rs) {
      gpus = Math.addExact(gpus, r.capacity().gpus());
      servers = Math.addExact(servers, r.capacity().servers());
      racks = Math.addExact(racks, r.capacity().racks());
      switches = Math.addExact(switches, r.capacity().switches());
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
      e.costPerGpuHourByComponent()
          .forEach((k, v) -> pvBy.merge(k, v.amount() * hours, Double::sum));
      double usedHours =
          r.capacity().gpus()
              * ClusterKernel.HOURS_PER_YEAR
              * r.terms().utilisation()
              * r.terms().horizonYears();
      e.costPerGpuHourByComponent()
          .forEach((k, v) -> totalBy.merge(k, v.amount() * usedHours, Double::sum));
      for (CostLine l : r.accounting().lines()) {
        bookBy.merge(l.component(), l.amount().amount(), Double::sum);
      }
    }
    warnings.addAll(mergedWarnings(rs));
    Map<CostComponent, Money> perHour = new EnumMap<>(CostComponent.class);
    double hoursTotal = pvHours;
    pvBy.forEach((k, v) -> perHour.put(k, Money.usd(v / hoursTotal)));
    Map<CostComponent, Money> totals = new EnumMap<>(CostComponent.class);
    totalBy.forEach((k, v) -> totals.put(k, Money.usd(v)));
    Map<CostComponent, Money> book = new EnumMap<>(CostComponent.class);
    bookBy.forEach((k, v) -> book.put(k, Money.usd(v)));
    return ImmutableFleetResult.builder()
        .fleet(fleet)
        .addAllClusters(rs)
        .gpus(gpus)
        .servers(servers)
        .racks(racks)
        .switches(switches)
        .contractedItPower(PowerUnit.KILOWATTS.of(contractedKw))
        .capexTotal(Money.usd(capex))
        .opexYear1(Money.usd(opex1))
        .costPerGpuHour(Money.usd(npv / pvHours))
        .costPerUsefulGpuHour(Money.usd(npv / pvUseful))
        .npvOfCosts(Money.usd(npv))
        .economicCost(Money.usd(economic))
        .putAllEconomicCostByComponent(totals)
        .putAllCostPerGpuHourByComponent(perHour)
        .accountingTco(Money.usd(accounting))
        .putAllAccountingTcoByComponent(book)
        .basis(basis(rs))
        .addAllWarnings(warnings)
        .build();
  }

  /**
   * Each warning once per output: the same warning from several clusters is listed once, and a part
   * priced far from its dated price in several clusters is one line naming the clusters.
   */
  public static List<Warning> mergedWarnings(List<ClusterResult> rs) {
    List<String> names = new ArrayList<>();
    List<List<Warning>> each = new ArrayList<>();
    for (ClusterResult r : rs) {
      names.add(r.cluster().name());
      each.add(r.warnings());
    }
    return mergedWarnings(names, each);
  }

  /** As {@link #mergedWarnings(List)}, from each cluster's name and warnings. */
  public static List<Warning> mergedWarnings(List<String> names, List<List<Warning>> each) {
    java.util.Map<String, Warning> first =
        new java.util.LinkedHashMap<>(); // the first cluster's warning of each part
    java.util.Map<String, List<String>> clustersOf = new java.util.HashMap<>();
    Set<Warning> other = new LinkedHashSet<>();
    for (int i = 0; i < names.size(); i++) {
      for (Warning w : each.get(i)) {
        if (w.kind() == Warning.Kind.PRICE_DATE_FALLBACK) {
          clustersOf.computeIfAbsent(w.subject(), k -> new ArrayList<>()).add(names.get(i));
          first.putIfAbsent(w.subject(), w);
        } else {
          other.add(w);
        }
      }
    }
    List<Warning> out = new ArrayList<>();
    for (java.util.Map.Entry<String, Warning> e : first.entrySet()) {
      Warning w = e.getValue();
      List<String> clusters = clustersOf.getOrDefault(e.getKey(), List.of());
      out.add(
          clusters.size() <= 1 || names.size() == 1
              ? w
              : ImmutableWarning.of(
                  w.kind(),
                  w.subject(),
                  w.message()
                      + " (cluster "
                      + clusters.get(0)
                      + "; also priced far from its dated price in "
                      + String.join(", ", clusters.subList(1, clusters.size()))
                      + ")"));
    }
    out.addAll(other);
    return out;
  }

  /**
   * The fleet's basis: the clusters' line when they agree; otherwise the parts every cluster
   * shares, then what differs, named by cluster ({@code "...; per cluster: a100 site china owned
   * (...) | h20 ..."}).
   */
  public static CostBasis basis(List<ClusterResult> rs) {
    List<String> headlines = new ArrayList<>();
    List<String> accounting = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (ClusterResult r : rs) {
      headlines.add(r.basis().headline());
      accounting.add(r.basis().accounting());
      names.add(r.cluster().name());
    }
    return ImmutableCostBasis.builder()
        .headline(factor(names, headlines))
        .accounting(factor(names, accounting))
        .build();
  }

  /** Lines of the form "kind: part; part; ...": common parts once, the rest per cluster. */
  public static String factor(List<String> names, List<String> lines) {
    if (new LinkedHashSet<>(lines).size() == 1) {
      return lines.get(0);
    }
    String kind = lines.get(0).substring(0, lines.get(0).indexOf(": ") + 2);
    List<List<String>> parts = new ArrayList<>();
    for (String l : lines) {
      parts.add(List.of(l.substring(l.indexOf(": ") + 2).split("; ")));
    }
    List<String> common = new ArrayList<>();
    for (String p : parts.get(0)) {
      if (parts.stream().allMatch(ps -> ps.contains(p))) {
        common.add(p);
      }
    }
    List<String> each = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      List<String> rest = new ArrayList<>(parts.get(i));
      rest.removeAll(common);
      each.add(names.get(i) + " " + String.join("; ", rest));
    }
    return kind
        + (common.isEmpty() ? "" : String.join("; ", common) + "; ")
        + "per cluster: "
        + String.join(" | ", each);
  }
}
