package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.provenance.Source;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.PowerUnit;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants every entry of the built-in catalog must satisfy. */
class CatalogInvariantsTest {
  private static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();

  /** The day the data was last checked (as_of): nothing in the data can have been read after it. */
  static LocalDate dataDate() {
    return CATALOG.asOf().orElseThrow();
  }

  /** The version names the day the data was last checked, so a reader can date it from either. */
  @Test
  void test_versionIsTheAsOfDate() {
    assertThat(CATALOG.version())
        .isEqualTo(dataDate().format(DateTimeFormatter.ofPattern("yyyy.MM.dd")));
  }

  static Stream<Arguments> accelerators() {
    return CATALOG.accelerators().stream().map(a -> Arguments.of(Named.of(a.id(), a)));
  }

  static Stream<Arguments> systems() {
    return CATALOG.systems().stream().map(s -> Arguments.of(Named.of(s.id(), s)));
  }

  static List<Part> allParts() {
    List<Part> parts = new ArrayList<>();
    parts.addAll(CATALOG.accelerators());
    parts.addAll(CATALOG.systems());
    parts.addAll(CATALOG.nics());
    parts.addAll(CATALOG.switches());
    parts.addAll(CATALOG.links());
    return parts;
  }

  static Stream<Arguments> parts() {
    return allParts().stream()
        .map(
            p ->
                Arguments.of(
                    Named.of(
                        p.getClass().getSimpleName().replace("Immutable", "") + " " + p.id(), p)));
  }

  /** Every sourced figure of an accelerator, with its alternatives, by field path. */
  static Map<String, Provenance> provenances(Accelerator a) {
    Map<String, Provenance> out = new LinkedHashMap<>();
    add(out, "launch_date", a.launchDate());
    add(out, "process_node", a.processNode());
    add(out, "die_area_mm2", a.dieArea());
    a.compute().forEach((p, t) -> add(out, "compute." + p.key(), Optional.of(t)));
    add(out, "memory.capacity", Optional.of(a.memory().capacity()));
    add(out, "memory.bandwidth", a.memory().bandwidth());
    a.scaleUp()
        .ifPresent(
            s -> {
              add(out, "scale_up.bandwidth", s.bandwidth());
              add(out, "scale_up.domain_size", s.domainSize());
            });
    add(out, "host_interface", a.hostInterface());
    add(out, "tdp_w", a.tdp());
    addPrices(out, a);
    for (int i = 0; i < a.measurements().size(); i++) {
      out.put("measurements[" + i + "]", a.measurements().get(i).provenance());
    }
    return out;
  }

  static Map<String, Provenance> provenances(SystemSpec s) {
    Map<String, Provenance> out = new LinkedHashMap<>();
    add(out, "accelerator_count", Optional.of(s.acceleratorCount()));
    add(out, "cpu", s.cpu());
    add(out, "cpu_count", s.cpuCount());
    add(out, "system_memory", s.systemMemory());
    add(out, "storage", s.storage());
    add(out, "max_power_kw", s.maxPower());
    add(out, "rack_units", s.rackUnits());
    for (int i = 0; i < s.nics().size(); i++) {
      out.put("nics[" + i + "]", s.nics().get(i).provenance());
    }
    addPrices(out, s);
    return out;
  }

  static Map<String, Provenance> provenances(Part p) {
    if (p instanceof Accelerator a) {
      return provenances(a);
    }
    if (p instanceof SystemSpec s) {
      return provenances(s);
    }
    Map<String, Provenance> out = new LinkedHashMap<>();
    if (p instanceof Nic n) {
      add(out, "ports", Optional.of(n.ports()));
      add(out, "port_speed", Optional.of(n.portSpeed()));
      add(out, "host_interface", n.hostInterface());
      add(out, "power_w", n.power());
    } else if (p instanceof NetworkSwitch w) {
      add(out, "ports", Optional.of(w.ports()));
      add(out, "port_speed", Optional.of(w.portSpeed()));
      add(out, "switching_capacity", w.switchingCapacity());
      add(out, "rack_units", w.rackUnits());
      add(out, "power_w", w.power());
      add(out, "co_packaged_optics", w.coPackagedOptics());
    } else if (p instanceof LinkPart l) {
      add(out, "speed", Optional.of(l.speed()));
      add(out, "reach_m", l.reachMetres());
      add(out, "power_w", l.power());
    }
    addPrices(out, p);
    return out;
  }

