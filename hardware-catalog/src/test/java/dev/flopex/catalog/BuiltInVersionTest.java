package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cheap version line (header of catalog.yaml only) agrees with the fully loaded catalog's. */
class BuiltInVersionTest {
  @Test
  void headerLineEqualsTheLoadedCatalogsLine() {
    String full = HardwareCatalog.builtIn().versionLine();

    assertThat(BuiltInVersion.fromHeader()).contains(full);
    assertThat(HardwareCatalog.builtInVersionLine()).isEqualTo(full);
  }

  @Test
  void headerLineHasTheDocumentedShape() {
    assertThat(BuiltInVersion.fromHeader().orElseThrow())
        .matches("catalog [0-9]{4}\\.[0-9]{2}\\.[0-9]{2}, data as of [0-9]{4}-[0-9]{2}-[0-9]{2}");
  }
}
