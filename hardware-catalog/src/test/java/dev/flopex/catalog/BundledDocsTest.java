package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.flopex.catalog.internal.yaml.YNode;
import dev.flopex.catalog.internal.yaml.YamlDoc;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in catalog's data files read on two threads ({@link CatalogLoader.BundledDocs}) are the
 * documents one thread reads in order, and a file that cannot be read fails with its own exception
 * at its own place.
 */
class BundledDocsTest {
  private static List<String> bundledFiles() {
    YNode root = CatalogLoader.bundled("catalog.yaml").rootNode();
    List<String> files = new ArrayList<>();
    files.add(root.get("price_trends").text());
    for (YNode f : root.get("files").elements()) {
      files.add(f.text());
    }
    return files;
  }

  @Test
  void everyFileReadOnTwoThreadsIsTheDocumentReadInOrder() {
    List<String> files = bundledFiles();
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    List<YamlDoc> inOrder = new ArrayList<>();
    for (String f : files) {
      inOrder.add(CatalogLoader.bundled(f));
    }
    // several rounds, so the two threads meet at different files
    for (int round = 0; round < 8; round++) {
      CatalogLoader.BundledDocs docs = new CatalogLoader.BundledDocs(files);
      for (int i = 0; i < files.size(); i++) {
        YamlDoc d = docs.get(i);
        assertThat(d.name()).isEqualTo(files.get(i));
        assertThat(d.rootNode().json).as(files.get(i)).isEqualTo(inOrder.get(i).rootNode().json);
        assertThat(d.line("")).isEqualTo(inOrder.get(i).line(""));
      }
    }
  }

  @Test
  void aFileThatCannotBeReadFailsWithItsOwnExceptionAtItsPlace() {
    List<String> files = bundledFiles();
    String missing = "no-such-file.yaml";
    Throwable direct = catchThrowable(() -> CatalogLoader.bundled(missing));
    assertThat(direct).isInstanceOf(CatalogException.class).hasMessageContaining(missing);

    CatalogLoader.BundledDocs docs =
        new CatalogLoader.BundledDocs(List.of(files.get(0), missing, files.get(1)));
    assertThat(docs.get(0).name()).isEqualTo(files.get(0));
    Throwable viaDocs = catchThrowable(() -> docs.get(1));
    assertThat(viaDocs).isInstanceOf(CatalogException.class).hasMessage(direct.getMessage());
    assertThat(docs.get(2).name()).isEqualTo(files.get(1));
  }
}
