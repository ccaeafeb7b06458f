package dev.flopex.cli;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.Measurement;
import dev.flopex.catalog.OverlayChange;
import dev.flopex.catalog.Precision;
import dev.flopex.catalog.PricePoint;
import dev.flopex.catalog.ScaleUpSpec;
import dev.flopex.catalog.Throughput;
import dev.flopex.catalog.exportcontrol.Decision;
import dev.flopex.catalog.exportcontrol.ExportMetrics;
import dev.flopex.catalog.exportcontrol.Rule;
import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.provenance.Source;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.AreaUnit;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.LinkBandwidth;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.units.Quantity;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.report.internal.Fmt;
import dev.flopex.report.internal.Table;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the catalog knows about one accelerator, for {@code flopex catalog show}: every figure
 * with its unit and provenance, prices, measurements and export-control metrics, as text or as
 * plain data for JSON.
 */
final class AcceleratorView {
  private final HardwareCatalog catalog;
  private final Accelerator a;
  private final LocalDate today;

  /** Source id to its [n] marker, in order of first citation. */
  private final Map<String, Integer> refs = new LinkedHashMap<>();

  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final List<String[]> notes = new ArrayList<>();

  AcceleratorView(HardwareCatalog catalog, Accelerator a, LocalDate today) {
    this.catalog = catalog;
    this.a = a;
    this.today = today;
  }

  // ------------------------------------------------------------------------------------------
  // text

