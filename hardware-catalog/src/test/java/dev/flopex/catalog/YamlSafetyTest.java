package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.catalog.internal.yaml.YamlDoc;
import org.junit.jupiter.api.Test;

/** Plain YAML only: tags, anchors and aliases are refused wherever they appear. */
class YamlSafetyTest {

  @Test
  void test_parse_scalarAnchorRefused() {
    assertThatThrownBy(
            () ->
                YamlDoc.parse(
                    "x.yaml",
                    "schema: flopex-catalog/1\na: &t \"ACME\"\nb: 1\n",
                    CatalogException::new))
        .isInstanceOf(CatalogException.class)
        .hasMessage(
            "x.yaml:2: a must be plain YAML (anchors and aliases are not allowed) but was '&t'");
  }

  @Test
  void test_parse_scalarAliasRefused() {
    assertThatThrownBy(() -> YamlDoc.parse("x.yaml", "a: x\nb: *t\n", CatalogException::new))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("anchors and aliases are not allowed");
  }

  @Test
  void test_parse_collectionAnchorRefused() {
    assertThatThrownBy(
            () -> YamlDoc.parse("x.yaml", "a: &l [1, 2]\nb: *l\n", CatalogException::new))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("anchors and aliases are not allowed");
  }

  @Test
  void test_parse_typeTagRefused() {
    assertThatThrownBy(
            () -> YamlDoc.parse("x.yaml", "a: !!java.lang.Runtime {}\n", CatalogException::new))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("type tags are not allowed");
    assertThatThrownBy(() -> YamlDoc.parse("x.yaml", "a: !!str 3\n", CatalogException::new))
        .hasMessageContaining("type tags are not allowed");
  }

  @Test
  void test_parse_duplicateKeyRefused() {
    assertThatThrownBy(() -> YamlDoc.parse("x.yaml", "a: 1\na: 2\n", CatalogException::new))
        .isInstanceOf(CatalogException.class)
        .hasMessage("x.yaml:2: a must not repeat a key (first given at line 1) but was 'a'");
  }
}
