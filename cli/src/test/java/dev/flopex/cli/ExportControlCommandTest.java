package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.exportcontrol.Rule;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ExportControlCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void h800WasNotControlledUnderTheOctober2022Rule() {
    Cli.Result r = Cli.run("export-control", "classify", "h800-sxm5", "--rule", "us-2022-10");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("rule us-2022-10")
        .contains("outcome           not controlled")
        .contains("licence required  no")
        .contains("tpp = 1979 dense TFLOPS (fp8) x 8 bits = 15832")
        .contains("interconnect_bidirectional_gb_s = 400")
        .contains("=> not controlled under us-2022-10: no classification matched");
    // the TPP test was met but decided nothing; the interconnect test decided
    assertThat(r.outLines()).anyMatch(l -> l.matches(" +1 +3A090 +tpp >= 4800 +15832 +met +no"));
    assertThat(r.outLines())
        .anyMatch(
            l ->
                l.matches(
                    " +1 +3A090 +interconnect_bidirectional_gb_s >= 600 GB/s +528 GB/s +not met +yes"));
    assertThat(r.out()).doesNotContain(": yes");
  }

  @Test
  void h800IsControlledUnderTheRuleInForceOnADate() {
    Cli.Result r = Cli.run("export-control", "classify", "h800-sxm5", "--as-of", "2024-01-01");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "rule in force on 2024-01-01: us-2023-10",
            "3A090.a",
            "controlled",
            "licence required  yes");
  }

  @Test
  void h20UnderTheApril2025Requirement() {
    // 2025-05-01: us-2025-04-h20 now ends on 2025-05-12 (the May 2025 guidance snapshot follows)
    Cli.Result r = Cli.run("export-control", "classify", "H20", "--as-of", "2025-05-01");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "us-2025-04-h20",
            "licence required  yes",
            "US export fee     -",
            "licence policy    licence required by an is-informed notice to the exporter; no published review policy: licence required by USG notice to NVIDIA");
    assertThat(r.outLines())
        .anyMatch(l -> l.matches(" +1 +licence requirement +sku in \\[h20\\] +h20 +met +yes"));
  }

  @Test
  void h200CarriesTheSection232DutyFromJanuary2026() throws IOException {
    // CBP CSMS #67400472 / Covington: 25% duty on the H200 band from 2026-01-15
    Cli.Result r = Cli.run("export-control", "classify", "h200-sxm", "--as-of", "2026-02-01");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "us-2026-01",
            "3A090.a",
            "US export fee     25% of US import value, paid by the exporter (h200-band-sec232-duty-25pct; high confidence)");

    JsonNode d =
        JSON.readTree(
                Cli.run(
                        "export-control",
                        "classify",
                        "h200-sxm",
                        "--rule",
                        "us-2026-01",
                        "--format",
                        "json")
                    .out())
            .get("decisions")
            .get(0);
    assertThat(d.at("/fee/fraction").doubleValue()).isEqualTo(0.25);
    assertThat(d.at("/fee/base").asText()).isEqualTo("us_import_value");
    assertThat(d.at("/fee/payer").asText()).isEqualTo("exporter");
    assertThat(d.at("/fee/effective_from").asText()).isEqualTo("2026-01-15");
    assertThat(d.at("/fee/sources").toString()).contains("cbp-csms-67400472");
    JsonNode before =
        JSON.readTree(
                Cli.run(
                        "export-control",
                        "classify",
                        "h200-sxm",
                        "--rule",
                        "us-2025-12",
                        "--format",
                        "json")
                    .out())
            .get("decisions")
            .get(0);
    assertThat(before.get("fee").isNull()).isTrue();
  }

  @Test
  void withoutOptionsTheRuleInForceTodayApplies() {
    Cli.Result r = Cli.run("export-control", "classify", "h100");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("rule in force on " + java.time.LocalDate.now());
  }

  @Test
  void ruleAllClassifiesUnderEveryRule() {
    Cli.Result r = Cli.run("export-control", "classify", "h100-sxm5", "--rule", "all");

    assertThat(r.code()).isZero();
    for (Rule rule : HardwareCatalog.builtIn().exportControls().rules()) {
      assertThat(r.out()).contains("rule " + rule.id() + " (");
    }
  }

  @Test
  void classifyAsJson() throws IOException {
    Cli.Result r =
        Cli.run("export-control", "classify", "h800-sxm5", "--rule", "all", "--format", "json");

    assertThat(r.code()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("accelerator").asText()).isEqualTo("h800-sxm5");
    assertThat(root.at("/metrics/tpp").doubleValue()).isEqualTo(15832);
    assertThat(root.at("/metrics/interconnect_bidirectional_gb_s").doubleValue()).isEqualTo(528);
    JsonNode first = root.get("decisions").get(0);
    assertThat(first.at("/rule/id").asText()).isEqualTo("us-2022-10");
    assertThat(first.get("outcome").asText()).isEqualTo("not_controlled");
    assertThat(first.get("licence_required").asBoolean()).isFalse();
    assertThat(first.get("reasons").toString())
        .contains("interconnect_bidirectional_gb_s 528 >= 600: not met; decided");
    assertThat(first.get("licence_requirement").asText()).isEqualTo("not_required");
    JsonNode tpp = first.get("tests").get(0);
    assertThat(tpp.get("metric").asText()).isEqualTo("tpp");
    assertThat(tpp.get("operator").asText()).isEqualTo(">=");
    assertThat(tpp.get("threshold").doubleValue()).isEqualTo(4800);
    assertThat(tpp.get("value").doubleValue()).isEqualTo(15832);
    assertThat(tpp.get("outcome").asText()).isEqualTo("true");
    assertThat(tpp.get("decided").asBoolean()).isFalse();
    JsonNode io = first.get("tests").get(1);
    assertThat(io.get("unit").asText()).isEqualTo("GB/s");
    assertThat(io.get("outcome").asText()).isEqualTo("false");
    assertThat(io.get("decided").asBoolean()).isTrue();
    assertThat(root.get("decisions").size())
        .isEqualTo(HardwareCatalog.builtIn().exportControls().rules().size());
  }

  @Test
  void badDateIsOneLine() {
    Cli.Result r = Cli.run("export-control", "classify", "h20", "--as-of", "2024-13-01");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("flopex: --as-of").contains("2024-13-01");
  }

  @Test
  void dateBeforeAnyRuleIsAUserError() {
    Cli.Result r = Cli.run("export-control", "classify", "h20", "--as-of", "2020-01-01");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("2022-10-21");
  }

  @Test
  void unknownRuleListsTheKnownOnes() {
    Cli.Result r = Cli.run("export-control", "classify", "h20", "--rule", "us-1999-01");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("us-2022-10", "us-1999-01");
  }

  @Test
  void ruleAndDateCannotBeCombined() {
    Cli.Result r =
        Cli.run("export-control", "classify", "h20", "--rule", "all", "--as-of", "2024-01-01");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--as-of", "--rule");
  }

  @Test
  void unknownSkuSuggestsNames() {
    Cli.Result r = Cli.run("export-control", "classify", "H10");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("did you mean");
  }

  @Test
  void rulesListsEveryRule() throws IOException {
    Cli.Result r = Cli.run("export-control", "rules");

    assertThat(r.code()).isZero();
    assertThat(r.outLines().get(0)).startsWith("ID").contains("FROM", "UNTIL", "TITLE");
    assertThat(r.outLines().get(1)).matches("us-2022-10 +2022-10-21 +2023-11-16 +October 2022 .*");
    int rules = HardwareCatalog.builtIn().exportControls().rules().size();
    assertThat(r.outLines()).hasSize(rules + 1);

    JsonNode json = JSON.readTree(Cli.run("export-control", "rules", "--format", "json").out());
    assertThat(json.size()).isEqualTo(rules);
    assertThat(json.get(0).get("effective_from").asText()).isEqualTo("2022-10-21");
  }
}
