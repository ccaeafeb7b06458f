package dev.flopex.catalog;

import static dev.flopex.catalog.CatalogGenerators.FILE;
import static dev.flopex.catalog.CatalogGenerators.SOURCE_ID;
import static dev.flopex.catalog.CatalogGenerators.assertWellFormedError;
import static dev.flopex.catalog.CatalogGenerators.render;
import static dev.flopex.catalog.CatalogGenerators.tryLoad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.catalog.CatalogGenerators.Mutation;
import dev.flopex.catalog.CatalogGenerators.ValidAccelerator;
import dev.flopex.core.provenance.Confidence;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.units.Unit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The overlay loader on malformed and hostile input: it either loads or throws {@link
 * CatalogException} naming the file, field and rule; it never throws anything else, never hangs,
 * never instantiates a Java type named in the file, and never leaves a change half-applied.
 */
class HostileInputProperties {
  private static List<Accelerator> builtInAccelerators;
  private static List<SystemSpec> builtInSystems;

  @BeforeAll
  static void snapshotBuiltIn() {
    builtInAccelerators = List.copyOf(HardwareCatalog.builtIn().accelerators());
    builtInSystems = List.copyOf(HardwareCatalog.builtIn().systems());
  }

  private static void assertBuiltInUnchanged() {
    HardwareCatalog b = HardwareCatalog.builtIn();
    assertThat(b.accelerators()).isEqualTo(builtInAccelerators);
    assertThat(b.systems()).isEqualTo(builtInSystems);
    assertThat(b.overlayChanges()).isEmpty();
    assertThat(b.version()).doesNotContain("overlay");
  }

  @Test
  void theUnmutatedFixturesLoad() {
    // the properties below mutate these documents, so they must be valid to begin with
    assertThat(tryLoad(false, FILE, render(CatalogGenerators.richOverlay()))).isEmpty();
    assertThat(tryLoad(false, FILE, render(CatalogGenerators.minimalOverlay()))).isEmpty();
    assertThat(tryLoad(true, FILE, render(CatalogGenerators.richOverlay()))).isEmpty();
  }

  @Test
  void randomTextLoadsOrThrowsCatalogException() {
    qt().withExamples(1000)
        .forAll(CatalogGenerators.randomText())
        .checkAssert(
            text -> tryLoad(false, FILE, text).ifPresent(e -> assertWellFormedError(e, FILE)));
  }

  @Test
  void yamlTokenSoupLoadsOrThrowsCatalogException() {
    qt().withExamples(1000)
        .forAll(CatalogGenerators.yamlTokenSoup())
        .checkAssert(
            text -> tryLoad(false, FILE, text).ifPresent(e -> assertWellFormedError(e, FILE)));
  }

  @Test
  void spliceDamagedOverlayLoadsOrThrowsCatalogException() {
    qt().withExamples(500)
        .forAll(CatalogGenerators.splicedOverlay())
        .checkAssert(
            text -> tryLoad(false, FILE, text).ifPresent(e -> assertWellFormedError(e, FILE)));
  }

  @Test
  void everyHostileDocumentIsRejectedAndNeverHangs() {
    for (String doc : CatalogGenerators.hostileDocuments()) {
      Optional<CatalogException> error = tryLoad(false, FILE, doc);
      String shown = CatalogGenerators.abbreviate(doc.length() > 300 ? doc.substring(0, 300) : doc);
      assertThat(error).as("hostile document must be rejected:%n%s", shown).isPresent();
      assertWellFormedError(error.orElseThrow(), FILE);
      assertThat(error.orElseThrow().file()).as(shown).isEqualTo(FILE);
    }
    assertBuiltInUnchanged();
  }

  @Test
  void hostileFragmentsSplicedIntoAnOverlayLoadOrThrowCatalogException() {
    qt().withExamples(200)
        .forAll(CatalogGenerators.hostileFragmentsInOverlay())
        .checkAssert(
            doc -> tryLoad(false, FILE, doc).ifPresent(e -> assertWellFormedError(e, FILE)));
  }

  @Test
  void everyMutationIsRejectedNamingFieldAndRule() {
    qt().withExamples(200)
        .forAll(CatalogGenerators.mutations())
        .checkAssert(
            mutation -> {
              String yaml = render(mutation.apply().apply(CatalogGenerators.richOverlay()));
              Optional<CatalogException> error = tryLoad(false, FILE, yaml);
              assertThat(error)
                  .as("mutation '%s' must be rejected; document:%n%s", mutation, yaml)
                  .isPresent();
              CatalogException e = error.orElseThrow();
              assertWellFormedError(e, FILE);
              if (mutation.expectedText() != null) {
                assertThat(e.getMessage())
                    .as("mutation '%s'", mutation)
                    .startsWith(FILE + ":")
                    .contains(mutation.expectedText());
                assertThat(e.file()).isEqualTo(FILE);
                assertThat(e.line()).as("mutation '%s': %s", mutation, e.getMessage()).isPresent();
                assertThat(e.line().orElseThrow()).isLessThanOrEqualTo(yaml.split("\n", -1).length);
              } else if (mutation.expectedRule() != null) {
                assertThat(e.getMessage())
                    .as("mutation '%s'", mutation)
                    .contains(mutation.expectedRule());
              }
            });
  }

