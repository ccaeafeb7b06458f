package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.localDates;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.flopex.core.units.ComputeRateUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of the built-in catalog, checked over generated picks of its entries and names. */
class CatalogProperties {
  private static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();

  static Gen<Accelerator> accelerators() {
    return Generate.pick(CATALOG.accelerators());
  }

  static Gen<Part> parts() {
    return Generate.pick(CatalogInvariantsTest.allParts());
  }

  /** A part with one of its names (id or alias). */
  record Named(Part part, String name) {
    @Override
    public String toString() {
      return part.id() + " as '" + name + "'";
    }
  }

  static Gen<Named> partNames() {
    List<Named> names = new ArrayList<>();
    for (Part p : CatalogInvariantsTest.allParts()) {
      names.add(new Named(p, p.id()));
      p.aliases().forEach(a -> names.add(new Named(p, a)));
    }
    return Generate.pick(names);
  }

  /**
   * Re-spells a name: random case, and random spaces, hyphens and underscores between characters.
   */
  static Gen<String> respelled(String name) {
    return integers()
        .between(0, Integer.MAX_VALUE)
        .map(
            seed -> {
              java.util.Random r = new java.util.Random(seed);
              StringBuilder sb = new StringBuilder();
              String separators = " -_";
              for (char c : name.toCharArray()) {
                if (r.nextInt(4) == 0) {
                  sb.append(separators.charAt(r.nextInt(separators.length())));
                }
                if (Character.isLetterOrDigit(c)) {
                  sb.append(r.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
                } else if (r.nextBoolean()) {
                  sb.append(c);
                } // else drop the punctuation
              }
              return sb.toString();
            });
  }

  @Test
  void sparseIsNeverBelowDense() {
    qt().forAll(accelerators(), Generate.enumValues(Precision.class))
        .checkAssert(
            (a, p) ->
                a.sparse(p)
                    .ifPresent(
                        s -> {
                          assertThat(a.dense(p))
                              .as("%s %s has a dense figure beside its sparse one", a.id(), p)
                              .isPresent();
                          assertThat(s)
                              .as("%s %s", a.id(), p)
                              .isGreaterThanOrEqualTo(a.dense(p).orElseThrow());
                        }));
  }

  @Test
  void sparsityDoublingMeansSparseIsTwiceDense() {
    qt().forAll(accelerators(), Generate.enumValues(Precision.class))
        .checkAssert(
            (a, p) ->
                Optional.ofNullable(a.compute().get(p))
                    .ifPresent(
                        t -> {
                          if (t.value().sparsityDoubles()) {
                            assertThat(t.value().sparse().orElseThrow().ratio(t.value().dense()))
                                .isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-3));
                          }
                        }));
  }

  @Test
  void unsupportedPrecisionsHaveNoFigures() {
    qt().forAll(accelerators(), Generate.enumValues(Precision.class))
        .checkAssert(
            (a, p) -> {
              if (a.unsupported().contains(p)) {
                assertThat(a.dense(p)).as("%s %s", a.id(), p).isEmpty();
                assertThat(a.sparse(p)).as("%s %s", a.id(), p).isEmpty();
              }
            });
  }

  @Test
  void computeIsInTheDisplayUnitOfItsPrecision() {
    qt().forAll(accelerators(), Generate.enumValues(Precision.class))
        .checkAssert(
            (a, p) ->
                a.dense(p)
                    .ifPresent(
                        d -> {
                          assertThat(d.unit()).isEqualTo(p.displayUnit());
                          assertThat(d.unit() == ComputeRateUnit.TERAOP_PER_SECOND)
                              .isEqualTo(p.isInteger());
                        }));
  }

  @Test
  void lookupIgnoresCaseSpacesHyphensAndUnderscores() {
    qt().forAll(partNames().flatMap(n -> respelled(n.name()).map(s -> new Named(n.part(), s))))
        .assuming(n -> !DefaultHardwareCatalog.normalise(n.name()).isEmpty())
        .checkAssert(
            n ->
                assertThat(CatalogInvariantsTest.lookup(n.part(), n.name()).id())
                    .as("'%s' resolves to %s", n.name(), n.part().id())
                    .isEqualTo(n.part().id()));
  }

  @Test
  void unknownNamesThrowUnknownPartExceptionSuggestingOnlyCatalogIds() {
    Set<String> ids = CATALOG.accelerators().stream().map(Part::id).collect(Collectors.toSet());
    // 300 examples: each miss computes edit distances to every name in the catalog
    qt().withExamples(300)
        .forAll(strings().allPossible().ofLengthBetween(0, 30))
        .assuming(s -> CATALOG.findAccelerator(s).isEmpty())
        .checkAssert(
            s -> {
              UnknownPartException e =
                  catchThrowableOfType(UnknownPartException.class, () -> CATALOG.accelerator(s));
              assertThat(e).as("lookup of '%s'", s).isNotNull();
              assertThat(e.getMessage())
                  .startsWith("accelerator '" + s + "' is not in the catalog");
              assertThat(e.suggestions())
                  .as("suggestions for '%s'", s)
                  .hasSizeLessThanOrEqualTo(3)
                  .doesNotHaveDuplicates();
              assertThat(ids).as("suggestions for '%s'", s).containsAll(e.suggestions());
            });
  }

  @Test
  void lookupOfAnIdReturnsTheSameEntryAsTheList() {
    qt().forAll(accelerators())
        .checkAssert(
            a -> {
              assertThat(CATALOG.accelerator(a.id())).isSameAs(a);
              assertThat(CATALOG.accelerator(a.id().toUpperCase(Locale.ROOT))).isSameAs(a);
            });
  }

  @Test
  void newPriceUsesOnlyNewPurchasePricesAndMatchesEveryDatedPoint() {
    Gen<Part> priced =
        Generate.pick(
            CatalogInvariantsTest.allParts().stream()
                .filter(p -> p.prices().stream().anyMatch(x -> x.basis().isNewPurchase()))
                .collect(Collectors.toList()));
    qt().forAll(
            priced,
            localDates()
                .withDaysBetween(
                    LocalDate.of(2018, 1, 1).toEpochDay(), LocalDate.of(2030, 1, 1).toEpochDay()))
        .checkAssert(
            (p, date) -> {
              PriceQuote q = p.newPrice(date).orElseThrow();
              assertThat(q.from().basis().isNewPurchase())
                  .as("%s on %s from %s", p.id(), date, q.from())
                  .isTrue();
              q.to().ifPresent(t -> assertThat(t.basis().isNewPurchase()).isTrue());
              assertThat(q.price().amount()).isPositive().isFinite();
              assertThat(q.yearsFromNearestPoint()).isGreaterThanOrEqualTo(0);
              List<PricePoint> news =
                  p.prices().stream()
                      .filter(x -> x.basis().isNewPurchase())
                      .collect(Collectors.toList());
              double lo = news.stream().mapToDouble(x -> x.price().amount()).min().orElseThrow();
              double hi = news.stream().mapToDouble(x -> x.price().amount()).max().orElseThrow();
              // never above the dearest dated price; below the cheapest only by declining after the
              // last
              assertThat(q.price().amount()).isLessThanOrEqualTo(hi * (1 + 1e-12));
              if (q.rule() != PriceQuote.Rule.DECLINED_AFTER_LAST) {
                assertThat(q.price().amount()).isGreaterThanOrEqualTo(lo * (1 - 1e-12));
              }
              for (PricePoint x : news) {
                if (!date.isBefore(x.asOf().start()) && !date.isAfter(x.asOf().end())) {
                  assertThat(q.rule()).isEqualTo(PriceQuote.Rule.AT_POINT);
                }
              }
            });
  }

  @Test
  void newPriceAfterTheLastPointNeverRisesWithTime() {
    Gen<Part> priced =
        Generate.pick(
            CatalogInvariantsTest.allParts().stream()
                .filter(p -> p.latestNewPrice().isPresent())
                .collect(Collectors.toList()));
    qt().forAll(priced, integers().between(1, 3000), integers().between(0, 3000))
        .checkAssert(
            (p, after, more) -> {
              LocalDate last = p.latestNewPrice().orElseThrow().asOf().end();
              LocalDate d1 = last.plusDays(after);
              LocalDate d2 = d1.plusDays(more);
              assertThat(p.newPrice(d2).orElseThrow().price().amount())
                  .isLessThanOrEqualTo(p.newPrice(d1).orElseThrow().price().amount());
            });
  }

  @Test
  void everyFigureCitesASourceTheCatalogLists() {
    Set<dev.flopex.core.provenance.Source> sources = Set.copyOf(CATALOG.sources());
    qt().forAll(parts())
        .checkAssert(
            p ->
                CatalogInvariantsTest.provenances(p)
                    .forEach(
                        (path, prov) ->
                            assertThat(sources)
                                .as("%s.%s cites %s", p.id(), path, prov.source().id())
                                .contains(prov.source())));
  }
}
