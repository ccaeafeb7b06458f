package dev.flopex.costing;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.PricePoint;
import dev.flopex.catalog.SystemSpec;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.internal.Assumptions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A cluster to cost: a number of one system (server or rack) from the catalog, its networks, its
 * site, the purchase date (prices are taken as of that date) and an assumption set.
 *
 * <pre>{@code
 * Cluster c = Cluster.builder()
 *     .name("h100-20k")
 *     .system(catalog.system("hgx-h100"))
 *     .servers(Cluster.serversFor(catalog.system("hgx-h100"), 20_480, Rounding.EXACT))
 *     .addNetworks(scaleOut)
 *     .site(Site.of(Regions.get("us-virginia"), Facility.COLOCATION_WHOLESALE))
 *     .purchaseDate(LocalDate.of(2024, 6, 1))
 *     .assumptions(sets.get("neocloud"))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public interface Cluster {
  /** The earliest purchase date a cluster may have. */
  LocalDate EARLIEST_PURCHASE = LocalDate.of(2000, 1, 1);

  /** The latest purchase date a cluster may have (plans, not forecasts of the next century). */
  LocalDate LATEST_PURCHASE = LocalDate.of(2100, 12, 31);

  /** How to turn a GPU count that is not a multiple of the GPUs per server into servers. */
  enum Rounding {
    /** Refuse a count that does not divide exactly. */
    EXACT,
    /** Round up to whole servers (more GPUs than asked). */
    UP,
    /** Round down to whole servers (fewer GPUs than asked). */
    DOWN
  }

  /** Returns the cluster's name. */
  String name();

  /** Returns the system it is built from. */
  SystemSpec system();

  /** Returns how many systems (servers or racks). */
  long servers();

  /** Returns its networks (scale-out first; front-end and storage optional). */
  List<NetworkDesign> networks();

  /** Returns the site. */
  Site site();

  /** Returns the purchase date; catalog prices are taken as of this date. */
  LocalDate purchaseDate();

  /**
   * Returns the operator's assumptions, the cluster's own overrides included. Site keys it does not
   * give come from the {@link Site#region() region}, the resale decline from the catalog; {@link
   * #assumptionValues()} has every value resolved.
   */
  AssumptionSet assumptions();

  /**
   * Returns every assumption the cluster is costed with, each with its provenance: the assumption
   * set's value where it gives one, else the region's (site keys), else the catalog's (the resale
   * decline of the system's generation).
   *
   * @return the values, one per {@link AssumptionKey}
   * @since 0.2
   */
  @Value.Lazy
  default java.util.Map<AssumptionKey, dev.flopex.core.provenance.Sourced<Double>>
      assumptionValues() {
    return java.util.Collections.unmodifiableMap(Assumptions.resolve(this).values);
  }

  /** Returns prices that replace catalog prices, by part id (negotiated prices, quotes). */
  Map<String, PricePoint> priceOverrides();

  /** Returns the number of GPUs: systems x accelerators per system. */
  @Value.Derived
  default long gpus() {
    return Math.multiplyExact(servers(), (long) system().acceleratorCount().value());
  }

  /** Checks counts. */
  @Value.Check
  default void check() {
    Check.notBlank(name(), "cluster.name");
    Check.positive(servers(), "servers");
    Check.that(!networks().isEmpty(), "networks", "[]", "must include the scale-out network");
    LocalDate d = purchaseDate();
    Check.that(
        !d.isBefore(EARLIEST_PURCHASE) && !d.isAfter(LATEST_PURCHASE),
        "purchase_date",
        d.toString(),
        "must be in [" + EARLIEST_PURCHASE + ", " + LATEST_PURCHASE + "]");
    Accelerator a = system().accelerator();
    a.launchDate()
        .ifPresent(
            l ->
                Check.that(
                    !d.isBefore(l.value().start()),
                    "purchase_date",
                    d.toString(),
                    "must not be before " + a.id() + " launched (" + l.value() + ", catalog)"));
    Assumptions.resolve(
        this); // refuses an unknown site value or an unpaid building now, not at costing time
  }

  /**
   * Returns how many systems hold {@code gpus} GPUs.
   *
   * @param system the system
   * @param gpus the GPU count, at least 1
   * @param rounding what to do when it does not divide exactly
   * @return the number of systems
   * @throws ValidationException "gpus must be a multiple of 8 GPUs per system (hgx-h100); use 1000
   *     or 1008, ... but was 1001"
   */
  static long serversFor(SystemSpec system, long gpus, Rounding rounding) {
    Check.positive(gpus, "gpus");
    long per = system.acceleratorCount().value();
    long rem = gpus % per;
    if (rem == 0) {
      return gpus / per;
    }
    switch (rounding) {
      case UP:
        return gpus / per + 1;
      case DOWN:
        if (gpus / per == 0) {
          throw new ValidationException(
              "gpus",
              Long.toString(gpus),
              "must be >= " + per + " to fill one " + system.id() + " when rounding down");
        }
        return gpus / per;
      default:
        String use =
            gpus - rem == 0 ? Long.toString(per) : (gpus - rem) + " or " + (gpus - rem + per);
        throw new ValidationException(
            "gpus",
            Long.toString(gpus),
            "must be a multiple of "
                + per
                + " GPUs per system ("
                + system.id()
                + "); use "
                + use
                + ", or round UP or DOWN explicitly");
    }
  }

  /**
   * Returns a copy with another number of systems.
   *
   * @param servers the number of systems, at least 1
   * @return the copy
   */
  default Cluster withServerCount(long servers) {
    return ((ImmutableCluster) ImmutableCluster.copyOf(this)).withServers(servers);
  }

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param name the cluster name
   * @return the copy
   * @since 0.4
   */
  Cluster withName(String name);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param system the system
   * @return the copy
   * @since 0.4
   */
  Cluster withSystem(dev.flopex.catalog.SystemSpec system);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param servers the number of systems, at least 1
   * @return the copy
   * @since 0.4
   */
  Cluster withServers(long servers);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param networks the networks, scale-out first
   * @return the copy
   * @since 0.4
   */
  Cluster withNetworks(Iterable<? extends NetworkDesign> networks);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param site the site
   * @return the copy
   * @since 0.4
   */
  Cluster withSite(Site site);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param purchaseDate the purchase date
   * @return the copy
   * @since 0.4
   */
  Cluster withPurchaseDate(LocalDate purchaseDate);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param assumptions the assumption set
   * @return the copy
   * @since 0.4
   */
  Cluster withAssumptions(AssumptionSet assumptions);

  /**
   * Returns a copy with another value, checked as the builder checks it.
   *
   * @param priceOverrides the price overrides by part id (replacing all)
   * @return the copy
   * @since 0.4
   */
  Cluster withPriceOverrides(Map<String, ? extends PricePoint> priceOverrides);

  /** Returns a new builder. */
  static ImmutableCluster.Builder builder() {
    return ImmutableCluster.builder();
  }

  /**
   * Returns a copy whose {@code networks} are the given elements, validated like a built value.
   *
   * @param elements the new elements, in order
   * @return the copy
   * @since 0.5
   */
  Cluster withNetworks(NetworkDesign... elements);
}
