package dev.flopex.cli;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The CLI turns any argument list into exit status 0 or 2: never an exception, never an internal
 * error.
 */
class GarbageArgumentsTest {
  /** A command path (often valid), so that the random tail reaches the commands' own options. */
  private static final Gen<List<String>> COMMANDS =
      arbitrary()
          .pick(
              List.of(
                  List.of(),
                  List.of("catalog"),
                  List.of("catalog", "list"),
                  List.of("catalog", "show"),
                  List.of("catalog", "compare"),
                  List.of("catalog", "export"),
                  List.of("catalog", "diff"),
                  List.of("catalog", "diff", "builtin"),
                  List.of("export-control"),
                  List.of("export-control", "classify"),
                  List.of("export-control", "rules"),
                  List.of("fleet"),
                  List.of("fleet", Examples.fleet("h100-neocloud.yaml")),
                  List.of("tco"),
                  List.of(
                      "tco",
                      "--system",
                      "hgx-h100",
                      "--purchase-date",
                      "2024-09-01",
                      "--assumptions",
                      "neocloud"),
                  List.of("training-cost"),
                  List.of("training-cost", "--accelerator", "h100-sxm5", "--gpus", "8"),
                  List.of("inference-cost"),
                  List.of("rental"),
                  List.of("rental", "--fleet", Examples.fleet("h100-neocloud.yaml")),
                  List.of("compare"),
                  List.of(
                      "compare",
                      Examples.fleet("h100-neocloud.yaml"),
                      Examples.fleet("mixed-fleet.yaml")),
                  List.of("sensitivity"),
                  List.of("sensitivity", Examples.fleet("h100-neocloud.yaml")),
                  List.of("montecarlo"),
                  List.of("montecarlo", Examples.fleet("h100-neocloud.yaml"), "--samples", "300")));

  /** Words the CLI knows; never --output, which writes files. */
  private static final Gen<String> WORDS =
      arbitrary()
          .pick(
              List.of(
                  "catalog",
                  "list",
                  "show",
                  "compare",
                  "export",
                  "diff",
                  "builtin",
                  "--without-builtin",
                  "export-control",
                  "classify",
                  "rules",
                  "--format",
                  "json",
                  "csv",
                  "table",
                  "xml",
                  "--vendor",
                  "NVIDIA",
                  "--rule",
                  "all",
                  "us-2022-10",
                  "--as-of",
                  "2024-01-01",
                  "2024-13-01",
                  "1900-01-01",
                  "--catalog",
                  "h100",
                  "H20",
                  "h200-sxm",
                  "H10",
                  "-",
                  "--",
                  "-x",
                  "-h",
                  "=",
                  "--format=",
                  "--rule=",
                  "--as-of=",
                  "--vendor=",
                  "",
                  "fleet",
                  "tco",
                  "training-cost",
                  "inference-cost",
                  "rental",
                  "markdown",
                  "--detail",
                  "--gpus",
                  "--servers",
                  "--power-mw",
                  "--utility-mw",
                  "--it-mw",
                  "8",
                  "1001",
                  "0",
                  "-1",
                  "1e400",
                  "NaN",
                  "0.5",
                  "2.5",
                  "--rounding",
                  "up",
                  "--set",
                  "pue=0.9",
                  "pue=1.2",
                  "pue",
                  "--utilisation",
                  "--financing",
                  "debt",
                  "--debt-rate",
                  "--horizon-years",
                  "--oversubscription",
                  "--tiers",
                  "--facility",
                  "owned",
                  "--flops",
                  "--params",
                  "--tokens",
                  "--mfu",
                  "--gpu-hours",
                  "--rental-price",
                  "--precision",
                  "fp8",
                  "--cluster",
                  "--fleet",
                  "--price",
                  "--active-params",
                  "--kv-bytes-per-token",
                  "--context",
                  "--batch",
                  "--compute-efficiency",
                  "--memory-efficiency",
                  "--cost-per-gpu-hour",
                  "--samples",
                  "--seed",
                  "--threads",
                  "sensitivity",
                  "montecarlo"));

  private static final Gen<String> TOKENS =
      WORDS
          .mix(strings().basicLatinAlphabet().ofLengthBetween(0, 12), 30)
          .mix(strings().allPossible().ofLengthBetween(0, 6), 15);

  private static final Gen<List<String>> ARGS =
      COMMANDS.zip(
          lists().of(TOKENS).ofSizeBetween(0, 6),
          (command, tail) -> {
            List<String> args = new ArrayList<>(command);
            args.addAll(tail);
            return args;
          });

  @Test
  void neverThrowsAndNeverFailsInternally() {
    qt().withExamples(100)
        .forAll(ARGS)
        .check(
            args -> {
              Cli.Result r = Cli.run(args.toArray(new String[0]));
              return (r.code() == 0 || r.code() == 2) && (r.code() == 0 || !r.err().isEmpty());
            });
  }
}
