package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.costing.analysis.Output;
import org.junit.jupiter.api.Test;

/** The outputs analyses report on: names, units, and which number each reads. */
class OutputTest {

  @Test
  void test_fromKey_everyOutputAndTheAmbiguousTco() {
    for (Output o : Output.values()) {
      assertThat(Output.fromKey(o.fileKey())).isEqualTo(o);
      assertThat(
              Output.fromKey(
                  " " + o.fileKey().toUpperCase(java.util.Locale.ROOT).replace('_', '-') + " "))
          .isEqualTo(o);
    }
    assertThatThrownBy(() -> Output.fromKey("tco"))
        .hasMessageStartingWith(
            "output tco is ambiguous: use economic_cost (the economic basis, the headline) or accounting_tco")
        .hasMessageNotContaining("did you mean");
    assertThatThrownBy(() -> Output.fromKey("capx")).hasMessageContaining("did you mean capex?");
  }

  @Test
  void test_labelsUnitsAndKeys() {
    assertThat(Output.COST_PER_GPU_HOUR.label()).isEqualTo("cost per GPU-hour");
    assertThat(Output.COST_PER_USEFUL_GPU_HOUR.label()).isEqualTo("cost per useful GPU-hour");
    assertThat(Output.ECONOMIC_COST.label()).isEqualTo("economic cost");
    assertThat(Output.NPV_OF_COSTS.label()).isEqualTo("present value of costs");
    assertThat(Output.ACCOUNTING_TCO.label()).isEqualTo("accounting TCO");
    assertThat(Output.CAPEX.label()).isEqualTo("CapEx");
    assertThat(Output.OPEX_YEAR1.label()).isEqualTo("year-1 OpEx");
    assertThat(Output.COST_PER_GPU_HOUR.unit()).isEqualTo("USD/GPU-h");
    assertThat(Output.COST_PER_USEFUL_GPU_HOUR.unit()).isEqualTo("USD/GPU-h");
    assertThat(Output.ECONOMIC_COST.unit()).isEqualTo("USD");
    assertThat(Output.ACCOUNTING_TCO.perGpuHour()).isFalse();
    assertThat(Output.ACCOUNTING_TCO.key()).isEqualTo("accounting_tco_usd");
    assertThat(Output.COST_PER_GPU_HOUR.fileKey()).isEqualTo("cost_per_gpu_hour");
  }

  @Test
  void test_of_readsTheMatchingFleetNumber() {
    Fleet f = Fleet.builder().name("f").addClusters(Fixtures.h100Cluster(16)).build();
    FinancialTerms t = FinancialTerms.debt(4, 0.7, 0.09, 4);
    CompiledFleet k = CostEngine.create().compile(f, t);
    CompiledFleet.Evaluation e = k.newEvaluation();
    k.evaluate(k.defaults(), e);
    FleetResult r = CostEngine.create().evaluate(f, t);
    assertThat(Output.COST_PER_GPU_HOUR.of(e))
        .isEqualTo(r.costPerGpuHour().amount(), org.assertj.core.api.Assertions.within(1e-12));
    assertThat(Output.COST_PER_USEFUL_GPU_HOUR.of(e))
        .isCloseTo(
            r.costPerUsefulGpuHour().amount(), org.assertj.core.api.Assertions.within(1e-12));
    assertThat(Output.ECONOMIC_COST.of(e))
        .isCloseTo(r.economicCost().amount(), org.assertj.core.api.Assertions.within(1e-6));
    assertThat(Output.NPV_OF_COSTS.of(e))
        .isCloseTo(r.npvOfCosts().amount(), org.assertj.core.api.Assertions.within(1e-6));
    assertThat(Output.ACCOUNTING_TCO.of(e))
        .isCloseTo(r.accountingTco().amount(), org.assertj.core.api.Assertions.within(1e-6));
    assertThat(Output.CAPEX.of(e))
        .isCloseTo(r.capexTotal().amount(), org.assertj.core.api.Assertions.within(1e-6));
    assertThat(Output.OPEX_YEAR1.of(e))
        .isCloseTo(r.opexYear1().amount(), org.assertj.core.api.Assertions.within(1e-6));
    assertThat(Output.ACCOUNTING_TCO.of(e)).isGreaterThan(Output.CAPEX.of(e) * 0.5);
    assertThat(e.gpus()).isEqualTo(128);
    assertThat(e.cluster(0).contractedItKw())
        .isEqualTo(r.contractedItPower().in(dev.flopex.core.units.PowerUnit.KILOWATTS));
  }
}
