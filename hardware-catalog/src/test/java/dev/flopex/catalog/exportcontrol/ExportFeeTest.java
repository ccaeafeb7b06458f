package dev.flopex.catalog.exportcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.PriceBasis;
import dev.flopex.catalog.PricePoint;
import dev.flopex.catalog.PriceUnit;
import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.Confidence;
import dev.flopex.core.provenance.PartialDate;
import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.provenance.Source;
import dev.flopex.core.provenance.SourceKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden dated decisions for the 2025-2026 snapshots and the fees they carry. Each case cites the
 * source its expectation comes from; the sources are defined in export-control-rules.yaml.
 */
class ExportFeeTest {
  private static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();
  private final ExportControls ec = CATALOG.exportControls();

  private Decision on(String sku, int y, int m, int d) {
    return ec.classify(CATALOG.accelerator(sku), LocalDate.of(y, m, d));
  }

  @Test
  void h20_licenceWithoutFeeInMay2025_withTheFifteenPercentShareFromAugust2025() {
    // NVIDIA 8-K (2025-04-15): licence required from 2025-04-09 'for the indefinite future'
    Decision may = on("h20", 2025, 5, 1);
    assertThat(may.rule().id()).isEqualTo("us-2025-04-h20");
    assertThat(may.licenceRequirement()).isEqualTo(LicenceRequirement.REQUIRED);
    assertThat(may.eccn()).isEmpty();
    assertThat(may.fee()).isEmpty();

    // Reuters 2025-08-11 (reuters-15pct-2025-08-11): 'Nvidia and AMD will pay the U.S. government
    // 15% of
    // their China chip sale revenues from H20 and MI308 processors as a condition for export
    // licenses'
    Decision sep = on("h20", 2025, 9, 1);
    assertThat(sep.rule().id()).isEqualTo("us-2025-08");
    assertThat(sep.licenceRequirement()).isEqualTo(LicenceRequirement.REQUIRED);
    assertThat(sep.outcome()).isEqualTo(Decision.Outcome.CONTROLLED);
    ExportFee fee = sep.fee().orElseThrow();
    assertThat(fee.id()).isEqualTo("h20-mi308-revenue-share-15pct");
    assertThat(fee.fraction()).isEqualTo(0.15);
    assertThat(fee.base()).isEqualTo(ExportFee.Base.SALE_REVENUE);
    assertThat(fee.payer()).isEqualTo(ExportFee.Payer.EXPORTER);
    assertThat(fee.effectiveFrom()).isEqualTo(LocalDate.of(2025, 8, 8));
    assertThat(fee.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(fee.sources()).extracting(Source::id).startsWith("reuters-15pct-2025-08-11");
    assertThat(fee.inForceOn(LocalDate.of(2025, 8, 7))).isFalse();
    assertThat(fee.percent()).isEqualTo("15%");
  }

  @Test
  void
      h200_presumptionOfDenialInDecember2025_caseByCaseWithTheTwentyFivePercentDutyFromJanuary2026() {
    // govinfo 91 FR 1684: review policy changes 'from a presumption of denial to a case-by-case
    // review'
    // on 2026-01-15, so on 2025-12-01 the H200 (TPP 15,832 >= 4,800) is 3A090.a under presumption
    // of denial
    Decision dec = on("h200-sxm", 2025, 12, 1);
    assertThat(dec.rule().id()).isEqualTo("us-2025-11");
    assertThat(dec.eccn()).contains("3A090.a");
    assertThat(dec.licenceRequirement()).isEqualTo(LicenceRequirement.REQUIRED);
    assertThat(dec.licencePolicy()).contains(LicencePolicy.PRESUMPTION_OF_DENIAL);
    assertThat(dec.fee()).isEmpty();
    // the 2025-12-08 announcement does not change the rule text before 2026-01-15
    assertThat(on("h200-sxm", 2026, 1, 10).fee()).isEmpty();

    // 91 FR 1684 (TPP < 21,000, DRAM < 6,500 GB/s: case-by-case) and the Section 232 duty (CBP CSMS
    // #67400472: TPP > 14,000 and < 17,500, DRAM > 4,500 and < 5,000 GB/s; 25%, Covington)
    Decision feb = on("h200-sxm", 2026, 2, 1);
    assertThat(feb.rule().id()).isEqualTo("us-2026-01");
    assertThat(feb.eccn()).contains("3A090.a");
    assertThat(feb.licenceRequirement()).isEqualTo(LicenceRequirement.REQUIRED);
    assertThat(feb.licencePolicy()).contains(LicencePolicy.CASE_BY_CASE);
    assertThat(feb.classification().orElseThrow().licencePolicyNote().orElseThrow())
        .contains("50%");
    ExportFee fee = feb.fee().orElseThrow();
    assertThat(fee.id()).isEqualTo("h200-band-sec232-duty-25pct");
    assertThat(fee.fraction()).isEqualTo(0.25);
    assertThat(fee.base()).isEqualTo(ExportFee.Base.US_IMPORT_VALUE);
    assertThat(fee.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(fee.confidence()).isEqualTo(Confidence.HIGH);
    // the band's upper DRAM test held and the match rests on it
    assertThat(feb.decidingTests())
        .anyMatch(
            t ->
                t.metric() == Metric.MEMORY_BANDWIDTH_GB_S
                    && t.operator() == Operator.BELOW
                    && t.threshold().getAsDouble() == 5000
                    && t.value().getAsDouble() == 4800
                    && t.outcome() == Condition.Truth.TRUE);
  }

  @Test
  void mi325x_inTheReportedSecondDutyBand_lowConfidence() {
    // Covington / Morgan Lewis name the MI325X as covered by 91 FR 1684; the second duty band is
    // secondary-only
    Decision d = on("mi325x", 2026, 2, 1);
    assertThat(d.eccn()).contains("3A090.a");
    assertThat(d.licencePolicy()).contains(LicencePolicy.CASE_BY_CASE);
    assertThat(d.fee().map(ExportFee::id)).contains("mi325x-band-sec232-duty-25pct");
    assertThat(d.fee().orElseThrow().confidence()).isEqualTo(Confidence.LOW);
  }

  @Test
  void b200_forAChinaHeadquarteredBuyersOffshoreSubsidiary_june2026() {
    // Reuters 2026-05-31 (letsdatascience-bis-hq-guidance-2026-05-31): licence requirements 'apply
    // to entities
    // headquartered in China even when those entities are located outside China'; B200 (TPP
    // ~36,000) is
    // outside the TPP < 21,000 band (Morgan Lewis), so presumption of denial and no fee
    Decision d = on("b200", 2026, 6, 1);
    assertThat(d.rule().id()).isEqualTo("us-2026-05");
    assertThat(d.rule().note())
        .contains("headquartered in China even when those entities are located outside China");
    assertThat(d.eccn()).contains("3A090.a");
    assertThat(d.licenceRequirement()).isEqualTo(LicenceRequirement.REQUIRED);
    assertThat(d.licencePolicy()).contains(LicencePolicy.PRESUMPTION_OF_DENIAL);
    assertThat(d.fee()).isEmpty();
  }

  @Test
  void affiliatesRuleSuspensionExpiry_isMarkedNotVerified() {
    // Skadden: the suspension 'will last through November 9, 2026'; nothing read says what followed
    Rule last = ec.ruleInForce(LocalDate.of(2026, 12, 2)).orElseThrow();
    assertThat(last.id()).isEqualTo("us-2026-11");
    assertThat(last.effectiveFrom()).isEqualTo(LocalDate.of(2026, 11, 10));
    assertThat(last.note()).contains("NOT VERIFIED after 2026-11-09");
    assertThat(last.effectiveUntil()).isEmpty();
  }

  @Test
  void snapshotsAreContiguousAndEveryFeeIsInForceThroughoutItsRule() {
    List<Rule> rules = ec.rules();
    for (int i = 1; i < rules.size(); i++) {
      assertThat(rules.get(i).effectiveFrom())
          .as(rules.get(i).id())
          .isEqualTo(rules.get(i - 1).effectiveUntil().orElseThrow().plusDays(1));
    }
    for (Rule r : rules) {
      assertThat(r.sources()).as(r.id()).isNotEmpty();
      for (Classification c : r.classifications()) {
        c.fee()
            .ifPresent(
                f -> {
                  assertThat(f.inForceOn(r.effectiveFrom())).as(r.id() + " " + f.id()).isTrue();
                  r.effectiveUntil().ifPresent(u -> assertThat(f.inForceOn(u)).isTrue());
                  assertThat(f.sources()).isNotEmpty();
                });
      }
    }
  }

  @Test
  void feeInclusivePrice_h200_twentyFivePercentOnImportValue_inFull() {
    Decision d = on("h200-sxm", 2026, 3, 1);
    FeeInclusivePrice p = d.feeInclusivePrice(Money.usd(29_500), PassThrough.full()).orElseThrow();
    // P (1 + 1.0 x 0.25) = 29,500 x 1.25
    assertThat(p.price().amount()).isCloseTo(36_875, within(1e-6));
    assertThat(p.uplift()).isCloseTo(0.25, within(1e-12));
    assertThat(p.confidence()).isEqualTo(Confidence.LOW);
    assertThat(p.basis())
        .isEqualTo(
            "h200-sxm price includes the 25% US share collected as a duty on the US import value"
                + " (us-2026-01, fee h200-band-sec232-duty-25pct; assumed passed through in full to the buyer;"
                + " customs value taken as the pre-fee price; low confidence)");
  }

  @Test
  void feeInclusivePrice_h20_revenueShareIsGrossedUp() {
    Decision d = on("h20", 2025, 9, 1);
    // P / (1 - 0.15): the vendor keeps 12,500 after paying 15% of what it charges
    FeeInclusivePrice full =
        d.feeInclusivePrice(Money.usd(12_500), PassThrough.full()).orElseThrow();
    assertThat(full.price().amount()).isCloseTo(12_500 / 0.85, within(1e-6));
    assertThat(full.price().amount() * 0.15)
        .isCloseTo(full.price().amount() - 12_500, within(1e-6));
    assertThat(full.basis())
        .contains(
            "15% US revenue share",
            "us-2025-08", "assumed passed through in full", "low confidence");
    // half borne by the buyer: P / (1 - 0.5 x 0.15)
    FeeInclusivePrice half =
        d.feeInclusivePrice(
                Money.usd(12_500), PassThrough.of(0.5, "assumed split evenly", Confidence.LOW))
            .orElseThrow();
    assertThat(half.price().amount()).isCloseTo(12_500 / (1 - 0.075), within(1e-6));
    // absorbed by the vendor: the price is unchanged
    FeeInclusivePrice none =
        d.feeInclusivePrice(
                Money.usd(12_500),
                PassThrough.of(0, "assumed absorbed by the vendor", Confidence.LOW))
            .orElseThrow();
    assertThat(none.price().amount()).isEqualTo(12_500);
    // no fee, no fee-inclusive price
    assertThat(on("h20", 2025, 5, 1).feeInclusivePrice(Money.usd(12_500), PassThrough.full()))
        .isEmpty();
  }

  @Test
  void feeInclusivePrice_asPriceOverride_keepsTheCatalogPointAndCitesTheFee() {
    Source s =
        Source.builder()
            .id("test-price")
            .title("t")
            .read(LocalDate.of(2026, 3, 1))
            .kind(SourceKind.OTHER)
            .build();
    PricePoint base =
        PricePoint.builder()
            .price(Money.usd(29_500))
            .asOf(PartialDate.parse("2026-03"))
            .basis(PriceBasis.STREET)
            .unit(PriceUnit.PER_GPU)
            .region("US")
            .description("new retail price per GPU")
            .provenance(Provenance.of(s, Confidence.LOW))
            .build();
    FeeInclusivePrice p =
        on("h200-sxm", 2026, 3, 1)
            .feeInclusivePrice(base.price(), PassThrough.full())
            .orElseThrow();
    PricePoint over = p.asPricePoint(base);
    assertThat(over.price().amount()).isCloseTo(36_875, within(1e-6));
    assertThat(over.asOf()).isEqualTo(base.asOf());
    assertThat(over.unit()).isEqualTo(PriceUnit.PER_GPU);
    assertThat(over.provenance().source().id()).isEqualTo("covington-2026-01");
    assertThat(over.provenance().confidence()).isEqualTo(Confidence.LOW);
    assertThat(over.provenance().note().orElseThrow())
        .contains(p.basis(), "pre-fee price USD 29500.00 from test-price");
  }

  @Test
  void passThrough_outsideUnitInterval_isRefusedByName() {
    assertThatThrownBy(() -> PassThrough.of(1.2, "x", Confidence.LOW))
        .hasMessageContaining("passThrough.fraction")
        .hasMessageContaining("1.2")
        .hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> PassThrough.of(0.5, " ", Confidence.LOW))
        .hasMessageContaining("passThrough.basis");
  }

  @Test
  void marketAccess_isChinaSideOnly_andDated() {
    assertThat(ec.marketAccess())
        .isNotEmpty()
        .allSatisfy(
            e -> {
              assertThat(e.jurisdiction()).isEqualTo("CN");
              assertThat(e.sources()).isNotEmpty();
            });
    // Reuters via Oninvest: customs said H200s are 'not authorized to be imported' (2026-01-13);
    // first approvals reported 2026-01-28 (Reuters via idcnova)
    assertThat(ec.marketAccessOn(LocalDate.of(2026, 1, 20)))
        .extracting(MarketAccessEvent::id)
        .contains("cn-2026-01-13-h200-customs-block")
        .doesNotContain("cn-2026-01-28-h200-import-approvals");
    assertThat(ec.marketAccessOn(LocalDate.of(2026, 2, 1)))
        .extracting(MarketAccessEvent::id)
        .contains("cn-2026-01-28-h200-import-approvals")
        .doesNotContain("cn-2026-01-13-h200-customs-block");
    // a month-precision start applies from the first of the month
    assertThat(ec.marketAccessOn(LocalDate.of(2025, 8, 1)))
        .extracting(MarketAccessEvent::id)
        .contains("cn-2025-08-h20-purchase-guidance");
    assertThat(ec.marketAccessOn(LocalDate.of(2025, 7, 30))).isEmpty();
  }
}