  void printTable(PrintStream out) {
    out.println(a.id() + "  " + a.name());
    out.println();

    Table id = new Table();
    id.add("vendor", a.vendor());
    id.add("aliases", a.aliases().isEmpty() ? Fmt.NONE : String.join(", ", a.aliases()));
    id.add("architecture", a.architecture());
    id.add("market", Fmt.key(a.market()));
    id.add("form factor", a.formFactor());
    if (a.status().isPresent()) {
      dev.flopex.catalog.StatusChange st = a.status().get();
      id.add(
          "status",
          st.status().key() + " since " + st.date() + " " + ref("status", st.provenance()));
    }
    figure(id, "launch date", a.launchDate(), Object::toString);
    figure(id, "cooling", a.cooling(), c -> c.key());
    id.add(
        "figures per",
        a.figuresPer().name().toLowerCase(java.util.Locale.ROOT)
            + a.diesPerPackage()
                .map(
                    d ->
                        " ("
                            + d.value()
                            + " dies per package) "
                            + ref("dies per package", d.provenance()))
                .orElse(""));
    figure(id, "process node", a.processNode(), s -> s);
    figure(id, "die area", a.dieArea(), q -> Fmt.q(q, AreaUnit.SQUARE_MILLIMETRES));
    id.add("catalog version", catalog.version());
    id.add("data as of", catalog.asOf().map(Object::toString).orElse("unstated"));
    id.print(out, "  ");

    out.println();
    out.println("Compute (peak)");
    Table c = new Table("precision", "dense", "sparse (2:4)", "source").right(1, 2);
    for (Precision p : Precision.values()) {
      Sourced<Throughput> t = a.compute().get(p);
      if (t == null) {
        continue;
      }
      c.add(
          p.key(),
          Fmt.q(t.value().dense(), p.displayUnit()),
          t.value().sparse().map(s -> Fmt.q(s, p.displayUnit())).orElse(Fmt.NONE),
          ref(p.key(), t.provenance()));
      for (Sourced<Throughput> alt : t.alternatives()) {
        c.add(
            "  alternative",
            Fmt.q(alt.value().dense(), p.displayUnit()),
            alt.value().sparse().map(s -> Fmt.q(s, p.displayUnit())).orElse(Fmt.NONE),
            ref(p.key() + " (alternative)", alt.provenance()));
      }
    }
    for (Precision p : Precision.values()) {
      Sourced<Quantity<dev.flopex.core.units.ComputeRateUnit>> u = a.unstatedCompute().get(p);
      if (u != null) {
        c.add(
            p.key(),
            Fmt.q(u.value(), p.displayUnit()) + " (dense or sparse not stated)",
            Fmt.NONE,
            ref(p.key(), u.provenance()));
      }
    }
    c.print(out, "  ");
    List<String> unsupported = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (Precision p : Precision.values()) {
      if (a.unsupported().contains(p)) {
        unsupported.add(p.key());
      } else if (!a.compute().containsKey(p) && !a.unstatedCompute().containsKey(p)) {
        unknown.add(p.key());
      }
    }
    if (!unsupported.isEmpty()) {
      out.println("  not supported: " + String.join(", ", unsupported));
    }
    if (!unknown.isEmpty()) {
      out.println("  not in the catalog: " + String.join(", ", unknown));
    }
    out.println(
        "  sparse figures assume 2:4 structured sparsity; dense figures are used everywhere else");

    out.println();
    out.println("Memory");
    Table m = new Table();
    m.add("type", a.memory().type().map(dev.flopex.catalog.MemoryType::label).orElse(Fmt.NONE));
    figure(m, "capacity", Optional.of(a.memory().capacity()), AcceleratorView::capacity);
    figure(
        m,
        "bandwidth",
        a.memory().bandwidth(),
        q ->
            Fmt.q(q)
                + (q.unit() == DataRateUnit.GIGABYTES_PER_SECOND
                    ? ""
                    : " (" + Fmt.q(q, DataRateUnit.GIGABYTES_PER_SECOND) + ")"));
    m.print(out, "  ");

    out.println();
    out.println("Scale-up");
    Table s = new Table();
    if (a.scaleUp().isEmpty()) {
      s.add("fabric", "none (host interface only)");
    } else {
      ScaleUpSpec su = a.scaleUp().get();
      s.add("technology", su.technology());
      figure(s, "bandwidth", su.bandwidth(), AcceleratorView::link);
      figure(s, "domain size", su.domainSize(), d -> d + " accelerators");
    }
    s.print(out, "  ");

    out.println();
    out.println("Host and power");
    Table h = new Table();
    figure(h, "host interface", a.hostInterface(), x -> x);
    figure(h, "TDP", a.tdp(), q -> Fmt.q(q, PowerUnit.WATTS));
    h.print(out, "  ");

    out.println();
    out.println("Prices");
    if (a.prices().isEmpty()) {
      out.println("  none in the catalog");
    } else {
      Table pr =
          new Table("as of", "price", "basis", "unit", "region", "description", "source").right(1);
      for (PricePoint p : a.prices()) {
        pr.add(
            p.asOf(),
            p.price().currency().getCurrencyCode() + " " + Fmt.num(p.price().amount()),
            p.basis().key(),
            p.unit().key(),
            p.region(),
            Fmt.oneLine(p.description()),
            ref("price " + p.asOf(), p.provenance()));
      }
      pr.print(out, "  ");
    }

    printMeasurements(out);
    printExportControl(out);

    List<OverlayChange> changes = overlayChanges();
    if (!changes.isEmpty()) {
      out.println();
      out.println("Changed by --catalog overlays");
      for (OverlayChange ch : changes) {
        out.println("  " + ch.describe());
      }
    }

    if (!notes.isEmpty()) {
      out.println();
      out.println("Notes");
      for (String[] n : notes) {
        out.println("  " + n[0] + " " + n[1] + ": " + Fmt.oneLine(n[2]));
      }
    }

    out.println();
    out.println("Sources");
    for (Map.Entry<String, Integer> e : refs.entrySet()) {
      Source src = sources.get(e.getKey());
      out.println("  [" + e.getValue() + "] " + src.title());
      List<String> meta = new ArrayList<>();
      src.publisher().ifPresent(meta::add);
      meta.add(Fmt.words(src.kind()));
      src.published().ifPresent(p -> meta.add("published " + p));
      meta.add("read " + src.read());
      out.println("      " + String.join(", ", meta));
      src.url().ifPresent(u -> out.println("      " + u));
    }
    out.println(
        "  confidence: high = primary source, medium = reputable secondary, low = estimate");
  }

