/**
 * Safe, located YAML reading for flopex's data files (catalog, assumption sets, fleet files):
 * plain YAML only, every node with its file and line, unknown fields reported. Support code shared
 * by flopex modules; not a stable API.
 */
@NullMarked
package dev.flopex.catalog.yaml;

import org.jspecify.annotations.NullMarked;
