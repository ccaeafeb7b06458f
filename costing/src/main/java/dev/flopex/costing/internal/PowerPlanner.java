package dev.flopex.costing.internal;

import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.ImmutableCluster;
import dev.flopex.costing.PowerBasis;
import dev.flopex.costing.PowerBudget;
import dev.flopex.costing.PowerBuild;
import dev.flopex.costing.PowerSizing;
import dev.flopex.costing.PowerTranche;
import dev.flopex.costing.internal.results.ImmutablePowerSizing;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Power-first sizing ({@code docs/model.md} §1, "Power-first sizing"): behind {@link
 * dev.flopex.costing.CostEngine#sizeForPower} and {@link
 * dev.flopex.costing.CostEngine#phasedBuild}.
 */
public final class PowerPlanner {
  /** Contracted power does not depend on the terms; these only let the engine run. */
  private static final FinancialTerms PROBE = FinancialTerms.of(1, 1.0);

  private PowerPlanner() {}

  private static double contractedMw(CostEngine engine, Cluster c) {
    return engine.evaluate(c, PROBE).capacity().contractedItPower().in(PowerUnit.MEGAWATTS);
  }

  /**
   * The most systems of {@code template}'s kind whose contracted critical IT power, in the budget's
   * basis (x PUE for a utility budget), fits the budget.
   */
  public static PowerSizing size(CostEngine engine, Cluster template, PowerBudget budget) {
    PowerBasis basis = budget.basis();
    double mw = budget.megawatts();
    Cluster one = template.withServerCount(1);
    // every site key is resolved when the cluster is built (a region without one is refused then)
    Sourced<Double> pue =
        java.util.Objects.requireNonNull(one.assumptionValues().get(AssumptionKey.PUE), "pue");
    double p = pue.value();
    ClusterResult first = engine.evaluate(one, PROBE);
    double oneMw = first.capacity().contractedItPower().in(PowerUnit.MEGAWATTS);
    if (basis.used(oneMw, p) > mw) {
      String kw =
          Check.format(
              BigDecimal.valueOf(oneMw * 1000).setScale(1, RoundingMode.HALF_EVEN).doubleValue(),
              "kW");
      throw new ValidationException(
          basis.key(),
          Check.format(mw, "MW"),
          "must hold at least one "
              + template.system().id()
              + " at "
              + kw
              + " contracted critical IT each"
              + (basis == PowerBasis.UTILITY ? " x PUE " + Check.format(p) : "")
              + " ("
              + PowerSizing.CONTRACTED_POWER_CONVENTION
              + "); need >= "
              + Check.format(roundUp(basis.used(oneMw, p)), "MW"));
    }
    // contracted power never falls as systems are added (switch counts are monotone), so the
    // largest count that fits is found by bisection; the servers' own power bounds it from above
    double serverMw = oneMw - first.capacity().networkPower().in(PowerUnit.MEGAWATTS);
    long lo = 1;
    double loMw = oneMw;
    long hi = (long) Math.floor(mw / basis.used(serverMw, p)) + 2;
    ValidationException hiError = null;
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      double m;
      try {
        m = contractedMw(engine, template.withServerCount(mid));
      } catch (ValidationException e) {
        // a design the engine cannot build (e.g. more endpoints than the fabric connects) is too
        // big
        hi = mid;
        hiError = e;
        continue;
      }
      if (basis.used(m, p) <= mw) {
        lo = mid;
        loMw = m;
      } else {
        hi = mid;
        hiError = null;
      }
    }
    if (hiError != null) {
      // the power would hold more systems than the design can connect: say so, never stop silently
      // short
      throw new ValidationException(
          basis.key(),
          Check.format(mw, "MW"),
          "must not hold more "
              + template.system().id()
              + " than the cluster's networks connect: "
              + lo
              + " fit, "
              + hi
              + " cannot be built ("
              + hiError.getMessage()
              + ")",
          hiError);
    }
    return ImmutablePowerSizing.builder()
        .cluster(template.withServerCount(lo))
        .budget(budget)
        .pue(pue)
        .contractedItMw(loMw)
        .build();
  }

  /**
   * Rounds a positive MW figure up to two significant digits (0.1846 -> 0.19): enough, and
   * readable.
   */
  public static double roundUp(double mw) {
    return BigDecimal.valueOf(mw).round(new MathContext(2, RoundingMode.CEILING)).doubleValue();
  }

  /** Sizes and dates each tranche; fields in messages are prefixed {@code tranches[i].}. */
  public static PowerBuild phased(
      CostEngine engine, Cluster template, List<PowerTranche> tranches) {
    Check.that(!tranches.isEmpty(), "tranches", "[]", "must contain at least one tranche");
    PowerBasis basis = tranches.get(0).budget().basis();
    List<PowerSizing> sized = new ArrayList<>();
    for (int i = 0; i < tranches.size(); i++) {
      PowerTranche t = tranches.get(i);
      String at = "tranches[" + i + "].";
      Check.that(
          t.budget().basis() == basis,
          at + t.budget().basis().key(),
          Check.format(t.budget().megawatts(), "MW"),
          "must be given as " + basis.key() + " like tranches[0] (one basis per build)");
      if (i > 0) {
        LocalDate prev = tranches.get(i - 1).energised();
        Check.that(
            t.energised().isAfter(prev),
            at + "energised",
            t.energised().toString(),
            "must be after tranches["
                + (i - 1)
                + "].energised ("
                + prev
                + "): tranches are listed in date order, one per date");
      }
      String name = template.name() + "-t" + (i + 1);
      try {
        Cluster c =
            ((ImmutableCluster) ImmutableCluster.copyOf(template))
                .withName(name)
                .withPurchaseDate(t.energised());
        sized.add(size(engine, c, t.budget()));
      } catch (ValidationException e) {
        String field = e.field().equals("purchase_date") ? "energised" : e.field();
        throw new ValidationException(at + field, e.value().orElse(null), e.rule(), e);
      }
    }
    return PowerBuild.builder().name(template.name()).addAllTranches(sized).build();
  }
}
