package dev.flopex.report;

import dev.flopex.costing.CostBasis;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.files.FleetSpec;
import dev.flopex.report.internal.Basis;
import dev.flopex.report.internal.OutputFmt;
import dev.flopex.report.internal.Terms;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Not API: what the reports of an analysis of a fleet file (sensitivity, Monte Carlo) share: the
 * file as read and as labelled, the basis of its base case, and the title and JSON fields naming
 * them.
 */
abstract class FleetAnalysisReport extends DocumentReport {
  /** The fleet file as read: its fleet name, description and terms are shown. */
  final FleetSpec spec;

  /** How the file is labelled in JSON. */
  final String file;

  /** The basis of the fleet's base case: what the output is on. */
  final CostBasis basis;

  FleetAnalysisReport(FleetSpec spec, String file, CostBasis basis) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.file = Objects.requireNonNull(file, "file");
    this.basis = Objects.requireNonNull(basis, "basis");
  }

  /** Returns the output analysed. */
  abstract Output output();

  /** Returns e.g. {@code sensitivity of fleet NAME: LABEL (UNIT)} followed by {@code suffix}. */
  final String title(String analysis, String suffix) {
    Output o = output();
    return analysis
        + " of fleet "
        + spec.fleet().name()
        + ": "
        + OutputFmt.label(o)
        + " ("
        + OutputFmt.unit(o)
        + ")"
        + suffix;
  }

  /**
   * Returns the JSON output's first fields: fleet, file, description, terms, basis, output, unit.
   */
  final Map<String, Object> jsonHead() {
    Output o = output();
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("fleet", spec.fleet().name());
    j.put("file", file);
    j.put("description", spec.description().orElse(null));
    j.put("terms", Terms.json(spec.terms()));
    j.put("basis", Basis.json(basis));
    j.put("output", OutputFmt.name(o));
    j.put("unit", OutputFmt.unit(o));
    return j;
  }
}
