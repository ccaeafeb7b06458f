package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A block scalar where a list belongs is shown on one line in the error, line breaks as \n (the
 * hostile-input gate found "tranches: |" splitting a fleet-file error over four lines).
 */
class MultiLineValueMessageTest {

  @Test
  void test_blockScalarWhereAListBelongs_isReportedOnOneLine() {
    String yaml = "schema: flopex-catalog/1\naccelerators: |\n  - id: a\n  - id: b\n";
    assertThatThrownBy(() -> HardwareCatalog.loader().withBuiltIn().overlay("t.yaml", yaml).load())
        .isInstanceOf(CatalogException.class)
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .doesNotContain("\n")
                    .contains(
                        "t.yaml:2: accelerators must be a list but was '- id: a\\n- id: b\\n'"));
  }
}
