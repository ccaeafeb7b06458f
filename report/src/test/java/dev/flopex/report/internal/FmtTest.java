package dev.flopex.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Number formats shared by the reports. */
class FmtTest {
  @Test
  void signPrefixesPositiveDifferencesOnly() {
    assertThat(Fmt.sign("1,234")).isEqualTo("+1,234");
    assertThat(Fmt.sign("-1,234")).isEqualTo("-1,234");
    assertThat(Fmt.sign("0.0%")).isEqualTo("0.0%");
    assertThat(Fmt.sign("0.1%")).isEqualTo("+0.1%");
  }
}