  private void printMeasurements(PrintStream out) {
    if (a.measurements().isEmpty()) {
      return;
    }
    out.println();
    out.println("Measurements (datasheet vs measured)");
    Table g =
        new Table(
                "operation",
                "datasheet dense",
                "burst",
                "burst/ds",
                "sustained",
                "sustained/ds",
                "power",
                "source")
            .right(1, 2, 3, 4, 5, 6);
    Table mem =
        new Table("operation", "datasheet", "measured", "measured/ds", "source").right(1, 2, 3);
    for (Measurement x : a.measurements()) {
      if (x.precision().isPresent() || x.burst().isPresent() || x.sustained().isPresent()) {
        Optional<Quantity<ComputeRateUnit>> ds = x.precision().flatMap(a::dense);
        ComputeRateUnit u =
            x.precision().map(Precision::displayUnit).orElse(ComputeRateUnit.TERAFLOP_PER_SECOND);
        g.add(
            x.operation(),
            ds.map(q -> Fmt.q(q, u)).orElse(Fmt.NONE),
            x.burst().map(q -> Fmt.q(q, u)).orElse(Fmt.NONE),
            ratio(x.burst(), ds),
            x.sustained().map(q -> Fmt.q(q, u)).orElse(Fmt.NONE),
            ratio(x.sustained(), ds),
            x.power().map(q -> Fmt.q(q, PowerUnit.WATTS)).orElse(Fmt.NONE),
            ref("measurement", x.provenance()));
      }
      if (x.memoryBandwidth().isPresent()) {
        Optional<Quantity<DataRateUnit>> ds = a.memory().bandwidth().map(Sourced::value);
        mem.add(
            x.operation(),
            ds.map(q -> Fmt.q(q, DataRateUnit.TERABYTES_PER_SECOND)).orElse(Fmt.NONE),
            Fmt.q(x.memoryBandwidth().get(), DataRateUnit.TERABYTES_PER_SECOND),
            ratio(x.memoryBandwidth(), ds),
            ref("measurement", x.provenance()));
      }
    }
    if (!g.isEmpty()) {
      g.print(out, "  ");
    }
    if (!mem.isEmpty()) {
      if (!g.isEmpty()) {
        out.println();
      }
      mem.print(out, "  ");
    }
    out.println(
        "  burst = median of short timed calls (clocks high); sustained = back-to-back at the power limit");
  }

  private void printExportControl(PrintStream out) {
    out.println();
    out.println("Export control (analytical model of US rules, not legal advice)");
    ExportMetrics m;
    try {
      m = ExportMetrics.of(a);
    } catch (ValidationException e) {
      out.println("  metrics unavailable: " + Fmt.oneLine(e.getMessage()));
      return;
    }
    Table t = new Table();
    t.add(
        "TPP",
        m.tpp().isPresent()
            ? Fmt.num(m.tpp().getAsDouble())
                + " ("
                + m.tppPrecision().map(Precision::key).orElse(Fmt.NONE)
                + ")"
            : Fmt.NONE + " (no dense figure to compute it from; see derivation)");
    t.add(
        "performance density",
        m.performanceDensity().isPresent()
            ? Fmt.fixed(m.performanceDensity().getAsDouble(), 2) + " TPP/mm2"
            : Fmt.NONE + " (no die area)");
    t.add(
        "interconnect",
        m.interconnectBidirectionalGbS().isPresent()
            ? Fmt.num(m.interconnectBidirectionalGbS().getAsDouble()) + " GB/s bidirectional"
            : Fmt.NONE);
    t.add(
        "memory bandwidth",
        m.memoryBandwidthGbS().isPresent()
            ? Fmt.num(m.memoryBandwidthGbS().getAsDouble()) + " GB/s"
            : Fmt.NONE);
    t.add("datacenter", m.datacenter() ? "yes" : "no");
    t.print(out, "  ");
    out.println("  derivation:");
    for (String d : m.derivation()) {
      out.println("    " + d);
    }
    Optional<Rule> rule = catalog.exportControls().ruleInForce(today);
    if (rule.isEmpty()) {
      out.println("  no encoded rule in force on " + today);
      return;
    }
    Decision d = catalog.exportControls().classify(a, rule.get().id());
    out.println(
        "  rule in force on " + today + ": " + rule.get().id() + " (" + rule.get().title() + ")");
    Table r = new Table();
    r.add("outcome", Fmt.words(d.outcome()));
    r.add("ECCN", d.eccn().orElse(Fmt.NONE));
    r.add("licence required", licence(d));
    r.add(
        "licence policy",
        d.classification().map(x -> Fmt.oneLine(x.licencePolicyText())).orElse(Fmt.NONE));
    r.print(out, "    ");
    out.println("  details: flopex export-control classify " + a.id());
  }

