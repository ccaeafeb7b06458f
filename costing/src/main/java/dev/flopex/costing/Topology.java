package dev.flopex.costing;

import java.util.Locale;

/**
 * How a network's switches are arranged ({@code docs/model.md} §3). Every design is built from
 * folded-Clos ("fat tree") planes; the topology says how a server's NIC ports are spread over
 * leaves and planes.
 *
 * @since 0.3
 */
public enum Topology {
  /**
   * One folded Clos per plane with ports placed anywhere: leaves L = ⌈E/d⌉ per plane. With more
   * than one plane this is DeepSeek's multi-plane fat tree (MPFT).
   */
  FAT_TREE("fat tree"),
  /**
   * Each of a server's NIC ports (a rail) on its own leaf, spines shared by all rails: leaves =
   * rails × ⌈servers/d⌉ per plane, which is more than a plain fat tree when the rails do not fill
   * their leaves (NVIDIA DGX SuperPOD reference architectures).
   */
  RAIL_OPTIMIZED("rail-optimised fat tree"),
  /**
   * One independent fat tree per rail with no spine joining the rails; traffic between rails
   * crosses the scale-up domain (Wang et al., "Rail-only", arXiv:2307.12169). Switch counts equal a
   * multi-plane fat tree with one plane per NIC port.
   */
  RAIL_ONLY("rail-only");

  private final String label;

  Topology(String label) {
    this.label = label;
  }

  /** Returns the design name for output, e.g. {@code rail-optimised fat tree}. */
  public String label() {
    return label;
  }

  /** Returns the spelling used in fleet files and on the command line, e.g. {@code rail-only}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
