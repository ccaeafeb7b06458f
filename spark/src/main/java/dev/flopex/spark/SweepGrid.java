package dev.flopex.spark;

import dev.flopex.core.validation.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A grid sweep: every combination of the axes' values over every base fleet. Row {@code i} is the
 * mixed-radix number whose most significant digit is the base and whose least significant digit is
 * the last axis (the last axis varies fastest, as in nested loops), so rows are generated from
 * their index on the executors and never listed on the driver.
 *
 * <p>A path applies to every cluster of a fleet that has it ({@code assumptions.pue}), or to one
 * cluster ({@code clusters.<name>.assumptions.pue}); every path must name an input of every base.
 *
 * @since 0.1
 */
@Value.Immutable
public interface SweepGrid {

  /** The most rows one sweep may have (2^40). */
  long MAX_ROWS = 1L << 40;

  /** Returns the base fleets (at least one, distinct names). */
  List<SweepBase> bases();

  /** Returns the axes (at least one, distinct paths). */
  List<SweepAxis> axes();

  /** Returns a builder. */
  static ImmutableSweepGrid.Builder builder() {
    return ImmutableSweepGrid.builder();
  }

  /** Returns the number of rows: the bases times the product of the axes' sizes. */
  @Value.Derived
  default long rows() {
    long n = bases().size();
    for (SweepAxis a : axes()) {
      int size = a.values().size();
      if (n > MAX_ROWS / size) {
        return Long.MAX_VALUE; // more than MAX_ROWS: refused by check()
      }
      n *= size;
    }
    return n;
  }

  /** Checks the bases, the axes and the size. */
  @Value.Check
  default void check() {
    if (bases().isEmpty()) {
      throw new ValidationException("sweep bases", "[]", "must list at least one base fleet");
    }
    if (axes().isEmpty()) {
      throw new ValidationException("sweep axes", "[]", "must list at least one axis");
    }
    Set<String> names = new HashSet<>();
    for (SweepBase b : bases()) {
      if (!names.add(b.name())) {
        throw new ValidationException("sweep bases", b.name(), "must have distinct names");
      }
    }
    Set<String> paths = new HashSet<>();
    for (SweepAxis a : axes()) {
      if (!paths.add(a.path())) {
        throw new ValidationException("sweep axes", a.path(), "must have distinct paths");
      }
    }
    if (rows() > MAX_ROWS) {
      throw new ValidationException(
          "sweep rows", "more than 2^40", "must be at most 2^40 (" + MAX_ROWS + ")");
    }
  }
}