  /**
   * Returns e.g. {@code yes (for exports to CN, HK, MO)}; {@code unknown} when an unknown metric
   * decides it.
   */
  static String licence(Decision d) {
    List<String> to = d.rule().destinations();
    String answer;
    switch (d.licenceRequirement()) {
      case REQUIRED:
        answer = "yes";
        break;
      case NOT_REQUIRED:
        answer = "no";
        break;
      default:
        answer = "unknown";
    }
    return answer + (to.isEmpty() ? "" : " (for exports to " + String.join(", ", to) + ")");
  }

  private List<OverlayChange> overlayChanges() {
    return catalog.overlayChanges().stream()
        .filter(c -> c.id().equals(a.id()))
        .collect(Collectors.toList());
  }

  private <T> void figure(
      Table t, String label, Optional<? extends Sourced<T>> value, Function<T, String> format) {
    if (value.isEmpty()) {
      t.add(label, Fmt.NONE);
      return;
    }
    Sourced<T> s = value.get();
    t.add(label, format.apply(s.value()), ref(label, s.provenance()));
    for (Sourced<T> alt : s.alternatives()) {
      t.add(
          "  alternative",
          format.apply(alt.value()),
          ref(label + " (alternative)", alt.provenance()));
    }
  }

  /** Returns {@code [n] confidence} for the figure, noting its source and note. */
  private String ref(String label, Provenance p) {
    int n = refNumber(p.source());
    p.note()
        .ifPresent(
            note -> {
              if (notes.stream().noneMatch(x -> x[0].equals("[" + n + "]") && x[2].equals(note))) {
                notes.add(new String[] {"[" + n + "]", label, note});
              }
            });
    return "[" + n + "] " + Fmt.key(p.confidence());
  }

  private int refNumber(Source s) {
    sources.putIfAbsent(s.id(), s);
    return refs.computeIfAbsent(s.id(), k -> refs.size() + 1);
  }

  private static String capacity(Quantity<DataSizeUnit> q) {
    boolean binary = q.unit().symbol().endsWith("iB");
    DataSizeUnit other = binary ? DataSizeUnit.GIGABYTES : DataSizeUnit.GIBIBYTES;
    return Fmt.q(q) + " (" + Fmt.q(q, other) + ")";
  }

  private static String link(LinkBandwidth b) {
    if (!b.directionStated()) {
      return Fmt.q(b.stated()) + " (direction unstated: neither bidirectional nor per direction)";
    }
    return Fmt.q(b.bidirectional())
        + " bidirectional = "
        + Fmt.q(b.perDirection())
        + " per direction (stated "
        + (b.direction() == dev.flopex.core.units.Direction.BIDIRECTIONAL
            ? "bidirectional"
            : "per direction")
        + ")";
  }

  private static <U extends Enum<U> & dev.flopex.core.units.Unit<U>> String ratio(
      Optional<Quantity<U>> measured, Optional<Quantity<U>> datasheet) {
    if (measured.isEmpty() || datasheet.isEmpty() || datasheet.get().isZero()) {
      return Fmt.NONE;
    }
    return Fmt.fixed(measured.get().ratio(datasheet.get()), 2);
  }

  // ------------------------------------------------------------------------------------------
  // JSON

