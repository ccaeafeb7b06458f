package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.SystemSpec;
import org.junit.jupiter.api.Test;

/**
 * Parts that come with a system (issue 11): one inside the system's price is listed, not costed
 * again; one bought beside it is costed per system at its own price, cooling plant as its own
 * component; one without a price is named in the warnings, never costed at 0 silently. A pod's
 * racks are its systems times its racks per system.
 */
class SystemComponentsTest {
  private static final String OVERLAY =
      String.join(
          "\n",
          "schema: flopex-catalog/1",
          "sources:",
          "  t1: {title: T, publisher: P, url: 'https://example.com/t', read: 2026-12-02, kind: datasheet}",
          "systems:",
          "  - id: test-pod",
          "    vendor: T",
          "    name: test pod",
          "    kind: pod",
          "    accelerator: h100-sxm5",
          "    accelerator_count: {value: 64, source: t1, confidence: high}",
          "    racks: {value: 4, source: t1, confidence: high}",
          "    max_power_kw: {value: 80, source: t1, confidence: high}",
          "    nics:",
          "      - {part: connectx-7-400g, count: 64, role: scale_out, source: t1, confidence: high}",
          "    prices:",
          "      - {usd: 2000000, as_of: 2024-09, basis: list, unit: per-system, region: US, description: pod, source: t1, confidence: high}",
          "    components:",
          "      - {id: test-tray, vendor: T, name: switch tray, kind: scale_up_switch, count: {value: 9, source: t1, confidence: high},",
          "         included_in_system_price: true, source: t1, confidence: high}",
          "      - {id: test-cdu, vendor: T, name: CDU, kind: cooling_plant, count: {value: 0.25, source: t1, confidence: low},",
          "         included_in_system_price: false, source: t1, confidence: low,",
          "         prices: [{usd: 120000, as_of: 2024-09, basis: estimate, unit: per-part, region: US, description: CDU, source: t1, confidence: low}]}",
          "      - {id: test-manifold, vendor: T, name: manifold, kind: cooling_in_rack, count: {value: 2, source: t1, confidence: low},",
          "         included_in_system_price: false, source: t1, confidence: low}",
          "");

  private static ClusterResult run(long pods) {
    HardwareCatalog c = HardwareCatalog.loader().withBuiltIn().overlay("pod.yaml", OVERLAY).load();
    SystemSpec pod = c.system("test-pod");
    Cluster cluster = Fixtures.copy(Fixtures.h100Cluster(pods)).withSystem(pod).withServers(pods);
    return CostEngine.create().evaluate(cluster, FinancialTerms.of(5, 0.8));
  }

  @Test
  void test_componentBesideTheSystem_isCostedPerSystem_asCooling() {
    ClusterResult r = run(8);
    // 8 pods x 0.25 CDU x USD 120,000 = USD 240,000 (both prices dated at the purchase date)
    assertThat(r.capex().get(CostComponent.COOLING).amount())
        .isCloseTo(240000.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(r.capex().get(CostComponent.SERVERS).amount())
        .isCloseTo(16000000.0, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void test_unpricedComponent_isNamedInTheWarnings() {
    assertThat(Warning.messages(run(2).warnings()))
        .anySatisfy(
            w ->
                assertThat(w)
                    .contains(
                        "manifold (cooling_in_rack, 2 per test-pod) is not priced in the catalog: CapEx leaves it out"));
  }

  @Test
  void test_podRacks_areSystemsTimesRacksPerSystem() {
    assertThat(run(8).capacity().racks()).isEqualTo(32);
  }
}
