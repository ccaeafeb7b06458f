package dev.flopex.catalog;

/**
 * What an accelerator's figures describe: the whole package a buyer gets (all dies together, as
 * NVIDIA's B200 or Rubin figures are) or one die of a multi-die package. flopex stores package
 * figures wherever a vendor publishes them; a per-die entry says so and gives the die count.
 *
 * @since 0.3
 */
public enum FiguresPer {
  /** Figures are for the whole package (every die together). */
  PACKAGE,
  /** Figures are for one die; multiply by the dies per package for the package. */
  DIE
}
