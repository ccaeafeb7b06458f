package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void helpListsTheCommands() {
    Cli.Result r = Cli.run("--help");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Usage: flopex", "catalog", "export-control", "--catalog", "--version")
        .contains(
            "fleet",
            "tco",
            "training-cost",
            "inference-cost",
            "rental",
            "compare",
            "sensitivity",
            "montecarlo");
    assertThat(Cli.run("montecarlo", "--help").out())
        .contains("Usage: flopex montecarlo", "--samples", "--seed", "--threads", "--output");
    assertThat(Cli.run("sensitivity", "--help").out())
        .contains("Usage: flopex sensitivity", "--output", "--format");
    assertThat(Cli.run("compare", "--help").out()).contains("Usage: flopex compare", "FILE");
    assertThat(Cli.run("tco", "--help").out())
        .contains("Usage: flopex tco", "--system", "--set", "--utility-mw", "--it-mw");
    assertThat(Cli.run("catalog", "show", "--help").out())
        .contains("Usage: flopex catalog show", "--format");
  }

  @Test
  void versionNamesTheCatalogData() {
    Cli.Result r = Cli.run("--version");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("flopex ")
        .contains("(catalog 2026.12.04, data as of 2026-12-04)");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli.Result r = Cli.run("catalog", "list", "--bogus");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(2);
    assertThat(r.errLines().get(0)).isEqualTo("flopex: Unknown option: '--bogus'");
    assertThat(r.errLines().get(1)).startsWith("Try 'flopex --help'");
  }

  @Test
  void unknownCommandSuggestsTheNearest() {
    Cli.Result r = Cli.run("catalog", "lst");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(2);
    assertThat(r.errLines().get(0)).contains("'lst'", "did you mean list");
  }

  @Test
  void missingParameterIsAUsageError() {
    Cli.Result r = Cli.run("catalog", "show");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines().get(0)).contains("Missing required parameter");
    assertThat(r.errLines().get(1)).startsWith("Try 'flopex --help'");
  }

  @Test
  void noCommandIsAUsageError() {
    assertThat(Cli.run().code()).isEqualTo(2);
    assertThat(Cli.run("catalog").code()).isEqualTo(2);
    assertThat(Cli.run("export-control").code()).isEqualTo(2);
  }

  @Test
  void nullArgumentsDoNotThrow() {
    java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
    java.io.PrintStream stream =
        new java.io.PrintStream(sink, true, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(Main.run(stream, stream, (String[]) null)).isEqualTo(2);
    assertThat(sink.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("flopex: ");
  }
}
