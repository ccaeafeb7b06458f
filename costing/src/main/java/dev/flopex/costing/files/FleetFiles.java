package dev.flopex.costing.files;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.NicRole;
import dev.flopex.catalog.PricePoint;
import dev.flopex.catalog.SystemSpec;
import dev.flopex.catalog.internal.yaml.Figures;
import dev.flopex.catalog.internal.yaml.YNode;
import dev.flopex.catalog.internal.yaml.YamlDoc;
import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.Source;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.validation.DataFileException;
import dev.flopex.core.validation.TextFiles;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.AssumptionSet;
import dev.flopex.costing.AssumptionSets;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.CompiledFleet;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.Depreciation;
import dev.flopex.costing.Facility;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Financing;
import dev.flopex.costing.Fleet;
import dev.flopex.costing.ImmutableCluster;
import dev.flopex.costing.ImmutableFinancialTerms;
import dev.flopex.costing.ImmutableFleet;
import dev.flopex.costing.ImmutableNetworkDesign;
import dev.flopex.costing.NetworkDesign;
import dev.flopex.costing.PowerBasis;
import dev.flopex.costing.PowerBudget;
import dev.flopex.costing.PowerBuild;
import dev.flopex.costing.PowerTranche;
import dev.flopex.costing.Region;
import dev.flopex.costing.Regions;
import dev.flopex.costing.Site;
import dev.flopex.costing.Topology;
import dev.flopex.costing.analysis.ImmutableMonteCarloSpec;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.analysis.SensitivityInput;
import dev.flopex.costing.analysis.UncertainInput;
import dev.flopex.costing.internal.DistributionFiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads fleet files (schema {@code flopex-fleet/1}, {@code docs/fleet-files.md}): clusters, their
 * networks, sites, assumption sets with sourced overrides, sourced price overrides, and the
 * financial terms. Parsing is plain YAML only; every error names file, line, field, value and rule.
 *
 * @since 0.1
 */
public final class FleetFiles {
  private static final long MAX_BYTES = 8L * 1024 * 1024;
  private static final java.util.Set<String> CLUSTER_FIELDS =
      java.util.Set.of(
          "name",
          "system",
          "servers",
          "gpus",
          "rounding",
          "utility_mw",
          "it_mw",
          "tranches",
          "purchase_date",
          "site",
          "assumptions",
          "assumption_overrides",
          "price_overrides",
          "networks");

  private FleetFiles() {}

