package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flopex.catalog.CatalogExport;
import dev.flopex.catalog.HardwareCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ACCELERATORS = HardwareCatalog.builtIn().accelerators().size();

  @Test
  void listShowsEveryAcceleratorInAlignedColumns() {
    Cli.Result r = Cli.run("catalog", "list");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("h100-sxm5", "h200-sxm", "80 GiB", "989.5");
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(ACCELERATORS + 2);
    assertThat(lines.get(0)).isEqualTo("catalog 2026.12.04, data as of 2026-12-04");
    String header = lines.get(1);
    assertThat(header)
        .startsWith("ID")
        .contains(
            "VENDOR",
            "NAME",
            "MEMORY",
            "BF16 TFLOP/S",
            "FP8 TFLOP/S",
            "TDP W",
            "NEW PRICE USD/GPU (BASIS, AS OF)");
    String h100 = lines.stream().filter(l -> l.startsWith("h100-sxm5 ")).findFirst().orElseThrow();
    assertThat(h100.indexOf("NVIDIA")).isEqualTo(header.indexOf("VENDOR"));
    assertThat(h100.indexOf("NVIDIA H100")).isEqualTo(header.indexOf("NAME"));
    // the latest new-purchase price (2023-08 estimate), not the later used price (2026-03)
    assertThat(h100).contains("27500 (estimate, 2023-08)").doesNotContain("2026-03");
  }

  @Test
  void listFiltersByVendorIgnoringCase() {
    Cli.Result r = Cli.run("catalog", "list", "--vendor", "amd");

    assertThat(r.code()).isZero();
    assertThat(r.outLines()).hasSizeGreaterThan(2);
    assertThat(r.outLines().subList(2, r.outLines().size()))
        .allSatisfy(l -> assertThat(l).contains("AMD"));
    assertThat(r.out()).doesNotContain("h100-sxm5");
  }

  @Test
  void listOfAnUnknownVendorIsEmptyWithAHint() {
    Cli.Result r = Cli.run("catalog", "list", "--vendor", "nobody");

    assertThat(r.code()).isZero();
    assertThat(r.outLines()).hasSize(2);
    assertThat(r.err()).contains("vendors are").contains("NVIDIA");
  }

  @Test
  void listAsJsonIsPlainData() throws IOException {
    Cli.Result r = Cli.run("catalog", "list", "--format", "json");

    assertThat(r.code()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.isArray()).isTrue();
    assertThat(root.size()).isEqualTo(ACCELERATORS);
    JsonNode h100 = find(root, "h100-sxm5");
    assertThat(h100.get("bf16_dense_tflops").isNumber()).isTrue();
    assertThat(h100.get("bf16_dense_tflops").doubleValue()).isEqualTo(989.5);
    assertThat(h100.get("tdp_w").asInt()).isEqualTo(700);
    assertThat(h100.get("memory").asText()).isEqualTo("80 GiB");
    assertThat(h100.get("catalog_version").asText()).isEqualTo("2026.12.04");
    assertThat(h100.get("catalog_as_of").asText()).isEqualTo("2026-12-04");
  }

  @Test
  void listAsCsvHasAHeaderAndOneRowPerAccelerator() {
    Cli.Result r = Cli.run("catalog", "list", "--format", "csv");

    assertThat(r.code()).isZero();
    assertThat(r.outLines()).hasSize(ACCELERATORS + 1);
    assertThat(r.outLines().get(0)).startsWith("id,vendor,name,memory,");
    assertThat(r.out())
        .contains("h100-sxm5,NVIDIA,NVIDIA H100 SXM5 80GB,80 GiB,85.89934592,989.5,1979,700,");
    assertThat(r.outLines().get(0)).endsWith(",catalog_version,catalog_as_of");
    assertThat(r.outLines().get(1)).endsWith(",2026.12.04,2026-12-04");
  }

  @Test
  void numbersDoNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      assertThat(Cli.run("catalog", "list").out()).contains("989.5").doesNotContain("989,5");
      assertThat(Cli.run("catalog", "show", "h100").out()).contains("3.35 TB/s");
      assertThat(Cli.run("catalog", "list", "--format", "csv").out()).contains(",989.5,");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void showResolvesAnAliasAndGivesEveryFigureWithItsSource() {
    Cli.Result r = Cli.run("catalog", "show", "H100");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines().get(0)).startsWith("h100-sxm5");
    assertThat(r.out())
        .contains("989.5 TFLOP/s", "1979 TFLOP/s", "1979 TOP/s")
        .contains("900 GB/s bidirectional", "450 GB/s per direction")
        .contains("80 GiB", "3.35 TB/s", "PCIe 5.0 x16", "700 W")
        .contains("2023-08", "27500", "estimate", "per-gpu")
        // a used price is shown with its basis, and never as the list's new-purchase price
        .contains("2026-03", "23500", "used")
        .contains("not supported: fp6, fp4")
        .contains("TPP", "15832", "performance density", "19.45")
        .contains("rule in force on")
        .contains("Sources", "[1] ", "https://www.nvidia.com/en-us/data-center/h100/")
        .contains("high", "medium", "low");
    // each distinct source is listed once
    List<String> sourceLines =
        r.outLines().stream()
            .dropWhile(l -> !l.equals("Sources"))
            .filter(l -> l.matches("  \\[\\d+] .*"))
            .collect(Collectors.toList());
    assertThat(sourceLines).isNotEmpty().doesNotHaveDuplicates();
    assertThat(sourceLines.get(0)).startsWith("  [1] ");
  }

  @Test
  void showIncludesMeasurementsBesideTheDatasheet() {
    Cli.Result r = Cli.run("catalog", "show", "h200-sxm");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "Measurements",
            "bf16_gemm_8192",
            "989.5 TFLOP/s",
            "749.8 TFLOP/s",
            "654.7 TFLOP/s",
            "0.76",
            "0.66")
        .contains("hbm_copy_4GiB", "4.273 TB/s");
  }

  @Test
  void showAsJsonNamesUnitsInKeysAndCitesListedSources() throws IOException {
    Cli.Result r = Cli.run("catalog", "show", "h100-sxm5", "--format", "json");

    assertThat(r.code()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("id").asText()).isEqualTo("h100-sxm5");
    assertThat(root.at("/compute/bf16/dense_tflops").doubleValue()).isEqualTo(989.5);
    assertThat(root.at("/compute/bf16/sparse_tflops").doubleValue()).isEqualTo(1979);
    assertThat(root.at("/compute/int8/dense_tops").doubleValue()).isEqualTo(1979);
    assertThat(root.at("/scale_up/bandwidth/gb_s_bidirectional").doubleValue()).isEqualTo(900);
    assertThat(root.at("/scale_up/bandwidth/gb_s_per_direction").doubleValue()).isEqualTo(450);
    assertThat(root.at("/tdp/w").asInt()).isEqualTo(700);
    assertThat(root.at("/export_control/tpp").doubleValue()).isEqualTo(15832);
    assertThat(root.at("/export_control/derivation").isArray()).isTrue();
    Set<String> listed = new HashSet<>();
    root.get("sources").forEach(s -> listed.add(s.get("id").asText()));
    Set<String> cited = new HashSet<>();
    collectSources(root, cited);
    assertThat(listed).isNotEmpty().containsAll(cited);
  }

  @Test
  void aScaleUpFigureOfUnstatedDirectionIsShownAsStatedAndNeverConverted() throws IOException {
    // AMD gives MI455X's 3.6 TB/s without saying whether it counts one direction or both
    Cli.Result text = Cli.run("catalog", "show", "mi455x");
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("3.6 TB/s (direction unstated: neither bidirectional nor per direction)")
        .doesNotContain("1.8 TB/s per direction");
    JsonNode root = JSON.readTree(Cli.run("catalog", "show", "mi455x", "--format", "json").out());
    assertThat(root.at("/scale_up/bandwidth/gb_s_bidirectional").isNull()).isTrue();
    assertThat(root.at("/scale_up/bandwidth/gb_s_per_direction").isNull()).isTrue();
    assertThat(root.at("/scale_up/bandwidth/stated").asText())
        .isEqualTo("3.6 TB/s (direction unstated)");
    assertThat(root.at("/scale_up/bandwidth/stated_direction").asText()).isEqualTo("unstated");
    // so its export-control interconnect metric is unknown, and says why
    Cli.Result classify = Cli.run("export-control", "classify", "mi455x", "--rule", "all");
    assertThat(classify.code()).as(classify.err()).isZero();
    assertThat(classify.out())
        .contains("interconnect_bidirectional_gb_s unknown: the scale-up figure (3.6 TB/s, ")
        .contains(") does not state its direction");
  }

  @Test
  void showAndClassifyWorkForEveryAccelerator() throws IOException {
    for (var a : HardwareCatalog.builtIn().accelerators()) {
      Cli.Result text = Cli.run("catalog", "show", a.id());
      assertThat(text.code()).as(a.id() + ": " + text.err()).isZero();
      assertThat(text.out()).startsWith(a.id() + "  ").contains("Sources");
      Cli.Result json = Cli.run("catalog", "show", a.id(), "--format", "json");
      assertThat(json.code()).as(a.id() + ": " + json.err()).isZero();
      assertThat(JSON.readTree(json.out()).get("id").asText()).isEqualTo(a.id());
      Cli.Result all = Cli.run("export-control", "classify", a.id(), "--rule", "all");
      // a part without a dense figure (Rubin CPX: unstated sparsity only) classifies too: its TPP
      // is
      // unknown and the tests that need it are indeterminate, never guessed from an unstated figure
      assertThat(all.code()).as(a.id() + ": " + all.err()).isZero();
    }
  }

  @Test
  void compareIsSideBySide() {
    Cli.Result r = Cli.run("catalog", "compare", "h100-sxm5", "h200-sxm");

    assertThat(r.code()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(CatalogExport.COLUMNS.size() + 1);
    assertThat(lines.get(0)).startsWith("FIELD").contains("h100-sxm5", "h200-sxm");
    assertThat(lines.stream().filter(l -> l.startsWith("memory_type ")).findFirst().orElseThrow())
        .contains("HBM3", "HBM3e");
    assertThat(
            lines.stream()
                .filter(l -> l.startsWith("bf16_dense_tflops "))
                .findFirst()
                .orElseThrow())
        .contains("989.5");
  }

  @Test
  void compareAsCsvAndJson() throws IOException {
    Cli.Result csv = Cli.run("catalog", "compare", "H100", "H200", "--format", "csv");
    assertThat(csv.code()).isZero();
    assertThat(csv.outLines().get(0)).isEqualTo("field,h100-sxm5,h200-sxm");
    assertThat(csv.outLines()).hasSize(CatalogExport.COLUMNS.size() + 1);
    assertThat(csv.outLines()).contains("tdp_w,700,700");

    Cli.Result json = Cli.run("catalog", "compare", "h100-sxm5", "h200-sxm", "--format", "json");
    JsonNode root = JSON.readTree(json.out());
    assertThat(root.size()).isEqualTo(CatalogExport.COLUMNS.size());
    assertThat(root.get(0).get("field").asText()).isEqualTo("id");
    JsonNode tdp = root.get(CatalogExport.COLUMNS.indexOf("tdp_w"));
    assertThat(tdp.get("h200-sxm").isNumber()).isTrue();
  }

  @Test
  void compareNeedsTwoSkus() {
    Cli.Result r = Cli.run("catalog", "compare", "h100");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(2);
  }

  @Test
  void exportAsCsvHasTheExportColumnsAndOneRowPerAccelerator() {
    Cli.Result r = Cli.run("catalog", "export", "--format", "csv");

    assertThat(r.code()).isZero();
    // RFC 4180 allows any field to be quoted, so compare the header's fields
    assertThat(String.join(",", csvFields(r.outLines().get(0))))
        .isEqualTo(String.join(",", CatalogExport.COLUMNS));
    assertThat(r.outLines()).hasSize(ACCELERATORS + 1);
    assertThat(r.outLines().subList(1, r.outLines().size()))
        .allSatisfy(l -> assertThat(csvFields(l)).hasSize(CatalogExport.COLUMNS.size()));
  }

  @Test
  void exportAsJsonIsAnArray() throws IOException {
    Cli.Result r = Cli.run("catalog", "export", "--format", "json");

    assertThat(r.code()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.isArray()).isTrue();
    assertThat(root.size()).isEqualTo(ACCELERATORS);
    assertThat(root.get(0).has("tpp")).isTrue();
  }

  @Test
  void exportToAFileLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("catalog.csv");
    Files.writeString(file, "old content");

    Cli.Result r = Cli.run("catalog", "export", "--format", "csv", "--output", file.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(Cli.run("catalog", "export", "--format", "csv").out());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void exportIntoAMissingDirectoryFailsWithoutAPartialFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("missing").resolve("catalog.json");

    Cli.Result r = Cli.run("catalog", "export", "--format", "json", "--output", file.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("flopex: --output").contains("existing directory");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void exportNeedsAFormat() {
    Cli.Result r = Cli.run("catalog", "export");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--format").contains("Try 'flopex --help'");
  }

  @Test
  void unknownSkuSuggestsNames() {
    Cli.Result r = Cli.run("catalog", "show", "H10");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("flopex: ").contains("did you mean").contains("h100-sxm5");
  }

  @Test
  void badFormatIsAUserError() {
    Cli.Result r = Cli.run("catalog", "list", "--format", "xml");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("--format", "xml", "table, json, csv");
    assertThat(Cli.run("catalog", "show", "h100", "--format", "csv").code()).isEqualTo(2);
  }

  @Test
  void malformedOverlayNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("my-prices.yaml");
    Files.writeString(
        bad,
        String.join(
            "\n",
            "schema: flopex-catalog/1",
            "accelerators:",
            "  - id: h100-sxm5",
            "    tdp_w: {value: -5, source: nvidia-h100-product-page-specs, confidence: high}",
            ""));

    Cli.Result r = Cli.run("--catalog", bad.toString(), "catalog", "list");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("flopex: my-prices.yaml:4: ").contains("tdp_w");
  }

  @Test
  void yamlSyntaxErrorIsOneLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("broken.yaml");
    Files.writeString(bad, "schema: flopex-catalog/1\naccelerators: [\n  - id: {\n");

    Cli.Result r = Cli.run("catalog", "list", "--catalog", bad.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("flopex: broken.yaml:");
  }

  @Test
  void missingOverlayFileIsAUserError() {
    Cli.Result r = Cli.run("--catalog", "does-not-exist.yaml", "catalog", "list");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("does-not-exist.yaml");
  }

  @Test
  void overlayAddsAPriceBeforeOrAfterTheSubcommand(@TempDir Path dir) throws IOException {
    Path overlay = dir.resolve("quote.yaml");
    Files.writeString(
        overlay,
        String.join(
            "\n",
            "schema: flopex-catalog/1",
            "sources:",
            "  my-quote:",
            "    title: \"Vendor quote\"",
            "    read: 2026-11-01",
            "    kind: other",
            "accelerators:",
            "  - id: h100-sxm5",
            "    prices:",
            "      - {usd: 21000, as_of: 2099-10, basis: negotiated, unit: per-gpu, region: us, description: \"my negotiated price\", source: my-quote, confidence: medium}",
            ""));

    for (Cli.Result r :
        List.of(
            Cli.run("--catalog", overlay.toString(), "catalog", "list"),
            Cli.run("catalog", "list", "--catalog", overlay.toString()))) {
      assertThat(r.code()).isZero();
      assertThat(
              r.outLines().stream()
                  .filter(l -> l.startsWith("h100-sxm5 "))
                  .findFirst()
                  .orElseThrow())
          .contains("21000 (negotiated, 2099-10)");
    }
    Cli.Result show = Cli.run("--catalog", overlay.toString(), "catalog", "show", "h100");
    assertThat(show.out()).contains("my negotiated price", "Vendor quote", "quote.yaml:");
  }

  /** Splits one CSV record (no embedded line breaks) into its unquoted fields. */
  static List<String> csvFields(String line) {
    List<String> fields = new java.util.ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    fields.add(f.toString());
    return fields;
  }

  private static JsonNode find(JsonNode array, String id) {
    for (JsonNode n : array) {
      if (n.get("id").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no " + id);
  }

  private static void collectSources(JsonNode n, Set<String> out) {
    if (n.isObject()) {
      if (n.has("source") && n.has("confidence")) {
        out.add(n.get("source").asText());
      }
      n.properties().forEach(e -> collectSources(e.getValue(), out));
    } else if (n.isArray()) {
      n.forEach(x -> collectSources(x, out));
    }
  }

  @Test
  void instancesListsTheCloudTable_withCountsAndHourlyPrices() {
    Cli.Result r = Cli.run("catalog", "instances", "--provider", "AWS");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines().get(0))
        .startsWith("PROVIDER")
        .contains("ACCELERATOR", "COUNT", "USD PER INSTANCE-HOUR");
    String p5 =
        r.outLines().stream()
            .filter(l -> l.startsWith("aws") && l.contains(" p5.48xlarge "))
            .findFirst()
            .orElseThrow();
    // tsaol-aws-gpu-p5-family-2026-08: 'gpuCount': 8, us-east-1 on-demand 55.04 USD/h
    assertThat(p5)
        .contains("h100-sxm5")
        .contains(" 8 ")
        .contains("55.04 (cloud-on-demand, us-east-1, 2026-08-26)");
    assertThat(r.outLines().subList(1, r.outLines().size()))
        .allSatisfy(l -> assertThat(l).startsWith("aws"));
  }

  @Test
  void instancesResolvesATpuPattern_andRefusesAnUnknownNameWithDidYouMean() throws IOException {
    Cli.Result v5p = Cli.run("catalog", "instances", "v5p-128", "--format", "json");
    assertThat(v5p.code()).isZero();
    JsonNode row = JSON.readTree(v5p.out()).get(0);
    assertThat(row.get("accelerator").asText()).isEqualTo("tpu-v5p");
    assertThat(row.get("count").asInt()).isEqualTo(64); // v5p-N counts TensorCores, two per chip

    Cli.Result bad = Cli.run("catalog", "instances", "p5.48xlarg");
    assertThat(bad.code()).isNotZero();
    assertThat(bad.err()).startsWith("flopex: ").contains("did you mean").contains("p5.48xlarge");
  }
}