  /** Every fixed mutation at least once (the property above samples them). */
  @Test
  void eachFixedMutationIsRejectedNamingFieldAndRule() {
    for (Mutation mutation : CatalogGenerators.fixedMutations()) {
      String yaml = render(mutation.apply().apply(CatalogGenerators.richOverlay()));
      Optional<CatalogException> error = tryLoad(false, FILE, yaml);
      assertThat(error)
          .as("mutation '%s' must be rejected; document:%n%s", mutation, yaml)
          .isPresent();
      CatalogException e = error.orElseThrow();
      assertWellFormedError(e, FILE);
      if (mutation.expectedText() != null) {
        assertThat(e.getMessage())
            .as("mutation '%s'", mutation)
            .startsWith(FILE + ":")
            .contains(mutation.expectedText());
      } else if (mutation.expectedRule() != null) {
        assertThat(e.getMessage()).as("mutation '%s'", mutation).contains(mutation.expectedRule());
      }
    }
  }

  @Test
  void aFailingOverlayOverTheBuiltInCatalogNeverHalfApplies() {
    // a valid overlay that changes h100-sxm5, followed by a mutated one: the load must fail as a
    // whole, and neither the built-in catalog nor a later load may see the first overlay's change
    String goodChange =
        "schema: flopex-catalog/1\naccelerators:\n  - id: h100-sxm5\n"
            + "    tdp_w: {value: 650, source: nvidia-h100-product-page-specs, confidence: medium}\n";
    // 25 examples: every load over the built-in data re-parses its ~6,000 lines (about 80 ms)
    qt().withExamples(25)
        .forAll(CatalogGenerators.mutations())
        .checkAssert(
            mutation -> {
              String bad = render(mutation.apply().apply(CatalogGenerators.richOverlay()));
              Optional<CatalogException> error =
                  tryLoad(
                      () ->
                          HardwareCatalog.loader()
                              .withBuiltIn()
                              .overlay("good.yaml", goodChange)
                              .overlay(FILE, bad)
                              .load(),
                      bad);
              assertThat(error).as("mutation '%s'", mutation).isPresent();
              assertThat(error.orElseThrow().file())
                  .as(
                      "the error is in the bad file, not the good one: %s",
                      error.orElseThrow().getMessage())
                  .isNotEqualTo("good.yaml");
              assertBuiltInUnchanged();
              assertThat(
                      HardwareCatalog.builtIn()
                          .accelerator("h100-sxm5")
                          .tdp()
                          .orElseThrow()
                          .value()
                          .in(PowerUnit.WATTS))
                  .isEqualTo(700.0);
            });
  }

  @Test
  void validGeneratedEntriesLoadWithTheFiguresWritten() {
    qt().withExamples(200)
        .forAll(CatalogGenerators.validAccelerators())
        .checkAssert(
            v -> {
              String yaml = render(v.overlay());
              HardwareCatalog c =
                  HardwareCatalog.loader().withoutBuiltIn().overlay(FILE, yaml).load();
              assertRoundTrip(c.accelerator(v.id()), v);
              assertThat(c.accelerators()).hasSize(1);
              assertThat(c.version()).isEqualTo("user+overlay");
            });
  }

  @Test
  void validGeneratedEntriesAreAddedOverTheBuiltInCatalog() {
    // 25 examples: every load over the built-in data re-parses its ~6,000 lines (about 80 ms)
    qt().withExamples(25)
        .forAll(CatalogGenerators.validAccelerators())
        .checkAssert(
            v -> {
              String yaml = render(v.overlay());
              HardwareCatalog c = HardwareCatalog.loader().withBuiltIn().overlay(FILE, yaml).load();
              assertRoundTrip(c.accelerator(v.id()), v);
              assertThat(c.accelerators()).hasSize(builtInAccelerators.size() + 1);
              assertThat(c.overlayChanges())
                  .singleElement()
                  .satisfies(
                      ch -> {
                        assertThat(ch.kind()).isEqualTo(OverlayChange.Kind.ADDED);
                        assertThat(ch.id()).isEqualTo(v.id());
                        assertThat(ch.file()).isEqualTo(FILE);
                        assertThat(ch.line())
                            .isEqualTo(CatalogGenerators.lineOf(yaml, "- id: " + v.id()));
                      });
              assertBuiltInUnchanged();
            });
  }

  private static void assertRoundTrip(Accelerator a, ValidAccelerator v) {
    assertThat(a.id()).isEqualTo(v.id());
    assertThat(a.tdp().orElseThrow().value().in(PowerUnit.WATTS))
        .isEqualTo(Double.parseDouble(v.tdp()));
    assertThat(a.tdp().orElseThrow().provenance().note()).contains(v.note());
    assertThat(a.tdp().orElseThrow().provenance().source().id()).isEqualTo(SOURCE_ID);
    assertThat(a.tdp().orElseThrow().confidence()).isEqualTo(Confidence.HIGH);
    assertThat(a.dense(Precision.BF16).orElseThrow().in(Precision.BF16.displayUnit()))
        .isEqualTo(Double.parseDouble(v.dense()));
    assertThat(a.sparse(Precision.BF16).orElseThrow().in(Precision.BF16.displayUnit()))
        .isEqualTo(Double.parseDouble(v.sparse()));
    DataSizeUnit unit = Unit.parse(DataSizeUnit.class, v.capacityUnit());
    assertThat(a.memory().capacity().value().unit()).isEqualTo(unit);
    assertThat(a.memory().capacity().value().value()).isEqualTo(Double.parseDouble(v.capacity()));
  }
}
