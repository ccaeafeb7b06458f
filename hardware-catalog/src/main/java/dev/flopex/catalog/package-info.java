/**
 * The flopex hardware catalog: accelerator SKUs, the servers and racks built from them, and the
 * network parts around them, every figure with its provenance.
 *
 * <p>Entry point: {@link dev.flopex.catalog.HardwareCatalog}.
 *
 * <pre>{@code
 * HardwareCatalog catalog = HardwareCatalog.builtIn();
 * Accelerator h100 = catalog.accelerator("H100");              // alias lookup, "did you mean" on a miss
 * Quantity<ComputeRateUnit> bf16 = h100.dense(Precision.BF16).orElseThrow();
 * Sourced<Quantity<DataSizeUnit>> hbm = h100.memory().capacity();
 * hbm.provenance().source().url();                             // where the figure came from
 *
 * HardwareCatalog mine = HardwareCatalog.loader()
 *     .withBuiltIn()
 *     .overlay(Path.of("negotiated-prices.yaml"))              // user data over base data
 *     .load();
 * }</pre>
 *
 * <p>Catalog data lives in versioned YAML resources ({@code dev/flopex/catalog/data/}), documented
 * in {@code docs/catalog.md}. Export-control classification is in {@link
 * dev.flopex.catalog.exportcontrol}; flat JSON and CSV export in {@link
 * dev.flopex.catalog.CatalogExport}.
 */
@NullMarked
@FlopexStyle
package dev.flopex.catalog;

import dev.flopex.core.FlopexStyle;
import org.jspecify.annotations.NullMarked;
