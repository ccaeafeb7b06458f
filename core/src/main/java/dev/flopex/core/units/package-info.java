/**
 * Typed quantities with explicit units.
 *
 * <p>{@link dev.flopex.core.units.Quantity} carries an amount and a unit of one dimension; the
 * dimension is the unit's enum type ({@link dev.flopex.core.units.PowerUnit}, {@link
 * dev.flopex.core.units.EnergyUnit}, {@link dev.flopex.core.units.DataSizeUnit}, {@link
 * dev.flopex.core.units.DataRateUnit}, {@link dev.flopex.core.units.ComputeRateUnit}, {@link
 * dev.flopex.core.units.AreaUnit}). {@link dev.flopex.core.units.LinkBandwidth} adds the direction
 * a link figure counts.
 *
 * <pre>{@code
 * Quantity<DataSizeUnit> hbm = DataSizeUnit.GIBIBYTES.of(80);
 * double gb = hbm.in(DataSizeUnit.GIGABYTES);                  // 85.899345920
 * Quantity<DataRateUnit> port = Quantity.parse("400 Gb/s", DataRateUnit.class);
 * double gbytes = port.in(DataRateUnit.GIGABYTES_PER_SECOND);  // 50.0
 * LinkBandwidth nvlink = LinkBandwidth.of(900, DataRateUnit.GIGABYTES_PER_SECOND, Direction.BIDIRECTIONAL);
 * nvlink.perDirection();                                       // 450 GB/s
 * }</pre>
 */
@NullMarked
package dev.flopex.core.units;

import org.jspecify.annotations.NullMarked;