  private static void add(
      Map<String, Provenance> out, String path, Optional<? extends Sourced<?>> figure) {
    figure.ifPresent(
        f -> {
          out.put(path, f.provenance());
          for (int i = 0; i < f.alternatives().size(); i++) {
            out.put(path + ".alternatives[" + i + "]", f.alternatives().get(i).provenance());
          }
        });
  }

  private static void addPrices(Map<String, Provenance> out, Part p) {
    for (int i = 0; i < p.prices().size(); i++) {
      out.put("prices[" + i + "]", p.prices().get(i).provenance());
    }
  }

  // ------------------------------------------------------------------ accelerators

  @ParameterizedTest(name = "{0}")
  @MethodSource("accelerators")
  void test_compute_sparseNeverBelowDense(Accelerator a) {
    a.compute()
        .forEach(
            (p, t) -> {
              List<Throughput> all = new ArrayList<>();
              all.add(t.value());
              t.alternatives().forEach(alt -> all.add(alt.value()));
              for (Throughput x : all) {
                assertThat(x.precision())
                    .as("%s %s keyed by its own precision", a.id(), p)
                    .isEqualTo(p);
                x.sparse()
                    .ifPresent(
                        s ->
                            assertThat(s.compareTo(x.dense()))
                                .as("%s %s sparse %s >= dense %s", a.id(), p.key(), s, x.dense())
                                .isGreaterThanOrEqualTo(0));
                assertThat(x.dense().isPositive()).as("%s %s dense > 0", a.id(), p.key()).isTrue();
                assertThat(x.dense().unit())
                    .as("%s %s unit", a.id(), p.key())
                    .isEqualTo(p.displayUnit());
              }
            });
  }

