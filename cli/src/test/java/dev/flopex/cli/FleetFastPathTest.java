package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flopex fleet FILE} runs without picocli (issue 13, W4): for every shipped example fleet
 * and for every kind of bad file, the fast path and picocli's path print the same bytes on both
 * streams and exit with the same status; every other shape of arguments goes to picocli.
 */
class FleetFastPathTest {
  @TempDir Path tmp;

  private static Cli.Result run(boolean fastPath, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            fastPath,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    return new Cli.Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void assertSameOnBothPaths(String file) {
    assertThat(FleetCommand.isPlain(new String[] {"fleet", file})).as(file).isTrue();
    Cli.Result fast = run(true, "fleet", file);
    Cli.Result picocli = run(false, "fleet", file);
    assertThat(fast.out()).as("stdout of fleet %s", file).isEqualTo(picocli.out());
    assertThat(fast.err()).as("stderr of fleet %s", file).isEqualTo(picocli.err());
    assertThat(fast.code()).as("exit status of fleet %s", file).isEqualTo(picocli.code());
  }

  @Test
  void everyExampleFleetPrintsTheSameBytesOnBothPaths() throws IOException {
    Path dir = Path.of(Examples.fleet("deepseek-2025-01.yaml")).getParent();
    List<String> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> files.add(p.toString()));
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    for (String f : files) {
      assertSameOnBothPaths(f);
    }
    assertThat(run(true, "fleet", files.get(0)).code()).isZero();
  }

  @Test
  void everyKindOfBadFileFailsTheSameWayOnBothPaths() throws IOException {
    Path malformed = tmp.resolve("malformed.yaml");
    Files.writeString(malformed, "schema: flopex-fleet/1\nname: [unclosed\n");
    Path unknownSystem = tmp.resolve("unknown-system.yaml");
    String deepseek =
        Files.readString(Path.of(Examples.fleet("deepseek-2025-01.yaml")), StandardCharsets.UTF_8);
    assertThat(deepseek).contains("system: hgx-h800");
    Files.writeString(unknownSystem, deepseek.replace("system: hgx-h800", "system: hgx-h8000"));
    Path empty = tmp.resolve("empty.yaml");
    Files.writeString(empty, "");
    List<String> bad =
        List.of(
            tmp.resolve("missing.yaml").toString(),
            tmp.toString(),
            " ",
            "bad\0path.yaml",
            malformed.toString(),
            unknownSystem.toString(),
            empty.toString());
    for (String f : bad) {
      assertSameOnBothPaths(f);
      assertThat(run(true, "fleet", f).code()).as("exit status of fleet %s", f).isEqualTo(2);
    }
    assertThat(run(true, "fleet", unknownSystem.toString()).err()).contains("hgx-h8000");
  }

  @Test
  void everyOtherShapeOfArgumentsGoesToPicocli() {
    String f = Examples.fleet("h100-neocloud.yaml");
    for (String[] args :
        new String[][] {
          {"fleet"},
          {"fleet", f, "--detail"},
          {"fleet", "--help"},
          {"fleet", "-h"},
          {"fleet", "--format=json"},
          {"fleet", "-"},
          {"fleet", ""},
          {"fleet", null},
          {"--catalog", "x.yaml", "fleet", f},
          {"compare", f},
          {"Fleet", f},
          {f, "fleet"}
        }) {
      assertThat(FleetCommand.isPlain(args)).as(Arrays.toString(args)).isFalse();
    }
    // picocli's own answers are still given: help, and a usage error for an option-like FILE
    assertThat(run(true, "fleet", "--help").out()).contains("Usage: flopex fleet");
    Cli.Result dash = run(true, "fleet", "-x");
    assertThat(dash.code()).isEqualTo(2);
    assertThat(dash.err()).isEqualTo(run(false, "fleet", "-x").err());
  }
}
