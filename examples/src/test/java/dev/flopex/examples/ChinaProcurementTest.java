package dev.flopex.examples;

import static org.assertj.core.api.Assertions.assertThat;

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
        w.bestBf16().ifPresent(b -> assertThat(b.bf16PerKusd().orElseThrow())
            .isGreaterThanOrEqualTo(p.bf16PerKusd().orElse(0.0)));
      }
    }
    assertThat(window(windows, "us-2022-10").bestBf16()).isPresent();
  }

  @Test
  void test_run_printsDisclaimerExclusionsAndPicks() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ChinaProcurement.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("not legal advice", "end-use/end-user rules", "entity listings");
    assertThat(out).contains("tpu-v5p (Google): cloud-only", "trainium2 (AWS): cloud-only", "ascend-910b (Huawei): domestic");
    assertThat(out).contains("us-2022-10 on ", "us-2023-10 on ", "us-2025-04-h20 on ", "best BF16 per dollar: ");
  }
}
