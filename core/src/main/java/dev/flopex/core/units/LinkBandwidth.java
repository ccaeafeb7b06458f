package dev.flopex.core.units;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The bandwidth of a symmetric, full-duplex link, with the direction its figure counts. {@link
 * #bidirectional()} and {@link #perDirection()} convert between the two conventions (a factor of
 * two), so "900 GB/s bidirectional" and "450 GB/s per direction" compare equal under {@link
 * #isEquivalentTo}. A figure whose source does not say its direction ({@link Direction#UNSTATED})
 * is kept as stated and converts to neither: {@link #directionStated()} says which.
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

  /**
   * Returns true unless the direction is {@link Direction#UNSTATED}: only then may {@link
   * #bidirectional()} and {@link #perDirection()} be called.
   *
   * @return whether the source said which direction the figure counts
   * @since 0.3
   */
  public boolean directionStated() {
    return direction != Direction.UNSTATED;
  }

  /**
   * Returns the sum of both directions, in the stated unit.
   *
   * @return the bidirectional rate
   * @throws IllegalStateException when the direction is {@link Direction#UNSTATED} (the figure is
   *     never guessed to be either; check {@link #directionStated()})
   */
  public Quantity<DataRateUnit> bidirectional() {
    requireStated("bidirectional");
    return direction == Direction.BIDIRECTIONAL ? rate : rate.times(2);
  }

  /**
   * Returns the rate in one direction, in the stated unit.
   *
   * @return the per-direction rate
   * @throws IllegalStateException when the direction is {@link Direction#UNSTATED} (check {@link
   *     #directionStated()})
   */
  public Quantity<DataRateUnit> perDirection() {
    requireStated("per-direction");
    return direction == Direction.PER_DIRECTION ? rate : rate.dividedBy(2);
  }

  private void requireStated(String what) {
    if (direction == Direction.UNSTATED) {
      throw new IllegalStateException(
          "a link bandwidth of unstated direction ("
              + rate
              + ") has no "
              + what
              + " rate: its source does not say whether it counts one direction or both; check directionStated()");
    }
  }

  /**
   * Returns true when both carry the same bidirectional rate; a figure of unstated direction is
   * equivalent only to another of unstated direction stating the same rate.
   *
   * @param other another bandwidth
   * @return whether they are equivalent
   */
  public boolean isEquivalentTo(LinkBandwidth other) {
    if (!directionStated() || !other.directionStated()) {
      return direction == other.direction && rate.isEquivalentTo(other.rate);
    }
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

  /**
   * Returns e.g. {@code "900 GB/s bidirectional"}, {@code "400 Gb/s per direction"} or {@code "3.6
   * TB/s (direction unstated)"}.
   */
  @Override
  public String toString() {
    switch (direction) {
      case BIDIRECTIONAL:
        return rate + " bidirectional";
      case PER_DIRECTION:
        return rate + " per direction";
      default:
        return rate + " (direction unstated)";
    }
  }
}
