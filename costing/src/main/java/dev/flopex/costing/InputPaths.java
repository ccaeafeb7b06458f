package dev.flopex.costing;

import dev.flopex.core.validation.Check;

/** The input path grammar of {@link CompiledCluster} and {@link CompiledFleet}, for the typed factories. */
final class InputPaths {
  static final String SERVERS = "servers";
  static final String UTILISATION = "terms.utilisation";
  static final String HORIZON = "terms.horizon_years";
  static final String DEBT_RATE = "terms.debt_rate";
  static final String DEBT_TENOR = "terms.debt_tenor_years";

  private InputPaths() {}

  static String price(String partId) {
    Check.notBlank(partId, "partId");
    return "prices." + partId.strip();
  }

  static String assumption(AssumptionKey key) {
    return "assumptions." + key.key();
  }

  static String inCluster(String cluster, String path) {
    Check.notBlank(cluster, "cluster");
    return path.startsWith("clusters.") ? path : "clusters." + cluster.strip() + "." + path;
  }
}