  /**
   * A figure whose note says the dense figure was derived as half the sparse one must be that, to
   * the rounding of a four-significant-digit figure (gb300 int8 records 333.3 and 166.7).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("accelerators")
  void test_compute_denseDerivedAsHalfOfSparseIsExactlyHalf(Accelerator a) {
    a.compute()
        .forEach(
            (p, t) -> {
              List<Sourced<Throughput>> all = new ArrayList<>();
              all.add(t);
              all.addAll(t.alternatives());
              for (Sourced<Throughput> x : all) {
                boolean derived =
                    x.provenance()
                        .note()
                        .map(n -> n.replace(" ", "").contains("dense=sparse/2"))
                        .orElse(false);
                if (derived) {
                  assertThat(x.value().sparse())
                      .as("%s %s: note derives dense from a sparse figure", a.id(), p.key())
                      .isPresent();
                  x.value()
                      .sparse()
                      .ifPresent(
                          sp ->
                              assertThat(sp.ratio(x.value().dense()))
                                  .as(
                                      "%s %s: note says dense = sparse / 2, but sparse %s / dense %s",
                                      a.id(), p.key(), sp, x.value().dense())
                                  .isCloseTo(2.0, org.assertj.core.data.Offset.offset(2e-3)));
                }
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accelerators")
  void test_compute_noPrecisionBothMeasuredAndUnsupported(Accelerator a) {
    // figures of unstated sparsity count too; one precision at a time, because an accelerator may
    // have no dense/sparse figure at all (AssertJ refuses an empty "any of" set)
    java.util.Set<Precision> withFigures = java.util.EnumSet.noneOf(Precision.class);
    withFigures.addAll(a.compute().keySet());
    withFigures.addAll(a.unstatedCompute().keySet());
    for (Precision p : withFigures) {
      assertThat(a.unsupported())
          .as("%s: %s is unsupported but also has a figure", a.id(), p.key())
          .doesNotContain(p);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accelerators")
  void test_memory_capacityPositive(Accelerator a) {
    assertThat(a.memory().capacity().value().isPositive())
        .as("%s memory capacity %s", a.id(), a.memory().capacity().value())
        .isTrue();
    assertThat(a.memory().capacity().value().in(DataSizeUnit.GIBIBYTES))
        .as("%s memory capacity in GiB", a.id())
        .isGreaterThan(0.0);
    a.memory()
        .bandwidth()
        .ifPresent(
            b -> assertThat(b.value().isPositive()).as("%s memory bandwidth", a.id()).isTrue());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accelerators")
  void test_tdp_positiveWhenKnown(Accelerator a) {
    a.tdp()
        .ifPresent(
            t -> assertThat(t.value().in(PowerUnit.WATTS)).as("%s tdp", a.id()).isGreaterThan(0.0));
  }

  // ------------------------------------------------------------------ every part

  @ParameterizedTest(name = "{0}")
  @MethodSource("parts")
  void test_provenance_everyFigureCitesADatedCatalogSource(Part part) {
    Map<String, Source> catalogSources =
        CATALOG.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
    Map<String, Provenance> provenances = provenances(part);
    assertThat(provenances).as("%s has sourced figures", part.id()).isNotEmpty();
    provenances.forEach(
        (path, p) -> {
          Source s = p.source();
          String where = part.id() + "." + path + " (source " + s.id() + ")";
          assertThat(s.read()).as("%s read date", where).isNotNull();
          assertThat(s.read())
              .as("%s read no later than the data version %s", where, CATALOG.version())
              .isBeforeOrEqualTo(dataDate());
          s.published()
              .ifPresent(
                  pub ->
                      assertThat(pub.start())
                          .as("%s published %s before it was read %s", where, pub, s.read())
                          .isBeforeOrEqualTo(s.read()));
          assertThat(catalogSources.get(s.id()))
              .as("%s is one of the catalog's sources", where)
              .isEqualTo(s);
          assertThat(p.confidence()).as("%s confidence", where).isNotNull();
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parts")
  void test_prices_positiveUsdWithAsOfDate(Part part) {
    for (PricePoint p : part.prices()) {
      String where = part.id() + " price " + p.price() + " as of " + p.asOf();
      assertThat(p.price().currency()).as("%s currency", where).isEqualTo(Money.USD);
      assertThat(p.price().amount()).as("%s amount", where).isPositive();
      assertThat(p.asOf()).as("%s as-of date", where).isNotNull();
      assertThat(p.asOf().start())
          .as("%s as-of no later than the data version", where)
          .isBeforeOrEqualTo(dataDate());
      assertThat(p.description()).as("%s description", where).isNotBlank();
      assertThat(p.region()).as("%s region", where).isNotBlank();
      PriceUnit expected =
          part instanceof SystemSpec
              ? (((SystemSpec) part).kind() == SystemKind.RACK
                  ? PriceUnit.PER_RACK
                  : PriceUnit.PER_SYSTEM)
              : part instanceof Accelerator ? PriceUnit.PER_GPU : PriceUnit.PER_PART;
      if (!p.basis().isRental()) {
        assertThat(p.unit()).as("%s unit", where).isEqualTo(expected);
      }
    }
    assertThat(part.prices())
        .as("%s prices oldest first", part.id())
        .isSortedAccordingTo((x, y) -> x.asOf().compareTo(y.asOf()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parts")
  void test_aliases_resolveToTheirOwnPart(Part part) {
    List<String> names = new ArrayList<>();
    names.add(part.id());
    names.addAll(part.aliases());
    for (String n : names) {
      assertThat(lookup(part, n).id()).as("%s resolves", n).isEqualTo(part.id());
    }
  }

  static Part lookup(Part kind, String name) {
    if (kind instanceof Accelerator) {
      return CATALOG.accelerator(name);
    }
    if (kind instanceof SystemSpec) {
      return CATALOG.system(name);
    }
    if (kind instanceof Nic) {
      return CATALOG.nic(name);
    }
    if (kind instanceof NetworkSwitch) {
      return CATALOG.networkSwitch(name);
    }
    return CATALOG.link(name);
  }

  @Test
  void test_ids_uniqueWithinEachSection() {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    sections.put(
        "accelerators", CATALOG.accelerators().stream().map(Part::id).collect(Collectors.toList()));
    sections.put("systems", CATALOG.systems().stream().map(Part::id).collect(Collectors.toList()));
    sections.put("nics", CATALOG.nics().stream().map(Part::id).collect(Collectors.toList()));
    sections.put(
        "switches", CATALOG.switches().stream().map(Part::id).collect(Collectors.toList()));
    sections.put("links", CATALOG.links().stream().map(Part::id).collect(Collectors.toList()));
    sections.put(
        "sources", CATALOG.sources().stream().map(Source::id).collect(Collectors.toList()));
    sections.forEach(
        (section, ids) -> assertThat(ids).as(section).doesNotHaveDuplicates().isNotEmpty());
  }

  @Test
  void test_ids_lowerCaseIdentifiers() {
    assertThat(allParts())
        .extracting(Part::id)
        .allSatisfy(id -> assertThat(id).matches("[a-z0-9][a-z0-9-]*"));
  }

  @Test
  void test_sources_everySourceHasReadDateAndKind() {
    Set<String> urls = new HashSet<>();
    for (Source s : CATALOG.sources()) {
      assertThat(s.read()).as("%s read", s.id()).isNotNull().isBeforeOrEqualTo(dataDate());
      assertThat(s.kind()).as("%s kind", s.id()).isNotNull();
      assertThat(s.title()).as("%s title", s.id()).isNotBlank();
      s.url().ifPresent(urls::add);
    }
    assertThat(urls).as("sources with a url").isNotEmpty();
  }

  // ------------------------------------------------------------------ network

  /**
   * A switch's switching capacity, per direction, is its ports times the port speed (non-blocking).
   */
  @Test
  void test_switches_capacityPerDirectionIsPortsTimesPortSpeed() {
    for (NetworkSwitch w : CATALOG.switches()) {
      w.switchingCapacity()
          .ifPresent(
              cap -> {
                double perDirectionGbps =
                    cap.value()
                        .perDirection()
                        .in(dev.flopex.core.units.DataRateUnit.GIGABITS_PER_SECOND);
                double portsGbps =
                    w.ports().value()
                        * w.portSpeed()
                            .value()
                            .in(dev.flopex.core.units.DataRateUnit.GIGABITS_PER_SECOND);
                assertThat(perDirectionGbps)
                    .as(
                        "%s: capacity %s per direction vs %d ports x %s",
                        w.id(), cap.value(), w.ports().value(), w.portSpeed().value())
                    .isCloseTo(portsGbps, org.assertj.core.data.Offset.offset(1e-6 * portsGbps));
              });
    }
  }

