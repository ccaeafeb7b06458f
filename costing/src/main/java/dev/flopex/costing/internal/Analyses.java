package dev.flopex.costing.internal;

import dev.flopex.costing.CompiledFleet;
import dev.flopex.costing.CostComponent;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.analysis.Scenario;
import dev.flopex.costing.analysis.ScenarioComparison;
import dev.flopex.costing.analysis.SensitivityInput;
import dev.flopex.costing.analysis.SensitivityResult;
import dev.flopex.costing.analysis.TornadoBar;
import dev.flopex.costing.internal.results.ImmutableScenarioComparison;
import dev.flopex.costing.internal.results.ImmutableSensitivityResult;
import dev.flopex.costing.internal.results.ImmutableTornadoBar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Scenario, sensitivity and Monte Carlo analyses over compiled fleets. */
public final class Analyses {
  private Analyses() {}

  public static ScenarioComparison compare(CostEngine engine, List<Scenario> scenarios) {
    dev.flopex.core.validation.Check.that(
        !scenarios.isEmpty(), "scenarios", "[]", "must contain at least one scenario");
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Scenario s : scenarios) {
      dev.flopex.core.validation.Check.that(
          names.add(s.name()), "scenarios", s.name(), "must have unique names (duplicate)");
    }
    List<FleetResult> results = new ArrayList<>();
    for (Scenario s : scenarios) {
      results.add(engine.evaluate(s.fleet(), s.terms()));
    }
    java.util.Map<CostComponent, List<dev.flopex.core.money.Money>> by =
        new java.util.EnumMap<>(CostComponent.class);
    java.util.Map<CostComponent, List<dev.flopex.core.money.Money>> deltas =
        new java.util.EnumMap<>(CostComponent.class);
    for (CostComponent c : CostComponent.values()) {
      boolean any = results.stream().anyMatch(r -> r.economicCostByComponent().containsKey(c));
      if (!any) {
        continue;
      }
      List<dev.flopex.core.money.Money> vs = new ArrayList<>();
      List<dev.flopex.core.money.Money> ds = new ArrayList<>();
      dev.flopex.core.money.Money zero = dev.flopex.core.money.Money.usd(0);
      dev.flopex.core.money.Money base =
          results.get(0).economicCostByComponent().getOrDefault(c, zero);
      for (FleetResult r : results) {
        dev.flopex.core.money.Money v = r.economicCostByComponent().getOrDefault(c, zero);
        vs.add(v);
        ds.add(v.minus(base));
      }
      by.put(c, List.copyOf(vs));
      deltas.put(c, List.copyOf(ds));
    }
    List<dev.flopex.core.money.Money> tcoDeltas = new ArrayList<>();
    for (FleetResult r : results) {
      tcoDeltas.add(r.economicCost().minus(results.get(0).economicCost()));
    }
    return ImmutableScenarioComparison.builder()
        .addAllScenarios(scenarios)
        .addAllResults(results)
        .putAllByComponent(by)
        .putAllDeltas(deltas)
        .addAllEconomicCostDeltas(tcoDeltas)
        .build();
  }

  public static SensitivityResult sensitivity(
      FleetKernel k, List<SensitivityInput> inputs, Output output) {
    double[] base = k.defaults();
    CompiledFleet.Evaluation e = k.newEvaluation();
    k.evaluate(base, e);
    double y0 = output.of(e);
    List<TornadoBar> bars = new ArrayList<>();
    for (SensitivityInput in : inputs) {
      int[] slots = k.slots(in.path());
      double x0 = 0;
      for (int s : slots) {
        x0 += base[s];
      }
      x0 /= slots.length;
      double[] p = base.clone();
      for (int s : slots) {
        p[s] = in.low();
      }
      k.evaluate(p, e);
      double yl = output.of(e);
      for (int s : slots) {
        p[s] = in.high();
      }
      k.evaluate(p, e);
      double yh = output.of(e);
      bars.add(
          ImmutableTornadoBar.builder()
              .path(in.path())
              .baseInput(x0)
              .lowInput(in.low())
              .highInput(in.high())
              .baseOutput(y0)
              .outputAtLow(yl)
              .outputAtHigh(yh)
              .build());
    }
    bars.sort(
        Comparator.comparingDouble(TornadoBar::swing).reversed().thenComparing(TornadoBar::path));
    return ImmutableSensitivityResult.builder()
        .output(output)
        .baseOutput(y0)
        .addAllBars(bars)
        .addAllWarnings(k.warnings())
        .build();
  }
}
