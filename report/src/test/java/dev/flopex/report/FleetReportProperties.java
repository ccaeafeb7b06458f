package dev.flopex.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CostBasis;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.Warning;
import dev.flopex.costing.testing.Csv;
import dev.flopex.costing.testing.DomainGenerators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Fleets of every system kind the catalog can cost, at every priced site, under cash and debt
 * ({@link DomainGenerators#fleets()}, from costing's test-jar): every format renders the same text
 * wherever it is written, names the basis lines, and carries the {@link FleetResult}'s own totals.
 */
class FleetReportProperties {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Money in JSON and CSV is rounded to the cent (half-even), so within half a cent. */
  private static final double CENT = 0.005 + 1e-9;

  private static double rel(double v) {
    return 1e-9 * Math.max(1, Math.abs(v));
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String grouped(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  @Test
  void everyFormatNamesItsBasisAndCarriesTheResultsTotals() {
    qt().withExamples(30)
        .forAll(DomainGenerators.fleets(), DomainGenerators.terms(), SourceDSL.booleans().all())
        .checkAssert(
            (fleet, terms, detail) -> {
              FleetResult r = Results.ENGINE.evaluate(fleet, terms);
              FleetReport report = FleetReport.of(r).withDetail(detail);
              CostBasis basis = r.basis();
              List<String> warnings = Warning.messages(r.warnings());
              for (ReportFormat f : ReportFormat.values()) {
                Results.assertRendersTheSameTextEverywhere(report, f);
              }

              // table: title, both basis lines, the totals row, the warnings last
              String table = report.render(ReportFormat.TABLE);
              assertThat(table)
                  .startsWith("fleet " + fleet.name() + "\n")
                  .contains("\nbasis: " + basis.headline() + "\n")
                  .contains("\nbasis: " + basis.accounting() + "\n");
              String total =
                  table.lines().filter(l -> l.startsWith("TOTAL ")).findFirst().orElseThrow();
              assertThat(total)
                  .contains(" " + grouped(r.gpus()) + " ")
                  .contains(" " + grouped(r.servers()) + " ")
                  .contains(" " + grouped(r.switches()) + " ");
              if (warnings.isEmpty()) {
                assertThat(table).endsWith("\nwarnings: none\n");
              } else {
                assertThat(table).contains("\nwarnings:\n");
                warnings.forEach(w -> assertThat(table).contains("  " + w + "\n"));
              }

              // Markdown: the basis list under the title
              String md = report.render(ReportFormat.MARKDOWN);
              assertThat(md)
                  .startsWith("## fleet " + fleet.name() + "\n")
                  .contains("Basis:\n\n- " + basis.headline() + "\n- " + basis.accounting() + "\n");

              // JSON: the basis object, the totals and each cluster are the result's own
              JsonNode j = parse(report.render(ReportFormat.JSON));
              assertThat(j.at("/basis/headline").asText()).isEqualTo(basis.headline());
              assertThat(j.at("/basis/accounting").asText()).isEqualTo(basis.accounting());
              JsonNode t = j.get("totals");
              assertThat(t.get("clusters").asInt()).isEqualTo(r.clusters().size());
              assertThat(t.get("gpus").asLong()).isEqualTo(r.gpus());
              assertThat(t.get("servers").asLong()).isEqualTo(r.servers());
              assertThat(t.get("racks").asLong()).isEqualTo(r.racks());
              assertThat(t.get("switches").asLong()).isEqualTo(r.switches());
              double mw = r.contractedItPower().in(PowerUnit.MEGAWATTS);
              assertThat(t.get("contracted_mw").asDouble()).isCloseTo(mw, within(rel(mw)));
              assertThat(t.get("capex_usd").asDouble())
                  .isCloseTo(r.capexTotal().amount(), within(CENT));
              assertThat(t.get("opex_year1_usd").asDouble())
                  .isCloseTo(r.opexYear1().amount(), within(CENT));
              assertThat(t.get("economic_cost_usd").asDouble())
                  .isCloseTo(r.economicCost().amount(), within(CENT));
              assertThat(t.get("npv_of_costs_usd").asDouble())
                  .isCloseTo(r.npvOfCosts().amount(), within(CENT));
              assertThat(t.get("accounting_tco_usd").asDouble())
                  .isCloseTo(r.accountingTco().amount(), within(CENT));
              double head = r.costPerGpuHour().amount();
              assertThat(t.get("usd_per_gpu_hour").asDouble()).isCloseTo(head, within(rel(head)));
              double useful = r.costPerUsefulGpuHour().amount();
              assertThat(t.get("usd_per_useful_gpu_hour").asDouble())
                  .isCloseTo(useful, within(rel(useful)));
              JsonNode cs = j.get("clusters");
              assertThat(cs.size()).isEqualTo(r.clusters().size());
              for (int i = 0; i < cs.size(); i++) {
                ClusterResult c = r.clusters().get(i);
                assertThat(cs.get(i).get("name").asText()).isEqualTo(c.cluster().name());
                assertThat(cs.get(i).get("system").asText()).isEqualTo(c.cluster().system().id());
                assertThat(cs.get(i).get("gpus").asLong()).isEqualTo(c.capacity().gpus());
                assertThat(cs.get(i).get("capex_usd").asDouble())
                    .isCloseTo(c.capexTotal().amount(), within(CENT));
                assertThat(cs.get(i).at("/basis/headline").asText())
                    .isEqualTo(c.basis().headline());
              }
              List<String> jsonWarnings = new ArrayList<>();
              j.get("warnings").forEach(w -> jsonWarnings.add(w.asText()));
              assertThat(jsonWarnings).isEqualTo(warnings);

              // CSV: the columns, one record per cluster with its basis, adding up to the totals
              String csvText = report.render(ReportFormat.CSV);
              assertThat(csvText).as("CSV ends with a line break").endsWith("\n");
              List<List<String>> csv = Csv.parse(csvText);
              assertThat(csv.get(0)).isEqualTo(FleetReport.CSV_COLUMNS);
              assertThat(csv).hasSize(r.clusters().size() + 1);
              int col = FleetReport.CSV_COLUMNS.size();
              long gpus = 0;
              double capex = 0;
              for (int i = 0; i < r.clusters().size(); i++) {
                List<String> row = csv.get(i + 1);
                ClusterResult c = r.clusters().get(i);
                assertThat(row).hasSize(col);
                assertThat(row.get(0)).isEqualTo(fleet.name());
                assertThat(row.get(1)).isEqualTo(c.cluster().name());
                assertThat(row.get(col - 2)).isEqualTo(c.basis().headline());
                assertThat(row.get(col - 1)).isEqualTo(c.basis().accounting());
                gpus += Long.parseLong(row.get(FleetReport.CSV_COLUMNS.indexOf("gpus")));
                capex += Double.parseDouble(row.get(FleetReport.CSV_COLUMNS.indexOf("capex_usd")));
              }
              assertThat(gpus).isEqualTo(r.gpus());
              assertThat(capex)
                  .isCloseTo(
                      r.capexTotal().amount(),
                      within(CENT * r.clusters().size() + rel(r.capexTotal().amount())));
            });
  }
}