  // ------------------------------------------------------------------ systems

  @ParameterizedTest(name = "{0}")
  @MethodSource("systems")
  void test_system_acceleratorIsTheCatalogEntry(SystemSpec s) {
    Accelerator a = s.accelerator();
    assertThat(CATALOG.accelerator(a.id()))
        .as("%s holds the catalog's %s, not a stale copy", s.id(), a.id())
        .isEqualTo(a);
    assertThat(s.acceleratorCount().value()).as("%s accelerator count", s.id()).isPositive();
  }

  /**
   * A system must be able to power its accelerators: count x accelerator TDP <= the system's
   * maximum.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("systems")
  void test_system_maxPowerCoversAcceleratorCountTimesTdp(SystemSpec s) {
    Optional<Double> tdpW = s.accelerator().tdp().map(t -> t.value().in(PowerUnit.WATTS));
    Optional<Double> maxW = s.maxPower().map(p -> p.value().in(PowerUnit.WATTS));
    if (tdpW.isPresent() && maxW.isPresent()) {
      double accelerators = s.acceleratorCount().value() * tdpW.get();
      assertThat(accelerators)
          .as(
              "%s: %d x %s TDP %s W = %s W must not exceed max power %s W",
              s.id(),
              s.acceleratorCount().value(),
              s.accelerator().id(),
              tdpW.get(),
              accelerators,
              maxW.get())
          .isLessThanOrEqualTo(maxW.get());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("systems")
  void test_system_nicAttachmentsReferToCatalogNics(SystemSpec s) {
    for (NicAttachment n : s.nics()) {
      assertThat(CATALOG.nic(n.nic().id()))
          .as("%s nic %s is the catalog's", s.id(), n.nic().id())
          .isEqualTo(n.nic());
      assertThat(CATALOG.nics()).as("%s nic %s listed", s.id(), n.nic().id()).contains(n.nic());
      assertThat(n.count()).as("%s nic %s count", s.id(), n.nic().id()).isPositive();
      assertThat(n.role()).as("%s nic %s role", s.id(), n.nic().id()).isNotNull();
    }
  }
}
