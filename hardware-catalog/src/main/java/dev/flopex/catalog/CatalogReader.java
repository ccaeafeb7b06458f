package dev.flopex.catalog;

import dev.flopex.catalog.internal.yaml.Figures;
import dev.flopex.catalog.internal.yaml.YNode;
import dev.flopex.catalog.internal.yaml.YamlDoc;
import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.PartialDate;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.Quantity;
import dev.flopex.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads catalog YAML documents (base data, then overlays) into entries. Entries are kept as located
 * YAML nodes until every document is read, so an overlay can replace single fields of a base entry;
 * binding to value types happens once, at the end, and any error names the file and line the
 * offending field came from.
 */
final class CatalogReader {
  static final List<String> SECTIONS =
      List.of("accelerators", "nics", "switches", "links", "systems");
  private static final Set<String> APPENDED = Set.of("prices", "aliases");

  private final Map<String, dev.flopex.core.provenance.Source> sources = new LinkedHashMap<>();
  private final Map<String, YNode> sourceNodes = new LinkedHashMap<>();
  private final Map<String, Map<String, YNode>> raw = new LinkedHashMap<>();
  private final List<OverlayChange> changes = new ArrayList<>();
  private final Map<String, List<Measurement>> measurements = new LinkedHashMap<>();
  private final Map<String, PriceTrend> trendByPart = new LinkedHashMap<>();
  private final Map<String, PriceTrend> trendByArchitecture = new LinkedHashMap<>();
  private final Map<String, YNode> trendParts = new LinkedHashMap<>();
  private final List<YNode> instanceNodes = new ArrayList<>();

  CatalogReader() {
    for (String s : SECTIONS) {
      raw.put(s, new LinkedHashMap<>());
    }
  }

  Map<String, dev.flopex.core.provenance.Source> sources() {
    return sources;
  }

  List<OverlayChange> changes() {
    return changes;
  }

