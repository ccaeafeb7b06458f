package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flopex --version} and {@code --help} load no catalog (issue 13, W4): each runs in a fresh
 * JVM that logs every class it loads, and none of the classes that read catalog data may appear.
 * {@code catalog list} in the same harness must load them, so the check can fail.
 */
class ColdStartTest {
  /** Classes loaded only when catalog data files are parsed or bound. */
  private static final List<String> CATALOG_READING =
      List.of(
          "dev.flopex.catalog.BuiltIn",
          "dev.flopex.catalog.CatalogReader",
          "dev.flopex.catalog.ExportRulesReader",
          "dev.flopex.catalog.internal.yaml.YamlDoc",
          "org.snakeyaml.engine.v2.parser.ParserImpl");

  @TempDir Path tmp;

  private record Run(int code, String out, List<String> loaded) {}

  private Run run(String... args) throws Exception {
    Path log =
        tmp.resolve("classes-" + String.join("-", args).replaceAll("[^A-Za-z0-9.-]", "_") + ".log");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-Xlog:class+load=info:file=" + log,
                "-cp",
                System.getProperty("java.class.path"),
                "dev.flopex.cli.Main"));
    cmd.addAll(List.of(args));
    Path out = tmp.resolve("out.txt");
    Process p =
        new ProcessBuilder(cmd)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("exits within 120 s").isTrue();
    List<String> loaded = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      // [0.012s][info][class,load] dev.flopex.catalog.BuiltIn source: file:/...
      int at = line.indexOf("[class,load] ");
      if (at >= 0) {
        String rest = line.substring(at + "[class,load] ".length());
        int space = rest.indexOf(' ');
        loaded.add(space < 0 ? rest : rest.substring(0, space));
      }
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), loaded);
  }

  @Test
  void versionLoadsNoCatalog() throws Exception {
    Run r = run("--version");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("(catalog ").contains(", data as of ");
    assertThat(r.loaded())
        .contains("dev.flopex.cli.Main")
        .doesNotContainAnyElementsOf(CATALOG_READING);
  }

  @Test
  void helpLoadsNoCatalog() throws Exception {
    Run r = run("--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: flopex");
    assertThat(r.loaded())
        .contains("dev.flopex.cli.Main", "picocli.CommandLine")
        .doesNotContainAnyElementsOf(CATALOG_READING);
  }

  @Test
  void theMainJobReadsBundledDataPreparsedAndBuildsNoObjectMapper() throws Exception {
    Run r = run("fleet", Examples.fleet("deepseek-2025-01.yaml"));

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("h800");
    // the catalog and costing's data come from the build's pre-parsed form (the fleet file itself
    // is YAML, so SnakeYAML still loads); a table needs no ObjectMapper and no export rules
    assertThat(r.loaded())
        .contains(
            "dev.flopex.catalog.BuiltIn",
            "dev.flopex.catalog.internal.yaml.PreparsedYaml",
            "dev.flopex.costing.Regions",
            "dev.flopex.costing.AssumptionSets")
        .doesNotContain(
            "com.fasterxml.jackson.databind.ObjectMapper", "dev.flopex.catalog.ExportRulesReader");
    // `fleet FILE` runs without picocli's model (FleetFastPathTest); --help, run above, loads it
    assertThat(r.loaded()).doesNotContain("picocli.CommandLine");
  }

  @Test
  void theCatalogIsReadWithoutTheYamlParser() throws Exception {
    Run r = run("catalog", "list");

    assertThat(r.code()).isZero();
    assertThat(r.loaded())
        .contains("dev.flopex.catalog.internal.yaml.PreparsedYaml")
        .doesNotContain("org.snakeyaml.engine.v2.parser.ParserImpl");
  }

  @Test
  void aCommandThatNeedsTheCatalogLoadsIt() throws Exception {
    Run r = run("catalog", "list");

    assertThat(r.code()).isZero();
    assertThat(r.loaded())
        .contains(
            "dev.flopex.catalog.BuiltIn",
            "dev.flopex.catalog.CatalogReader",
            "dev.flopex.catalog.internal.yaml.YamlDoc");
  }
}
