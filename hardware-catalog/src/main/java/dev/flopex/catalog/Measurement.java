package dev.flopex.catalog;

import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.units.Quantity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One measurement of a real chip under load, to set beside the datasheet: a GEMM's achieved
 * throughput in short bursts and sustained (at the power limit), the power drawn, or a memory
 * copy's bandwidth.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Measurement {

  /** Returns what was run, e.g. {@code bf16_gemm_8192}. */
  String operation();

  /** Returns the precision of a GEMM measurement. */
  Optional<Precision> precision();

  /** Returns the median rate of single timed calls (clocks high). */
  Optional<Quantity<ComputeRateUnit>> burst();

  /** Returns the rate sustained back-to-back for several seconds. */
  Optional<Quantity<ComputeRateUnit>> sustained();

  /** Returns the median power drawn while sustained. */
  Optional<Quantity<PowerUnit>> power();

  /** Returns a measured memory bandwidth (bytes read plus written per second). */
  Optional<Quantity<DataRateUnit>> memoryBandwidth();

  /** Returns where the measurement came from. */
  Provenance provenance();

  /** Returns a new builder. */
  static ImmutableMeasurement.Builder builder() {
    return ImmutableMeasurement.builder();
  }
}
