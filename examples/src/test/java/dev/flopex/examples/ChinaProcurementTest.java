package dev.flopex.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.examples.ChinaProcurement.Window;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End-to-end: the procurement example classifies, ranks and prints what it promises. */
class ChinaProcurementTest {

  private static Window window(List<Window> windows, String ruleId) {
    return windows.stream().filter(w -> w.rule().id().equals(ruleId)).findFirst().orElseThrow();
  }

  @Test
  void test_analyse_allowedSetsFollowTheRules() {
    List<Window> windows = ChinaProcurement.analyse(HardwareCatalog.builtIn());
    assertThat(windows).hasSize(HardwareCatalog.builtIn().exportControls().rules().size());

    Window oct2022 = window(windows, "us-2022-10");
    assertThat(oct2022.allowed()).contains("a800-sxm4-80gb", "h800-sxm5");
    assertThat(oct2022.allowed()).doesNotContain("a100-sxm4-80gb", "h100-sxm5");
    assertThat(oct2022.licensed()).contains("a100-sxm4-80gb", "h100-sxm5");

    Window oct2023 = window(windows, "us-2023-10");
    assertThat(oct2023.allowed()).doesNotContain("h800-sxm5").contains("h20");
    assertThat(oct2023.licensed()).contains("h800-sxm5");

    Window apr2025 = window(windows, "us-2025-04-h20");
    assertThat(apr2025.allowed()).doesNotContain("h20");
    assertThat(apr2025.licensed()).contains("h20");

    for (Window w : windows) {
      assertThat(w.rule().inForceOn(w.date())).isTrue();
      assertThat(w.allowed()).doesNotContain("tpu-v5p", "trainium2", "ascend-910b");
      w.bestBf16().ifPresent(p -> assertThat(w.allowed()).contains(p.accelerator().id()));
      w.bestFp8().ifPresent(p -> assertThat(w.allowed()).contains(p.accelerator().id()));
      for (ChinaProcurement.Priced p : w.priced()) {
        // a new-purchase price known on the date: read from a price dated on or before it
        assertThat(p.price().from().asOf().start()).isBeforeOrEqualTo(w.date());
        assertThat(p.price().from().basis().isNewPurchase()).isTrue();
        assertThat(p.price().rule()).isNotEqualTo(dev.flopex.catalog.PriceQuote.Rule.BEFORE_FIRST);
        assertThat(p.price().date()).isEqualTo(w.date());
        w.bestBf16()
            .ifPresent(
                b ->
                    assertThat(b.bf16PerKusd().orElseThrow())
                        .isGreaterThanOrEqualTo(p.bf16PerKusd().orElse(0.0)));
      }
    }
    assertThat(window(windows, "us-2022-10").bestBf16()).isPresent();
  }

  private static ChinaProcurement.FeePriced feePriced(Window w, String sku) {
    return w.feePriced().stream()
        .filter(p -> p.accelerator().id().equals(sku))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void test_analyse_usExportFeesEnterTheProcurementPrice() {
    List<Window> windows = ChinaProcurement.analyse(HardwareCatalog.builtIn());

    // before August 2025 the H20 needs a licence and carries no fee (NVIDIA 8-K, 2025-04-15)
    assertThat(window(windows, "us-2025-04-h20").feeBearing()).doesNotContain("h20");
    assertThat(window(windows, "us-2025-05").feeBearing()).doesNotContain("h20");

    // from 2025-08-08 the licences carry the reported 15% revenue share (Reuters 2025-08-11):
    // grossed up
    // in full, P / (1 - 0.15)
    Window aug = window(windows, "us-2025-08");
    assertThat(aug.licensed()).contains("h20");
    ChinaProcurement.FeePriced h20 = feePriced(aug, "h20");
    assertThat(h20.withFee().price().amount())
        .isCloseTo(h20.quote().price().amount() / 0.85, within(1e-6));
    assertThat(h20.withFee().fee().fraction()).isEqualTo(0.15);
    assertThat(h20.bf16PerKusd().orElseThrow())
        .isCloseTo(
            h20.accelerator()
                    .dense(dev.flopex.catalog.Precision.BF16)
                    .orElseThrow()
                    .in(dev.flopex.core.units.ComputeRateUnit.TERAFLOP_PER_SECOND)
                / (h20.withFee().price().amount() / 1000),
            within(1e-9));
    assertThat(aug.marketAccess())
        .extracting(e -> e.id())
        .contains("cn-2025-07-31-cac-h20-summons", "cn-2025-08-h20-purchase-guidance");

    // the December 2025 announcement is not in force before 2026-01-15: no fee for the H200
    assertThat(window(windows, "us-2025-12").feeBearing()).doesNotContain("h200-sxm");

    // from 2026-01-15 the H200 band pays the 25% Section 232 duty (CBP CSMS #67400472, Covington):
    // P x 1.25
    Window jan = window(windows, "us-2026-01");
    assertThat(jan.feeBearing()).contains("h200-sxm", "h20");
    ChinaProcurement.FeePriced h200 = feePriced(jan, "h200-sxm");
    assertThat(h200.withFee().price().amount())
        .isCloseTo(h200.quote().price().amount() * 1.25, within(1e-6));
    assertThat(h200.withFee().basis())
        .startsWith("h200-sxm price includes the 25% US share")
        .contains("us-2026-01", "assumed passed through in full to the buyer", "low confidence");
    assertThat(jan.marketAccess())
        .extracting(e -> e.id())
        .contains("cn-2026-01-28-h200-import-approvals");

    for (Window w : windows) {
      for (ChinaProcurement.FeePriced p : w.feePriced()) {
        assertThat(w.licensed()).contains(p.accelerator().id());
        assertThat(p.withFee().price().amount()).isGreaterThan(p.quote().price().amount());
        assertThat(p.quote().rule()).isNotEqualTo(dev.flopex.catalog.PriceQuote.Rule.BEFORE_FIRST);
        assertThat(w.rule().inForceOn(w.date())).isTrue();
        assertThat(p.withFee().fee().inForceOn(w.date())).isTrue();
      }
      assertThat(w.marketAccess()).allSatisfy(e -> assertThat(e.inForceOn(w.date())).isTrue());
    }
  }

  @Test
  void test_run_printsDisclaimerExclusionsAndPicks() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ChinaProcurement.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("not legal advice", "end-use/end-user rules", "entity listings");
    assertThat(out)
        .contains(
            "tpu-v5p (Google): cloud-only",
            "trainium2 (AWS): cloud-only",
            "ascend-910b (Huawei): domestic");
    assertThat(out)
        .contains(
            "us-2022-10 on ", "us-2023-10 on ", "us-2025-04-h20 on ", "best BF16 per dollar: ");
    assertThat(out)
        .contains(
            "US export fees (revenue shares, duties) are assumed passed through in full to the buyer (low confidence): an assumption, not a fact");
    assertThat(out)
        .contains(
            "basis: h200-sxm price includes the 25% US share collected as a duty on the US import value (us-2026-01,");
    assertThat(out).contains("basis: h20 price includes the 15% US revenue share (us-2025-08,");
    assertThat(out)
        .contains("(market access, not US rules)", "cn-2026-01-28-h200-import-approvals");
  }
}
