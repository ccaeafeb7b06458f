package dev.flopex.costing.internal;

import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.Facility;
import dev.flopex.costing.Region;
import java.util.EnumMap;
import java.util.Map;

/**
 * Resolves every assumption a cluster is costed with: the cluster's assumption set (with the
 * cluster's own overrides folded in) wins, then its region (site keys), then the catalog (the
 * resale decline of the system's generation). Refuses a cluster whose building would be unpaid or
 * whose value is unknown, naming the missing input.
 */
public final class Assumptions {
  /** Where a resolved value came from. */
  enum Origin {
    SET,
    REGION,
    CATALOG
  }

  /** The resolved values and where each came from. */
  public static final class Resolved {
    public final Map<AssumptionKey, Sourced<Double>> values;
    final Map<AssumptionKey, Origin> origins;

    Resolved(Map<AssumptionKey, Sourced<Double>> values, Map<AssumptionKey, Origin> origins) {
      this.values = values;
      this.origins = origins;
    }

    double value(AssumptionKey k) {
      return sourced(k).value();
    }

    Sourced<Double> sourced(AssumptionKey k) {
      Sourced<Double> v = values.get(k);
      if (v == null) {
        throw new IllegalStateException(
            "unresolved " + k.key()); // unreachable: resolve() fills every key
      }
      return v;
    }

    Origin origin(AssumptionKey k) {
      Origin o = origins.get(k);
      return o == null ? Origin.SET : o;
    }
  }

  private Assumptions() {}

  public static Resolved resolve(Cluster c) {
    Map<AssumptionKey, Sourced<Double>> values = new EnumMap<>(AssumptionKey.class);
    Map<AssumptionKey, Origin> origins = new EnumMap<>(AssumptionKey.class);
    Region region = c.site().region();
    Facility facility = c.site().facility();
    for (AssumptionKey k : AssumptionKey.values()) {
      Sourced<Double> v = c.assumptions().values().get(k);
      Origin origin = Origin.SET;
      if (v == null && k.scope() == AssumptionKey.Scope.SITE) {
        v = region.value(k, facility).orElse(null);
        origin = Origin.REGION;
        if (v == null && needed(k, facility)) {
          String file = Region.fileKey(k, facility);
          String why = region.gaps().get(file);
          throw new ValidationException(
              k.key(),
              null,
              "must be known for region "
                  + region.id()
                  + " (it has no sourced "
                  + file
                  + (why == null ? "" : ": " + shorten(why))
                  + "); give "
                  + k.key()
                  + " as an assumption override"
                  + (k == AssumptionKey.COLOCATION_USD_PER_KW_MONTH
                      ? " or choose another facility"
                      : ""));
        }
        if (v == null) {
          continue; // not used at this facility (rent at an owned site, build cost at a rented one)
        }
      } else if (v == null && k.scope() == AssumptionKey.Scope.HARDWARE) {
        v = c.system().priceTrend().resaleDeclinePerYear();
        origin = Origin.CATALOG;
      }
      if (v == null) {
        throw new IllegalStateException(
            "assumption set "
                + c.assumptions().id()
                + " lacks operator key "
                + k.key()); // AssumptionSet.check
      }
      values.put(k, v);
      origins.put(k, origin);
    }
    // an unused site key still gets a value (0, provenance of the facility) so every slot exists
    for (AssumptionKey k :
        new AssumptionKey[] {
          AssumptionKey.COLOCATION_USD_PER_KW_MONTH, AssumptionKey.FACILITY_BUILD_USD_PER_MW
        }) {
      if (!values.containsKey(k)) {
        values.put(
            k,
            Sourced.of(
                0.0,
                ClusterCalculator.userInput(
                    k.key() + " is not used at a " + facility.key() + " site")));
        origins.put(k, Origin.REGION);
      }
    }
    checkFacilityPaid(c, values);
    return new Resolved(values, origins);
  }

  /** Which site keys a facility needs: rent when rented, build cost when owned, the rest always. */
  public static boolean needed(AssumptionKey k, Facility f) {
    if (k == AssumptionKey.COLOCATION_USD_PER_KW_MONTH) {
      return f.isRented();
    }
    if (k == AssumptionKey.FACILITY_BUILD_USD_PER_MW) {
      return f == Facility.OWNED;
    }
    return true;
  }

  /** Every cluster pays for its building: rent at a rented site, a build cost at an owned one. */
  private static void checkFacilityPaid(Cluster c, Map<AssumptionKey, Sourced<Double>> values) {
    Facility f = c.site().facility();
    AssumptionKey k =
        f.isRented()
            ? AssumptionKey.COLOCATION_USD_PER_KW_MONTH
            : AssumptionKey.FACILITY_BUILD_USD_PER_MW;
    Sourced<Double> v = values.get(k);
    if (v == null || !(v.value() > 0)) {
      throw new ValidationException(
          k.key(),
          v == null ? null : Check.format(v.value(), k.unit()),
          "must be > 0 at a "
              + f.key()
              + " site ("
              + c.site().name()
              + "): every cluster pays for its building, "
              + (f.isRented() ? "in rent" : "in a build cost"));
    }
  }

  private static String shorten(String why) {
    String w = why.strip();
    int cut = w.indexOf(". ");
    w = cut > 0 ? w.substring(0, cut) : w;
    return w.length() > 120 ? w.substring(0, 117) + "..." : w;
  }
}
