package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Only the subcommand a command line names is built; every other command line gets them all. */
class SubcommandsTest {
  private static List<String> built(String... args) {
    PrintStream out = System.out;
    CommandLine cmd =
        new CommandLine(new FlopexCommand(new Context(out, System.err, LocalDate.of(2026, 1, 1))));
    FlopexCommand.addSubcommands(cmd, args);
    return new ArrayList<>(cmd.getSubcommands().keySet());
  }

  @Test
  void eachEntryIsTheCommandOfThatName() {
    FlopexCommand.SUBCOMMANDS.forEach(
        (name, type) -> assertThat(type.getAnnotation(Command.class).name()).isEqualTo(name));
  }

  @Test
  void aNamedSubcommandIsTheOnlyOneBuilt() {
    assertThat(built("fleet", "x.yaml")).containsExactly("fleet");
    assertThat(built("--catalog", "mine.yaml", "tco", "--help")).containsExactly("tco");
    assertThat(built("--catalog=mine.yaml", "catalog", "list")).containsExactly("catalog");
  }

  @Test
  void aLoneVersionOptionBuildsNone() {
    assertThat(built("--version")).isEmpty();
    assertThat(built("-V")).isEmpty();
    assertThat(Cli.run("--version").out()).startsWith("flopex ").contains("(catalog ");
    assertThat(Cli.run("-V").out()).isEqualTo(Cli.run("--version").out());
  }

  @Test
  void anythingElseBuildsEverySubcommandInHelpOrder() {
    List<String> all = new ArrayList<>(FlopexCommand.SUBCOMMANDS.keySet());
    assertThat(built()).containsExactlyElementsOf(all);
    assertThat(built("--help")).containsExactlyElementsOf(all);
    assertThat(built("--version", "fleet")).containsExactlyElementsOf(all);
    assertThat(built("flet", "x.yaml")).containsExactlyElementsOf(all);
    assertThat(built("--bogus", "fleet")).containsExactlyElementsOf(all);
    assertThat(built("--catalog")).containsExactlyElementsOf(all);
    assertThat(all)
        .containsExactly(
            "catalog",
            "export-control",
            "fleet",
            "tco",
            "training-cost",
            "inference-cost",
            "rental",
            "compare",
            "sensitivity",
            "montecarlo");
  }

  @Test
  void theRootHelpStillListsEveryCommand() {
    Cli.Result r = Cli.run("--help");

    assertThat(r.out()).contains("catalog", "export-control", "montecarlo", "training-cost");
  }
}
