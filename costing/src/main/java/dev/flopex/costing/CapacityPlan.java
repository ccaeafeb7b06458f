package dev.flopex.costing;

import dev.flopex.catalog.Precision;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.units.Quantity;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a cluster contains and draws: GPUs, servers, racks, NICs, switches per tier, optics and
 * cables, storage, IT and facility power, and compute and memory capacity.
 *
 * @since 0.1
 */
public interface CapacityPlan {

  /** Returns the GPUs. */
  long gpus();

  /** Returns the servers (or rack-scale systems). */
  long servers();

  /** Returns the racks. */
  long racks();

  /** Returns servers per rack. */
  long serversPerRack();

  /**
   * Returns each network's fat tree, in the order of {@link dev.flopex.costing.Cluster#networks()}.
   */
  List<FatTree> networks();

  /**
   * Returns the switches of every network and tier (each network's {@link FatTree#switches()},
   * summed).
   *
   * @since 0.3
   */
  @Value.Derived
  default long switches() {
    long n = 0;
    for (FatTree t : networks()) {
      n = Math.addExact(n, t.switches());
    }
    return n;
  }

  /**
   * Returns the networks' tiers joined by {@code +} in network order, e.g. {@code 3+2} for a
   * three-tier scale-out and a two-tier frontend network.
   *
   * @since 0.3
   */
  @Value.Derived
  default String tiers() {
    java.util.StringJoiner j = new java.util.StringJoiner("+");
    for (FatTree t : networks()) {
      j.add(Integer.toString(t.tiers()));
    }
    return j.toString();
  }

  /** Returns NICs by role (as shipped in the servers). */
  Map<String, Long> nics();

  /** Returns transceivers, cables and fibre assemblies by part id. */
  Map<String, Long> links();

  /** Returns shared storage. */
  Quantity<DataSizeUnit> storage();

  /** Returns average GPU power (TDP x load factor). */
  Quantity<PowerUnit> gpuPower();

  /** Returns average non-GPU server power. */
  Quantity<PowerUnit> serverOverheadPower();

  /** Returns network power (switches and transceivers with a known power figure). */
  Quantity<PowerUnit> networkPower();

  /**
   * Returns the shared storage systems' power (always on).
   *
   * @since 0.2
   */
  Quantity<PowerUnit> storagePower();

  /** Returns average IT power: GPU + server overhead + network. */
  Quantity<PowerUnit> itPower();

  /** Returns average facility power: IT x PUE. */
  Quantity<PowerUnit> facilityPower();

  /** Returns contracted critical IT power: servers at maximum power plus network. */
  Quantity<PowerUnit> contractedItPower();

  /** Returns peak dense compute by precision (GPUs x dense peak). */
  Map<Precision, Quantity<ComputeRateUnit>> peakCompute();

  /** Returns total accelerator memory. */
  Quantity<DataSizeUnit> acceleratorMemory();

  /**
   * Returns notes on what could not be counted or priced as given (e.g. parts without a power
   * figure); their {@code toString()} is the message.
   *
   * @since 0.4 (a list of {@link Warning}s; text before)
   */
  List<Warning> warnings();
}
