package dev.flopex.costing.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaks() {
    assertThat(Csv.parse("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\n1,,3\n"))
        .containsExactly(List.of("a", "b,c", "say \"hi\"", "two\nlines"), List.of("1", "", "3"));
  }

  @Test
  void crlfAndLfReadAlikeAndALastRecordWithoutLineBreakCounts() {
    assertThat(Csv.parse("x,y\r\n1,2")).isEqualTo(Csv.parse("x,y\n1,2\n"));
    assertThat(Csv.parse("x,y\r\n1,2")).containsExactly(List.of("x", "y"), List.of("1", "2"));
    assertThat(Csv.parse("")).isEmpty();
  }

  @Test
  void anUnclosedQuoteIsRefused() {
    assertThatThrownBy(() -> Csv.parse("a,\"b\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends inside a quoted field");
  }
}
