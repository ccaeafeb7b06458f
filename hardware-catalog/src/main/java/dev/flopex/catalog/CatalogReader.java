package dev.flopex.catalog;

import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.Quantity;
import dev.flopex.catalog.yaml.Figures;
import dev.flopex.catalog.yaml.YNode;
import dev.flopex.catalog.yaml.YamlDoc;
import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.PartialDate;
import dev.flopex.core.validation.DataFileException;
import dev.flopex.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads catalog YAML documents (base data, then overlays) into entries. Entries are kept as
 * located YAML nodes until every document is read, so an overlay can replace single fields of a
 * base entry; binding to value types happens once, at the end, and any error names the file and
 * line the offending field came from.
 */
final class CatalogReader {
  static final List<String> SECTIONS = List.of("accelerators", "nics", "switches", "links", "systems");
  private static final Set<String> APPENDED = Set.of("prices", "aliases");

  private final Map<String, dev.flopex.core.provenance.Source> sources = new LinkedHashMap<>();
  private final Map<String, YNode> sourceNodes = new LinkedHashMap<>();
  private final Map<String, Map<String, YNode>> raw = new LinkedHashMap<>();
  private final List<OverlayChange> changes = new ArrayList<>();
  private final Map<String, List<Measurement>> measurements = new LinkedHashMap<>();
  private final Map<String, PriceTrend> trendByPart = new LinkedHashMap<>();
  private final Map<String, PriceTrend> trendByArchitecture = new LinkedHashMap<>();
  private final Map<String, YNode> trendParts = new LinkedHashMap<>();

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
    raw.forEach((k, v) -> sections.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    Map<String, YNode> src = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sourceNodes));
    return com.google.common.base.Suppliers.memoize(() -> List.copyOf(CatalogFields.of(sections, src)));
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
      PriceTrend trend = guarded(t, () -> PriceTrend.builder()
          .id(idNode.text())
          .resaleDeclinePerYear(fr.figure(t.get("resale_decline_per_year"), CatalogReader::declineRate))
          .newPriceDeclinePerYear(fr.figure(t.get("new_price_decline_per_year"), CatalogReader::declineRate))
          .build());
      t.opt("architectures").ifPresent(list -> list.elements().forEach(a -> {
        String key = a.text().toLowerCase(java.util.Locale.ROOT);
        if (trendByArchitecture.put(key, trend) != null) {
          throw a.error("'" + a.text() + "'", "must be named by one trend only");
        }
      }));
      t.opt("parts").ifPresent(list -> list.elements().forEach(a -> {
        if (trendByPart.put(a.text(), trend) != null) {
          throw a.error("'" + a.text() + "'", "must be named by one trend only");
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
      throw n.get("value").error(dev.flopex.core.validation.Check.format(v, "/year"), "must be in [0, 1) (a fraction of value lost per year)");
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

  /** Reads one document; {@code overlay} documents may override entries of earlier ones. */
  void read(YamlDoc doc, boolean overlay) {
    YNode root = doc.rootNode();
    root.get("schema").requireText("flopex-catalog/1");
    root.opt("sources").ifPresent(this::readSources);
    for (String section : SECTIONS) {
      root.opt(section).ifPresent(list -> readSection(section, list, overlay));
    }
    root.done();
  }

  private void readSources(YNode map) {
    for (String id : map.fieldNames()) {
      YNode n = map.get(id);
      if (sources.containsKey(id)) {
        throw n.error("'" + id + "'", "must be a source id not already defined (source ids are global)");
      }
      sources.put(id, Figures.readSource(id, n));
      sourceNodes.put(id, n);
    }
  }

  /** Returns the entries read so far of a section; every section in SECTIONS exists from the start. */
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
        throw idNode.error("'" + id + "'", "must be unique within " + section + " (duplicate id; to change an entry, load the file as an overlay)");
      } else {
        for (String f : e.fieldNames()) {
          if (!f.equals("id")) {
            changes.add(change(APPENDED.contains(f) ? OverlayChange.Kind.APPENDED : OverlayChange.Kind.REPLACED, section, id, f, e));
          }
        }
        entries.put(id, new YNode(e.json, e.doc, e.path, e.pointer, base));
      }
    }
  }

  private static OverlayChange change(OverlayChange.Kind kind, String section, String id, String field, YNode where) {
    int line = field.isEmpty() ? where.line() : where.doc.line(where.pointer + "/" + field);
    return ImmutableOverlayChange.builder()
        .kind(kind).section(section).id(id).field(field).file(where.doc.name()).line(line).build();
  }

  // ---------------------------------------------------------------- binding

  Bound bind() {
    for (String section : SECTIONS) {
      checkNames(section);
    }
    Figures fr = new Figures(sources);
    Bound b = new Bound();
    for (YNode n : section("accelerators").values()) {
      Accelerator a = guarded(n, () -> accelerator(n, fr));
      b.accelerators.put(a.id(), a);
    }
    for (YNode n : section("nics").values()) {
      Nic x = guarded(n, () -> nic(n, fr));
      b.nics.put(x.id(), x);
    }
    for (YNode n : section("switches").values()) {
      NetworkSwitch x = guarded(n, () -> networkSwitch(n, fr));
      b.switches.put(x.id(), x);
    }
    for (YNode n : section("links").values()) {
      LinkPart x = guarded(n, () -> link(n, fr));
      b.links.put(x.id(), x);
    }
    for (YNode n : section("systems").values()) {
      SystemSpec x = guarded(n, () -> system(n, fr, b));
      b.systems.put(x.id(), x);
    }
    for (Map.Entry<String, YNode> e : trendParts.entrySet()) {
      String id = e.getKey();
      if (!b.accelerators.containsKey(id) && !b.systems.containsKey(id) && !b.switches.containsKey(id) && !b.links.containsKey(id)
          && !b.nics.containsKey(id)) {
        throw e.getValue().error("'" + id + "'", "must name a part in the catalog");
      }
    }
    for (String id : measurements.keySet()) {
      if (!b.accelerators.containsKey(id)) {
        throw new CatalogException("catalog.yaml", 0, "measurements.accelerator", "'" + id + "'", "must name an accelerator", null);
      }
    }
    return b;
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
          throw a.error(a.path + " (" + id + ")", "'" + a.text() + "'",
              "must not also name " + prior + " (ids and aliases are matched ignoring case, spaces, '-' and '_')");
        }
      }
    }
  }

  static final class Bound {
    final Map<String, Accelerator> accelerators = new LinkedHashMap<>();
    final Map<String, Nic> nics = new LinkedHashMap<>();
    final Map<String, NetworkSwitch> switches = new LinkedHashMap<>();
    final Map<String, LinkPart> links = new LinkedHashMap<>();
    final Map<String, SystemSpec> systems = new LinkedHashMap<>();
  }

  /** Turns a value type's own invariant failure into an error located at the entry. */
  private static <T> T guarded(YNode n, java.util.function.Supplier<T> f) {
    try {
      return f.get();
    } catch (DataFileException e) {
      throw e;
    } catch (ValidationException e) {
      String id = n.json.path("id").asText();
      throw n.error(n.path + " (" + id + ")." + e.field(), e.value().orElse(null), e.rule());
    }
  }

  private static List<String> aliases(YNode n) {
    List<String> out = new ArrayList<>();
    for (YNode a : n.appendedList("aliases")) {
      out.add(a.text());
    }
    return out;
  }

  private static List<PricePoint> prices(YNode n, Figures fr) {
    List<PricePoint> out = new ArrayList<>();
    for (YNode p : n.appendedList("prices")) {
      out.add(price(p, fr));
    }
    out.sort(java.util.Comparator.comparing(PricePoint::asOf));
    return out;
  }

  static PricePoint price(YNode n, Figures fr) {
    n.requireObject();
    YNode usd = n.get("usd");
    PartialDate asOf = Figures.partialDate(n.get("as_of"));
    PricePoint p = guarded(n, () ->
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
            .addAllMeasurements(measurements.getOrDefault(id, List.of()));
    fr.optFigure(n, "launch_date", Figures::dateValue).ifPresent(b::launchDate);
    fr.optFigure(n, "process_node", Figures::text).ifPresent(b::processNode);
    fr.optFigure(n, "die_area_mm2", Figures::squareMillimetres).ifPresent(b::dieArea);
    fr.optFigure(n, "host_interface", Figures::text).ifPresent(b::hostInterface);
    fr.optFigure(n, "tdp_w", Figures::watts).ifPresent(b::tdp);
    Map<Precision, Sourced<Throughput>> compute = new EnumMap<>(Precision.class);
    n.opt("compute").ifPresent(c -> {
      for (String key : c.fieldNames()) {
        YNode pn = c.get(key);
        Precision p;
        try {
          p = Precision.fromKey(key);
        } catch (ValidationException e) {
          throw pn.error("'" + key + "'", e.rule());
        }
        if (compute.containsKey(p)) {
          throw pn.error("'" + key + "'", "must not repeat precision " + p.key() + " (keys are matched ignoring case)");
        }
        compute.put(p, fr.figure(pn, x -> throughput(x, p)));
      }
      c.done();
    });
    b.putAllCompute(compute);
    Set<Precision> unsupported = EnumSet.noneOf(Precision.class);
    n.opt("unsupported").ifPresent(u -> {
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
    m.opt("type").ifPresent(t -> mb.type(t.text()));
    mb.capacity(fr.figure(m.get("capacity"), Figures::dataSize));
    fr.optFigure(m, "bandwidth", Figures::dataRate).ifPresent(mb::bandwidth);
    m.done();
    b.memory(mb.build());
    n.opt("scale_up").ifPresent(s -> {
      ImmutableScaleUpSpec.Builder sb = ScaleUpSpec.builder().technology(s.get("technology").text());
      fr.optFigure(s, "bandwidth", Figures::linkBandwidth).ifPresent(sb::bandwidth);
      fr.optFigure(s, "domain_size", Figures::count).ifPresent(sb::domainSize);
      s.done();
      b.scaleUp(sb.build());
    });
    n.done();
    return b.build();
  }

  private static Throughput throughput(YNode n, Precision p) {
    String suffix = p.isInteger() ? "tops" : "tflops";
    String other = p.isInteger() ? "tflops" : "tops";
    if (n.has("dense_" + other) || n.has("sparse_" + other)) {
      throw n.error("dense_" + other, p.key() + " figures must use dense_" + suffix + "/sparse_" + suffix + " (" + (p.isInteger() ? "integer" : "floating-point") + " precision)");
    }
    String unit = p.displayUnit().symbol();
    YNode d = n.get("dense_" + suffix);
    double dense = d.positive(unit);
    ImmutableThroughput.Builder b =
        Throughput.builder().precision(p).dense(Quantity.of(dense, p.displayUnit()));
    n.opt("sparse_" + suffix).ifPresent(s -> {
      double sparse = s.positive(unit);
      if (sparse < dense) {
        throw s.error(dev.flopex.core.validation.Check.format(sparse),
            "must be >= dense_" + suffix + " (" + dev.flopex.core.validation.Check.format(dense) + ")");
      }
      b.sparse(Quantity.<ComputeRateUnit>of(sparse, p.displayUnit()));
    });
    return b.build();
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
            .addAllPrices(prices(n, fr));
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
            .addAllPrices(prices(n, fr));
    fr.optFigure(n, "switching_capacity", Figures::linkBandwidth).ifPresent(b::switchingCapacity);
    fr.optFigure(n, "rack_units", Figures::count).ifPresent(b::rackUnits);
    fr.optFigure(n, "power_w", Figures::watts).ifPresent(b::power);
    n.done();
    return b.build();
  }

  private LinkPart link(YNode n, Figures fr) {
    ImmutableLinkPart.Builder b =
        LinkPart.builder()
            .id(n.get("id").text())
            .priceTrend(trendOf(n.get("id").text(), ""))
            .addAllAliases(aliases(n))
            .vendor(n.get("vendor").text())
            .name(n.get("name").text())
            .kind(Figures.enumValue(n.get("kind"), LinkKind.class))
            .speed(fr.figure(n.get("speed"), Figures::dataRate))
            .addAllPrices(prices(n, fr));
    fr.optFigure(n, "reach_m", Figures::metres).ifPresent(b::reachMetres);
    fr.optFigure(n, "power_w", Figures::watts).ifPresent(b::power);
    n.done();
    return b.build();
  }

  private static <T> T ref(YNode n, Map<String, T> known, String what) {
    T t = known.get(n.text());
    if (t == null) {
      throw n.error("'" + n.text() + "'", "must name " + what + " in the catalog (known: " + String.join(", ", known.keySet()) + ")");
    }
    return t;
  }

  private SystemSpec system(YNode n, Figures fr, Bound b) {
    ImmutableSystemSpec.Builder s =
        SystemSpec.builder()
            .id(n.get("id").text())
            .addAllAliases(aliases(n))
            .vendor(n.get("vendor").text())
            .name(n.get("name").text())
            .kind(Figures.enumValue(n.get("kind"), SystemKind.class))
            .accelerator(ref(n.get("accelerator"), b.accelerators, "an accelerator"))
            .priceTrend(trendByPart.getOrDefault(n.get("id").text(), ref(n.get("accelerator"), b.accelerators, "an accelerator").priceTrend()))
            .acceleratorCount(fr.figure(n.get("accelerator_count"), Figures::count))
            .addAllPrices(prices(n, fr));
    fr.optFigure(n, "cpu", Figures::text).ifPresent(s::cpu);
    fr.optFigure(n, "cpu_count", Figures::count).ifPresent(s::cpuCount);
    fr.optFigure(n, "system_memory", Figures::dataSize).ifPresent(s::systemMemory);
    fr.optFigure(n, "storage", Figures::dataSize).ifPresent(s::storage);
    fr.optFigure(n, "max_power_kw", Figures::kilowatts).ifPresent(s::maxPower);
    fr.optFigure(n, "rack_units", Figures::count).ifPresent(s::rackUnits);
    n.opt("nics").ifPresent(list -> {
      for (YNode a : list.elements()) {
        a.requireObject();
        s.addNics(
            NicAttachment.builder()
                .nic(ref(a.get("part"), b.nics, "a NIC"))
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
