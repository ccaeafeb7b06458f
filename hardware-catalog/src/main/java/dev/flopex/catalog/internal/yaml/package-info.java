/**
 * Safe, located YAML reading for flopex's data files (catalog, assumption sets, fleet files): plain
 * YAML only, every node with its file and line, unknown fields reported. Support code shared by
 * flopex modules; internal: exported only to {@code dev.flopex.costing}, not an API.
 */
@NullMarked
package dev.flopex.catalog.internal.yaml;

import org.jspecify.annotations.NullMarked;
