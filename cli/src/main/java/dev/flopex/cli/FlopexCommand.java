package dev.flopex.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command, {@code flopex}: global options and the command groups. */
@Command(
    name = "flopex",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = "Typed, sourced, tested economics of AI accelerator fleets.",
    subcommands = {CatalogCommand.class, ExportControlCommand.class},
    footer = {
      "",
      "Examples:",
      "  flopex catalog list --vendor NVIDIA",
      "  flopex catalog show H100",
      "  flopex catalog compare h100-sxm5 h200-sxm --format csv",
      "  flopex export-control classify h20 --as-of 2025-06-01",
      "",
      "Exit status: 0 success, 2 invalid input or usage, 1 internal error."
    })
final class FlopexCommand implements Callable<Integer> {
  /** The name of the {@code --catalog} option, read from every level of the parse result. */
  static final String CATALOG_OPTION = "--catalog";

  @Spec CommandSpec spec;

  @Option(
      names = CATALOG_OPTION,
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description = "Overlay a catalog YAML file (extra SKUs, your prices) on the built-in data. Repeatable; applied in order.")
  List<String> catalogs;

  final Context context;

  FlopexCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand: catalog or export-control");
  }

  /** Returns the run's context from any command of the tree. */
  static Context context(CommandSpec spec) {
    return ((FlopexCommand) spec.root().userObject()).context;
  }
}
