package dev.flopex.costing.internal;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.Precision;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.util.List;

/**
 * Helpers shared by the unit-economics models ({@code docs/model.md} §12-15): catalog look-ups that
 * fail with a clear message, a guard that keeps NaN and infinities out of results, and a
 * compensated sum.
 */
public final class UnitEconomics {
  /** Seconds in an hour. */
  public static final double SECONDS_PER_HOUR = 3600;

  private UnitEconomics() {}

  /**
   * Returns the accelerator's dense peak at {@code precision} in FLOP/s (OP/s for integer
   * precisions).
   *
   * @throws ValidationException "precision must have a dense figure for h100-sxm5 but was fp4"
   */
  public static double densePeakFlops(Accelerator acc, Precision precision) {
    return acc.dense(precision)
        .orElseThrow(
            () ->
                new ValidationException(
                    "precision", precision.key(), "must have a dense figure for " + acc.id()))
        .in(ComputeRateUnit.FLOP_PER_SECOND);
  }

  /**
   * Returns the accelerator's peak memory bandwidth in bytes per second.
   *
   * @throws ValidationException when the catalog has no bandwidth figure for it
   */
  public static double memoryBandwidthBytesPerSecond(Accelerator acc) {
    return acc.memory()
        .bandwidth()
        .orElseThrow(
            () ->
                new ValidationException(
                    acc.id() + ".memory.bandwidth",
                    null,
                    "must be in the catalog to compute a memory-bound step time (add it with an overlay)"))
        .value()
        .in(DataRateUnit.BYTES_PER_SECOND);
  }

  /** Returns the accelerator's memory capacity in bytes. */
  public static double memoryCapacityBytes(Accelerator acc) {
    return acc.memory().capacity().value().in(DataSizeUnit.BYTES);
  }

  /**
   * Returns the accelerator's TDP in watts.
   *
   * @throws ValidationException when the catalog has no TDP for it
   */
  public static double tdpWatts(Accelerator acc) {
    return acc.tdp()
        .orElseThrow(
            () ->
                new ValidationException(
                    acc.id() + ".tdp",
                    null,
                    "must be in the catalog to compute energy (add tdp_w with an overlay)"))
        .value()
        .in(PowerUnit.WATTS);
  }

  /**
   * Returns {@code value} if it is finite; otherwise throws naming the derived quantity and the
   * inputs it came from (finite inputs can still overflow a {@code double}).
   *
   * @param value the computed value
   * @param what the derived quantity, e.g. {@code "gpuHours"}
   * @param inputs the inputs, e.g. {@code "totalFlops 1e300, mfu 1e-300"}
   * @return {@code value}
   */
  public static double finiteResult(double value, String what, String inputs) {
    if (!Double.isFinite(value)) {
      throw new ValidationException(what, Check.format(value), "must be finite for " + inputs);
    }
    return value + 0.0;
  }

  /** Kahan-Babuska (Neumaier) compensated sum. */
  public static double sum(double... values) {
    double s = 0;
    double c = 0;
    for (double v : values) {
      double t = s + v;
      c += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
      s = t;
    }
    return s + c;
  }

  /** Compensated sum of a list. */
  public static double sum(List<Double> values) {
    double[] a = new double[values.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = values.get(i);
    }
    return sum(a);
  }
}
