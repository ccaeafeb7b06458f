package dev.flopex.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.files.FleetFiles;
import dev.flopex.costing.files.FleetSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Shared inputs: the shipped example fleet files, costed. */
final class Results {
  static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();
  static final CostEngine ENGINE = CostEngine.create();

  private Results() {}

  /** Loads a fleet file from {@code examples/fleets/} of the repository. */
  static FleetSpec spec(String name) {
    return FleetFiles.load(Path.of("..", "examples", "fleets", name), CATALOG);
  }

  static FleetResult evaluate(String name) {
    FleetSpec s = spec(name);
    return ENGINE.evaluate(s.fleet(), s.terms());
  }

  /**
   * Asserts that {@code report} renders the same, non-blank text to an {@link Appendable}, to a
   * {@link PrintStream} and as a String.
   */
  static void assertRendersTheSameTextEverywhere(TextReport report, ReportFormat format) {
    StringBuilder sb = new StringBuilder();
    report.render(format, sb);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    report.render(format, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(sb.toString())
        .isNotBlank()
        .isEqualTo(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(report.render(format));
  }
}
