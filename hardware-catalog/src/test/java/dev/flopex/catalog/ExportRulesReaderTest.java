package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.catalog.exportcontrol.ExportControls;
import dev.flopex.catalog.internal.yaml.YamlDoc;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules file's fees and market-access layer: what is read and what is refused, with file and
 * line.
 */
class ExportRulesReaderTest {
  private static final String SOURCES =
      "schema: flopex-export-rules/2\n"
          + "sources:\n"
          + "  s1: {title: T, read: 2026-12-02, kind: rule}\n";

  private static String fee(String from, String until) {
    return "fees:\n"
        + "  f1:\n"
        + "    title: A fee\n"
        + "    fraction: 0.15\n"
        + "    base: sale_revenue\n"
        + "    payer: exporter\n"
        + "    effective_from: "
        + from
        + "\n"
        + (until == null ? "" : "    effective_until: " + until + "\n")
        + "    sources: [s1]\n"
        + "    confidence: medium\n"
        + "    note: n\n";
  }

  private static String rule(String id, String from, String until, String feeLine) {
    return "  - id: "
        + id
        + "\n"
        + "    title: T\n"
        + "    effective_from: "
        + from
        + "\n"
        + (until == null ? "" : "    effective_until: " + until + "\n")
        + "    sources: [s1]\n"
        + "    destinations: [CN]\n"
        + "    note: n\n"
        + "    classifications:\n"
        + "      - eccn: none\n"
        + "        licence_required: true\n"
        + "        licence_policy: is-informed\n"
        + "        licence_policy_note: by letter\n"
        + "        explanation: e\n"
        + feeLine
        + "        all_of:\n"
        + "          - {metric: sku, op: in, value: [h20]}\n";
  }

  private static ExportControls read(String text) {
    return ExportRulesReader.read(
        YamlDoc.parse("rules.yaml", text, CatalogException::new), Set.of("h20"));
  }

  @Test
  void feeAndMarketAccessAreRead() {
    ExportControls ec =
        read(
            SOURCES
                + fee("2025-08-08", null)
                + "market_access:\n"
                + "  - {id: cn-1, jurisdiction: CN, title: T, instrument: directive, products: [X], effect: e,"
                + " effective_from: 2025-08, sources: [s1], confidence: low, note: n}\n"
                + "rules:\n"
                + rule("r1", "2025-08-08", null, "        fee: f1\n"));
    assertThat(ec.rules().get(0).classifications().get(0).fee().orElseThrow().fraction())
        .isEqualTo(0.15);
    assertThat(ec.marketAccess()).hasSize(1);
  }

  @Test
  void feeStartingInsideTheRule_isRefusedWithFileAndLine() {
    assertThatThrownBy(
            () ->
                read(
                    SOURCES
                        + fee("2025-08-08", null)
                        + "rules:\n"
                        + rule("r1", "2025-04-09", null, "        fee: f1\n")))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("rules.yaml:27: rules[0].classifications[0].fee ")
        .hasMessageContaining(
            "must be in force throughout rule r1 (2025-04-09 to open) but runs 2025-08-08 to open");
  }

  @Test
  void feeEndingInsideTheRule_isRefused() {
    assertThatThrownBy(
            () ->
                read(
                    SOURCES
                        + fee("2025-08-08", "2025-09-01")
                        + "rules:\n"
                        + rule("r1", "2025-08-08", null, "        fee: f1\n")))
        .hasMessageContaining("split the rule at the fee's dates");
  }

  @Test
  void unknownFee_suggestsTheDefinedOnes() {
    assertThatThrownBy(
            () ->
                read(
                    SOURCES
                        + fee("2025-08-08", null)
                        + "rules:\n"
                        + rule("r1", "2025-08-08", null, "        fee: f2\n")))
        .hasMessageContaining("'f2'")
        .hasMessageContaining("must name a fee defined under 'fees'")
        .hasMessageContaining("did you mean f1");
  }

  @Test
  void feeFractionOutsideTheOpenUnitInterval_isRefused() {
    assertThatThrownBy(
            () ->
                read(
                    SOURCES
                        + fee("2025-08-08", null).replace("0.15", "1.5")
                        + "rules:\n"
                        + rule("r1", "2025-08-08", null, "")))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("fee.fraction")
        .hasMessageContaining("1.5")
        .hasMessageContaining("(0, 1)");
  }

  @Test
  void overlappingSnapshots_areRefused() {
    assertThatThrownBy(
            () ->
                read(
                    SOURCES
                        + "rules:\n"
                        + rule("r1", "2025-01-01", "2025-06-30", "")
                        + rule("r2", "2025-06-01", null, "")))
        .hasMessageContaining(
            "must be after the previous rule's effective_until (r1 until 2025-06-30)");
    assertThatThrownBy(
            () ->
                read(
                    SOURCES
                        + "rules:\n"
                        + rule("r1", "2025-01-01", null, "")
                        + rule("r2", "2025-06-01", null, "")))
        .hasMessageContaining("(r1 until open)");
  }

  @Test
  void licencePolicyIsTyped_withTheRuleTextAsNote() {
    ExportControls ec = read(SOURCES + "rules:\n" + rule("r1", "2025-08-08", null, ""));
    dev.flopex.catalog.exportcontrol.Classification c = ec.rules().get(0).classifications().get(0);
    assertThat(c.licencePolicy())
        .isEqualTo(dev.flopex.catalog.exportcontrol.LicencePolicy.IS_INFORMED);
    assertThat(c.licencePolicyNote()).contains("by letter");
  }

  @Test
  void freeTextLicencePolicy_isRefusedWithTheKnownKeys() {
    String text =
        SOURCES
            + "rules:\n"
            + rule("r1", "2025-08-08", null, "")
                .replace("licence_policy: is-informed", "licence_policy: presumption of denial");
    assertThatThrownBy(() -> read(text))
        .hasMessageContaining("rules.yaml")
        .hasMessageContaining("presumption of denial")
        .hasMessageContaining(
            "presumption-of-denial, case-by-case, license-exception-nac, is-informed");
  }
}
