package dev.flopex.costing.internal;

import dev.flopex.core.finance.TimeValue;
import dev.flopex.core.money.Money;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CostComponent;
import dev.flopex.costing.CostLine;
import dev.flopex.costing.economics.RentalResult;
import dev.flopex.costing.economics.RentalTerms;
import dev.flopex.costing.internal.results.ImmutableRentalResult;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Computes a {@link dev.flopex.costing.economics.RentalResult}; formulas in {@code docs/model.md}
 * §14.
 */
public final class RentalCalculator {
  private RentalCalculator() {}

  public static RentalResult evaluate(RentalTerms t) {
    ClusterResult c = t.cluster();
    Currency cur = c.capexTotal().currency();
    int h = c.terms().horizonYears();
    double soldHours = c.capacity().gpus() * ClusterCalculator.HOURS_PER_YEAR * t.utilisation();
    double r = t.costOfCapital();

    // §14.1 operating costs by year, from the cluster's cost lines; the economic capital charge
    double[] opex = new double[h];
    for (CostLine l : c.accounting().lines()) {
      if (l.component().isCapital() || l.component() == CostComponent.FINANCING) {
        continue;
      }
      for (int y = 0; y < h; y++) {
        opex[y] += l.byYear().get(y).amount();
      }
    }
    double capex = c.capexTotal().amount();
    double residual = c.economic().residualValue().amount();
    double capitalCharge =
        (capex - residual * TimeValue.discountFactor(r, h)) * TimeValue.capitalRecoveryFactor(r, h);

    // §14.2 revenue, margins, cash flows
    double price = t.pricePerGpuHour().amount();
    double[] flows = new double[h + 1];
    double[] revenuePerUnitPrice = new double[h + 1];
    flows[0] = -capex;
    List<Money> revenue = new ArrayList<>();
    List<Money> opexM = new ArrayList<>();
    List<Money> capitalM = new ArrayList<>();
    List<Money> gross = new ArrayList<>();
    List<Money> after = new ArrayList<>();
    double[] rev = new double[h];
    double[] grossA = new double[h];
    double[] afterA = new double[h];
    for (int y = 0; y < h; y++) {
      double escalation = TimeValue.escalate(1, t.priceChangePerYear(), y);
      revenuePerUnitPrice[y + 1] = soldHours * escalation;
      rev[y] =
          UnitEconomics.finiteResult(
              price * revenuePerUnitPrice[y + 1], "revenue", "year " + (y + 1));
      grossA[y] = rev[y] - opex[y];
      afterA[y] = grossA[y] - capitalCharge;
      flows[y + 1] = grossA[y];
      revenue.add(Money.of(cur, rev[y]));
      opexM.add(Money.of(cur, opex[y]));
      capitalM.add(Money.of(cur, capitalCharge));
      gross.add(Money.of(cur, grossA[y]));
      after.add(Money.of(cur, afterA[y]));
    }
    flows[h] += residual;
    List<Money> cash = new ArrayList<>();
    for (double f : flows) {
      cash.add(Money.of(cur, f));
    }

    // §14.3 NPV, IRR, payback, break-even price: NPV(p) = NPV(flows at p = 0) + p x PV(sold hours)
    double npv = TimeValue.npv(r, flows);
    double[] atZero = flows.clone();
    for (int y = 1; y <= h; y++) {
      atZero[y] -= rev[y - 1];
    }
    double pvHours = TimeValue.npv(r, revenuePerUnitPrice);
    double breakEven = Math.max(0, -TimeValue.npv(r, atZero) / pvHours);

    return ImmutableRentalResult.builder()
        .terms(t)
        .gpuHoursSoldPerYear(soldHours)
        .addAllRevenueByYear(revenue)
        .addAllOperatingCostByYear(opexM)
        .addAllCapitalChargesByYear(capitalM)
        .addAllGrossMarginByYear(gross)
        .addAllMarginAfterCapitalByYear(after)
        .revenue(Money.of(cur, UnitEconomics.sum(rev)))
        .grossMargin(Money.of(cur, UnitEconomics.sum(grossA)))
        .marginAfterCapital(Money.of(cur, UnitEconomics.sum(afterA)))
        .addAllCashFlows(cash)
        .npv(Money.of(cur, npv))
        .irr(TimeValue.irr(flows))
        .paybackYears(TimeValue.paybackYears(flows))
        .residualValue(Money.of(cur, residual))
        .breakEvenPricePerGpuHour(Money.of(cur, breakEven))
        .build();
  }
}
