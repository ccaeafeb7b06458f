package dev.flopex.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} for subcommands (the root also has {@code --version}). */
final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;
}
