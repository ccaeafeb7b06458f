package dev.flopex.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Did-you-mean for names outside a known set, used by regions, assumption sets, parts and keys. */
class SuggestionsTest {
  private static final List<String> REGIONS = List.of("us-virginia", "us-texas", "china");

  @Test
  void test_oneOf_listsTheKnownNames_andSuggestsOnlyWhenClose() {
    assertThat(Suggestions.oneOf("us-virgina", REGIONS))
        .isEqualTo("must be one of us-virginia, us-texas, china; did you mean us-virginia?");
    assertThat(Suggestions.oneOf("mars", REGIONS))
        .isEqualTo("must be one of us-virginia, us-texas, china");
  }

  @Test
  void test_distance_isLevenshtein() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("same", "same")).isZero();
  }

  @Test
  void test_didYouMean_isEmptyWithNothingClose() {
    assertThat(Suggestions.didYouMean("zzzzzz", REGIONS)).isEmpty();
    assertThat(Suggestions.didYouMean("chian", REGIONS)).isEqualTo("; did you mean china?");
  }
}
