/**
 * Fleet files: a fleet, its financial terms and its analyses read from a YAML file, safely (plain
 * YAML 1.2 only, no types instantiated from the file, every error located by file and line). The
 * entry point is {@link dev.flopex.costing.files.FleetFiles}; the format is in {@code
 * docs/fleet-files.md}.
 *
 * <pre>{@code
 * FleetSpec spec = FleetFiles.load(Path.of("examples/fleets/deepseek-2025-01.yaml"), catalog);
 * FleetResult result = engine.evaluate(spec.fleet(), spec.terms());
 * }</pre>
 */
@NullMarked
@FlopexStyle
package dev.flopex.costing.files;

import dev.flopex.core.FlopexStyle;
import org.jspecify.annotations.NullMarked;
