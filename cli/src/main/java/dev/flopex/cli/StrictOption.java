package dev.flopex.cli;

import dev.flopex.costing.CostEngine;
import picocli.CommandLine.Option;

/** {@code --strict} for the commands that cost: warnings become an error (exit 2) listing them. */
final class StrictOption {
  @Option(
      names = "--strict",
      description =
          "Refuse a result with warnings (a price far from its date, an unpriced part, "
              + "a part without a power figure): exit 2 listing them instead of printing them under the result.")
  boolean strict;

  /**
   * Returns the engine: {@link CostEngine#strict()} with {@code --strict}, else {@link
   * CostEngine#create()}.
   */
  CostEngine engine() {
    return strict ? CostEngine.strict() : CostEngine.create();
  }
}
