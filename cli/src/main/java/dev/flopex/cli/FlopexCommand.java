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
    subcommands = {
      CatalogCommand.class,
      ExportControlCommand.class,
      FleetCommand.class,
      TcoCommand.class,
      TrainingCostCommand.class,
      InferenceCostCommand.class,
      RentalCommand.class,
      CompareCommand.class,
      SensitivityCommand.class,
      MonteCarloCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  flopex catalog list --vendor NVIDIA",
      "  flopex catalog show H100",
      "  flopex catalog compare h100-sxm5 h200-sxm --format csv",
      "  flopex export-control classify h20 --as-of 2025-06-01",
      "  flopex fleet examples/fleets/h100-neocloud.yaml --detail",
      "  flopex fleet examples/fleets/deepseek-2025-01.yaml --html deepseek.html",
      "  flopex tco --system hgx-h100 --gpus 20480 --purchase-date 2024-09-01 \\",
      "      --assumptions neocloud --region us-virginia \\",
      "      --facility colocation-wholesale",
      "  flopex training-cost --accelerator h800-sxm5 --gpus 2048 --gpu-hours 2.788e6 --rental-price 2",
      "  flopex rental --fleet examples/fleets/h100-neocloud.yaml --price 2.2",
      "  flopex compare examples/fleets/h100-neocloud.yaml examples/fleets/mixed-fleet.yaml",
      "  flopex sensitivity examples/fleets/h100-neocloud.yaml",
      "  flopex montecarlo examples/fleets/h100-neocloud.yaml --samples 20000",
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
      description =
          "Overlay a catalog YAML file (extra SKUs, your prices) on the built-in data. Repeatable; applied in order.")
  List<String> catalogs;

  final Context context;

  FlopexCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "Missing required subcommand: catalog, export-control, fleet, tco, training-cost, inference-cost, rental, compare, sensitivity or montecarlo");
  }

  /** Returns the run's context from any command of the tree. */
  static Context context(CommandSpec spec) {
    return ((FlopexCommand) spec.root().userObject()).context;
  }
}
