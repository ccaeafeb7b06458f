package dev.flopex.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End-to-end: the DeepSeek-V3 training-cost example reads the shipped fleet file (Maven runs tests
 * from the module directory, hence the {@code ..}) and prices the run three ways.
 */
class DeepSeekV3TrainingCostTest {
  private static final Path FILE = Path.of("..", "examples", "fleets", "deepseek-2025-01.yaml");

  private static String out;
  private static DeepSeekV3TrainingCost.Summary summary;

  @BeforeAll
  static void runExample() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    summary = DeepSeekV3TrainingCost.run(new PrintStream(buf, true, StandardCharsets.UTF_8), FILE);
    out = buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void test_rentalBasis_isExactlyThePublished5576000() {
    // 2,788,000 x 2 is exact in binary floating point
    assertThat(summary.rental().amount()).isEqualTo(5_576_000.0);
    assertThat(summary.rental().amount()).isEqualTo(DeepSeekV3TrainingCost.PUBLISHED_COST_USD);
    assertThat(out).contains("USD 5,576,000");
  }

  @Test
  void test_amortisedAndClusterTco_arePositiveAndFinite() {
    double a = summary.amortised().total().amount();
    double t = summary.clusterTco().amount();
    assertThat(a).isPositive().isFinite();
    assertThat(t).isPositive().isFinite();
    // Epoch's price per GPU is the fleet file's hgx-h800 override / 8
    assertThat(summary.serverPricePerGpu().amount()).isCloseTo(278_545 / 8.0, within(1e-9));
    // the cluster is the 2,048 training GPUs, and way (3) is the run's GPU-hours at its economic
    // cost per GPU-hour
    assertThat(summary.cluster().cluster().gpus()).isEqualTo(2048);
    assertThat(t)
        .isCloseTo(
            summary.cluster().economic().costPerGpuHour().amount() * 2_788_000, within(1e-3));
    assertThat(out).contains("basis: " + summary.cluster().basis().headline());
  }

  @Test
  void test_amortisedServers_areAgedFromThePurchaseDateToEpochsTrainingStart() {
    // bought 2023-06-01 (the fleet file); training started 2024-12-15 - 56 days - 60 days =
    // 2024-08-21
    assertThat(summary.ageYears()).isCloseTo(447 / 365.25, within(1e-9));
    assertThat(out).contains("bought 2023-06-01", "training started 2024-08-21");
    // the value at the start of training is the price declined 0.14 OOM/year over the age
    double valueAtStart =
        summary.serverPricePerGpu().amount() * Math.pow(10, -0.14 * summary.ageYears());
    assertThat(summary.amortised().hardware().amount())
        .isCloseTo(valueAtStart * 0.14 * Math.log(10) / 8766 * 2_788_000, within(1.0));
  }

  @Test
  void test_output_namesAllThreeMethods() {
    assertThat(out)
        .contains("(1) Rental basis")
        .contains("(2) Amortised ownership (Epoch AI")
        .contains("(3) The whole 2,048-GPU cluster's economic cost")
        .contains("prior research and ablation experiments")
        .contains("x (1)");
  }
}
