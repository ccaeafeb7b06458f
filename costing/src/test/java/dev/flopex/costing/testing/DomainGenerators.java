package dev.flopex.costing.testing;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.ImmutableAccelerator;
import dev.flopex.catalog.ImmutableSystemSpec;
import dev.flopex.catalog.NicAttachment;
import dev.flopex.catalog.NicRole;
import dev.flopex.catalog.PriceBasis;
import dev.flopex.catalog.PricePoint;
import dev.flopex.catalog.PriceUnit;
import dev.flopex.catalog.SystemKind;
import dev.flopex.catalog.SystemSpec;
import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.Confidence;
import dev.flopex.core.provenance.PartialDate;
import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.provenance.Source;
import dev.flopex.core.provenance.SourceKind;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.units.Quantity;
import dev.flopex.costing.AssumptionSets;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.Facility;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Financing;
import dev.flopex.costing.Fleet;
import dev.flopex.costing.NetworkDesign;
import dev.flopex.costing.Region;
import dev.flopex.costing.Regions;
import dev.flopex.costing.Site;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Shared QuickTheories generators of the costing domain, published in {@code flopex-costing}'s
 * test-jar so that every module's properties draw from the same clusters. They generate clusters of
 * every system kind in the built-in catalog (8-GPU HGX/DGX servers, AMD platforms, rack-scale
 * NVL72, Trainium and Helios racks, TPU and Ascend pods, systems without a max-power figure),
 * rented (wholesale, retail) and owned sites in every region that prices them, cash and debt
 * financing, horizons of 1 to 50 years and utilisation from the engine's minimum to 1.
 *
 * <p>Use from another module with {@code
 * <dependency><groupId>dev.flopex</groupId><artifactId>flopex-costing</artifactId>
 * <type>test-jar</type><scope>test</scope></dependency>}.
 *
 * <p>Domain limits the generators stay inside (each pinned by an example test in costing's {@code
 * DomainLimitsTest}): a system whose accelerator has no TDP in the catalog cannot be costed (its
 * power is unknown), and a cluster is never bought before its accelerator launched. No pod (TPU7x,
 * CloudMatrix 384, Atlas 950) and no Trainium or Helios rack can be costed as the catalog has it:
 * their accelerators have no sourced power figure (docs/catalog.md lists what was searched), or,
 * like the Trn2 UltraServer whose Trainium2 has an analyst's 500 W, they list no scale-out NIC. The
 * generators therefore also draw {@link #standInSystems() stand-ins} for them: the catalog system
 * with the missing TDP and scale-out NIC filled by labelled test figures, so the properties still
 * reach every system kind, pods among them, without those figures ever entering the catalog. Every
 * system is given a generated price override, so systems the catalog does not price are generated
 * too. {@code DomainGeneratorsTest} checks that every category below is reached.
 */
public final class DomainGenerators {
  /** The built-in catalog the generators draw from. */
  public static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();

  /** The most GPUs a generated cluster has: 65,536 (a three-tier fat tree of 64-port switches). */
  public static final long MAX_GPUS = 65_536;

  /** The earliest generated purchase date (later for systems launched after it). */
  public static final LocalDate EARLIEST = LocalDate.of(2023, 1, 1);

  /** The latest generated purchase date. */
  public static final LocalDate LATEST = LocalDate.of(2027, 12, 31);

  private DomainGenerators() {}

  /**
   * Returns the catalog systems the engine can cost: those whose accelerator has a TDP (the engine
   * sizes power from it) and that list a scale-out NIC (every cluster needs a scale-out network,
   * and a network's role must match one of the system's NICs). Sorted by id, so draws are
   * reproducible.
   *
   * @return the systems: servers and racks; no pod has a sourced accelerator power yet
   * @see #standInSystems()
   */
  public static List<SystemSpec> costableSystems() {
    List<SystemSpec> out = new ArrayList<>();
    for (SystemSpec s : CATALOG.systems()) {
      if (s.accelerator().tdp().isPresent()
          && s.nics().stream().anyMatch(n -> n.role() == NicRole.SCALE_OUT)) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparing(SystemSpec::id));
    return List.copyOf(out);
  }

  /** The TDP a stand-in's accelerator is given when its system's max power allows it, in W. */
  public static final double STAND_IN_TDP_W = 1_000;

  /** The id of the source every stand-in figure names. */
  public static final String STAND_IN_SOURCE = "generated-stand-in";

  /**
   * Returns a stand-in for each catalog system the engine cannot cost ({@link #costableSystems()}
   * leaves it out): the same system (kind, accelerators per system, racks, max power, components,
   * cooling, price points) with what it lacks filled by test figures that name the source {@value
   * #STAND_IN_SOURCE}: an accelerator TDP of {@link #STAND_IN_TDP_W} W, or 90 % of the system's max
   * power per accelerator if that is less (the engine refuses a max power below the accelerators'
   * TDP), and one ConnectX-7 400 Gb/s scale-out NIC per accelerator. They are inputs for properties
   * (parts add up, monotonicity, determinism), never figures for these systems: the catalog keeps
   * neither, and no output of flopex uses them. Sorted by id.
   *
   * @return the stand-ins
   */
  public static List<SystemSpec> standInSystems() {
    Provenance generated =
        Provenance.of(
            Source.builder()
                .id(STAND_IN_SOURCE)
                .title("generated stand-in for a figure no source gives (tests only)")
                .read(LocalDate.of(2026, 12, 4))
                .kind(SourceKind.USER)
                .build(),
            Confidence.LOW);
    List<SystemSpec> costable = costableSystems();
    List<SystemSpec> out = new ArrayList<>();
    for (SystemSpec s : CATALOG.systems()) {
      if (costable.contains(s)) {
        continue;
      }
      int n = s.acceleratorCount().value();
      Accelerator acc = s.accelerator();
      if (acc.tdp().isEmpty()) {
        double tdp =
            s.maxPower()
                .map(p -> Math.min(STAND_IN_TDP_W, 0.9 * p.value().in(PowerUnit.WATTS) / n))
                .orElse(STAND_IN_TDP_W);
        acc =
            ((ImmutableAccelerator) ImmutableAccelerator.copyOf(acc))
                .withTdp(Sourced.of(Quantity.of(tdp, PowerUnit.WATTS), generated));
      }
      // copyOf is typed as the interface (the shared style overshadows the implementation)
      ImmutableSystemSpec standIn =
          ((ImmutableSystemSpec) ImmutableSystemSpec.copyOf(s)).withAccelerator(acc);
      if (s.nics().stream().noneMatch(nic -> nic.role() == NicRole.SCALE_OUT)) {
        List<NicAttachment> nics = new ArrayList<>(s.nics());
        nics.add(
            NicAttachment.builder()
                .nic(CATALOG.nic("connectx-7-400g"))
                .count(n)
                .role(NicRole.SCALE_OUT)
                .provenance(generated)
                .build());
        standIn = standIn.withNics(nics);
      }
      out.add(standIn);
    }
    out.sort(Comparator.comparing(SystemSpec::id));
    return List.copyOf(out);
  }

  /**
   * Returns whether {@code s} is one of the {@link #standInSystems() stand-ins}: its TDP or a
   * scale-out NIC names {@value #STAND_IN_SOURCE}.
   *
   * @param s the system
   * @return whether it carries stand-in figures
   */
  public static boolean isStandIn(SystemSpec s) {
    return s.accelerator().tdp().stream()
            .anyMatch(t -> t.provenance().source().id().equals(STAND_IN_SOURCE))
        || s.nics().stream().anyMatch(n -> n.provenance().source().id().equals(STAND_IN_SOURCE));
  }

  /**
   * Returns every system the generators draw: the {@link #costableSystems() costable} ones and the
   * {@link #standInSystems() stand-ins} for the rest, one per catalog system, sorted by id.
   *
   * @return the systems, at least one of every {@link SystemKind}
   */
  public static List<SystemSpec> generatedSystems() {
    List<SystemSpec> out = new ArrayList<>(costableSystems());
    out.addAll(standInSystems());
    out.sort(Comparator.comparing(SystemSpec::id));
    return List.copyOf(out);
  }

  /**
   * Returns the categories a system belongs to, for coverage checks and failure reports: its kind
   * ({@code server}, {@code rack}, {@code pod}), {@code vendor:<name>}, {@code max-power:yes|no},
   * {@code 8-gpu} for 8-accelerator servers and {@code stand-in} for {@link #standInSystems()
   * stand-ins}.
   *
   * @param s the system
   * @return the categories
   */
  public static Set<String> categories(SystemSpec s) {
    Set<String> c = new TreeSet<>();
    c.add(s.kind().name().toLowerCase(Locale.ROOT));
    c.add("vendor:" + s.vendor().toLowerCase(Locale.ROOT));
    c.add("max-power:" + (s.maxPower().isPresent() ? "yes" : "no"));
    if (s.kind() == SystemKind.SERVER && s.acceleratorCount().value() == 8) {
      c.add("8-gpu");
    }
    if (isStandIn(s)) {
      c.add("stand-in");
    }
    return c;
  }

  /**
   * Returns a system, each of {@link #generatedSystems()} equally likely.
   *
   * @return the generator
   */
  public static Gen<SystemSpec> systems() {
    return Generate.pick(generatedSystems())
        .describedAs(s -> isStandIn(s) ? s.id() + " (stand-in)" : s.id());
  }

  /**
   * Returns every (region, facility) pair the built-in regions price without an override: the
   * region has electricity, PUE, import duty and sales tax, and a rented site its colocation rent,
   * an owned site its build cost. (A region without one of them needs an assumption override; the
   * engine refuses it otherwise.)
   *
   * @return the sites, sorted by region id then facility
   */
  public static List<Site> pricedSites() {
    List<Site> out = new ArrayList<>();
    List<String> ids = new ArrayList<>(Regions.builtIn().keySet());
    ids.sort(Comparator.naturalOrder());
    for (String id : ids) {
      Region r = Regions.get(id);
      boolean common =
          r.electricityUsdPerKwh().isPresent()
              && r.pue().isPresent()
              && r.importDutyFraction().isPresent()
              && r.salesTaxFraction().isPresent();
      for (Facility f : Facility.values()) {
        boolean priced =
            switch (f) {
              case COLOCATION_WHOLESALE -> r.colocationWholesaleUsdPerKwMonth().isPresent();
              case COLOCATION_RETAIL -> r.colocationRetailUsdPerKwMonth().isPresent();
              case OWNED -> r.facilityBuildUsdPerMw().isPresent();
            };
        if (common && priced) {
          out.add(Site.of(r, f));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns a site: any of {@link #pricedSites()}.
   *
   * @return the generator
   */
  public static Gen<Site> sites() {
    return Generate.pick(pricedSites())
        .describedAs(s -> s.region().id() + "/" + s.facility().key());
  }

  /**
   * Returns a utilisation in [{@link FinancialTerms#MIN_UTILISATION}, 1], a fifth of the time one
   * of the edges (the minimum, 1).
   *
   * @return the generator
   */
  public static Gen<Double> utilisations() {
    return SourceDSL.doubles()
        .between(FinancialTerms.MIN_UTILISATION, 1)
        .mix(Generate.pick(List.of(FinancialTerms.MIN_UTILISATION, 1.0)), 20);
  }

  /**
   * Returns a horizon of 1 to {@link FinancialTerms#MAX_YEARS} years, mostly 1 to 10.
   *
   * @return the generator
   */
  public static Gen<Integer> horizons() {
    return SourceDSL.integers()
        .between(1, 10)
        .mix(Generate.pick(List.of(1, 15, FinancialTerms.MAX_YEARS)), 15);
  }

  /**
   * Returns financial terms: cash or (about half the time) debt at 0.1 % to 30 % a year over a
   * tenor of 1 to 20 years, over {@link #horizons()} at {@link #utilisations()}.
   *
   * @return the generator
   */
  public static Gen<FinancialTerms> terms() {
    Gen<FinancialTerms> g =
        in -> {
          int h = horizons().generate(in);
          double u = utilisations().generate(in);
          if (SourceDSL.booleans().all().generate(in)) {
            return FinancialTerms.of(h, u);
          }
          double rate = SourceDSL.doubles().between(0.001, 0.3).generate(in);
          int tenor = SourceDSL.integers().between(1, 20).generate(in);
          return FinancialTerms.debt(h, u, rate, tenor);
        };
    return g.describedAs(DomainGenerators::describe);
  }

  /**
   * Returns cash-financed terms over {@link #horizons()} at {@link #utilisations()}.
   *
   * @return the generator
   */
  public static Gen<FinancialTerms> cashTerms() {
    return horizons()
        .zip(utilisations(), FinancialTerms::of)
        .describedAs(DomainGenerators::describe);
  }

  /** Returns a one-line description of terms for failure reports. */
  static String describe(FinancialTerms t) {
    String s = t.horizonYears() + "y at " + t.utilisation();
    return t.financing() == Financing.DEBT
        ? s
            + ", debt "
            + t.debtRate().orElseThrow()
            + " over "
            + t.debtTenorYears().orElseThrow()
            + "y"
        : s + ", cash";
  }

  /**
   * Returns the most systems of {@code s} a generated cluster has: {@link #MAX_GPUS} GPUs' worth,
   * at least one.
   *
   * @param s the system
   * @return the count
   */
  public static long maxServers(SystemSpec s) {
    return Math.max(1, MAX_GPUS / s.acceleratorCount().value());
  }

  /**
   * Returns a count of systems of {@code s} from 1 to {@link #maxServers(SystemSpec)}, a quarter of
   * the time 1, 2 or the maximum.
   *
   * @param s the system
   * @return the generator
   */
  public static Gen<Long> servers(SystemSpec s) {
    long max = maxServers(s);
    return SourceDSL.longs()
        .between(1, max)
        .mix(Generate.pick(List.of(1L, Math.min(2L, max), max)), 25);
  }

  /**
   * Returns a price per system: a per-accelerator price of USD 2,000 to 80,000 times the
   * accelerators in the system, a fifth of the time the ends of that range.
   *
   * @param s the system
   * @return the generator, in USD per system
   */
  public static Gen<Double> systemPrices(SystemSpec s) {
    int n = s.acceleratorCount().value();
    return SourceDSL.doubles()
        .between(2_000, 80_000)
        .mix(Generate.pick(List.of(2_000.0, 80_000.0)), 20)
        .map(p -> p * n);
  }

  /**
   * Returns a purchase date from the later of {@link #EARLIEST} and the accelerator's launch to
   * {@link #LATEST}.
   *
   * @param s the system
   * @return the generator
   */
  public static Gen<LocalDate> purchaseDates(SystemSpec s) {
    LocalDate from =
        s.accelerator()
            .launchDate()
            .map(l -> l.value().start())
            .filter(d -> d.isAfter(EARLIEST))
            .orElse(EARLIEST);
    long days = ChronoUnit.DAYS.between(from, LATEST);
    return SourceDSL.longs().between(0, days).map(from::plusDays);
  }

  /**
   * Returns the scale-out network the generators give a cluster of {@code s}: InfiniBand NDR on
   * Quantum-2 switches (the catalog's pairing for HGX H100) for NICs up to 400 Gb/s, XDR on
   * Quantum-X800 for faster NICs (the engine refuses a switch slower than the NIC).
   *
   * @param s the system
   * @return the network design
   */
  public static NetworkDesign scaleOut(SystemSpec s) {
    double fastest =
        s.nics().stream()
            .filter(n -> n.role() == NicRole.SCALE_OUT)
            .mapToDouble(n -> n.nic().portSpeed().value().in(DataRateUnit.GIGABITS_PER_SECOND))
            .max()
            .orElse(0);
    if (fastest > 400) {
      return NetworkDesign.builder()
          .name("scale-out")
          .role(NicRole.SCALE_OUT)
          .networkSwitch(CATALOG.networkSwitch("quantum-x800-q3400"))
          .serverLinkNicEnd(CATALOG.link("osfp-800g-2xdr4"))
          .serverLinkSwitchEnd(CATALOG.link("osfp-800g-2xdr4"))
          .fabricLink(CATALOG.link("osfp-800g-2xdr4"))
          .build();
    }
    return NetworkDesign.builder()
        .name("scale-out")
        .role(NicRole.SCALE_OUT)
        .networkSwitch(CATALOG.networkSwitch("quantum-2-qm9700"))
        .serverLinkNicEnd(CATALOG.link("osfp-400g-sr4"))
        .serverLinkSwitchEnd(CATALOG.link("osfp-800g-2xsr4"))
        .fabricLink(CATALOG.link("osfp-800g-2xsr4"))
        .build();
  }

  /**
   * Returns a user price override for one system at {@code usd}.
   *
   * @param usd the price per system, USD
   * @return the price point
   */
  public static PricePoint systemPrice(double usd) {
    Source src =
        Source.builder()
            .id("generated")
            .title("generated test price")
            .read(LocalDate.of(2026, 1, 1))
            .kind(SourceKind.USER)
            .build();
    return PricePoint.builder()
        .price(Money.usd(usd))
        .asOf(PartialDate.parse("2024-08"))
        .basis(PriceBasis.NEGOTIATED)
        .unit(PriceUnit.PER_SYSTEM)
        .region("US")
        .description("generated test price per system")
        .provenance(Provenance.of(src, Confidence.HIGH))
        .build();
  }

  /**
   * Returns a cluster built from its parts, with {@code usd} as the system's price override.
   *
   * @param s the system
   * @param servers the count of systems
   * @param site the site
   * @param purchase the purchase date
   * @param assumptionSet a built-in assumption set id
   * @param usd the price per system
   * @return the cluster
   */
  public static Cluster cluster(
      SystemSpec s, long servers, Site site, LocalDate purchase, String assumptionSet, double usd) {
    return Cluster.builder()
        .name(s.id() + "-" + servers)
        .system(s)
        .servers(servers)
        .addNetworks(scaleOut(s))
        .site(site)
        .purchaseDate(purchase)
        .assumptions(AssumptionSets.get(assumptionSet))
        .putPriceOverrides(s.id(), systemPrice(usd))
        .build();
  }

  /**
   * Returns the ids of the built-in assumption sets, sorted.
   *
   * @return the ids
   */
  public static List<String> assumptionSets() {
    List<String> ids = new ArrayList<>(AssumptionSets.builtIn().keySet());
    ids.sort(Comparator.naturalOrder());
    return List.copyOf(ids);
  }

  /**
   * Returns a cluster: any {@link #systems() system} in any {@link #sites() site} under any
   * built-in assumption set, {@link #servers(SystemSpec) 1 to 65,536 GPUs' worth} of systems,
   * bought on a {@link #purchaseDates(SystemSpec) date} after its launch at a {@link
   * #systemPrices(SystemSpec) generated price}.
   *
   * @return the generator
   */
  public static Gen<Cluster> clusters() {
    Gen<Cluster> g =
        in -> {
          SystemSpec s = systems().generate(in);
          return cluster(
              s,
              servers(s).generate(in),
              sites().generate(in),
              purchaseDates(s).generate(in),
              Generate.pick(assumptionSets()).generate(in),
              systemPrices(s).generate(in));
        };
    return g.describedAs(DomainGenerators::describe);
  }

  /**
   * Returns a fleet of 1 to 4 {@link #clusters() clusters} (of any systems, sites and dates, each
   * named after its system and count and numbered, so names are unique), named {@code generated}.
   *
   * @return the generator
   */
  public static Gen<Fleet> fleets() {
    Gen<Fleet> g =
        in -> {
          int n = SourceDSL.integers().between(1, 4).generate(in);
          var f = Fleet.builder().name("generated");
          for (int i = 1; i <= n; i++) {
            Cluster c = clusters().generate(in);
            f.addClusters(c.withName(c.name() + "-" + i));
          }
          return f.build();
        };
    return g.describedAs(
        f -> f.clusters().stream().map(DomainGenerators::describe).toList().toString());
  }

  /**
   * Returns a one-line description of a cluster for failure reports.
   *
   * @param c the cluster
   * @return e.g. {@code gb200-nvl72 x 12 at us-virginia/owned, 2025-03-04, neocloud, USD
   *     3.1e6/system}
   */
  public static String describe(Cluster c) {
    String price =
        c.priceOverrides().values().stream()
            .findFirst()
            .map(p -> "USD " + p.price().amount() + "/system")
            .orElse("catalog price");
    return c.system().id()
        + " x "
        + c.servers()
        + " at "
        + c.site().region().id()
        + "/"
        + c.site().facility().key()
        + ", "
        + c.purchaseDate()
        + ", "
        + c.assumptions().id()
        + ", "
        + price;
  }
}
