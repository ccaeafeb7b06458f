package dev.flopex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** End-to-end: the tour runs and prints what it promises. */
class CatalogTourTest {

  @Test
  void test_run_printsFiguresMeasurementsAndDecisions() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    CatalogTour.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains(
            "NVIDIA H100 SXM5 80GB", "BF16 dense   989.5 TFLOP/s", "memory 80 GiB (= 85.9 GB)");
    assertThat(out).contains("H200 bf16         datasheet");
    assertThat(out).contains("H800 on 2023-06-01 under us-2022-10: NOT_CONTROLLED");
    assertThat(out).contains("H800 on 2024-06-01 under us-2023-10: CONTROLLED (3A090.a)");
    // October 2022: the interconnect test decided; the TPP test was met but decided nothing
    assertThat(out)
        .contains("decided by 3A090: interconnect_bidirectional_gb_s 528 >= 600: not met")
        .doesNotContain("decided by 3A090: tpp");
  }
}
