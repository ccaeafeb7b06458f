package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.catalog.NicRole;
import dev.flopex.catalog.SystemSpec;
import dev.flopex.core.money.Money;
import dev.flopex.core.random.Distribution;
import dev.flopex.core.random.SampleStatistics;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.analysis.SensitivityInput;
import dev.flopex.costing.analysis.UncertainInput;
import dev.flopex.costing.economics.RentalTerms;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The API an embedder reaches for: structured warnings, strict mode, analyses of a cluster, typed
 * inputs, copies, defaults.
 */
class EmbedderApiTest {
  private static final CostEngine ENGINE = CostEngine.create();
  private static final FinancialTerms TERMS = FinancialTerms.of(5, 0.8);

  // ---------------------------------------------------------------- structured warnings

  @Test
  void test_warnings_haveKindSubjectAndTheirMessageAsText() {
    ClusterResult r = ENGINE.evaluate(Fixtures.h100Cluster(10), TERMS);
    Warning w =
        r.warnings().stream()
            .filter(x -> x.subject().equals("osfp-400g-sr4"))
            .findFirst()
            .orElseThrow();
    assertThat(w.kind()).isEqualTo(Warning.Kind.PRICE_DATE_FALLBACK);
    assertThat(w.message())
        .startsWith("osfp-400g-sr4 is priced 2 years from its nearest dated price");
    assertThat(w).hasToString(w.message());
    assertThat(Warning.messages(r.warnings()))
        .containsExactlyElementsOf(r.warnings().stream().map(Object::toString).toList());
  }

  @Test
  void test_warnings_missingMaxPowerIsItsOwnKind() {
    Cluster amd =
        Cluster.builder()
            .name("amd")
            .system(Fixtures.CATALOG.system("mi300x-platform"))
            .servers(2)
            .addNetworks(Fixtures.infiniband())
            .site(Site.of(Regions.get("us-virginia"), Facility.COLOCATION_WHOLESALE))
            .purchaseDate(java.time.LocalDate.of(2025, 1, 1))
            .assumptions(AssumptionSets.get("neocloud"))
            .putPriceOverrides("mi300x-platform", CostingGenerators.serverPrice(250_000))
            .build();
    assertThat(ENGINE.evaluate(amd, TERMS).warnings())
        .anySatisfy(
            w ->
                assertThat(w.kind().name() + " " + w.subject())
                    .isEqualTo("MISSING_MAX_POWER mi300x-platform"));
  }

