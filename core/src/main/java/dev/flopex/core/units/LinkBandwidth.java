package dev.flopex.core.units;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The bandwidth of a symmetric, full-duplex link, with the direction its figure counts. {@link
 * #bidirectional()} and {@link #perDirection()} convert between the two conventions (a factor of
 * two), so "900 GB/s bidirectional" and "450 GB/s per direction" compare equal under {@link
 * #isEquivalentTo}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LinkBandwidth {
  private final Quantity<DataRateUnit> rate;
  private final Direction direction;

  private LinkBandwidth(Quantity<DataRateUnit> rate, Direction direction) {
    this.rate = Objects.requireNonNull(rate, "rate");
    this.direction = Objects.requireNonNull(direction, "direction");
  }

  /**
   * Returns a bandwidth of {@code rate}, counted as {@code direction} says.
   *
   * @param rate the figure as stated
   * @param direction what the figure counts
   * @return the bandwidth
   */
  public static LinkBandwidth of(Quantity<DataRateUnit> rate, Direction direction) {
    return new LinkBandwidth(rate, direction);
  }

  /**
   * Shorthand for {@code of(unit.of(value), direction)}.
   *
   * @param value the figure
   * @param unit its unit
   * @param direction what it counts
   * @return the bandwidth
   */
  public static LinkBandwidth of(double value, DataRateUnit unit, Direction direction) {
    return new LinkBandwidth(Quantity.of(value, unit), direction);
  }

  /** Returns the figure as stated. */
  public Quantity<DataRateUnit> stated() {
    return rate;
  }

  /** Returns the direction the stated figure counts. */
  public Direction direction() {
    return direction;
  }

  /** Returns the sum of both directions, in the stated unit. */
  public Quantity<DataRateUnit> bidirectional() {
    return direction == Direction.BIDIRECTIONAL ? rate : rate.times(2);
  }

  /** Returns the rate in one direction, in the stated unit. */
  public Quantity<DataRateUnit> perDirection() {
    return direction == Direction.PER_DIRECTION ? rate : rate.dividedBy(2);
  }

  /**
   * Returns true when both carry the same bidirectional rate.
   *
   * @param other another bandwidth
   * @return whether they are equivalent
   */
  public boolean isEquivalentTo(LinkBandwidth other) {
    return bidirectional().isEquivalentTo(other.bidirectional());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LinkBandwidth
        && ((LinkBandwidth) o).rate.equals(rate)
        && ((LinkBandwidth) o).direction == direction;
  }

  @Override
  public int hashCode() {
    return rate.hashCode() * 31 + direction.hashCode();
  }

  /** Returns e.g. {@code "900 GB/s bidirectional"}. */
  @Override
  public String toString() {
    return rate + (direction == Direction.BIDIRECTIONAL ? " bidirectional" : " per direction");
  }
}
