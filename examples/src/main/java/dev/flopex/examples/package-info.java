/**
 * Runnable examples of embedding flopex in another application. {@link
 * dev.flopex.examples.CatalogTour} tours the hardware catalog and export-control classification.
 */
@NullMarked
package dev.flopex.examples;

import org.jspecify.annotations.NullMarked;
