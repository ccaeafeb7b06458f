package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flopex catalog diff OLD NEW}: renders {@code CatalogDiff} as a table, CSV or JSON. The
 * built-in figure quoted is H100 SXM5's 700 W (accelerators-nvidia-hopper.yaml line 163, NVIDIA's
 * H100 product page).
 */
class CatalogDiffCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOPPER = "accelerators-nvidia-hopper.yaml";

  /** Changes one figure of the built-in data, keeping its source, confidence and note. */
  private static final String TDP_750 =
      "schema: flopex-catalog/1\n"
          + "accelerators:\n"
          + "  - id: h100-sxm5\n"
          + "    tdp_w: {value: 750, source: nvidia-h100-product-page-specs, confidence: high, note: \"'Up to 700W (configurable)'\"}\n";

  private static final String ACME =
      "schema: flopex-catalog/1\n"
          + "sources:\n"
          + "  acme-x1-datasheet-2026:\n"
          + "    title: \"ACME X1 datasheet\"\n"
          + "    read: 2026-11-20\n"
          + "    kind: datasheet\n"
          + "accelerators:\n"
          + "  - id: acme-x1\n"
          + "    vendor: ACME\n"
          + "    name: \"ACME X1 96GB (PCIe)\"\n"
          + "    architecture: X\n"
          + "    market: datacenter\n"
          + "    form_factor: PCIe\n"
          + "    memory:\n"
          + "      capacity: {value: 96, unit: GiB, source: acme-x1-datasheet-2026, confidence: high}\n";

  private static String write(Path dir, String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f.toString();
  }

  @Test
  void builtInWithItselfHasNoChanges() {
    Cli.Result r = Cli.run("catalog", "diff", "builtin", "builtin");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.outLines())
        .containsExactly(
            "catalog 2026.12.04 (data as of 2026-12-04) -> catalog 2026.12.04 (data as of 2026-12-04): no changes");
    assertThat(Cli.run("catalog", "diff", "builtin", "builtin", "--format", "csv").outLines())
        .containsExactly(
            "change,section,id,field,old_value,old_unit,old_source,old_file,old_line,new_value,new_unit,new_source,new_file,new_line");
  }

  @Test
  void oneChangedFigureIsOneRowWithOldNewAndSources(@TempDir Path dir) throws IOException {
    String mine = write(dir, "mine.yaml", TDP_750);

    Cli.Result r = Cli.run("catalog", "diff", "builtin", mine);
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .isEqualTo(
            "catalog 2026.12.04 (data as of 2026-12-04) -> catalog 2026.12.04+overlay (data as of 2026-12-04): "
                + "1 change (0 added, 0 removed, 1 changed)");
    assertThat(lines.get(1))
        .startsWith("CHANGE")
        .contains(
            "SECTION",
            "ID",
            "FIELD",
            "OLD",
            "NEW",
            "OLD SOURCE (FILE:LINE)",
            "NEW SOURCE (FILE:LINE)");
    assertThat(lines.get(2).split(" {2,}"))
        .containsExactly(
            "changed",
            "accelerators",
            "h100-sxm5",
            "tdp_w.value",
            "700 W",
            "750 W",
            "nvidia-h100-product-page-specs (" + HOPPER + ":163)",
            "nvidia-h100-product-page-specs (mine.yaml:4)");

    Cli.Result csv = Cli.run("catalog", "diff", "builtin", mine, "--format", "csv");
    assertThat(csv.outLines()).hasSize(2);
    assertThat(csv.outLines().get(1))
        .isEqualTo(
            "changed,accelerators,h100-sxm5,tdp_w.value,700,W,nvidia-h100-product-page-specs,"
                + HOPPER
                + ",163,750,W,nvidia-h100-product-page-specs,mine.yaml,4");

    JsonNode j =
        JSON.readTree(Cli.run("catalog", "diff", "builtin", mine, "--format", "json").out());
    assertThat(j.get("old").get("version").asText()).isEqualTo("2026.12.04");
    assertThat(j.get("new").get("version").asText()).isEqualTo("2026.12.04+overlay");
    assertThat(j.get("new").get("as_of").asText()).isEqualTo("2026-12-04");
    assertThat(j.get("counts").get("changed").asInt()).isEqualTo(1);
    JsonNode c = j.get("changes").get(0);
    assertThat(c.get("change").asText()).isEqualTo("changed");
    assertThat(c.get("field").asText()).isEqualTo("tdp_w.value");
    assertThat(c.get("old").get("value").asText()).isEqualTo("700");
    assertThat(c.get("old").get("unit").asText()).isEqualTo("W");
    assertThat(c.get("old").get("source").asText()).isEqualTo("nvidia-h100-product-page-specs");
    assertThat(c.get("old").get("line").asInt()).isEqualTo(163);
    assertThat(c.get("new").get("value").asText()).isEqualTo("750");
    assertThat(c.get("new").get("file").asText()).isEqualTo("mine.yaml");
  }

  @Test
  void addedAndRemovedEntries(@TempDir Path dir) throws IOException {
    String acme = write(dir, "acme.yaml", ACME);

    Cli.Result added = Cli.run("catalog", "diff", "builtin", acme, "--format", "csv");
    assertThat(added.outLines())
        .containsExactly(
            "change,section,id,field,old_value,old_unit,old_source,old_file,old_line,new_value,new_unit,new_source,new_file,new_line",
            "added,accelerators,acme-x1,,,,,,,ACME X1 96GB (PCIe),,,acme.yaml,10",
            "added,sources,acme-x1-datasheet-2026,,,,,,,ACME X1 datasheet,,acme-x1-datasheet-2026,acme.yaml,4");

    Cli.Result removed = Cli.run("catalog", "diff", acme, "builtin");
    assertThat(removed.code()).as(removed.err()).isZero();
    assertThat(removed.outLines().get(0)).endsWith(": 2 changes (0 added, 2 removed, 0 changed)");
    assertThat(removed.outLines().subList(2, 4))
        .allSatisfy(l -> assertThat(l).startsWith("removed  "));
    assertThat(removed.outLines().get(2))
        .contains("(entry)", "ACME X1 96GB (PCIe)", "(acme.yaml:10)");
  }

  @Test
  void filesAloneWithoutTheBuiltInData(@TempDir Path dir) throws IOException {
    String a = write(dir, "a.yaml", ACME);
    String b =
        write(dir, "b.yaml", ACME.replace("{value: 96, unit: GiB", "{value: 128, unit: GiB"));

    Cli.Result r = Cli.run("catalog", "diff", "--without-builtin", a, b, "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.outLines())
        .containsExactly(
            "change,section,id,field,old_value,old_unit,old_source,old_file,old_line,new_value,new_unit,new_source,new_file,new_line",
            "changed,accelerators,acme-x1,memory.capacity.value,96,GiB,acme-x1-datasheet-2026,a.yaml,15,128,GiB,acme-x1-datasheet-2026,b.yaml,15");
    assertThat(Cli.run("catalog", "diff", "--without-builtin", a, b).outLines().get(0))
        .isEqualTo(
            "catalog user+overlay (data as of unstated) -> catalog user+overlay (data as of unstated): 1 change (0 added, 0 removed, 1 changed)");
  }

  @Test
  void aFigureRestatedInOtherUnitsIsNoChangeAndAChangedFieldIsOneRow(@TempDir Path dir)
      throws IOException {
    String a =
        write(
            dir,
            "a.yaml",
            ACME
                + "    compute:\n"
                + "      fp4: {dense_pflops: 10, source: acme-x1-datasheet-2026, confidence: high}\n"
                + "    tdp_w: {value: 1100, source: acme-x1-datasheet-2026, confidence: high}\n");
    String b =
        write(
            dir,
            "b.yaml",
            ACME
                + "    compute:\n"
                + "      fp4: {dense_tflops: 10000, source: acme-x1-datasheet-2026, confidence: high}\n"
                + "    tdp_w: {value: 1400, source: acme-x1-datasheet-2026, confidence: high}\n");

    Cli.Result csv = Cli.run("catalog", "diff", "--without-builtin", a, b, "--format", "csv");
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(csv.outLines())
        .containsExactly(
            "change,section,id,field,old_value,old_unit,old_source,old_file,old_line,new_value,new_unit,new_source,new_file,new_line",
            "changed,accelerators,acme-x1,tdp_w.value,1100,W,acme-x1-datasheet-2026,a.yaml,18,1400,W,acme-x1-datasheet-2026,b.yaml,18");
    Cli.Result table = Cli.run("catalog", "diff", "--without-builtin", a, b);
    assertThat(table.outLines()).hasSize(3);
    assertThat(table.outLines().get(2).split(" {2,}"))
        .containsExactly(
            "changed",
            "accelerators",
            "acme-x1",
            "tdp_w.value",
            "1100 W",
            "1400 W",
            "acme-x1-datasheet-2026 (a.yaml:18)",
            "acme-x1-datasheet-2026 (b.yaml:18)");
    JsonNode j =
        JSON.readTree(
            Cli.run("catalog", "diff", "--without-builtin", a, b, "--format", "json").out());
    assertThat(j.at("/changes").size()).isEqualTo(1);
    assertThat(j.at("/changes/0/field").asText()).isEqualTo("tdp_w.value");
    assertThat(j.at("/changes/0/old/value").asText()).isEqualTo("1100");
    assertThat(j.at("/changes/0/new/value").asText()).isEqualTo("1400");
  }

  @Test
  void outputIsTheSameOnEveryRun(@TempDir Path dir) throws IOException {
    String acme = write(dir, "acme.yaml", ACME + "  - id: h100-sxm5\n    form_factor: SXM\n");
    String first = Cli.run("catalog", "diff", acme, "builtin", "--format", "json").out();
    for (int i = 0; i < 3; i++) {
      assertThat(Cli.run("catalog", "diff", acme, "builtin", "--format", "json").out())
          .isEqualTo(first);
    }
    JsonNode changes = JSON.readTree(first).get("changes");
    assertThat(changes.get(0).get("id").asText()).isEqualTo("acme-x1");
    assertThat(changes.get(1).get("id").asText()).isEqualTo("h100-sxm5");
    assertThat(changes.get(2).get("section").asText()).isEqualTo("sources");
  }

  @Test
  void aMistypedArgumentSaysWhatWasMeant(@TempDir Path dir) throws IOException {
    Cli.Result r = Cli.run("catalog", "diff", "bultin", "builtin");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly(
            "flopex: OLD must be 'builtin' or an existing catalog file; did you mean builtin? but was 'bultin'");

    String v2 = write(dir, "prices-v2.yaml", TDP_750);
    Cli.Result file =
        Cli.run("catalog", "diff", "builtin", dir.resolve("prices-v3.yaml").toString());
    assertThat(file.code()).isEqualTo(2);
    assertThat(file.errLines())
        .containsExactly(
            "flopex: NEW must be 'builtin' or an existing catalog file; did you mean "
                + v2
                + "? but was '"
                + dir.resolve("prices-v3.yaml")
                + "'");
  }

  @Test
  void aBadFileIsRefusedWithFileAndLine(@TempDir Path dir) throws IOException {
    String bad =
        write(dir, "bad.yaml", TDP_750.replace("source: nvidia-h100-product-page-specs, ", ""));
    Cli.Result r = Cli.run("catalog", "diff", "builtin", bad);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly("flopex: bad.yaml:4: accelerators[0].tdp_w.source is required");
  }

  @Test
  void catalogOverlaysDoNotApplyToDiff(@TempDir Path dir) throws IOException {
    String mine = write(dir, "mine.yaml", TDP_750);
    Cli.Result r = Cli.run("--catalog", mine, "catalog", "diff", "builtin", "builtin");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly(
            "flopex: --catalog must not be given to 'catalog diff' (name the catalogs to compare as OLD and NEW) but was '"
                + mine
                + "'");
  }
}