  /**
   * Returns a supplier of every entry's and source's fields as the files state them ({@link
   * CatalogFields}), computed on first use and then kept: only a diff or a full export needs them.
   */
  java.util.function.Supplier<List<CatalogField>> fields() {
    Map<String, Map<String, YNode>> sections = new LinkedHashMap<>();
    raw.forEach(
        (k, v) -> sections.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    Map<String, YNode> src =
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sourceNodes));
    return com.google.common.base.Suppliers.memoize(
        () -> List.copyOf(CatalogFields.of(sections, src)));
  }

  /** Records where a source defined outside a {@code sources:} map (a measurement's) was read. */
  void addSourceNode(String id, YNode n) {
    sourceNodes.putIfAbsent(id, n);
  }

  void addMeasurements(String acceleratorId, List<Measurement> ms) {
    measurements.computeIfAbsent(acceleratorId, k -> new ArrayList<>()).addAll(ms);
  }

  /**
   * Reads the price trends ({@code price-trends.yaml}, schema {@code flopex-price-trends/1}): one
   * per accelerator generation or part family, each naming the accelerator architectures and part
   * ids it applies to. A system without its own trend takes its accelerator's.
   */
  void readTrends(YamlDoc doc) {
    YNode root = doc.rootNode();
    root.get("schema").requireText("flopex-price-trends/1");
    root.opt("sources").ifPresent(this::readSources);
    Figures fr = new Figures(sources);
    Set<String> ids = new java.util.HashSet<>();
    for (YNode t : root.get("trends").elements()) {
      t.requireObject();
      YNode idNode = t.get("id");
      if (!ids.add(idNode.text())) {
        throw idNode.error("'" + idNode.text() + "'", "must be unique (duplicate trend id)");
      }
      PriceTrend trend =
          t.guarded(
              () ->
                  PriceTrend.builder()
                      .id(idNode.text())
                      .resaleDeclinePerYear(
                          fr.figure(t.get("resale_decline_per_year"), CatalogReader::declineRate))
                      .newPriceDeclinePerYear(
                          fr.figure(
                              t.get("new_price_decline_per_year"), CatalogReader::declineRate))
                      .build());
      t.opt("architectures")
          .ifPresent(
              list ->
                  list.elements()
                      .forEach(
                          a -> {
                            String key = a.text().toLowerCase(java.util.Locale.ROOT);
                            if (trendByArchitecture.put(key, trend) != null) {
                              throw a.error(
                                  "'" + a.text() + "'", "must be named by one trend only");
                            }
                          }));
      t.opt("parts")
          .ifPresent(
              list ->
                  list.elements()
                      .forEach(
                          a -> {
                            if (trendByPart.put(a.text(), trend) != null) {
                              throw a.error(
                                  "'" + a.text() + "'", "must be named by one trend only");
                            }
                            trendParts.put(a.text(), a);
                          }));
      t.opt("note").ifPresent(YNode::text);
      t.done();
    }
    root.done();
  }

  private static double declineRate(YNode n) {
    double v = n.get("value").number("/year");
    if (!(v >= 0 && v < 1)) {
      throw n.get("value")
          .error(
              dev.flopex.core.validation.Check.format(v, "/year"),
              "must be in [0, 1) (a fraction of value lost per year)");
    }
    return v;
  }

  private PriceTrend trendOf(String id, String architecture) {
    PriceTrend t = trendByPart.get(id);
    if (t == null) {
      t = trendByArchitecture.get(architecture.toLowerCase(java.util.Locale.ROOT));
    }
    return t == null ? PriceTrend.EPOCH_FALLBACK : t;
  }

  /**
   * The documents read as overlays on earlier data: their prices carry {@link
   * PricePoint#overlay()}.
   */
  private final java.util.Set<YamlDoc> overlayDocs =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** Reads one document; {@code overlay} documents may override entries of earlier ones. */
  void read(YamlDoc doc, boolean overlay) {
    if (overlay) {
      overlayDocs.add(doc);
    }
    YNode root = doc.rootNode();
    root.get("schema").requireText("flopex-catalog/1");
    root.opt("sources").ifPresent(this::readSources);
    for (String section : SECTIONS) {
      root.opt(section).ifPresent(list -> readSection(section, list, overlay));
    }
    root.opt("cloud_instances").ifPresent(list -> instanceNodes.addAll(list.elements()));
    root.done();
  }

  private void readSources(YNode map) {
    for (String id : map.fieldNames()) {
      YNode n = map.get(id);
      if (sources.containsKey(id)) {
        throw n.error(
            "'" + id + "'", "must be a source id not already defined (source ids are global)");
      }
      sources.put(id, Figures.readSource(id, n));
      sourceNodes.put(id, n);
    }
  }

  /**
   * Returns the entries read so far of a section; every section in SECTIONS exists from the start.
   */
  private Map<String, YNode> section(String name) {
    Map<String, YNode> m = raw.get(name);
    if (m == null) {
      throw new IllegalStateException("unknown catalog section " + name);
    }
    return m;
  }

  private void readSection(String section, YNode list, boolean overlay) {
    Map<String, YNode> entries = section(section);
    Set<String> inThisDoc = new java.util.HashSet<>();
    for (YNode e : list.elements()) {
      e.requireObject();
      YNode idNode = e.get("id");
      String id = idNode.text();
      try {
        dev.flopex.core.validation.Check.identifier(id, "id");
      } catch (ValidationException ex) {
        throw idNode.error(ex.value().orElse(null), ex.rule());
      }
      if (!inThisDoc.add(id)) {
        throw idNode.error("'" + id + "'", "must be unique within " + section + " (duplicate id)");
      }
      YNode base = entries.get(id);
      if (base == null) {
        entries.put(id, e);
        if (overlay) {
          changes.add(change(OverlayChange.Kind.ADDED, section, id, "", e));
        }
      } else if (!overlay) {
        throw idNode.error(
            "'" + id + "'",
            "must be unique within "
                + section
                + " (duplicate id; to change an entry, load the file as an overlay)");
      } else {
        for (String f : e.fieldNames()) {
          if (!f.equals("id")) {
            changes.add(
                change(
                    APPENDED.contains(f)
                        ? OverlayChange.Kind.APPENDED
                        : OverlayChange.Kind.REPLACED,
                    section,
                    id,
                    f,
                    e));
          }
        }
        entries.put(id, new YNode(e.json, e.doc, e.path, e.pointer, base));
      }
    }
  }

  private static OverlayChange change(
      OverlayChange.Kind kind, String section, String id, String field, YNode where) {
    int line = field.isEmpty() ? where.line() : where.doc.line(where.pointer + "/" + field);
    return ImmutableOverlayChange.builder()
        .kind(kind)
        .section(section)
        .id(id)
        .field(field)
        .file(where.doc.name())
        .line(line)
        .build();
  }

  // ---------------------------------------------------------------- binding

  /** Binds every entry now; see {@link #bind(boolean)}. */
  Bound bind() {
    return bind(true);
  }

  /**
   * Checks names and cross-references and binds the entries to value types. Accelerators, systems
   * and cloud instances are bound on first use unless {@code eager} (issue 13, W4: a job that costs
   * a few systems need not bind the whole catalog); eager binding goes through every entry in the
   * order a lazy one would fail, so the first error is the same.
   */
  Bound bind(boolean eager) {
    for (String section : SECTIONS) {
      checkNames(section);
    }
    Figures fr = new Figures(sources);
    Object lock = new Object();
    LazyEntries<Accelerator> accelerators =
        new LazyEntries<>(lock, section("accelerators"), n -> n.guarded(() -> accelerator(n, fr)));
    Map<String, Nic> nics = new LinkedHashMap<>();
    LazyEntries<SystemSpec> systems =
        new LazyEntries<>(
            lock, section("systems"), n -> n.guarded(() -> system(n, fr, accelerators, nics)));
    Bound b = new Bound(accelerators, nics, systems);
    if (eager) {
      b.accelerators.all();
    }
    for (YNode n : section("nics").values()) {
      Nic x = n.guarded(() -> nic(n, fr));
      b.nics.put(x.id(), x);
    }
    for (YNode n : section("switches").values()) {
      NetworkSwitch x = n.guarded(() -> networkSwitch(n, fr));
      b.switches.put(x.id(), x);
    }
    // fibre assemblies first: a transceiver names its fibre by id
    Map<String, LinkPart> fibres = new java.util.LinkedHashMap<>();
    for (YNode n : section("links").values()) {
      if (n.has("kind") && n.get("kind").text().equals("fibre")) {
        LinkPart x = n.guarded(() -> link(n, fr, fibres));
        fibres.put(x.id(), x);
      }
    }
    for (YNode n : section("links").values()) {
      LinkPart x =
          n.has("kind") && n.get("kind").text().equals("fibre")
              ? java.util.Objects.requireNonNull(fibres.get(n.get("id").text()))
              : n.guarded(() -> link(n, fr, fibres));
      b.links.put(x.id(), x);
    }
    if (eager) {
      b.systems.all();
    }
    List<YNode> instanceList = List.copyOf(instanceNodes);
    b.instances =
        com.google.common.base.Suppliers.memoize(
            () -> {
              synchronized (lock) {
                return instances(instanceList, fr, b);
              }
            });
    if (eager) {
      var unused = b.instances.get();
    }
    // a trend may also name a component of a system (e.g. a cooling plant line), which takes it
    // when read
    // (read from the systems' entries, which binding copies into SystemSpec.components())
    Set<String> componentIds = new java.util.HashSet<>();
    for (YNode n : section("systems").values()) {
      n.opt("components")
          .ifPresent(list -> list.elements().forEach(c -> componentIds.add(c.get("id").text())));
    }
    for (Map.Entry<String, YNode> e : trendParts.entrySet()) {
      String id = e.getKey();
      if (!b.accelerators.containsKey(id)
          && !b.systems.containsKey(id)
          && !b.switches.containsKey(id)
          && !b.links.containsKey(id)
          && !b.nics.containsKey(id)
          && !componentIds.contains(id)) {
        throw e.getValue()
            .error("'" + id + "'", "must name a part or a system component in the catalog");
      }
    }
    for (String id : measurements.keySet()) {
      if (!b.accelerators.containsKey(id)) {
        throw new CatalogException(
            "catalog.yaml",
            0,
            "measurements.accelerator",
            "'" + id + "'",
            "must name an accelerator",
            null);
      }
    }
    return b;
  }

  /** Binds the cloud instances, in file order; no two may share a provider and name. */
  private List<CloudInstanceTable.Entry> instances(List<YNode> nodes, Figures fr, Bound b) {
    List<CloudInstanceTable.Entry> out = new ArrayList<>();
    Map<String, YNode> instanceNames = new java.util.HashMap<>();
    for (YNode n : nodes) {
      n.requireObject();
      CloudInstanceTable.Entry e = n.guarded(() -> cloudInstance(n, fr, b));
      String key = e.provider() + "/" + DefaultHardwareCatalog.normalise(e.name());
      YNode prior = instanceNames.putIfAbsent(key, n);
      if (prior != null) {
        throw n.get(n.has("name") ? "name" : "pattern")
            .error(
                "'" + e.name() + "'",
                "must not repeat a "
                    + e.provider()
                    + " instance already listed at line "
                    + prior.line());
      }
      out.add(e);
    }
    return out;
  }

  /** Ids and aliases must name one entry each, ignoring case and punctuation. */
  private void checkNames(String section) {
    Map<String, String> owner = new java.util.HashMap<>();
    for (Map.Entry<String, YNode> e : section(section).entrySet()) {
      String id = e.getKey();
      YNode n = e.getValue();
      List<YNode> names = new ArrayList<>();
      names.add(n.get("id"));
      names.addAll(n.appendedList("aliases"));
      for (YNode a : names) {
        String key = DefaultHardwareCatalog.normalise(a.text());
        if (key.isEmpty()) {
          throw a.error("'" + a.text() + "'", "must contain a letter or digit");
        }
        String prior = owner.putIfAbsent(key, id);
        if (prior != null && !prior.equals(id)) {
          throw a.error(
              a.path + " (" + id + ")",
              "'" + a.text() + "'",
              "must not also name "
                  + prior
                  + " (ids and aliases are matched ignoring case, spaces, '-' and '_')");
        }
      }
    }
  }

  static final class Bound {
    final LazyEntries<Accelerator> accelerators;
    final Map<String, Nic> nics;
    final Map<String, NetworkSwitch> switches = new LinkedHashMap<>();
    final Map<String, LinkPart> links = new LinkedHashMap<>();
    final LazyEntries<SystemSpec> systems;
    java.util.function.Supplier<List<CloudInstanceTable.Entry>> instances = List::of;

    Bound(
        LazyEntries<Accelerator> accelerators,
        Map<String, Nic> nics,
        LazyEntries<SystemSpec> systems) {
      this.accelerators = accelerators;
      this.nics = nics;
      this.systems = systems;
    }
  }

  private static List<String> aliases(YNode n) {
    List<String> out = new ArrayList<>();
    for (YNode a : n.appendedList("aliases")) {
      out.add(a.text());
    }
    return out;
  }

  private List<PricePoint> prices(YNode n, Figures fr) {
    List<PricePoint> out = new ArrayList<>();
    for (YNode p : n.appendedList("prices")) {
      PricePoint pp = price(p, fr);
      out.add(
          overlayDocs.contains(p.doc)
              ? ((ImmutablePricePoint) ImmutablePricePoint.copyOf(pp)).withOverlay(p.doc.name())
              : pp);
    }
    out.sort(java.util.Comparator.comparing(PricePoint::asOf));
    return out;
  }

  /**
   * Reads an entry's optional {@code status:} list of dated lifecycle changes, each with its own
   * source, into date order (a later change with the same start date stays after an earlier one).
   */
  private static List<StatusChange> statuses(YNode n, Figures fr) {
    List<StatusChange> out = new ArrayList<>();
    n.opt("status")
        .ifPresent(
            list -> {
              for (YNode e : list.elements()) {
                e.requireObject();
                out.add(
                    StatusChange.builder()
                        .status(Figures.enumValue(e.get("status"), LifecycleStatus.class))
                        .date(Figures.partialDate(e.get("date")))
                        .provenance(fr.provenance(e))
                        .build());
                e.done();
              }
            });
    out.sort(java.util.Comparator.comparing(c -> c.date().start()));
    return out;
  }

  static PricePoint price(YNode n, Figures fr) {
    n.requireObject();
    YNode usd = n.get("usd");
    PartialDate asOf = Figures.partialDate(n.get("as_of"));
    PricePoint p =
        n.guarded(
            () ->
                PricePoint.builder()
                    .price(Money.usd(usd.positive("USD")))
                    .asOf(asOf)
                    .basis(Figures.enumValue(n.get("basis"), PriceBasis.class))
                    .unit(Figures.enumValue(n.get("unit"), PriceUnit.class))
                    .region(n.get("region").text())
                    .description(n.get("description").text())
                    .provenance(fr.provenance(n))
                    .build());
    n.done();
    return p;
  }

  private Accelerator accelerator(YNode n, Figures fr) {
    String id = n.get("id").text();
    ImmutableAccelerator.Builder b =
        Accelerator.builder()
            .id(id)
            .addAllAliases(aliases(n))
            .vendor(n.get("vendor").text())
            .name(n.get("name").text())
            .architecture(n.get("architecture").text())
            .priceTrend(trendOf(id, n.get("architecture").text()))
            .market(Figures.enumValue(n.get("market"), Market.class))
            .formFactor(n.get("form_factor").text())
            .addAllPrices(prices(n, fr))
            .addAllStatusHistory(statuses(n, fr))
            .addAllMeasurements(measurements.getOrDefault(id, List.of()));
    n.opt("figures_per").ifPresent(f -> b.figuresPer(Figures.enumValue(f, FiguresPer.class)));
    fr.optFigure(n, "dies_per_package", Figures::count).ifPresent(b::diesPerPackage);
    fr.optFigure(n, "cooling", x -> Figures.enumValue(x.get("value"), Cooling.class))
        .ifPresent(b::cooling);
    fr.optFigure(n, "launch_date", Figures::dateValue).ifPresent(b::launchDate);
    fr.optFigure(n, "process_node", Figures::text).ifPresent(b::processNode);
    fr.optFigure(n, "die_area_mm2", Figures::squareMillimetres).ifPresent(b::dieArea);
    fr.optFigure(n, "host_interface", Figures::text).ifPresent(b::hostInterface);
    fr.optFigure(n, "tdp_w", Figures::watts).ifPresent(b::tdp);
    Map<Precision, Sourced<Throughput>> compute = new EnumMap<>(Precision.class);
    Map<Precision, Sourced<Quantity<ComputeRateUnit>>> unstated = new EnumMap<>(Precision.class);
    n.opt("compute")
        .ifPresent(
            c -> {
              for (String key : c.fieldNames()) {
                YNode pn = c.get(key);
                Precision p;
                try {
                  p = Precision.fromKey(key);
                } catch (ValidationException e) {
                  throw pn.error("'" + key + "'", e.rule());
                }
                if (compute.containsKey(p) || unstated.containsKey(p)) {
                  throw pn.error(
                      "'" + key + "'",
                      "must not repeat precision " + p.key() + " (keys are matched ignoring case)");
                }
                if (pn.has("sparsity")) {
                  unstated.put(p, fr.figure(pn, x -> unstatedRate(x, p)));
                } else {
                  compute.put(p, fr.figure(pn, x -> throughput(x, p)));
                }
              }
              c.done();
            });
    b.putAllCompute(compute);
    b.putAllUnstatedCompute(unstated);
    Set<Precision> unsupported = EnumSet.noneOf(Precision.class);
    n.opt("unsupported")
        .ifPresent(
            u -> {
              for (YNode e : u.elements()) {
                try {
                  unsupported.add(Precision.fromKey(e.text()));
                } catch (ValidationException ex) {
                  throw e.error("'" + e.text() + "'", ex.rule());
                }
              }
            });
    b.addAllUnsupported(unsupported);
    YNode m = n.get("memory");
    ImmutableMemorySpec.Builder mb = MemorySpec.builder();
    m.opt("type")
        .ifPresent(
            t -> {
              try {
                mb.type(MemoryType.parse(t.text()));
              } catch (ValidationException e) {
                throw t.error(e.value().orElse(null), e.rule());
              }
            });
    mb.capacity(fr.figure(m.get("capacity"), Figures::dataSize));
    fr.optFigure(m, "bandwidth", Figures::dataRate).ifPresent(mb::bandwidth);
    m.done();
    b.memory(mb.build());
    n.opt("scale_up")
        .ifPresent(
            s -> {
              ImmutableScaleUpSpec.Builder sb =
                  ScaleUpSpec.builder().technology(s.get("technology").text());
              fr.optFigure(s, "bandwidth", Figures::linkBandwidth).ifPresent(sb::bandwidth);
              fr.optFigure(s, "domain_size", Figures::count).ifPresent(sb::domainSize);
              s.done();
              b.scaleUp(sb.build());
            });
    n.done();
    return b.build();
  }

  /** The rate keys of a precision: tera and peta, e.g. {@code tflops} and {@code pflops}. */
  private static String[] rateKeys(Precision p) {
    return p.isInteger() ? new String[] {"tops", "pops"} : new String[] {"tflops", "pflops"};
  }

  /**
   * Reads {@code PREFIX_tflops} or {@code PREFIX_pflops} (integer precisions: tops/pops) in
   * tera-units, refusing both at once and the other family's keys.
   */
  private static java.util.Optional<Double> rate(YNode n, Precision p, String prefix) {
    String[] keys = rateKeys(p);
    String[] other =
        p.isInteger() ? new String[] {"tflops", "pflops"} : new String[] {"tops", "pops"};
    for (String o : other) {
      if (n.has(prefix + o)) {
        throw n.error(
            prefix + o,
            p.key()
                + " figures must use "
                + prefix
                + keys[0]
                + " or "
                + prefix
                + keys[1]
                + " ("
                + (p.isInteger() ? "integer" : "floating-point")
                + " precision)");
      }
    }
    if (n.has(prefix + keys[0]) && n.has(prefix + keys[1])) {
      throw n.error(
          prefix + keys[1],
          "must not be given with " + prefix + keys[0] + " (one figure, one unit)");
    }
    if (n.has(prefix + keys[1])) {
      return java.util.Optional.of(
          n.get(prefix + keys[1]).positive(p.isInteger() ? "POP/s" : "PFLOP/s") * 1000);
    }
    return n.opt(prefix + keys[0]).map(x -> x.positive(p.displayUnit().symbol()));
  }

  private static Throughput throughput(YNode n, Precision p) {
    String[] keys = rateKeys(p);
    double dense =
        rate(n, p, "dense_")
            .orElseThrow(
                () ->
                    n.error(
                        n.path + ".dense_" + keys[0],
                        null,
                        "is required (or dense_"
                            + keys[1]
                            + "; a figure whose vendor does not say dense or sparse is "
                            + keys[0]
                            + " with sparsity: unstated)"));
    ImmutableThroughput.Builder b =
        Throughput.builder().precision(p).dense(Quantity.of(dense, p.displayUnit()));
    rate(n, p, "sparse_")
        .ifPresent(
            sparse -> {
              if (sparse < dense) {
                YNode s =
                    n.has("sparse_" + keys[0])
                        ? n.get("sparse_" + keys[0])
                        : n.get("sparse_" + keys[1]);
                throw s.error(
                    dev.flopex.core.validation.Check.format(sparse, p.displayUnit().symbol()),
                    "must be >= the dense figure ("
                        + dev.flopex.core.validation.Check.format(dense, p.displayUnit().symbol())
                        + ")");
              }
              b.sparse(Quantity.<ComputeRateUnit>of(sparse, p.displayUnit()));
            });
    return b.build();
  }

  /**
   * Reads a figure whose vendor does not say dense or sparse: {@code tflops} (or {@code pflops};
   * integer precisions {@code tops}/{@code pops}) with {@code sparsity: unstated}.
   */
  private static Quantity<ComputeRateUnit> unstatedRate(YNode n, Precision p) {
    YNode sp = n.get("sparsity");
    if (!sp.text().equals("unstated")) {
      throw sp.error(
          "'" + sp.text() + "'",
          "must be 'unstated' (dense and sparse figures are dense_"
              + rateKeys(p)[0]
              + " and sparse_"
              + rateKeys(p)[0]
              + ")");
    }
    for (String k : new String[] {"dense_", "sparse_"}) {
      for (String r : new String[] {"tflops", "pflops", "tops", "pops"}) {
        if (n.has(k + r)) {
          throw n.error(
              k + r,
              "must not be given with sparsity: unstated (a figure is dense, sparse or unstated)");
        }
      }
    }
    double v =
        rate(n, p, "")
            .orElseThrow(
                () ->
                    n.error(
                        n.path + "." + rateKeys(p)[0],
                        null,
                        "is required with sparsity: unstated (or " + rateKeys(p)[1] + ")"));
    return Quantity.of(v, p.displayUnit());
  }

  private Nic nic(YNode n, Figures fr) {
    ImmutableNic.Builder b =
        Nic.builder()
            .id(n.get("id").text())
            .priceTrend(trendOf(n.get("id").text(), ""))
            .addAllAliases(aliases(n))
            .vendor(n.get("vendor").text())
            .name(n.get("name").text())
            .ports(fr.figure(n.get("ports"), Figures::count))
            .portSpeed(fr.figure(n.get("port_speed"), Figures::dataRate))
            .addAllPrices(prices(n, fr))
            .addAllStatusHistory(statuses(n, fr));
    n.opt("protocols").ifPresent(p -> p.elements().forEach(e -> b.addProtocols(e.text())));
    fr.optFigure(n, "host_interface", Figures::text).ifPresent(b::hostInterface);
    fr.optFigure(n, "power_w", Figures::watts).ifPresent(b::power);
    n.done();
    return b.build();
  }

  private NetworkSwitch networkSwitch(YNode n, Figures fr) {
    ImmutableNetworkSwitch.Builder b =
        NetworkSwitch.builder()
            .id(n.get("id").text())
            .priceTrend(trendOf(n.get("id").text(), ""))
            .addAllAliases(aliases(n))
            .vendor(n.get("vendor").text())
            .name(n.get("name").text())
            .protocol(n.get("protocol").text())
            .ports(fr.figure(n.get("ports"), Figures::count))
            .portSpeed(fr.figure(n.get("port_speed"), Figures::dataRate))
            .addAllPrices(prices(n, fr))
            .addAllStatusHistory(statuses(n, fr));
    fr.optFigure(n, "switching_capacity", Figures::linkBandwidth).ifPresent(b::switchingCapacity);
    fr.optFigure(n, "rack_units", Figures::count).ifPresent(b::rackUnits);
    fr.optFigure(n, "power_w", Figures::watts).ifPresent(b::power);
    fr.optFigure(n, "co_packaged_optics", Figures::flag).ifPresent(b::coPackagedOptics);
    n.done();
    return b.build();
  }

  private LinkPart link(YNode n, Figures fr, Map<String, LinkPart> fibres) {
    ImmutableLinkPart.Builder b =
        LinkPart.builder()
            .id(n.get("id").text())
            .priceTrend(trendOf(n.get("id").text(), ""))
            .addAllAliases(aliases(n))
            .vendor(n.get("vendor").text())
            .name(n.get("name").text())
            .kind(Figures.enumValue(n.get("kind"), LinkKind.class))
            .speed(fr.figure(n.get("speed"), Figures::dataRate))
            .addAllPrices(prices(n, fr))
            .addAllStatusHistory(statuses(n, fr));
    fr.optFigure(n, "reach_m", Figures::metres).ifPresent(b::reachMetres);
    fr.optFigure(n, "power_w", Figures::watts).ifPresent(b::power);
    if (n.has("fibre")) {
      b.fibre(ref(n.get("fibre"), fibres, "a link part of kind fibre"));
    }
    n.done();
    return b.build();
  }

  /**
   * Reads one {@code cloud_instances} entry: a provider, an exact {@code name} or a {@code pattern}
   * with {@code {N}} (then {@code count} is {@code "N"} or {@code "N/k"}), the accelerator, an
   * optional count, optional hourly prices, and a source.
   */
  private CloudInstanceTable.Entry cloudInstance(YNode n, Figures fr, Bound b) {
    String provider = n.get("provider").text().toLowerCase(java.util.Locale.ROOT);
    Accelerator acc = ref(n.get("accelerator"), b.accelerators, "an accelerator");
    List<PricePoint> prices = prices(n, fr);
    dev.flopex.core.provenance.Provenance p = fr.provenance(n);
    CloudInstanceTable.Entry e;
    if (n.has("pattern")) {
      if (n.has("name")) {
        throw n.get("name")
            .error(
                "'" + n.get("name").text() + "'",
                "must not be given with pattern (an entry is one name or one pattern)");
      }
      YNode pat = n.get("pattern");
      if (!pat.text().contains("{N}")) {
        throw pat.error("'" + pat.text() + "'", "must contain {N}, the number in the name");
      }
      YNode count = n.get("count");
      int divisor;
      if (count.text().equals("N")) {
        divisor = 1;
      } else if (count.text().matches("N/[1-9][0-9]?")) {
        divisor = Integer.parseInt(count.text().substring(2));
      } else {
        throw count.error(
            "'" + count.text() + "'",
            "must be N or N/k for a pattern (k a whole number from 1 to 99)");
      }
      e = CloudInstanceTable.pattern(provider, pat.text(), divisor, acc, prices, p);
    } else {
      ImmutableCloudInstance.Builder ib =
          CloudInstance.builder()
              .provider(provider)
              .name(n.get("name").text())
              .accelerator(acc)
              .addAllPrices(prices)
              .provenance(p);
      n.opt("count").ifPresent(c -> ib.acceleratorCount(c.positiveInt()));
      e = CloudInstanceTable.exact(ib.build());
    }
    n.opt("note");
    n.done();
    return e;
  }

  private SystemComponent component(YNode c, Figures fr) {
    ImmutableSystemComponent.Builder b =
        SystemComponent.builder()
            .id(c.get("id").text())
            .vendor(c.get("vendor").text())
            .name(c.get("name").text())
            .kind(Figures.enumValue(c.get("kind"), SystemComponent.Kind.class))
            .priceTrend(trendOf(c.get("id").text(), ""))
            .count(fr.figure(c.get("count"), x -> x.get("value").positive("per system")))
            .includedInSystemPrice(c.get("included_in_system_price").bool())
            .provenance(fr.provenance(c))
            .addAllPrices(prices(c, fr))
            .addAllStatusHistory(statuses(c, fr));
    fr.optFigure(c, "power_w", Figures::watts).ifPresent(b::power);
    c.done();
    return b.build();
  }

  private static <T extends Part> T ref(YNode n, LazyEntries<T> known, String what) {
    return ref(n, known.get(n.text()), known.keySet(), what);
  }

  private static <T> T ref(YNode n, Map<String, T> known, String what) {
    return ref(n, known.get(n.text()), known.keySet(), what);
  }

  /** {@code t}, the entry {@code n} names, or an error listing the {@code known} ids. */
  private static <T> T ref(YNode n, @Nullable T t, Set<String> known, String what) {
    if (t == null) {
      throw n.error(
          "'" + n.text() + "'",
          "must name " + what + " in the catalog (known: " + String.join(", ", known) + ")");
    }
    return t;
  }

  private SystemSpec system(
      YNode n, Figures fr, LazyEntries<Accelerator> accelerators, Map<String, Nic> nics) {
    ImmutableSystemSpec.Builder s =
        SystemSpec.builder()
            .id(n.get("id").text())
            .addAllAliases(aliases(n))
            .vendor(n.get("vendor").text())
            .name(n.get("name").text())
            .kind(Figures.enumValue(n.get("kind"), SystemKind.class))
            .accelerator(ref(n.get("accelerator"), accelerators, "an accelerator"))
            .priceTrend(
                trendByPart.getOrDefault(
                    n.get("id").text(),
                    ref(n.get("accelerator"), accelerators, "an accelerator").priceTrend()))
            .acceleratorCount(fr.figure(n.get("accelerator_count"), Figures::count))
            .addAllPrices(prices(n, fr))
            .addAllStatusHistory(statuses(n, fr));
    fr.optFigure(n, "racks", Figures::count).ifPresent(s::racks);
    fr.optFigure(n, "cooling", x -> Figures.enumValue(x.get("value"), Cooling.class))
        .ifPresent(s::cooling);
    n.opt("components")
        .ifPresent(
            list -> {
              Set<String> ids = new java.util.HashSet<>();
              for (YNode c : list.elements()) {
                c.requireObject();
                YNode cid = c.get("id");
                if (!ids.add(cid.text())) {
                  throw cid.error(
                      "'" + cid.text() + "'", "must be unique within the system's components");
                }
                s.addComponents(c.guarded(() -> component(c, fr)));
              }
            });
    fr.optFigure(n, "cpu", Figures::text).ifPresent(s::cpu);
    fr.optFigure(n, "cpu_count", Figures::count).ifPresent(s::cpuCount);
    fr.optFigure(n, "system_memory", Figures::dataSize).ifPresent(s::systemMemory);
    fr.optFigure(n, "storage", Figures::dataSize).ifPresent(s::storage);
    fr.optFigure(n, "max_power_kw", Figures::kilowatts).ifPresent(s::maxPower);
    fr.optFigure(n, "rack_units", Figures::count).ifPresent(s::rackUnits);
    n.opt("nics")
        .ifPresent(
            list -> {
              for (YNode a : list.elements()) {
                a.requireObject();
                s.addNics(
                    NicAttachment.builder()
                        .nic(ref(a.get("part"), nics, "a NIC"))
                        .count(a.get("count").positiveInt())
                        .role(Figures.enumValue(a.get("role"), NicRole.class))
                        .provenance(fr.provenance(a))
                        .build());
                a.done();
              }
            });
    n.done();
    return s.build();
  }
}