  Map<String, Object> toJson() {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("id", a.id());
    j.put("name", a.name());
    j.put("vendor", a.vendor());
    j.put("aliases", a.aliases());
    j.put("architecture", a.architecture());
    j.put("market", Fmt.key(a.market()));
    j.put("form_factor", a.formFactor());
    j.put(
        "launch_date",
        a.launchDate().map(s -> sourced("value", s.value().toString(), s)).orElse(null));
    j.put("process_node", a.processNode().map(s -> sourced("value", s.value(), s)).orElse(null));
    j.put(
        "die_area",
        a.dieArea()
            .map(s -> sourced("mm2", Fmt.json(s.value().in(AreaUnit.SQUARE_MILLIMETRES)), s))
            .orElse(null));

    Map<String, Object> compute = new LinkedHashMap<>();
    for (Precision p : Precision.values()) {
      Sourced<Throughput> t = a.compute().get(p);
      if (t != null) {
        Map<String, Object> e = throughput(p, t.value());
        provenance(e, t.provenance());
        List<Map<String, Object>> alts = new ArrayList<>();
        for (Sourced<Throughput> alt : t.alternatives()) {
          Map<String, Object> x = throughput(p, alt.value());
          provenance(x, alt.provenance());
          alts.add(x);
        }
        if (!alts.isEmpty()) {
          e.put("alternatives", alts);
        }
        compute.put(p.key(), e);
      }
    }
    j.put("compute", compute);
    Map<String, Object> unstated = new LinkedHashMap<>();
    for (Precision p : Precision.values()) {
      Sourced<Quantity<dev.flopex.core.units.ComputeRateUnit>> u = a.unstatedCompute().get(p);
      if (u != null) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put(p.isInteger() ? "tops" : "tflops", Fmt.json(u.value().in(p.displayUnit())));
        e.put("sparsity", "unstated");
        provenance(e, u.provenance());
        unstated.put(p.key(), e);
      }
    }
    j.put("compute_sparsity_unstated", unstated);
    j.put(
        "status",
        a.statusHistory().stream()
            .map(
                st -> {
                  Map<String, Object> e = new LinkedHashMap<>();
                  e.put("status", st.status().key());
                  e.put("date", st.date().toString());
                  provenance(e, st.provenance());
                  return e;
                })
            .collect(Collectors.toList()));
    j.put("cooling", a.cooling().map(c -> sourced("value", c.value().key(), c)).orElse(null));
    j.put("figures_per", a.figuresPer().name().toLowerCase(java.util.Locale.ROOT));
    j.put(
        "dies_per_package",
        a.diesPerPackage().map(d -> sourced("value", d.value(), d)).orElse(null));
    j.put(
        "unsupported",
        a.unsupported().stream().sorted().map(Precision::key).collect(Collectors.toList()));

    Map<String, Object> mem = new LinkedHashMap<>();
    mem.put("type", a.memory().type().map(dev.flopex.catalog.MemoryType::label).orElse(null));
    Sourced<Quantity<DataSizeUnit>> cap = a.memory().capacity();
    Map<String, Object> capJ = new LinkedHashMap<>();
    capJ.put("stated", Fmt.q(cap.value()));
    capJ.put("gb", Fmt.json(cap.value().in(DataSizeUnit.GIGABYTES)));
    capJ.put("gib", Fmt.json(cap.value().in(DataSizeUnit.GIBIBYTES)));
    provenance(capJ, cap.provenance());
    alternatives(
        capJ, cap, q -> Map.of("stated", Fmt.q(q), "gb", Fmt.json(q.in(DataSizeUnit.GIGABYTES))));
    mem.put("capacity", capJ);
    mem.put(
        "bandwidth",
        a.memory()
            .bandwidth()
            .map(
                b -> {
                  Map<String, Object> x =
                      sourced("tb_s", Fmt.json(b.value().in(DataRateUnit.TERABYTES_PER_SECOND)), b);
                  alternatives(
                      x, b, q -> Map.of("tb_s", Fmt.json(q.in(DataRateUnit.TERABYTES_PER_SECOND))));
                  return x;
                })
            .orElse(null));
    j.put("memory", mem);

