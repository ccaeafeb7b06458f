package dev.flopex.cli;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.files.FleetFiles;
import dev.flopex.costing.files.FleetSpec;
import java.nio.file.Path;

/**
 * The library's own result for a fleet file, which the CLI's output must render (never recompute).
 */
final class Results {
  private Results() {}

  static FleetSpec spec(String file) {
    return FleetFiles.load(Path.of(file), HardwareCatalog.builtIn());
  }

  static FleetResult evaluate(String file) {
    FleetSpec s = spec(file);
    return CostEngine.create().evaluate(s.fleet(), s.terms());
  }
}
