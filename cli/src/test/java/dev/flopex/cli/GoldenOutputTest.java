package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden copies of the CSV output (and the detailed JSON) of every shipped example fleet, with its
 * sensitivity and Monte Carlo where the file has them, and of the README's tco example: any change
 * to a number, a column or a basis line fails here, so outputs change only on purpose. To accept a
 * deliberate change, run {@code ./mvnw -pl cli test -Dtest=GoldenOutputTest
 * -Dflopex.golden.update=true}, review {@code git diff cli/src/test/resources/golden} and commit it
 * with the reason.
 */
class GoldenOutputTest {
  private static final Path FLEETS = Path.of("..", "examples", "fleets");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Stream<List<String>> commands() throws IOException {
    List<List<String>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(FLEETS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        String name = f.getFileName().toString().replace(".yaml", "");
        out.add(List.of("fleet-" + name, "fleet", f.toString(), "--format", "csv"));
        out.add(
            List.of("fleet-json-" + name, "fleet", f.toString(), "--detail", "--format", "json"));
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (text.contains("\nsensitivity:")) {
          out.add(List.of("sensitivity-" + name, "sensitivity", f.toString(), "--format", "csv"));
        }
        if (text.contains("\nuncertainty:")) {
          out.add(
              List.of(
                  "montecarlo-" + name,
                  "montecarlo",
                  f.toString(),
                  "--samples",
                  "2000",
                  "--seed",
                  "7",
                  "--format",
                  "csv"));
        }
      }
    }
    out.add(
        List.of(
            "tco-readme",
            "tco",
            "--system",
            "hgx-h100",
            "--gpus",
            "20480",
            "--purchase-date",
            "2024-09-01",
            "--assumptions",
            "neocloud",
            "--region",
            "us-virginia",
            "--facility",
            "colocation-wholesale",
            "--set",
            "pue=1.2",
            "--format",
            "csv"));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void test_outputMatchesGoldenCopy(List<String> command) throws IOException {
    String name = command.get(0);
    Cli.Result r = Cli.run(command.subList(1, command.size()).toArray(new String[0]));
    assertThat(r.code()).as("%s: %s", name, r.err()).isZero();
    Path golden = GOLDEN.resolve(name + (command.contains("json") ? ".json" : ".csv"));
    if (Boolean.getBoolean("flopex.golden.update") || !Files.exists(golden)) {
      Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
      assertThat(Boolean.getBoolean("flopex.golden.update"))
          .as("%s had no golden copy; one was written: review and commit it", golden)
          .isTrue();
    }
    assertThat(r.out())
        .as(
            "%s differs from its golden copy %s (see the class comment to accept a deliberate change)",
            name, golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
