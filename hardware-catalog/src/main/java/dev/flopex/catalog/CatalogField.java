package dev.flopex.catalog;

import org.immutables.value.Value;

/**
 * One field of one catalog entry in the terms of the catalog file schema: the section, the entry's
 * id, the field's path and its value. {@link CatalogExport#fields(HardwareCatalog)} lists every
 * field of a catalog; {@link CatalogDiff} compares two such lists.
 *
 * <p>Paths are the schema's own, joined with dots: {@code tdp_w.value}, {@code
 * compute.bf16.dense_tflops}, {@code memory.capacity.source}. A list element is named by what
 * identifies it rather than by its position, so that adding a price does not renumber the others:
 * {@code aliases[H100 SXM5]}, {@code prices[2023-08 estimate per-gpu US].usd}, {@code
 * compute.bf16.alternatives[some-source].dense_tflops}, {@code nics[connectx-7-400g
 * scale_out].count}; a second element with the same identity gets {@code #2}. A figure's {@code
 * unit} is not a field of its own: it is {@link CatalogValue#unit()} of the figure's {@code value}.
 *
 * @since 0.3
 */
@Value.Immutable
public interface CatalogField {

  /**
   * Returns the section: {@code accelerators}, {@code nics}, {@code switches}, {@code links},
   * {@code systems} or {@code sources}.
   */
  String section();

  /** Returns the entry's id. */
  String id();

  /** Returns the field's path within the entry, e.g. {@code compute.bf16.dense_tflops}. */
  String field();

  /** Returns the value. */
  CatalogValue value();

  /** Returns a new builder. */
  static ImmutableCatalogField.Builder builder() {
    return ImmutableCatalogField.builder();
  }
}