    j.put(
        "scale_up",
        a.scaleUp()
            .map(
                su -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("technology", su.technology());
                  x.put(
                      "bandwidth",
                      su.bandwidth()
                          .map(
                              b -> {
                                Map<String, Object> y = new LinkedHashMap<>();
                                boolean known = b.value().directionStated();
                                y.put(
                                    "gb_s_bidirectional",
                                    known
                                        ? Fmt.json(
                                            b.value()
                                                .bidirectional()
                                                .in(DataRateUnit.GIGABYTES_PER_SECOND))
                                        : null);
                                y.put(
                                    "gb_s_per_direction",
                                    known
                                        ? Fmt.json(
                                            b.value()
                                                .perDirection()
                                                .in(DataRateUnit.GIGABYTES_PER_SECOND))
                                        : null);
                                y.put("stated", b.value().toString());
                                y.put("stated_direction", Fmt.key(b.value().direction()));
                                provenance(y, b.provenance());
                                return y;
                              })
                          .orElse(null));
                  x.put(
                      "domain_size",
                      su.domainSize().map(d -> sourced("accelerators", d.value(), d)).orElse(null));
                  return x;
                })
            .orElse(null));
    j.put(
        "host_interface", a.hostInterface().map(s -> sourced("value", s.value(), s)).orElse(null));
    j.put(
        "tdp",
        a.tdp().map(s -> sourced("w", Fmt.json(s.value().in(PowerUnit.WATTS)), s)).orElse(null));

    List<Map<String, Object>> prices = new ArrayList<>();
    for (PricePoint p : a.prices()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put(
          p.price().currency().getCurrencyCode().toLowerCase(java.util.Locale.ROOT),
          Fmt.json(p.price().amount()));
      x.put("as_of", p.asOf().toString());
      x.put("basis", p.basis().key());
      x.put("unit", p.unit().key());
      x.put("region", p.region());
      x.put("description", p.description());
      provenance(x, p.provenance());
      prices.add(x);
    }
    j.put("prices", prices);

    List<Map<String, Object>> ms = new ArrayList<>();
    for (Measurement x : a.measurements()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("operation", x.operation());
      e.put("precision", x.precision().map(Precision::key).orElse(null));
      String suffix = x.precision().map(p -> p.isInteger() ? "tops" : "tflops").orElse("tflops");
      ComputeRateUnit u =
          x.precision().map(Precision::displayUnit).orElse(ComputeRateUnit.TERAFLOP_PER_SECOND);
      Optional<Quantity<ComputeRateUnit>> ds = x.precision().flatMap(a::dense);
      if (x.precision().isPresent() || x.burst().isPresent() || x.sustained().isPresent()) {
        e.put("datasheet_dense_" + suffix, ds.map(q -> Fmt.json(q.in(u))).orElse(null));
        e.put("burst_" + suffix, x.burst().map(q -> Fmt.json(q.in(u))).orElse(null));
        e.put("burst_to_datasheet", ratioJson(x.burst(), ds));
        e.put("sustained_" + suffix, x.sustained().map(q -> Fmt.json(q.in(u))).orElse(null));
        e.put("sustained_to_datasheet", ratioJson(x.sustained(), ds));
      }
      x.power().ifPresent(q -> e.put("power_w", Fmt.json(q.in(PowerUnit.WATTS))));
      x.memoryBandwidth()
          .ifPresent(
              q -> {
                Optional<Quantity<DataRateUnit>> dsm = a.memory().bandwidth().map(Sourced::value);
                e.put(
                    "datasheet_memory_bandwidth_tb_s",
                    dsm.map(b -> Fmt.json(b.in(DataRateUnit.TERABYTES_PER_SECOND))).orElse(null));
                e.put("memory_bandwidth_tb_s", Fmt.json(q.in(DataRateUnit.TERABYTES_PER_SECOND)));
                e.put("memory_bandwidth_to_datasheet", ratioJson(x.memoryBandwidth(), dsm));
              });
      provenance(e, x.provenance());
      ms.add(e);
    }
    j.put("measurements", ms);
    j.put("export_control", exportControlJson());
    j.put(
        "overlay_changes",
        overlayChanges().stream().map(OverlayChange::describe).collect(Collectors.toList()));
    j.put("catalog_version", catalog.version());
    j.put("catalog_as_of", catalog.asOf().map(Object::toString).orElse(null));
    List<Map<String, Object>> srcs = new ArrayList<>();
    for (Source s : sources.values()) {
      srcs.add(source(s));
    }
    j.put("sources", srcs);
    return j;
  }

  private Map<String, Object> exportControlJson() {
    Map<String, Object> x = new LinkedHashMap<>();
    ExportMetrics m;
    try {
      m = ExportMetrics.of(a);
    } catch (ValidationException e) {
      x.put("error", Fmt.oneLine(e.getMessage()));
      return x;
    }
    x.putAll(metricsJson(m));
    x.put("as_of", today.toString());
    Optional<Rule> rule = catalog.exportControls().ruleInForce(today);
    x.put(
        "decision",
        rule.map(r -> decisionJson(catalog.exportControls().classify(a, r.id()))).orElse(null));
    return x;
  }

  static Map<String, Object> metricsJson(ExportMetrics m) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("tpp", m.tpp().isPresent() ? Fmt.json(m.tpp().getAsDouble()) : null);
    x.put("tpp_precision", m.tppPrecision().map(Precision::key).orElse(null));
    x.put(
        "performance_density",
        m.performanceDensity().isPresent() ? Fmt.json(m.performanceDensity().getAsDouble()) : null);
    x.put(
        "interconnect_bidirectional_gb_s",
        m.interconnectBidirectionalGbS().isPresent()
            ? Fmt.json(m.interconnectBidirectionalGbS().getAsDouble())
            : null);
    x.put(
        "memory_bandwidth_gb_s",
        m.memoryBandwidthGbS().isPresent() ? Fmt.json(m.memoryBandwidthGbS().getAsDouble()) : null);
    x.put("datacenter", m.datacenter());
    x.put("derivation", m.derivation());
    return x;
  }

  static Map<String, Object> ruleJson(Rule r) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", r.id());
    x.put("title", r.title());
    x.put("effective_from", r.effectiveFrom().toString());
    x.put("effective_until", r.effectiveUntil().map(LocalDate::toString).orElse(null));
    x.put("destinations", r.destinations());
    return x;
  }

  static Map<String, Object> decisionJson(Decision d) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("rule", ruleJson(d.rule()));
    x.put("outcome", Fmt.key(d.outcome()));
    x.put("eccn", d.eccn().orElse(null));
    x.put("licence_requirement", Fmt.key(d.licenceRequirement()));
    x.put(
        "licence_required",
        d.licenceRequirement() == dev.flopex.catalog.exportcontrol.LicenceRequirement.REQUIRED);
    x.put(
        "licence_policy",
        d.licencePolicy().map(dev.flopex.catalog.exportcontrol.LicencePolicy::key).orElse(null));
    x.put(
        "licence_policy_note", d.classification().flatMap(c -> c.licencePolicyNote()).orElse(null));
    x.put("condition", d.classification().map(c -> c.explanation()).orElse(null));
    x.put("candidates", d.candidates().stream().map(c -> c.label()).collect(Collectors.toList()));
    x.put("fee", d.fee().map(AcceleratorView::feeJson).orElse(null));
    List<Map<String, Object>> tests = new ArrayList<>();
    for (dev.flopex.catalog.exportcontrol.ThresholdTest t : d.tests()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("classification_index", t.classificationIndex());
      j.put("classification", t.classification());
      j.put("metric", t.metric().key());
      j.put("operator", t.operator().symbol());
      j.put("threshold", t.threshold().isPresent() ? Fmt.json(t.threshold().getAsDouble()) : null);
      j.put("products", t.products());
      j.put(
          "value",
          t.product().isPresent()
              ? t.product().get()
              : t.value().isPresent() ? Fmt.json(t.value().getAsDouble()) : null);
      j.put(
          "lower_bound",
          t.lowerBound().isPresent() ? Fmt.json(t.lowerBound().getAsDouble()) : null);
      j.put("unit", t.unit().isEmpty() ? null : t.unit());
      j.put("outcome", Fmt.key(t.outcome()));
      j.put("decided", t.decided());
      tests.add(j);
    }
    x.put("tests", tests);
    x.put("verdict", d.verdict());
    x.put("reasons", d.reasons());
    return x;
  }

  /** Returns a US export fee as JSON: fraction, base, payer, dates, sources, confidence, note. */
  static Map<String, Object> feeJson(dev.flopex.catalog.exportcontrol.ExportFee f) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", f.id());
    x.put("title", f.title());
    x.put("fraction", f.fraction());
    x.put("base", Fmt.key(f.base()));
    x.put("payer", Fmt.key(f.payer()));
    x.put("effective_from", f.effectiveFrom().toString());
    x.put("effective_until", f.effectiveUntil().map(LocalDate::toString).orElse(null));
    x.put(
        "sources",
        f.sources().stream()
            .map(dev.flopex.core.provenance.Source::id)
            .collect(Collectors.toList()));
    x.put("confidence", Fmt.key(f.confidence()));
    x.put("note", f.note());
    return x;
  }

  /**
   * Returns a fee in words, e.g. "15% of sale revenue, paid by the exporter
   * (h20-mi308-revenue-share-15pct; medium confidence)".
   */
  static String fee(Decision d) {
    return d.fee()
        .map(
            f ->
                f.percent()
                    + " of "
                    + (f.base() == dev.flopex.catalog.exportcontrol.ExportFee.Base.SALE_REVENUE
                        ? "sale revenue"
                        : "US import value")
                    + ", paid by the "
                    + Fmt.key(f.payer())
                    + " ("
                    + f.id()
                    + "; "
                    + Fmt.key(f.confidence())
                    + " confidence)")
        .orElse(Fmt.NONE);
  }

  private static Map<String, Object> throughput(Precision p, Throughput t) {
    String suffix = p.isInteger() ? "tops" : "tflops";
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("dense_" + suffix, Fmt.json(t.dense().in(p.displayUnit())));
    e.put("sparse_" + suffix, t.sparse().map(s -> Fmt.json(s.in(p.displayUnit()))).orElse(null));
    return e;
  }

  private Map<String, Object> sourced(String key, Object value, Sourced<?> s) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put(key, value);
    provenance(x, s.provenance());
    return x;
  }

  private <T> void alternatives(
      Map<String, Object> x, Sourced<T> s, Function<T, Map<String, Object>> f) {
    if (s.alternatives().isEmpty()) {
      return;
    }
    List<Map<String, Object>> alts = new ArrayList<>();
    for (Sourced<T> alt : s.alternatives()) {
      Map<String, Object> y = new LinkedHashMap<>(f.apply(alt.value()));
      provenance(y, alt.provenance());
      alts.add(y);
    }
    x.put("alternatives", alts);
  }

  private void provenance(Map<String, Object> x, Provenance p) {
    refNumber(p.source());
    x.put("source", p.source().id());
    x.put("confidence", Fmt.key(p.confidence()));
    p.note().ifPresent(n -> x.put("note", n));
  }

  private static Map<String, Object> source(Source s) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", s.id());
    x.put("title", s.title());
    x.put("publisher", s.publisher().orElse(null));
    x.put("url", s.url().orElse(null));
    x.put("kind", Fmt.key(s.kind()));
    x.put("published", s.published().map(Object::toString).orElse(null));
    x.put("read", s.read().toString());
    return x;
  }

  private static <U extends Enum<U> & dev.flopex.core.units.Unit<U>> Number ratioJson(
      Optional<Quantity<U>> measured, Optional<Quantity<U>> datasheet) {
    if (measured.isEmpty() || datasheet.isEmpty() || datasheet.get().isZero()) {
      return null;
    }
    return Math.round(measured.get().ratio(datasheet.get()) * 10000) / 10000.0;
  }
}