  @Test
  void test_warning_refusesBlankSubjectOrMessage() {
    assertThatThrownBy(
            () ->
                dev.flopex.costing.internal.results.ImmutableWarning.of(
                    Warning.Kind.UNPRICED_PART, " ", "x"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("warning.subject");
    assertThatThrownBy(
            () ->
                dev.flopex.costing.internal.results.ImmutableWarning.of(
                    Warning.Kind.UNPRICED_PART, "x", ""))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("warning.message");
  }

  @Test
  void test_analyses_carryTheBaseCaseWarnings() {
    Fleet fleet = Fleet.builder().name("f").addClusters(Fixtures.h100Cluster(10)).build();
    List<Warning> base = ENGINE.evaluate(fleet, TERMS).warnings();
    assertThat(base).isNotEmpty();
    assertThat(
            ENGINE
                .sensitivity(
                    fleet,
                    TERMS,
                    List.of(SensitivityInput.of(AssumptionKey.PUE, 1.1, 1.5)),
                    Output.COST_PER_GPU_HOUR)
                .warnings())
        .isEqualTo(base);
    assertThat(
            ENGINE
                .monteCarlo(
                    fleet,
                    TERMS,
                    spec(
                        UncertainInput.assumption(
                            AssumptionKey.PUE, Distribution.uniform(1.1, 1.5)),
                        7),
                    ProgressListener.NONE)
                .warnings())
        .isEqualTo(base);
    assertThat(
            ENGINE
                .evaluate(
                    RentalTerms.of(ENGINE.evaluate(Fixtures.h100Cluster(10), TERMS), Money.usd(2)))
                .warnings())
        .isEqualTo(ENGINE.evaluate(Fixtures.h100Cluster(10), TERMS).warnings());
  }

  // ---------------------------------------------------------------- strict mode

  @Test
  void test_strict_refusesAResultWithWarningsListingThemAll() {
    Cluster c = Fixtures.h100Cluster(10);
    List<Warning> lenient = ENGINE.evaluate(c, TERMS).warnings();
    assertThat(CostEngine.strict().isStrict()).isTrue();
    assertThat(ENGINE.isStrict()).isFalse();
    assertThatThrownBy(() -> CostEngine.strict().evaluate(c, TERMS))
        .isInstanceOfSatisfying(
            WarningsException.class,
            e -> {
              assertThat(e.warnings()).isEqualTo(lenient);
              assertThat(e.field()).isEqualTo("warnings");
              assertThat(e.getMessage())
                  .startsWith("strict mode: the result has " + lenient.size() + " warning");
              lenient.forEach(w -> assertThat(e.getMessage()).contains(w.message()));
            });
    Fleet fleet = Fleet.builder().name("f").addClusters(c).build();
    assertThatThrownBy(() -> CostEngine.strict().evaluate(fleet, TERMS))
        .isInstanceOf(WarningsException.class);
    assertThatThrownBy(() -> CostEngine.strict().compile(c, TERMS))
        .isInstanceOf(WarningsException.class);
    assertThatThrownBy(
            () ->
                CostEngine.strict()
                    .sensitivity(
                        c,
                        TERMS,
                        List.of(SensitivityInput.utilisation(0.5, 0.9)),
                        Output.COST_PER_GPU_HOUR))
        .isInstanceOf(WarningsException.class);
    assertThatThrownBy(
            () ->
                CostEngine.strict()
                    .monteCarlo(
                        c,
                        TERMS,
                        spec(UncertainInput.utilisation(Distribution.uniform(0.5, 0.9)), 1),
                        ProgressListener.NONE))
        .isInstanceOf(WarningsException.class);
    ClusterResult costed = ENGINE.evaluate(c, TERMS);
    assertThatThrownBy(() -> CostEngine.strict().evaluate(RentalTerms.of(costed, Money.usd(2))))
        .isInstanceOf(WarningsException.class);
  }

  @Test
  void test_strict_givesTheLenientResultWhenThereAreNoWarnings() {
    // the worked example with its transceivers' fibre (priced at the purchase date): no warning
    Cluster base = WorkedExampleTest.cluster();
    java.util.Map<String, dev.flopex.catalog.PricePoint> prices =
        new java.util.HashMap<>(base.priceOverrides());
    prices.put(
        "fibre-mpo12-om4-8f", WorkedExampleTest.quote(85, dev.flopex.catalog.PriceUnit.PER_PART));
    Cluster c = base.withNetworks(Fixtures.infiniband()).withPriceOverrides(prices);
    ClusterResult lenient = ENGINE.evaluate(c, TERMS);
    assertThat(lenient.warnings()).isEmpty();
    assertThat(CostEngine.strict().evaluate(c, TERMS)).isEqualTo(lenient);
    assertThat(
            CostEngine.strict()
                .sensitivity(
                    c,
                    TERMS,
                    List.of(SensitivityInput.of(AssumptionKey.PUE, 1.1, 1.5)),
                    Output.COST_PER_GPU_HOUR))
        .isEqualTo(
            ENGINE.sensitivity(
                c,
                TERMS,
                List.of(SensitivityInput.of(AssumptionKey.PUE, 1.1, 1.5)),
                Output.COST_PER_GPU_HOUR));
  }

  @Test
  void test_warningsException_needsAWarning() {
    assertThatThrownBy(() -> new WarningsException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- analyses of a cluster

  @Test
  void property_monteCarloOfACluster_isThatOfItsOneClusterFleet() {
    Cluster c = Fixtures.h100Cluster(16);
    Fleet fleet = Fleet.builder().name(c.name()).addClusters(c).build();
    qt().withExamples(8)
        .forAll(SourceDSL.longs().all(), SourceDSL.doubles().between(1.05, 1.3))
        .checkAssert(
            (seed, lowPue) -> {
              MonteCarloSpec s =
                  spec(
                      UncertainInput.assumption(
                          AssumptionKey.PUE, Distribution.uniform(lowPue, 1.6)),
                      seed);
              MonteCarloResult one = ENGINE.monteCarlo(c, TERMS, s, ProgressListener.NONE);
              MonteCarloResult viaFleet = ENGINE.monteCarlo(fleet, TERMS, s, ProgressListener.NONE);
              assertThat(((SampleStatistics) one.statistics()).sortedSamples())
                  .isEqualTo(((SampleStatistics) viaFleet.statistics()).sortedSamples());
              assertThat(one.percentiles()).isEqualTo(viaFleet.percentiles());
            });
  }

  @Test
  void property_sensitivityOfACluster_isThatOfItsOneClusterFleet() {
    Cluster c = Fixtures.h100Cluster(16);
    Fleet fleet = Fleet.builder().name(c.name()).addClusters(c).build();
    qt().withExamples(20)
        .forAll(SourceDSL.doubles().between(0.02, 0.1), SourceDSL.doubles().between(0.1, 0.3))
        .checkAssert(
            (lo, hi) -> {
              List<SensitivityInput> in =
                  List.of(
                      SensitivityInput.of(AssumptionKey.ELECTRICITY_USD_PER_KWH, lo, hi),
                      SensitivityInput.price("hgx-h100", 200_000, 350_000));
              assertThat(ENGINE.sensitivity(c, TERMS, in, Output.ECONOMIC_COST))
                  .isEqualTo(ENGINE.sensitivity(fleet, TERMS, in, Output.ECONOMIC_COST));
            });
  }

  // ---------------------------------------------------------------- typed inputs and paths

  @Test
  void test_typedInputs_spellTheirPaths() {
    Distribution d = Distribution.uniform(1, 2);
    assertThat(UncertainInput.price("hgx-h100", d).path()).isEqualTo("prices.hgx-h100");
    assertThat(UncertainInput.price(Fixtures.CATALOG.system("HGX H100"), d).path())
        .isEqualTo("prices.hgx-h100");
    assertThat(UncertainInput.assumption(AssumptionKey.PUE, d).path()).isEqualTo("assumptions.pue");
    assertThat(UncertainInput.servers(d).path()).isEqualTo("servers");
    assertThat(UncertainInput.utilisation(d).path()).isEqualTo("terms.utilisation");
    assertThat(UncertainInput.debtRate(d).path()).isEqualTo("terms.debt_rate");
    assertThat(UncertainInput.assumption(AssumptionKey.PUE, d).inCluster("a").path())
        .isEqualTo("clusters.a.assumptions.pue");
    assertThat(UncertainInput.assumption(AssumptionKey.PUE, d).inCluster("a").inCluster("b").path())
        .isEqualTo("clusters.a.assumptions.pue");
    assertThat(SensitivityInput.of(AssumptionKey.PUE, 1.1, 1.2))
        .isEqualTo(SensitivityInput.of("assumptions.pue", 1.1, 1.2));
    assertThat(SensitivityInput.price("hgx-h100", 1, 2).inCluster("x").path())
        .isEqualTo("clusters.x.prices.hgx-h100");
    assertThat(SensitivityInput.utilisation(0.5, 0.9).path()).isEqualTo("terms.utilisation");
    assertThatThrownBy(() -> UncertainInput.price(" ", d))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("partId");
  }

  @Test
  void test_everyAssumptionKeysTypedPath_isAnInputOfACompiledCluster() {
    CompiledCluster k = ENGINE.compile(Fixtures.h100Cluster(4), TERMS);
    for (AssumptionKey key : AssumptionKey.values()) {
      assertThat(k.inputs())
          .contains(UncertainInput.assumption(key, Distribution.uniform(0, 1)).path());
    }
  }

  @Test
  void test_unknownPath_suggestsTheNearest() {
    Cluster c = Fixtures.h100Cluster(4);
    assertThatThrownBy(
            () ->
                ENGINE.sensitivity(
                    c,
                    TERMS,
                    List.of(SensitivityInput.of("assumptions.peu", 1.1, 1.2)),
                    Output.CAPEX))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("did you mean assumptions.pue");
    assertThatThrownBy(
            () ->
                ENGINE.sensitivity(
                    c, TERMS, List.of(SensitivityInput.price("hgx-h10", 1, 2)), Output.CAPEX))
        .hasMessageContaining("did you mean prices.hgx-h100");
  }

  // ---------------------------------------------------------------- rental terms follow the
  // cluster

  @Test
  void property_rentalTermsDefaultToTheClustersUtilisation_soBreakEvenIsItsCostPerGpuHour() {
    qt().withExamples(15)
        .forAll(SourceDSL.doubles().between(0.3, 1.0))
        .checkAssert(
            u -> {
              ClusterResult r = ENGINE.evaluate(Fixtures.h100Cluster(8), FinancialTerms.of(5, u));
              RentalTerms t = RentalTerms.of(r, Money.usd(2.5));
              assertThat(t.utilisation()).isEqualTo(u);
              assertThat(t).isEqualTo(RentalTerms.of(r, Money.usd(2.5), u));
              assertThat(ENGINE.evaluate(t).breakEvenPricePerGpuHour().amount())
                  .isCloseTo(r.costPerGpuHour().amount(), within(1e-6));
              assertThat(t.withUtilisation(0.5).utilisation()).isEqualTo(0.5);
            });
  }

  // ---------------------------------------------------------------- copies without the generated
  // type

  @Test
  void test_inputTypes_copyWithoutNamingTheGeneratedType() {
    Cluster c = Fixtures.h100Cluster(10);
    Cluster d = c.withServers(20).withName("h100-20");
    assertThat(d.servers()).isEqualTo(20);
    assertThat(d.name()).isEqualTo("h100-20");
    assertThat(d.withServers(10).withName(c.name())).isEqualTo(c);
    assertThatThrownBy(() -> c.withServers(0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("servers");
    Fleet f = Fleet.builder().name("f").addClusters(c).build();
    assertThat(f.withClusters(List.of(c, d)).clusters()).containsExactly(c, d);
    assertThat(Fixtures.infiniband().withOversubscription(2).oversubscription()).isEqualTo(2);
    assertThat(TERMS.withUtilisation(0.6)).isEqualTo(FinancialTerms.of(5, 0.6));
    MonteCarloSpec s = spec(UncertainInput.utilisation(Distribution.uniform(0.5, 0.9)), 3);
    assertThat(s.withSeed(4).seed()).isEqualTo(4);
    assertThatThrownBy(() -> s.withSamples(0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("samples");
  }

  // ---------------------------------------------------------------- reference network

  @Test
  void test_referenceFor_isTheReferenceNdrFatTree() {
    SystemSpec h100 = Fixtures.CATALOG.system("hgx-h100");
    assertThat(NetworkDesign.referenceFor(h100, Fixtures.CATALOG)).isEqualTo(Fixtures.infiniband());
  }

  @Test
  void test_referenceFor_everySystemEitherGetsOneThatCostsOrIsRefusedByName() {
    for (SystemSpec sys : Fixtures.CATALOG.systems()) {
      boolean at400 =
          !sys.nics().isEmpty()
              && sys.nics().stream()
                  .filter(n -> n.role() == NicRole.SCALE_OUT)
                  .allMatch(
                      n -> n.nic().portSpeed().value().in(DataRateUnit.GIGABITS_PER_SECOND) == 400)
              && sys.nics().stream().anyMatch(n -> n.role() == NicRole.SCALE_OUT);
      if (at400) {
        NetworkDesign n = NetworkDesign.referenceFor(sys, Fixtures.CATALOG);
        assertThat(n.networkSwitch().id()).isEqualTo(NetworkDesign.REFERENCE_SWITCH);
        assertThat(n.role()).isEqualTo(NicRole.SCALE_OUT);
      } else {
        assertThatThrownBy(() -> NetworkDesign.referenceFor(sys, Fixtures.CATALOG))
            .as(sys.id())
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("system")
            .hasMessageContaining(sys.id())
            .hasMessageContaining("build a NetworkDesign");
      }
    }
  }

  // ---------------------------------------------------------------- overlay prices that are not
  // used

  private static final String OVERLAY =
      "schema: flopex-catalog/1\n"
          + "sources:\n"
          + "  acme-hgx-quote-2026:\n"
          + "    title: \"ACME quote for an HGX H100 server\"\n"
          + "    url: \"https://example.com/acme-quote\"\n"
          + "    read: 2026-11-20\n"
          + "    kind: other\n"
          + "systems:\n"
          + "  - id: hgx-h100\n"
          + "    prices:\n"
          + "      - {usd: 210000, as_of: 2026-06, basis: negotiated, unit: per-system, region: US, description: \"negotiated price per server\", "
          + "source: acme-hgx-quote-2026, confidence: medium}\n";

  private static Cluster overlaid(java.time.LocalDate purchase) {
    dev.flopex.catalog.HardwareCatalog c =
        dev.flopex.catalog.HardwareCatalog.loader()
            .withBuiltIn()
            .overlay("acme.yaml", OVERLAY)
            .load();
    SystemSpec sys = c.system("hgx-h100");
    return Fixtures.h100Cluster(8)
        .withSystem(sys)
        .withNetworks(List.of(NetworkDesign.referenceFor(sys, c)))
        .withPurchaseDate(purchase);
  }

  @Test
  void test_overlayPriceDatedAfterThePurchaseAndNotUsed_isWarned() {
    ClusterResult r = ENGINE.evaluate(overlaid(java.time.LocalDate.of(2024, 1, 15)), TERMS);
    assertThat(r.warnings())
        .filteredOn(w -> w.kind() == Warning.Kind.OVERLAY_PRICE_SKIPPED)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.subject()).isEqualTo("hgx-h100");
              assertThat(w.message())
                  .startsWith(
                      "hgx-h100's price USD 210000 (2026-06, negotiated) from the overlay acme.yaml is not used for a purchase on 2024-01-15 (it is dated after it)");
            });
    assertThatThrownBy(
            () ->
                CostEngine.strict().evaluate(overlaid(java.time.LocalDate.of(2024, 1, 15)), TERMS))
        .isInstanceOf(WarningsException.class)
        .hasMessageContaining("from the overlay acme.yaml is not used");
  }

  @Test
  void test_overlayPriceThatIsUsed_isNotWarned() {
    ClusterResult r = ENGINE.evaluate(overlaid(java.time.LocalDate.of(2026, 6, 15)), TERMS);
    assertThat(r.billOfMaterials().get(0).unitPrice()).isEqualTo(Money.usd(210_000));
    assertThat(r.warnings()).noneMatch(w -> w.kind() == Warning.Kind.OVERLAY_PRICE_SKIPPED);
  }

  private static MonteCarloSpec spec(UncertainInput in, long seed) {
    return MonteCarloSpec.builder().addInputs(in).samples(200).seed(seed).threads(1).build();
  }
}
