/**
 * flopex hardware catalog: accelerator SKUs, the servers, racks, NICs, switches and links around
 * them, cloud instances, each figure with its provenance, and US export-control classification.
 *
 * <p>Exported API: {@code dev.flopex.catalog} (entry point {@code HardwareCatalog}) and {@code
 * dev.flopex.catalog.exportcontrol} (entry point {@code ExportControls}). File reading lives in
 * {@code dev.flopex.catalog.internal.yaml}, exported only to the costing module, which reads its
 * own data files with it.
 */
module dev.flopex.catalog {
  requires transitive dev.flopex.core;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.snakeyaml.engine;
  requires static org.immutables.value;
  requires static java.compiler; // @Generated on the Immutables classes
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports dev.flopex.catalog;
  exports dev.flopex.catalog.exportcontrol;
  exports dev.flopex.catalog.internal.yaml to
      dev.flopex.costing;
}
