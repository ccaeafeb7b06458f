package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The price-in-time rules of {@link PriceQuote}, on catalog parts with known dated prices. */
class PriceTimelineTest {
  private static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();

  @Test
  void test_newPrice_atPointInterpolatedAndDeclined() {
    SystemSpec hgx =
        CATALOG.system("hgx-h100"); // 270,000 (2023-05 estimate), 317,000 (2024-08 street)
    PriceQuote at = hgx.newPrice(LocalDate.of(2023, 5, 20)).orElseThrow();
    assertThat(at.rule()).isEqualTo(PriceQuote.Rule.AT_POINT);
    assertThat(at.price().amount()).isEqualTo(270_000);

    LocalDate mid = LocalDate.of(2023, 12, 1);
    PriceQuote between = hgx.newPrice(mid).orElseThrow();
    assertThat(between.rule()).isEqualTo(PriceQuote.Rule.INTERPOLATED);
    double t =
        PriceTimeline.years(LocalDate.of(2023, 5, 1), mid)
            / PriceTimeline.years(LocalDate.of(2023, 5, 1), LocalDate.of(2024, 8, 1));
    assertThat(between.price().amount())
        .isCloseTo(270_000 * Math.pow(317_000 / 270_000.0, t), offset(1e-6));

    LocalDate later = LocalDate.of(2026, 3, 1);
    PriceQuote after = hgx.newPrice(later).orElseThrow();
    assertThat(after.rule()).isEqualTo(PriceQuote.Rule.DECLINED_AFTER_LAST);
    assertThat(after.trend().id()).isEqualTo("hopper");
    double years = PriceTimeline.years(LocalDate.of(2024, 8, 1), later);
    assertThat(after.price().amount())
        .isCloseTo(317_000 * Math.pow(1 - 0.053, years), offset(1e-6));
    assertThat(after.explanation())
        .isEqualTo(
            "USD 317000 (2024-08, street) declined at 5.3 %/year (hopper) for the 1.6 years since 2024-08-01");
    assertThat(after.yearsFromNearestPoint())
        .as("from the end of the point's month")
        .isCloseTo(PriceTimeline.years(LocalDate.of(2024, 8, 31), later), offset(1e-9));

    PriceQuote before = hgx.newPrice(LocalDate.of(2021, 5, 1)).orElseThrow();
    assertThat(before.rule()).isEqualTo(PriceQuote.Rule.BEFORE_FIRST);
    assertThat(before.price().amount()).isEqualTo(270_000);
    assertThat(before.yearsFromNearestPoint()).isCloseTo(2.0, offset(0.01));
  }

  @Test
  void test_newPrice_neverUsesUsedPrices() {
    Accelerator h100 =
        CATALOG.accelerator("h100-sxm5"); // 27,500 new estimate (2023-08), 23,500 used (2026-03)
    PriceQuote q = h100.newPrice(LocalDate.of(2026, 3, 15)).orElseThrow();
    assertThat(q.from().basis()).isEqualTo(PriceBasis.ESTIMATE);
    assertThat(q.rule()).isEqualTo(PriceQuote.Rule.DECLINED_AFTER_LAST);
    PriceQuote used = h100.usedPrice(LocalDate.of(2026, 3, 15)).orElseThrow();
    assertThat(used.price().amount()).isEqualTo(23_500);
    assertThat(used.from().basis()).isEqualTo(PriceBasis.USED);
  }

  @Test
  void test_newPrice_sameDatePricesUseTheFirstListed() {
    NetworkSwitch qm9700 =
        CATALOG.networkSwitch("quantum-2-qm9700"); // 36,000 and 50,000, both 2024-08
    assertThat(qm9700.newPrice(LocalDate.of(2024, 8, 20)).orElseThrow().price().amount())
        .isEqualTo(36_000);
    PriceQuote after = qm9700.newPrice(LocalDate.of(2025, 8, 1)).orElseThrow();
    assertThat(after.from().price().amount()).isEqualTo(36_000);
    assertThat(after.rule()).isEqualTo(PriceQuote.Rule.DECLINED_AFTER_LAST);
  }

  @Test
  void test_priceTrend_fallbackAndGenerationCurves() {
    assertThat(CATALOG.accelerator("mi300x").priceTrend()).isSameAs(PriceTrend.EPOCH_FALLBACK);
    assertThat(PriceTrend.EPOCH_FALLBACK.resaleDeclinePerYear().value())
        .isCloseTo(1 - Math.pow(10, -0.14), offset(1e-15));
    assertThat(CATALOG.system("dgx-a100").priceTrend().id()).isEqualTo("ampere");
    assertThat(CATALOG.system("gb200-nvl72").priceTrend().id()).isEqualTo("blackwell");
    assertThat(CATALOG.accelerator("h200-sxm").priceTrend().resaleDeclinePerYear().value())
        .isEqualTo(0.319);
    assertThat(CATALOG.accelerator("h200-sxm").priceTrend().valueFraction(2))
        .isCloseTo(0.681 * 0.681, offset(1e-12));
    assertThat(CATALOG.networkSwitch("quantum-2-qm9700").priceTrend().fallback()).isTrue();
  }
}
