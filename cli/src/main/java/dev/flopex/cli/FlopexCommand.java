package dev.flopex.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
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
  /**
   * The subcommands by name, in the order the help lists them. They are added by {@link
   * #addSubcommands} rather than named in the annotation: building picocli's model of all of them
   * takes a large share of a cold start, and a command line that names one needs only that one.
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("catalog", CatalogCommand.class);
    m.put("export-control", ExportControlCommand.class);
    m.put("fleet", FleetCommand.class);
    m.put("tco", TcoCommand.class);
    m.put("training-cost", TrainingCostCommand.class);
    m.put("inference-cost", InferenceCostCommand.class);
    m.put("rental", RentalCommand.class);
    m.put("compare", CompareCommand.class);
    m.put("sensitivity", SensitivityCommand.class);
    m.put("montecarlo", MonteCarloCommand.class);
    return Collections.unmodifiableMap(m);
  }

  /**
   * Adds to {@code root} the subcommands {@code args} can reach: none for a lone {@code --version},
   * only the one named when the first argument that is not a root option names a subcommand
   * exactly, else all of them (for the root help, a missing or misspelt command and its
   * suggestions). Call it before configuring {@code root}, so the settings reach the subcommands.
   *
   * @param root the command line of a {@link FlopexCommand}
   * @param args the arguments
   */
  static void addSubcommands(CommandLine root, String[] args) {
    if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
      return; // the version line names no subcommand
    }
    String named = subcommandNamed(args);
    if (named != null) {
      root.addSubcommand(named, SUBCOMMANDS.get(named));
      return;
    }
    SUBCOMMANDS.forEach(root::addSubcommand);
  }

  /**
   * Returns the subcommand the arguments name, or null unless they start with {@code --catalog}
   * options (if any) followed by the exact name of a subcommand.
   */
  static @Nullable String subcommandNamed(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a == null) {
        return null;
      }
      if (a.equals(CATALOG_OPTION)) {
        i++; // its FILE
      } else if (!a.startsWith(CATALOG_OPTION + "=")) {
        return SUBCOMMANDS.containsKey(a) ? a : null;
      }
    }
    return null;
  }

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
