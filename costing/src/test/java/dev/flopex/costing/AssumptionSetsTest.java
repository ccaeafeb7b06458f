package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.core.validation.DataFileException;
import dev.flopex.core.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Loading assumption-set files: the shipped file loads, and each way a hand-edited copy can go
 * wrong is refused with the file, line, field and rule, never half-loaded.
 */
class AssumptionSetsTest {

  private static final String SHIPPED = shipped();

  private static String shipped() {
    try (InputStream in =
        AssumptionSets.class.getResourceAsStream(
            "/dev/flopex/costing/assumptions/assumption-sets.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces exactly the first occurrence, failing the test if the anchor is missing (so edits
   * cannot go stale).
   */
  private static String edit(String anchor, String replacement) {
    int at = SHIPPED.indexOf(anchor);
    assertThat(at).as("anchor '%s' in the shipped file", anchor).isNotNegative();
    return SHIPPED.substring(0, at) + replacement + SHIPPED.substring(at + anchor.length());
  }

  private static DataFileException refused(String yaml) {
    try {
      AssumptionSets.load("edited.yaml", yaml);
    } catch (DataFileException e) {
      assertThat(e.file()).isEqualTo("edited.yaml");
      assertThat(e.line()).isPresent();
      return e;
    }
    throw new AssertionError("the edited file was accepted");
  }

  @Test
  void test_shippedFileLoadsEverySetWithEveryOperatorKey() {
    var sets = AssumptionSets.load("assumption-sets.yaml", SHIPPED);
    assertThat(sets).containsOnlyKeys("hyperscaler", "neocloud", "enterprise-colo");
    assertThat(sets).isEqualTo(AssumptionSets.builtIn());
    for (AssumptionSet s : sets.values()) {
      for (AssumptionKey k : AssumptionKey.values()) {
        if (k.scope() == AssumptionKey.Scope.OPERATOR) {
          assertThat(s.values()).as("%s.%s", s.id(), k.key()).containsKey(k);
          assertThat(s.values().get(k).provenance().source().title()).isNotBlank();
        }
      }
    }
    assertThat(sets.get("hyperscaler").value(AssumptionKey.TAX_RATE)).isEqualTo(0.21);
  }

  @Test
  void test_builtInIsUnmodifiable() {
    assertThatThrownBy(() -> AssumptionSets.builtIn().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void test_getNamesTheKnownIdsWhenUnknown() {
    assertThat(AssumptionSets.get("neocloud").id()).isEqualTo("neocloud");
    assertThatThrownBy(() -> AssumptionSets.get("neoclod"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("neoclod")
        .hasMessageContaining("hyperscaler")
        .hasMessageContaining("enterprise-colo");
  }

  @Test
  void test_wrongSchemaIsRefused() {
    DataFileException e =
        refused(edit("schema: flopex-assumptions/1", "schema: flopex-assumptions/2"));
    assertThat(e)
        .hasMessageContaining("flopex-assumptions/2")
        .hasMessageContaining("must be flopex-assumptions/1");
  }

  @Test
  void test_unknownKeyIsRefusedWithASuggestion() {
    DataFileException e =
        refused(
            edit("      tax_rate:\n        value: 0.21", "      tax_rat:\n        value: 0.21"));
    assertThat(e).hasMessageContaining("'tax_rat'").hasMessageContaining("tax_rate");
  }

  @Test
  void test_removedKeyIsRefusedWithItsReplacement() {
    DataFileException e =
        refused(
            edit(
                "      tax_rate:\n        value: 0.21",
                "      cost_of_capital:\n        value: 0.21"));
    assertThat(e).hasMessageContaining("cost_of_capital").hasMessageContaining("cost_of_equity");
  }

  @Test
  void test_missingOperatorKeyIsRefusedNamingIt() {
    int start = SHIPPED.indexOf("      tax_rate:\n");
    int end = SHIPPED.indexOf("      facility_life_years:", start);
    assertThat(start).isNotNegative();
    assertThat(end).isGreaterThan(start);
    String yaml = SHIPPED.substring(0, start) + SHIPPED.substring(end);
    DataFileException e = refused(yaml);
    assertThat(e).hasMessageContaining("tax_rate").hasMessageContaining("is required");
  }

  @Test
  void test_duplicateIdIsRefused() {
    DataFileException e = refused(edit("  - id: neocloud\n", "  - id: hyperscaler\n"));
    assertThat(e).hasMessageContaining("'hyperscaler'").hasMessageContaining("must be unique");
  }

  @Test
  void test_outOfRangeValueIsRefusedWithTheRule() {
    DataFileException e =
        refused(edit("      tax_rate:\n        value: 0.21", "      tax_rate:\n        value: 21"));
    assertThat(e).hasMessageContaining("tax_rate").hasMessageContaining("did you mean 0.21");
  }

  @Test
  void test_busyBelowIdleIsRefused() {
    DataFileException e =
        refused(
            edit(
                "      busy_power_fraction:\n        value: 0.76",
                "      busy_power_fraction:\n        value: 0.05"));
    assertThat(e).hasMessageContaining("busy_power_fraction").hasMessageContaining("0.05");
  }

  @Test
  void test_unknownFieldInASetIsRefused() {
    DataFileException e =
        refused(edit("  - id: neocloud\n", "  - id: neocloud\n    colour: blue\n"));
    assertThat(e).hasMessageContaining("colour");
  }

  @Test
  void test_missingSourceIsRefused() {
    DataFileException e =
        refused(
            edit(
                "        source: legalclarity-us-corporate-tax-rate\n",
                "        source: no-such-source\n"));
    assertThat(e).hasMessageContaining("no-such-source");
  }
}
