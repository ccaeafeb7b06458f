package dev.flopex.costing.internal;

import dev.flopex.core.validation.Check;
import dev.flopex.costing.AssumptionKey;

/**
 * The input path grammar of {@link dev.flopex.costing.CompiledCluster} and {@link
 * dev.flopex.costing.CompiledFleet}, for the typed factories.
 */
public final class InputPaths {
  public static final String SERVERS = "servers";
  public static final String UTILISATION = "terms.utilisation";
  public static final String HORIZON = "terms.horizon_years";
  public static final String DEBT_RATE = "terms.debt_rate";
  public static final String DEBT_TENOR = "terms.debt_tenor_years";

  private InputPaths() {}

  public static String price(String partId) {
    Check.notBlank(partId, "partId");
    return "prices." + partId.strip();
  }

  public static String assumption(AssumptionKey key) {
    return "assumptions." + key.key();
  }

  public static String inCluster(String cluster, String path) {
    Check.notBlank(cluster, "cluster");
    return path.startsWith("clusters.") ? path : "clusters." + cluster.strip() + "." + path;
  }
}
