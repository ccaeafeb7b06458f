package dev.flopex.catalog.exportcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.catalog.HardwareCatalog;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Decisions as values: one part under each rule snapshot, with the tests the outcome rests on.
 * Expected classifications follow docs/export-controls.md (thresholds quoted from the rule texts
 * there); the part's metrics are those of ExportControlsTest (H800 TPP 15832 and I/O 528 GB/s, H20
 * TPP 2368 and PD 2.91, H200 DRAM 4800 GB/s, B200 TPP about 36,000).
 */
class StructuredDecisionTest {
  private static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();
  private static final ExportControls EC = CATALOG.exportControls();

  private static Decision under(String sku, String rule) {
    return EC.classify(CATALOG.accelerator(sku), rule);
  }

  private static List<String> deciding(Decision d) {
    return d.decidingTests().stream()
        .map(t -> t.classification() + ": " + t.text())
        .collect(Collectors.toList());
  }

  @Test
  void us2022_10_h800_theMetTppTestDecidesNothing_theInterconnectDecides() {
    Decision d = under("h800-sxm5", "us-2022-10");
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.NOT_CONTROLLED);
    assertThat(d.licenceRequirement()).isEqualTo(LicenceRequirement.NOT_REQUIRED);
    ThresholdTest tpp = d.tests().get(0);
    assertThat(tpp.metric()).isEqualTo(Metric.TPP);
    assertThat(tpp.operator()).isEqualTo(Operator.AT_LEAST);
    assertThat(tpp.threshold().getAsDouble()).isEqualTo(4800);
    assertThat(tpp.value().getAsDouble())
        .isEqualTo(15832, org.assertj.core.api.Assertions.within(1.0));
    assertThat(tpp.outcome()).isEqualTo(Condition.Truth.TRUE);
    assertThat(tpp.decided()).isFalse();
    ThresholdTest io = d.tests().get(1);
    assertThat(io.unit()).isEqualTo("GB/s");
    assertThat(io.value().getAsDouble()).isEqualTo(528);
    assertThat(io.outcome()).isEqualTo(Condition.Truth.FALSE);
    assertThat(io.decided()).isTrue();
    assertThat(d.licencePolicy()).isEmpty();
  }

  @Test
  void us2023_10_h20_onlyTheFailedTestsDecide_neverTheTpp1600ThatWasMet() {
    Decision d = under("h20", "us-2023-10");
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.NOT_CONTROLLED);
    assertThat(deciding(d))
        .containsExactly(
            "3A090.a: tpp 2368 >= 4800: not met",
            "3A090.a: performance_density 2.91 >= 5.92: not met",
            "3A090.a: datacenter true == false: not met",
            "3A090.b: tpp 2368 >= 2400: not met",
            "3A090.b: performance_density 2.91 >= 3.2: not met");
    // "tpp 2368 >= 1600" was met in both branches and decided nothing: reported, never as deciding
    assertThat(d.tests())
        .filteredOn(t -> t.describe().equals("tpp >= 1600"))
        .hasSize(2)
        .allSatisfy(
            t -> {
              assertThat(t.outcome()).isEqualTo(Condition.Truth.TRUE);
              assertThat(t.decided()).isFalse();
            });
    assertThat(d.reasons())
        .contains("3A090.a: tpp 2368 >= 1600: met; did not decide")
        .noneMatch(r -> r.contains("1600") && r.endsWith("; decided"));
  }

  @Test
  void us2024_12_h800_3A090a_presumptionOfDenial() {
    Decision d = under("h800-sxm5", "us-2024-12");
    assertThat(d.eccn()).contains("3A090.a");
    assertThat(d.licencePolicy()).contains(LicencePolicy.PRESUMPTION_OF_DENIAL);
    assertThat(d.classification().orElseThrow().licencePolicyNote())
        .contains("China, Macau and other D:5");
    assertThat(deciding(d))
        .containsExactly(
            "3A090.a: datacenter true == true: met", "3A090.a: tpp 15832 >= 4800: met");
  }

  @Test
  void us2025_04_h20_namedProduct_isInformed() {
    Decision d = under("h20", "us-2025-04-h20");
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.CONTROLLED);
    assertThat(d.eccn()).isEmpty();
    assertThat(d.licencePolicy()).contains(LicencePolicy.IS_INFORMED);
    assertThat(d.licenceRequirement()).isEqualTo(LicenceRequirement.REQUIRED);
    assertThat(d.tests()).hasSize(1);
    ThresholdTest sku = d.tests().get(0);
    assertThat(sku.operator()).isEqualTo(Operator.IN);
    assertThat(sku.products()).containsExactly("h20");
    assertThat(sku.product()).contains("h20");
    assertThat(sku.decided()).isTrue();
    assertThat(d.fee()).isEmpty();
  }

  @Test
  void us2025_05_h200_theNamedProductEntryIsRuledOutFirst() {
    Decision d = under("h200-sxm", "us-2025-05");
    assertThat(d.eccn()).contains("3A090.a");
    assertThat(deciding(d))
        .containsExactly(
            "licence requirement: sku h200-sxm in [h20]: not met",
            "3A090.a: datacenter true == true: met",
            "3A090.a: tpp 15832 >= 4800: met");
  }

  @Test
  void us2025_08_h20_licenceWithTheRevenueShare() {
    Decision d = under("h20", "us-2025-08");
    assertThat(d.licencePolicy()).contains(LicencePolicy.IS_INFORMED);
    assertThat(d.classification().orElseThrow().licencePolicyNote().orElseThrow()).contains("15%");
    assertThat(d.fee().map(ExportFee::id)).contains("h20-mi308-revenue-share-15pct");
  }

  @Test
  void us2025_09_a800_3A090a() {
    Decision d = under("a800-sxm4-80gb", "us-2025-09");
    assertThat(d.eccn()).contains("3A090.a");
    assertThat(d.licenceRequirement()).isEqualTo(LicenceRequirement.REQUIRED);
  }

  @Test
  void us2025_11_and_2025_12_h200_presumptionOfDenial_noFeeYet() {
    for (String rule : List.of("us-2025-11", "us-2025-12")) {
      Decision d = under("h200-sxm", rule);
      assertThat(d.licencePolicy()).as(rule).contains(LicencePolicy.PRESUMPTION_OF_DENIAL);
      assertThat(d.fee()).as(rule).isEmpty();
    }
    assertThat(
            under("h200-sxm", "us-2025-12")
                .classification()
                .orElseThrow()
                .licencePolicyNote()
                .orElseThrow())
        .contains("not in force until 2026-01-15");
  }

  @Test
  void us2026_01_h200_caseByCase_decidedByTheDutyBandTests() {
    Decision d = under("h200-sxm", "us-2026-01");
    assertThat(d.licencePolicy()).contains(LicencePolicy.CASE_BY_CASE);
    assertThat(d.fee().map(ExportFee::id)).contains("h200-band-sec232-duty-25pct");
    assertThat(deciding(d))
        .contains(
            "3A090.a: tpp 15832 > 14000: met",
            "3A090.a: tpp 15832 < 17500: met",
            "3A090.a: memory_bandwidth_gb_s 4800 > 4500: met",
            "3A090.a: memory_bandwidth_gb_s 4800 < 5000: met");
  }

  @Test
  void us2026_05_b200_outsideTheCaseByCaseBand_presumptionOfDenial() {
    Decision d = under("b200", "us-2026-05");
    assertThat(d.licencePolicy()).contains(LicencePolicy.PRESUMPTION_OF_DENIAL);
    // what ruled out the three case-by-case entries: TPP above 17,500 and 21,000
    assertThat(d.decidingTests())
        .filteredOn(t -> t.outcome() == Condition.Truth.FALSE)
        .extracting(ThresholdTest::describe)
        .contains("tpp < 17500", "tpp < 21000");
  }

  @Test
  void us2026_11_mi325x_secondDutyBand() {
    Decision d = under("mi325x", "us-2026-11");
    assertThat(d.licencePolicy()).contains(LicencePolicy.CASE_BY_CASE);
    assertThat(d.fee().map(ExportFee::id)).contains("mi325x-band-sec232-duty-25pct");
  }

  @Test
  void everyRuleSnapshotIsCoveredAbove() {
    assertThat(EC.rules())
        .extracting(Rule::id)
        .containsExactly(
            "us-2022-10",
            "us-2023-10",
            "us-2024-12",
            "us-2025-04-h20",
            "us-2025-05",
            "us-2025-08",
            "us-2025-09",
            "us-2025-11",
            "us-2025-12",
            "us-2026-01",
            "us-2026-05",
            "us-2026-11");
  }

  @Test
  void unknownTpp_leavesTheRequirementUnknown_andTheUnknownTestsDecide() {
    Decision d = under("biren-br100", "us-2026-01");
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.INDETERMINATE);
    assertThat(d.licenceRequirement()).isEqualTo(LicenceRequirement.UNKNOWN);
    assertThat(d.classification()).isEmpty();
    assertThat(d.candidates()).extracting(Classification::label).contains("3A090.a", "3A090.b");
    assertThat(d.decidingTests())
        .isNotEmpty()
        .allSatisfy(
            t ->
                assertThat(
                        t.outcome() == Condition.Truth.UNKNOWN
                            || t.outcome() == Condition.Truth.FALSE)
                    .isTrue());
    assertThat(d.decidingTests())
        .anyMatch(t -> t.metric() == Metric.TPP && t.outcome() == Condition.Truth.UNKNOWN);
  }

  @Test
  void indeterminateBetweenClassificationsThatAllNeedALicence_isRequired() {
    // TPP 15,000 (in the first duty band) with an unknown DRAM bandwidth: the duty band and the
    // case-by-case band stay open, and the presumption-of-denial entry matches; a licence is needed
    // whichever applies, but the policy and the fee are unknown
    ExportMetrics m = metrics(true, 15_000, 800, 1000, -1);
    Decision d = DefaultExportControls.decide(m, EC.rule("us-2026-01"));
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.INDETERMINATE);
    assertThat(d.licenceRequirement()).isEqualTo(LicenceRequirement.REQUIRED);
    assertThat(d.licencePolicy()).isEmpty();
    assertThat(d.fee()).isEmpty();
    assertThat(d.candidates())
        .extracting(Classification::licencePolicy)
        .containsExactly(
            LicencePolicy.CASE_BY_CASE,
            LicencePolicy.CASE_BY_CASE,
            LicencePolicy.PRESUMPTION_OF_DENIAL);
    assertThat(d.verdict()).contains("a licence is required under each of them");
  }

  @Test
  void licenceRequired_directApi() {
    assertThat(EC.licenceRequired(CATALOG.accelerator("h20"), "CN", LocalDate.of(2025, 5, 1)))
        .isEqualTo(LicenceRequirement.REQUIRED);
    assertThat(EC.licenceRequired(CATALOG.accelerator("h20"), "hk", LocalDate.of(2024, 6, 1)))
        .isEqualTo(LicenceRequirement.NOT_REQUIRED);
    assertThat(EC.licenceRequired(CATALOG.accelerator("h800-sxm5"), "MO", LocalDate.of(2023, 6, 1)))
        .isEqualTo(LicenceRequirement.NOT_REQUIRED);
    assertThat(EC.licenceRequired(CATALOG.accelerator("h800-sxm5"), "CN", LocalDate.of(2024, 6, 1)))
        .isEqualTo(LicenceRequirement.REQUIRED);
    assertThatThrownBy(
            () ->
                EC.licenceRequired(
                    CATALOG.accelerator("h800-sxm5"), "SA", LocalDate.of(2024, 6, 1)))
        .hasMessageStartingWith("destination must be one of CN, HK, MO")
        .hasMessageContaining("'SA'");
    assertThatThrownBy(
            () ->
                EC.licenceRequired(
                    CATALOG.accelerator("h800-sxm5"), "CN", LocalDate.of(2020, 1, 1)))
        .hasMessageStartingWith("asOf must be on or after 2022-10-21");
  }

  @Test
  void aThresholdTestNeedsAThreshold_andAProductTestProducts() {
    assertThatThrownBy(
            () ->
                ThresholdTest.builder()
                    .classificationIndex(0)
                    .classification("x")
                    .metric(Metric.TPP)
                    .operator(Operator.IN)
                    .product("h20")
                    .addProducts("h20")
                    .outcome(Condition.Truth.TRUE)
                    .decided(true)
                    .build())
        .hasMessageStartingWith("operator must be 'in' exactly when the metric is sku");
    assertThatThrownBy(() -> Condition.threshold(Metric.TPP, "=>", 1))
        .hasMessageStartingWith("op must be one of");
  }

  // ---- properties -------------------------------------------------------------------------------

  /** Metrics of a synthetic part; a negative memory bandwidth means unknown. */
  private static ExportMetrics metrics(
      boolean datacenter, double tpp, double dieMm2, double ioGbS, double memGbS) {
    ImmutableExportMetrics.Builder b =
        ImmutableExportMetrics.builder()
            .sku("synthetic")
            .datacenter(datacenter)
            .tpp(tpp)
            .performanceDensity(tpp / dieMm2)
            .interconnectBidirectionalGbS(ioGbS);
    if (memGbS >= 0) {
      b.memoryBandwidthGbS(memGbS);
    }
    return b.build();
  }

  private static final Gen<double[]> PART =
      SourceDSL.integers()
          .between(0, 1)
          .zip(
              SourceDSL.doubles().between(100, 60_000),
              SourceDSL.doubles().between(50, 1_000),
              (dc, tpp, die) -> new double[] {dc, tpp, die})
          .zip(
              SourceDSL.doubles().between(0, 2_000),
              SourceDSL.doubles().between(0, 10_000),
              (p, io, mem) -> new double[] {p[0], p[1], p[2], io, mem});

  /**
   * Raising a part's TPP (same die, so its performance density rises with it; other metrics
   * unchanged) never takes it from licence-required to not-required under the same rule.
   */
  @Test
  void risingTppNeverLiftsALicenceRequirement() {
    qt().withExamples(3000)
        .forAll(
            PART,
            SourceDSL.doubles().between(0, 40_000),
            SourceDSL.integers().between(0, EC.rules().size() - 1))
        .checkAssert(
            (p, rise, ruleIndex) -> {
              Rule rule = EC.rules().get(ruleIndex);
              Decision before =
                  DefaultExportControls.decide(metrics(p[0] == 1, p[1], p[2], p[3], p[4]), rule);
              Decision after =
                  DefaultExportControls.decide(
                      metrics(p[0] == 1, p[1] + rise, p[2], p[3], p[4]), rule);
              if (before.licenceRequirement() == LicenceRequirement.REQUIRED) {
                assertThat(after.licenceRequirement())
                    .as("%s: TPP %s -> %s", rule.id(), p[1], p[1] + rise)
                    .isEqualTo(LicenceRequirement.REQUIRED);
              }
            });
  }

  /**
   * With every metric known, the deciding tests explain the outcome: every classification tried has
   * some; those of the matched classification were all met, those of each classification ruled out
   * were all not met (a met test never decides a classification that failed); a part that is not
   * controlled was tried against every classification.
   */
  @Test
  void decidingTestsExplainTheOutcome() {
    qt().withExamples(3000)
        .forAll(PART, SourceDSL.integers().between(0, EC.rules().size() - 1))
        .checkAssert(
            (p, ruleIndex) -> {
              Rule rule = EC.rules().get(ruleIndex);
              Decision d =
                  DefaultExportControls.decide(metrics(p[0] == 1, p[1], p[2], p[3], p[4]), rule);
              assertThat(d.outcome()).isNotEqualTo(Decision.Outcome.INDETERMINATE);
              int last = d.tests().get(d.tests().size() - 1).classificationIndex();
              for (int i = 0; i <= last; i++) {
                int k = i;
                List<ThresholdTest> mine =
                    d.decidingTests().stream()
                        .filter(t -> t.classificationIndex() == k)
                        .collect(Collectors.toList());
                assertThat(mine)
                    .as("%s classification %s has deciding tests", rule.id(), k)
                    .isNotEmpty();
                boolean matched = d.outcome() == Decision.Outcome.CONTROLLED && k == last;
                if (matched) {
                  assertThat(mine)
                      .allSatisfy(t -> assertThat(t.outcome()).isEqualTo(Condition.Truth.TRUE));
                } else {
                  assertThat(mine)
                      .allSatisfy(t -> assertThat(t.outcome()).isEqualTo(Condition.Truth.FALSE));
                }
              }
              if (d.outcome() == Decision.Outcome.NOT_CONTROLLED) {
                assertThat(last).isEqualTo(rule.classifications().size() - 1);
              }
            });
  }
}
