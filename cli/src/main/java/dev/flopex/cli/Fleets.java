package dev.flopex.cli;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.files.FleetFiles;
import dev.flopex.costing.files.FleetSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and costs fleet files for the commands, with one-line errors. */
final class Fleets {
  private Fleets() {}

  /**
   * Reads a fleet file.
   *
   * @param ctx the run's context (for the catalog)
   * @param option the option or parameter that named the file, for messages
   * @param file the file name as given
   * @return the fleet and its terms
   * @throws ValidationException when the file is missing or malformed (naming file and line)
   */
  static FleetSpec load(Context ctx, String option, String file) {
    Path path = Context.path(option, file);
    if (file.isBlank() || !Files.exists(path)) {
      throw new ValidationException(
          option,
          "'" + file + "'",
          "must name an existing fleet file (YAML, schema flopex-fleet/1)");
    }
    if (Files.isDirectory(path)) {
      throw new ValidationException(
          option, "'" + file + "'", "must name a fleet file, not a directory");
    }
    // the file is parsed while the built-in catalog may still be loading (PendingCatalog); its
    // first lookup waits for it, and a catalog that fails to load fails the command as before
    HardwareCatalog catalog = ctx.catalogForReading();
    try {
      return Opts.noOverflow(file, () -> FleetFiles.load(path, catalog));
    } catch (PendingCatalog.Unavailable e) {
      throw e.unwrap();
    }
  }

  /** Costs a fleet under its terms with {@code engine} (strict or not). */
  static FleetResult evaluate(FleetSpec spec, CostEngine engine) {
    return Opts.noOverflow(
        "fleet " + spec.fleet().name(), () -> engine.evaluate(spec.fleet(), spec.terms()));
  }

  /**
   * Returns one costed cluster of a fleet file: the one named {@code cluster}, or the only one.
   *
   * @param ctx the run's context
   * @param file the fleet file (from {@code --fleet})
   * @param cluster the cluster name (from {@code --cluster}), or null when the fleet has one
   * @param engine the engine (strict or not)
   * @return the cluster's result under the fleet's terms
   */
  static ClusterResult cluster(Context ctx, String file, String cluster, CostEngine engine) {
    FleetSpec spec = load(ctx, "--fleet", file);
    List<String> names = new ArrayList<>();
    spec.fleet().clusters().forEach(c -> names.add(c.name()));
    Cluster chosen = null;
    if (cluster == null) {
      if (names.size() != 1) {
        throw new ValidationException(
            "--cluster",
            null,
            "must name one of the fleet's "
                + names.size()
                + " clusters ("
                + String.join(", ", names)
                + ")");
      }
      chosen = spec.fleet().clusters().get(0);
    } else {
      for (Cluster c : spec.fleet().clusters()) {
        if (c.name().equals(cluster.strip())) {
          chosen = c;
        }
      }
      if (chosen == null) {
        throw new ValidationException(
            "--cluster",
            "'" + cluster + "'",
            "must name a cluster of " + file + ": " + String.join(", ", names));
      }
    }
    Cluster c = chosen;
    return Opts.noOverflow("cluster " + c.name(), () -> engine.evaluate(c, spec.terms()));
  }
}
