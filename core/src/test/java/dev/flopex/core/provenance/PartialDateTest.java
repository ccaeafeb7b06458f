package dev.flopex.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void test_parse_forms() {
    assertThat(PartialDate.parse("2024").end()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(PartialDate.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(PartialDate.parse("2024-06-15").start()).isEqualTo(LocalDate.of(2024, 6, 15));
    assertThat(PartialDate.parse("2024-06")).hasToString("2024-06");
  }

  @Test
  void test_parse_rejects() {
    assertThatThrownBy(() -> PartialDate.parse("June 2024"))
        .hasMessage("date must be YYYY, YYYY-MM or YYYY-MM-DD but was 'June 2024'");
    assertThatThrownBy(() -> PartialDate.parse("2024-02-30"))
        .hasMessage("date must be a real calendar date but was '2024-02-30'");
  }

  @Test
  void test_compareTo_orderByStartThenPrecision() {
    assertThat(PartialDate.parse("2024-01")).isLessThan(PartialDate.parse("2024-01-01"));
    assertThat(PartialDate.parse("2023-12-31")).isLessThan(PartialDate.parse("2024"));
  }

  @Test
  void test_sourced_alternativesAreFlat() {
    Source s =
        Source.builder()
            .id("x")
            .title("X")
            .read(LocalDate.of(2026, 11, 28))
            .kind(SourceKind.OTHER)
            .build();
    Sourced<Integer> alt =
        Sourced.<Integer>builder()
            .value(1)
            .provenance(Provenance.of(s, Confidence.LOW))
            .addAlternatives(Sourced.of(2, Provenance.of(s, Confidence.LOW)))
            .build();
    assertThatThrownBy(
            () ->
                Sourced.<Integer>builder()
                    .value(3)
                    .provenance(Provenance.of(s, Confidence.HIGH))
                    .addAlternatives(alt)
                    .build())
        .hasMessage("alternatives must not have alternatives of their own but was 1");
    assertThatThrownBy(
            () ->
                Source.builder()
                    .id("x")
                    .title("X")
                    .url("javascript:alert(1)")
                    .read(LocalDate.of(2026, 11, 28))
                    .kind(SourceKind.OTHER)
                    .build())
        .hasMessage("source.url must be an http(s), urn or file URI but was 'javascript:alert(1)'");
  }
}
