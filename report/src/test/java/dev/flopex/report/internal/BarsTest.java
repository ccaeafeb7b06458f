package dev.flopex.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text bars of the Monte Carlo histogram and the sensitivity tornado. */
class BarsTest {

  @Test
  void histogramBarsScaleToTheWidthInEighths() {
    assertThat(Bars.bar(100, 100, 40)).isEqualTo("█".repeat(40));
    assertThat(Bars.bar(50, 100, 40)).isEqualTo("█".repeat(20));
    assertThat(Bars.bar(1, 1000, 40)).isEqualTo("▏"); // never invisible
    assertThat(Bars.bar(0, 100, 40)).isEmpty();
    assertThat(Bars.bar(51, 100, 40))
        .isEqualTo("█".repeat(20) + "▍"); // 20.4 -> 20 full + 3 eighths
  }

  @Test
  void tornadoBarsMarkTheBaseAndFillTowardsEachEnd() {
    // axis 0..40, base 20: low input gives 10, high input gives 30
    String bar = Bars.tornado(0, 40, 20, 10, 30, 40);
    assertThat(bar).hasSize(40);
    assertThat(bar.indexOf('│')).isEqualTo(20);
    assertThat(bar.substring(10, 20)).isEqualTo("░".repeat(10));
    assertThat(bar.substring(21, 31)).isEqualTo("█".repeat(10));
    assertThat(bar.substring(0, 10).isBlank()).isTrue();
    assertThat(bar.substring(31).isBlank()).isTrue();
    // the top of the axis falls in the last column; a point axis puts the base in the middle
    assertThat(Bars.tornado(0, 40, 0, 0, 40, 40)).isEqualTo("│" + "█".repeat(39));
    assertThat(Bars.tornado(5, 5, 5, 5, 5, 40).indexOf('│')).isEqualTo(20);
  }
}