  /**
   * Reads a fleet file.
   *
   * @param file the file
   * @param catalog the catalog that systems and parts are looked up in
   * @return the fleet and its terms
   * @throws DataFileException naming file, line, field, value and rule
   */
  public static FleetSpec load(Path file, HardwareCatalog catalog) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return read(name, TextFiles.read(file, MAX_BYTES, DataFileException::new), catalog);
  }

  /**
   * Reads fleet YAML text.
   *
   * @param name the file name for messages
   * @param yaml the text
   * @param catalog the catalog that systems and parts are looked up in
   * @return the fleet and its terms
   * @throws DataFileException naming file, line, field, value and rule
   */
  public static FleetSpec read(String name, String yaml, HardwareCatalog catalog) {
    YNode root = YamlDoc.parse(name, yaml, DataFileException::new).rootNode();
    root.get("schema").requireText("flopex-fleet/1");
    Map<String, Source> sources =
        root.opt("sources").map(Figures::readSources).orElseGet(LinkedHashMap::new);
    Figures fr = new Figures(sources);
    FinancialTerms terms = at(root.get("terms"), () -> terms(root.get("terms")));
    ImmutableFleet.Builder fleet = Fleet.builder().name(root.get("name").text());
    ImmutableFleetSpec.Builder spec = FleetSpec.builder().terms(terms);
    for (YNode c : root.get("clusters").elements()) {
      Sized sized = at(c, () -> cluster(c, fr, catalog));
      for (Cluster cluster : sized.clusters) {
        // compile now, so that a cluster the engine cannot cost (a network role the system has no
        // NICs for, a part with no price) is reported at its place in the file
        at(c, () -> CostEngine.create().compile(cluster, terms));
        fleet.addClusters(cluster);
      }
      if (sized.power != null) {
        spec.addPowerBuilds(sized.power);
      }
    }
    root.opt("description").ifPresent(d -> spec.description(d.text()));
    Fleet f = at(root, fleet::build);
    // compiled once, and only when a section needs it to check its input paths
    java.util.function.Supplier<CompiledFleet> compiled =
        com.google.common.base.Suppliers.memoize(
            () -> at(root, () -> CostEngine.create().compile(f, terms)));
    root.opt("sensitivity")
        .ifPresent(
            s -> {
              s.opt("output").ifPresent(o -> spec.sensitivityOutput(outputOf(o)));
              for (YNode in : s.get("inputs").elements()) {
                YNode path = in.get("path");
                checkPath(compiled.get(), path);
                spec.addSensitivity(
                    at(
                        in,
                        () ->
                            SensitivityInput.of(
                                path.text(), in.get("low").number(""), in.get("high").number(""))));
                in.done();
              }
              s.done();
            });
    root.opt("uncertainty")
        .ifPresent(u -> spec.uncertainty(at(u, () -> uncertainty(u, compiled.get()))));
    root.done();
    return spec.fleet(f).build();
  }

  /** Runs {@code f}, locating any plain validation error at node {@code n}. */
  private static <T> T at(YNode n, Supplier<T> f) {
    try {
      return f.get();
    } catch (DataFileException e) {
      throw e;
    } catch (ValidationException e) {
      // a check on the node itself names it by its path in the file; a check on a part of it adds
      // the part
      String own = n.path.substring(n.path.lastIndexOf('.') + 1);
      String field =
          n.path.isEmpty() ? e.field() : e.field().equals(own) ? n.path : n.path + "." + e.field();
      throw n.error(field, e.value().orElse(null), e.rule());
    }
  }

  private static void checkPath(CompiledFleet compiled, YNode path) {
    try {
      compiled.slots(path.text());
    } catch (ValidationException e) {
      throw path.error("'" + path.text() + "'", e.rule());
    }
  }

  private static MonteCarloSpec uncertainty(YNode u, CompiledFleet compiled) {
    YNode samples = u.get("samples");
    if (!samples.json.isIntegralNumber() || !samples.json.canConvertToLong()) {
      throw samples.error(YNode.describe(samples.json), "must be a whole number");
    }
    long count = samples.json.longValue();
    if (count <= 0) {
      throw samples.error(Long.toString(count), "must be > 0");
    }
    if (count > MonteCarloSpec.MAX_SAMPLES) {
      throw samples.error(
          Long.toString(count), "must be <= 2^40 (" + MonteCarloSpec.MAX_SAMPLES + ")");
    }
    ImmutableMonteCarloSpec.Builder b = MonteCarloSpec.builder().samples(count);
    u.opt("seed")
        .ifPresent(
            s -> {
              if (!s.json.isIntegralNumber() || !s.json.canConvertToLong()) {
                throw s.error(YNode.describe(s.json), "must be a whole number");
              }
              b.seed(s.json.longValue());
            });
    u.opt("output").ifPresent(o -> b.output(outputOf(o)));
    u.opt("threads").ifPresent(t -> b.threads(t.positiveInt()));
    u.opt("sampling")
        .ifPresent(m -> b.sampling(keyOf(m, dev.flopex.core.random.SamplingMethod::fromKey)));
    u.opt("quantiles")
        .ifPresent(m -> b.quantiles(keyOf(m, dev.flopex.core.random.QuantileMethod::fromKey)));
    u.opt("percentiles")
        .ifPresent(
            ps -> {
              List<Double> list = new java.util.ArrayList<>();
              for (YNode q : ps.elements()) {
                list.add(q.number(""));
              }
              b.percentiles(list);
            });
    for (YNode in : u.get("inputs").elements()) {
      YNode path = in.get("path");
      checkPath(compiled, path);
      YNode d = in.get("distribution");
      b.addInputs(UncertainInput.of(path.text(), at(d, () -> DistributionFiles.read(d))));
      in.done();
    }
    u.opt("correlation")
        .ifPresent(
            c -> {
              for (YNode row : c.elements()) {
                List<Double> r = new java.util.ArrayList<>();
                for (YNode x : row.elements()) {
                  r.add(x.number(""));
                }
                b.addCorrelation(r);
              }
            });
    u.done();
    return b.build();
  }

  private static FinancialTerms terms(YNode t) {
    ImmutableFinancialTerms.Builder b =
        FinancialTerms.builder()
            .horizonYears(t.get("horizon_years").positiveInt())
            .utilisation(t.get("utilisation").number(""));
    t.opt("depreciation").ifPresent(d -> b.depreciation(Figures.enumValue(d, Depreciation.class)));
    t.opt("financing").ifPresent(d -> b.financing(Figures.enumValue(d, Financing.class)));
    t.opt("debt_rate").ifPresent(d -> b.debtRate(d.number("/year")));
    t.opt("debt_tenor_years").ifPresent(d -> b.debtTenorYears(d.positiveInt()));
    t.done();
    return b.build();
  }

  private static Output outputOf(YNode o) {
    try {
      return Output.fromKey(o.text());
    } catch (ValidationException e) {
      throw o.error(e.value().orElse(null), e.rule());
    }
  }

  /** Reads a named choice ({@code sampling: sobol}), the parser's rule (with did-you-mean) kept. */
  private static <T> T keyOf(YNode n, java.util.function.Function<String, T> parse) {
    try {
      return parse.apply(n.text());
    } catch (ValidationException e) {
      throw n.error(e.value().orElse(null), e.rule());
    }
  }

  private static <T> T ref(YNode n, java.util.function.Function<String, T> lookup) {
    try {
      return lookup.apply(n.text());
    } catch (DataFileException e) {
      throw e;
    } catch (dev.flopex.catalog.UnknownPartException e) {
      throw n.error(
          "'" + n.text() + "'",
          "must name a catalog entry"
              + (e.suggestions().isEmpty()
                  ? ""
                  : " (did you mean " + String.join(", ", e.suggestions()) + "?)"));
    } catch (ValidationException e) {
      throw n.error("'" + n.text() + "'", e.rule());
    }
  }

  /**
   * A file's cluster entry: one cluster, or one per tranche of a power-sized build, with its
   * sizing.
   */
  private static final class Sized {
    final List<Cluster> clusters;
    final @org.jspecify.annotations.Nullable PowerBuild power;

    Sized(List<Cluster> clusters, @org.jspecify.annotations.Nullable PowerBuild power) {
      this.clusters = clusters;
      this.power = power;
    }
  }

  private static Sized cluster(YNode c, Figures fr, HardwareCatalog catalog) {
    c.requireObject();
    SystemSpec system = ref(c.get("system"), catalog::system);
    ImmutableCluster.Builder b = Cluster.builder().name(c.get("name").text()).system(system);
    if (c.has("power_mw")) {
      YNode old = c.get("power_mw");
      throw old.error(
          old.path,
          YNode.describe(old.json),
          "is no longer accepted: it did not say whether PUE is included; give utility_mw "
              + "(utility MW at the meter, PUE included) or it_mw (critical IT MW, what power_mw meant)");
    }
    int given = 0;
    for (String k : List.of("servers", "gpus", "utility_mw", "it_mw", "tranches")) {
      given += c.has(k) ? 1 : 0;
    }
    if (given != 1) {
      throw c.error(
          c.path + ".servers",
          null,
          "must be given exactly once, as servers, gpus, utility_mw, it_mw or tranches");
    }
    // assumptions with sourced overrides
    AssumptionSet set = ref(c.get("assumptions"), AssumptionSets::get);
    YNode ov = c.opt("assumption_overrides").orElse(null);
    if (ov != null) {
      for (String k : ov.fieldNames()) {
        YNode v = ov.get(k);
        AssumptionKey key;
        try {
          key = AssumptionKey.fromKey(k);
        } catch (ValidationException e) {
          throw v.error("'" + k + "'", e.rule());
        }
        Sourced<Double> s = fr.figure(v, n -> n.get("value").number(key.unit()));
        try {
          set = set.with(key, s.value(), s.provenance());
        } catch (ValidationException e) {
          throw v.error(v.path + ".value", e.value().orElse(null), e.rule());
        }
      }
      ov.done();
    }
    b.assumptions(set);
    YNode site = c.get("site");
    Region region = ref(site.get("region"), Regions::get);
    Facility facility = Figures.enumValue(site.get("facility"), Facility.class);
    String siteName = site.opt("name").map(YNode::text).orElse(region.name());
    b.site(at(site, () -> Site.of(siteName, region, facility)));
    site.done();
    List<PowerTranche> tranches = new java.util.ArrayList<>();
    List<YNode> trancheNodes = c.has("tranches") ? c.get("tranches").elements() : List.of();
    if (c.has("tranches")) {
      if (c.has("purchase_date")) {
        YNode d = c.get("purchase_date");
        throw d.error(
            "'" + d.text() + "'",
            "must be absent with tranches (each tranche's hardware is bought on its energised date)");
      }
      if (trancheNodes.isEmpty()) {
        throw c.get("tranches")
            .error(
                "[]",
                "must list at least one tranche {energised: YYYY-MM-DD, utility_mw or it_mw: MW}");
      }
      for (YNode t : trancheNodes) {
        tranches.add(PowerTranche.of(Figures.localDate(t.get("energised")), budget(t, t.path)));
        t.done();
      }
      b.purchaseDate(tranches.get(0).energised());
    } else {
      b.purchaseDate(Figures.localDate(c.get("purchase_date")));
    }
    c.opt("price_overrides")
        .ifPresent(
            po -> {
              for (String part : po.fieldNames()) {
                YNode p = po.get(part);
                PricePoint pp =
                    at(
                        p,
                        () ->
                            PricePoint.builder()
                                .price(Money.usd(p.get("usd").positive("USD")))
                                .asOf(Figures.partialDate(p.get("as_of")))
                                .basis(
                                    Figures.enumValue(
                                        p.get("basis"), dev.flopex.catalog.PriceBasis.class))
                                .unit(
                                    Figures.enumValue(
                                        p.get("unit"), dev.flopex.catalog.PriceUnit.class))
                                .region(p.opt("region").map(YNode::text).orElse(region.id()))
                                .description(
                                    p.opt("description").map(YNode::text).orElse("price override"))
                                .provenance(fr.provenance(p))
                                .build());
                p.done();
                b.putPriceOverrides(part, pp);
              }
              po.done();
            });
    java.util.Set<String> networkNames = new java.util.HashSet<>();
    for (YNode n : c.get("networks").elements()) {
      NetworkDesign d = at(n, () -> network(n, catalog));
      if (!networkNames.add(d.name())) {
        throw n.get("name")
            .error(
                "'" + d.name() + "'",
                "must be unique within the cluster's networks (a network listed twice would be costed twice)");
      }
      b.addNetworks(d);
    }
    if (c.has("rounding") && !c.has("gpus")) {
      YNode r = c.get("rounding");
      throw r.error(
          "'" + r.text() + "'",
          "must only be given with gpus (it says how to round a GPU count to whole systems)");
    }
    if (c.has("servers")) {
      b.servers(c.get("servers").positiveInt());
    } else if (c.has("gpus")) {
      YNode g = c.get("gpus");
      Cluster.Rounding r =
          c.opt("rounding")
              .map(x -> Figures.enumValue(x, Cluster.Rounding.class))
              .orElse(Cluster.Rounding.EXACT);
      b.servers(at(g, () -> Cluster.serversFor(system, g.positiveInt(), r)));
    } else {
      Cluster template = at(c, () -> b.servers(1).build());
      checkPriceOverrides(c, template);
      PowerBuild build;
      if (tranches.isEmpty()) {
        PowerBudget budget = budget(c, c.path);
        YNode mw = c.get(budget.basis().key());
        build =
            PowerBuild.builder()
                .name(template.name())
                .addTranches(at(mw, () -> CostEngine.create().sizeForPower(template, budget)))
                .build();
      } else {
        build = phased(c, trancheNodes, () -> CostEngine.create().phasedBuild(template, tranches));
      }
      c.done(CLUSTER_FIELDS);
      return new Sized(build.fleet().clusters(), build);
    }
    c.opt("rounding");
    Cluster cluster = at(c, b::build);
    checkPriceOverrides(c, cluster);
    c.done(CLUSTER_FIELDS);
    return new Sized(List.of(cluster), null);
  }

  /** Reads the one power budget of a node: {@code utility_mw} or {@code it_mw}, in MW. */
  private static PowerBudget budget(YNode n, String path) {
    boolean utility = n.has(PowerBasis.UTILITY.key());
    boolean it = n.has(PowerBasis.CRITICAL_IT.key());
    if (utility == it) {
      throw n.error(
          path + ".utility_mw",
          null,
          "must be given exactly once, as utility_mw (utility MW, PUE included) or it_mw (critical IT MW)");
    }
    PowerBasis basis = utility ? PowerBasis.UTILITY : PowerBasis.CRITICAL_IT;
    YNode mw = n.get(basis.key());
    double v = mw.positive("MW");
    return at(mw, () -> PowerBudget.of(basis, v));
  }

  /**
   * Runs a phased build, locating an error about {@code tranches[i]} at that tranche (or its field)
   * in the file.
   */
  private static PowerBuild phased(YNode c, List<YNode> nodes, Supplier<PowerBuild> f) {
    try {
      return f.get();
    } catch (DataFileException e) {
      throw e;
    } catch (ValidationException e) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("tranches\\[(\\d+)\\]\\.?(.*)").matcher(e.field());
      if (m.matches() && Integer.parseInt(m.group(1)) < nodes.size()) {
        YNode t = nodes.get(Integer.parseInt(m.group(1)));
        YNode at = t.has(m.group(2)) ? t.get(m.group(2)) : t;
        throw at.error(c.path + "." + e.field(), e.value().orElse(null), e.rule());
      }
      throw c.error(c.path + "." + e.field(), e.value().orElse(null), e.rule());
    }
  }

  /** A price override must name a part the cluster buys: a misspelt id is an error, not ignored. */
  private static void checkPriceOverrides(YNode c, Cluster cluster) {
    java.util.Set<String> bought = new java.util.LinkedHashSet<>();
    bought.add(cluster.system().id());
    for (NetworkDesign n : cluster.networks()) {
      bought.add(n.networkSwitch().id());
      bought.add(n.serverLinkNicEnd().id());
      bought.add(n.serverLinkSwitchEnd().id());
      bought.add(n.fabricLink().id());
    }
    // components costed beside the system's price (a CDU share, a cooling plant) are bought too:
    // the engine prices them from an override, and its "not priced" warning asks for one
    for (dev.flopex.catalog.SystemComponent sc : cluster.system().components()) {
      if (!sc.includedInSystemPrice()) {
        bought.add(sc.id());
      }
    }
    c.opt("price_overrides")
        .ifPresent(
            po -> {
              for (String part : po.fieldNames()) {
                if (!bought.contains(part)) {
                  throw po.get(part)
                      .error(
                          po.path + "." + part,
                          "'" + part + "'",
                          "must name a part this cluster buys ("
                              + String.join(", ", bought)
                              + ")"
                              + dev.flopex.core.validation.Suggestions.didYouMean(part, bought));
                }
              }
            });
  }

  private static NetworkDesign network(YNode n, HardwareCatalog catalog) {
    ImmutableNetworkDesign.Builder b =
        NetworkDesign.builder()
            .name(n.get("name").text())
            .role(Figures.enumValue(n.get("role"), NicRole.class))
            .networkSwitch(ref(n.get("switch"), catalog::networkSwitch))
            .serverLinkNicEnd(ref(n.get("server_link_nic_end"), catalog::link))
            .serverLinkSwitchEnd(ref(n.get("server_link_switch_end"), catalog::link))
            .fabricLink(ref(n.get("fabric_link"), catalog::link));
    n.opt("oversubscription").ifPresent(o -> b.oversubscription(o.number("")));
    n.opt("tiers").ifPresent(t -> b.tiers(t.positiveInt()));
    if (n.has("topology") && n.has("rail_optimized")) {
      YNode r = n.get("rail_optimized");
      throw r.error(
          "'" + r.text() + "'",
          "must not be given with topology (rail_optimized is the older spelling of topology: rail-optimized)");
    }
    n.opt("topology").ifPresent(t -> b.topology(Figures.enumValue(t, Topology.class)));
    // before 0.3 rail_optimized was documentation only; true now means the rail-optimised counts
    n.opt("rail_optimized")
        .ifPresent(r -> b.topology(r.bool() ? Topology.RAIL_OPTIMIZED : Topology.FAT_TREE));
    n.opt("planes").ifPresent(p -> b.planes(p.positiveInt()));
    n.opt("note").ifPresent(x -> b.note(x.text()));
    n.done();
    return b.build();
  }
}
