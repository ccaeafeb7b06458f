package dev.flopex.cli;

import dev.flopex.catalog.HardwareCatalog;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;

/**
 * Loads the built-in catalog on a background thread while picocli builds its command model and
 * parses the arguments (issue 13, W4): on a cold JVM both take a large share of a command's start,
 * and they need not wait for each other. The command gets the very catalog, or the very exception,
 * that {@link HardwareCatalog#builtIn()} gives on its own thread.
 */
final class CatalogPrefetch {
  private final FutureTask<HardwareCatalog> task = new FutureTask<>(HardwareCatalog::builtIn);

  private CatalogPrefetch() {}

  /**
   * Starts loading the built-in catalog when the arguments name a command that will use it: not for
   * {@code --help} or {@code --version} (which load no catalog), nor with {@code --catalog}
   * overlays (the overlaid catalog is built from the files, not from the shared built-in one).
   *
   * @param args the command line
   * @return the running prefetch, or null when none is useful
   */
  static @Nullable CatalogPrefetch startIfUseful(String[] args) {
    if (args.length == 0) {
      return null;
    }
    for (String a : args) {
      if (a == null
          || a.equals("--help")
          || a.equals("-h")
          || a.equals("--version")
          || a.equals("-V")
          || a.startsWith("--catalog")) {
        return null;
      }
    }
    CatalogPrefetch p = new CatalogPrefetch();
    String named = FlopexCommand.subcommandNamed(args);
    boolean costs = named != null && !named.equals("catalog") && !named.equals("export-control");
    Thread t =
        new Thread(
            () -> {
              p.task.run();
              if (costs) {
                warmCostingData();
              }
            },
            "flopex-catalog-prefetch");
    t.setDaemon(true);
    t.start();
    return p;
  }

  /**
   * Once the catalog is ready (the command is never kept waiting for this), reads costing's bundled
   * regions and assumption sets, which a costing command reads next on {@code main} (issue 13, W4:
   * about an eighth of the main job's own thread once the catalog binds on first use). Only their
   * class initialisation runs here, and the data is the same whichever thread reads it. Should it
   * fail (a damaged jar), the command fails too when it first uses the class, as a {@link
   * NoClassDefFoundError} naming it.
   */
  private static void warmCostingData() {
    ClassLoader loader = CatalogPrefetch.class.getClassLoader();
    try {
      // initialising each class reads its bundled file
      Class.forName(dev.flopex.costing.Regions.class.getName(), true, loader);
      Class.forName(dev.flopex.costing.AssumptionSets.class.getName(), true, loader);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      // the command reads them itself and reports any failure there
    }
  }

  /** Returns the built-in catalog, waiting for the load to finish; rethrows what the load threw. */
  HardwareCatalog get() {
    try {
      return task.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return HardwareCatalog.builtIn();
    }
  }
}
