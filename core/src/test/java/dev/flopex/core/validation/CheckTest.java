package dev.flopex.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class CheckTest {

  @Test
  void test_positive_messageNamesFieldValueAndRule() {
    assertThatThrownBy(() -> Check.positive(-3, "gpuCount"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("gpuCount must be > 0 but was -3");
  }

  @Test
  void test_positive_withUnit() {
    assertThatThrownBy(() -> Check.positive(-5.0, "tdpW", "W"))
        .hasMessage("tdpW must be > 0 W but was -5 W");
  }

  @Test
  void test_positive_nanIsNotFinite() {
    assertThatThrownBy(() -> Check.positive(Double.NaN, "pue", ""))
        .hasMessage("pue must be finite but was NaN");
  }

  @Test
  void test_atLeast() {
    ValidationException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ValidationException.class, () -> Check.atLeast(0.9, 1, "pue", ""));
    assertThat(e).hasMessage("pue must be >= 1 but was 0.9");
    assertThat(e.field()).isEqualTo("pue");
    assertThat(e.value()).contains("0.9");
    assertThat(e.rule()).isEqualTo("must be >= 1");
  }

  @Test
  void test_fraction() {
    assertThat(Check.fraction(1.0, "mfu")).isEqualTo(1.0);
    assertThatThrownBy(() -> Check.fraction(0, "mfu"))
        .hasMessage("mfu must be in (0, 1] but was 0");
    assertThatThrownBy(() -> Check.fraction(1.2, "mfu"))
        .hasMessage("mfu must be in (0, 1] but was 1.2");
  }

  @Test
  void test_identifier() {
    assertThat(Check.identifier("h100-sxm5", "id")).isEqualTo("h100-sxm5");
    assertThatThrownBy(() -> Check.identifier("H100 SXM", "id"))
        .hasMessage("id must match [a-z0-9][a-z0-9.-]* but was 'H100 SXM'");
    assertThatThrownBy(() -> Check.identifier(null, "id"))
        .hasMessage("id must be present but was missing");
  }

  @Test
  void test_format() {
    assertThat(Check.format(3.0)).isEqualTo("3");
    assertThat(Check.format(0.000000001)).isEqualTo("1E-9");
    assertThat(Check.format(-0.0)).isEqualTo("0");
    assertThat(Check.format(1234567.25)).isEqualTo("1234567.25");
  }

  @Test
  void checksReturnTheirArgumentOrThrowValidationException() {
    qt().forAll(SourceDSL.doubles().any())
        .checkAssert(
            v -> {
              try {
                assertThat(Check.positive(v, "x", "W")).isEqualTo(v);
                assertThat(v > 0 && Double.isFinite(v)).isTrue();
              } catch (ValidationException e) {
                assertThat(v > 0 && Double.isFinite(v)).isFalse();
                assertThat(e.getMessage()).startsWith("x must be ");
              }
            });
  }
}
