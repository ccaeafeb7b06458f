package dev.flopex.report;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.files.FleetFiles;
import dev.flopex.costing.files.FleetSpec;
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
}
