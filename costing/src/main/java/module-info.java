/**
 * flopex costing: capacity, bill of materials, CapEx, OpEx, financing and the economic and
 * accounting cost of accelerator clusters and fleets, and the analyses and unit economics built on
 * them. The entry point is {@code dev.flopex.costing.CostEngine}.
 *
 * <p>Exported API: {@code dev.flopex.costing} (model and engine), {@code
 * dev.flopex.costing.analysis} (scenarios, sensitivity, Monte Carlo), {@code
 * dev.flopex.costing.economics} (training, inference, rental and allocation costs) and {@code
 * dev.flopex.costing.files} (fleet and assumption files). {@code dev.flopex.costing.internal} holds
 * the calculators and the compiled kernel and is not exported.
 */
module dev.flopex.costing {
  requires transitive dev.flopex.core;
  requires transitive dev.flopex.catalog;
  requires com.google.common;
  requires com.fasterxml.jackson.databind; // fleet files are read as a located YAML tree
  requires static org.immutables.value;
  requires static java.compiler; // @Generated on the Immutables classes
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports dev.flopex.costing;
  exports dev.flopex.costing.analysis;
  exports dev.flopex.costing.economics;
  exports dev.flopex.costing.files;
}
