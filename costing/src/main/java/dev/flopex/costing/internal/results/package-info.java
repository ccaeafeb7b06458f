/**
 * The Immutables implementations of the costing results, which only the engine builds.
 *
 * <p>Each result is a public interface in an exported package ({@code dev.flopex.costing}, {@code
 * .analysis}, {@code .economics}) with no builder; its {@code @Value.Immutable} subtype of the same
 * simple name lives here, in a package the module does not export, so the generated {@code
 * Immutable…} class and its builder are reachable from the engine only. Not an API.
 */
@NullMarked
@FlopexStyle
package dev.flopex.costing.internal.results;

import dev.flopex.core.FlopexStyle;
import org.jspecify.annotations.NullMarked;
