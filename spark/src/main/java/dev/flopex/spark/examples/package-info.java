/**
 * A runnable example of {@link dev.flopex.spark.FlopexSpark}: {@link
 * dev.flopex.spark.examples.CheapestDesigns} sweeps 1,000,000 fleet variants and prints the
 * cheapest designs per accelerator system ({@code spark/run-cheapest-designs}, {@code
 * docs/spark.md}).
 */
@NullMarked
package dev.flopex.spark.examples;

import org.jspecify.annotations.NullMarked;
