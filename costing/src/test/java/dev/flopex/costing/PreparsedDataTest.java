package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.catalog.internal.yaml.PreparsedYaml;
import dev.flopex.catalog.internal.yaml.YamlDoc;
import dev.flopex.core.validation.DataFileException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13 (W4): costing's bundled data files are read from the pre-parsed form the build makes of
 * them, and what that gives equals what their YAML text gives.
 */
class PreparsedDataTest {

  private static Path resource(String path) throws Exception {
    URL url = PreparsedDataTest.class.getResource(path);
    assertThat(url).as(path + " on the class path").isNotNull();
    return Path.of(url.toURI());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/dev/flopex/costing/regions/regions.yaml",
        "/dev/flopex/costing/assumptions/assumption-sets.yaml"
      })
  void test_thePreparsedFormIsCurrentAndEqualsTheYamlParse(String path) throws Exception {
    Path yamlFile = resource(path);
    String name = yamlFile.getFileName().toString();
    byte[] yaml = Files.readAllBytes(yamlFile);
    Path preFile = yamlFile.resolveSibling(name + PreparsedYaml.SUFFIX);
    assertThat(preFile).as("the build's pre-parsed form of " + name).exists();
    byte[] pre = Files.readAllBytes(preFile);

    YamlDoc read = PreparsedYaml.read(name, yaml, pre, DataFileException::new);
    assertThat(read).as(name + " pre-parsed from these bytes").isNotNull();
    YamlDoc parsed =
        YamlDoc.parse(name, new String(yaml, StandardCharsets.UTF_8), DataFileException::new);
    // the form records every node's kind, value, key order, line and written form: documents with
    // equal forms are the same document
    assertThat(PreparsedYaml.write(parsed, yaml)).isEqualTo(pre);
    assertThat(PreparsedYaml.write(read, yaml)).isEqualTo(pre);
  }

  @Test
  void test_builtInRegionsEqualTheRegionsReadFromTheText() throws Exception {
    String text =
        Files.readString(
            resource("/dev/flopex/costing/regions/regions.yaml"), StandardCharsets.UTF_8);
    assertThat(Regions.builtIn()).isEqualTo(Regions.load("regions.yaml", text));
    assertThat(Regions.builtIn().keySet())
        .containsExactlyElementsOf(Regions.load("regions.yaml", text).keySet());
  }

  @Test
  void test_builtInAssumptionSetsEqualTheSetsReadFromTheText() throws Exception {
    String text =
        Files.readString(
            resource("/dev/flopex/costing/assumptions/assumption-sets.yaml"),
            StandardCharsets.UTF_8);
    assertThat(AssumptionSets.builtIn())
        .isEqualTo(AssumptionSets.load("assumption-sets.yaml", text));
    assertThat(AssumptionSets.builtIn().keySet())
        .containsExactlyElementsOf(AssumptionSets.load("assumption-sets.yaml", text).keySet());
  }
}
