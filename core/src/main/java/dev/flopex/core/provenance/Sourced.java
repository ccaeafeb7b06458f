package dev.flopex.core.provenance;

import dev.flopex.core.validation.Check;
import java.util.List;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A value with its provenance, and the other values other sources gave for it.
 *
 * <p>{@link #value()} is the figure flopex uses; {@link #alternatives()} are figures from sources
 * that disagree, each with its own provenance. The used figure's note says why it was preferred.
 * Alternatives have no alternatives of their own.
 *
 * @param <T> the value type, e.g. {@code Quantity<PowerUnit>}
 * @since 0.1
 */
@Value.Immutable
public interface Sourced<T> {

  /** Returns the value used. */
  @Value.Parameter
  T value();

  /** Returns where it came from. */
  @Value.Parameter
  Provenance provenance();

  /** Returns values from other sources that disagree, with their provenance. */
  List<Sourced<T>> alternatives();

  /** Returns the confidence of the value used. */
  default Confidence confidence() {
    return provenance().confidence();
  }

  /**
   * Returns the same provenance (and alternatives) around a transformed value, e.g. a quantity
   * converted to another unit.
   *
   * @param f the transformation
   * @param <R> the new value type
   * @return the transformed value
   */
  default <R> Sourced<R> map(Function<? super T, ? extends R> f) {
    ImmutableSourced.Builder<R> b =
        ImmutableSourced.<R>builder().value(f.apply(value())).provenance(provenance());
    for (Sourced<T> a : alternatives()) {
      b.addAlternatives(a.map(f));
    }
    return b.build();
  }

  /** Checks that alternatives are flat. */
  @Value.Check
  default void check() {
    for (Sourced<T> a : alternatives()) {
      Check.that(
          a.alternatives().isEmpty(),
          "alternatives",
          a.value().toString(),
          "must not have alternatives of their own");
    }
  }

  /**
   * Returns a value with a provenance and no alternatives.
   *
   * @param value the value
   * @param provenance where it came from
   * @param <T> the value type
   * @return the sourced value
   */
  static <T> Sourced<T> of(T value, Provenance provenance) {
    return ImmutableSourced.of(value, provenance);
  }

  /**
   * Returns a builder, to add alternatives.
   *
   * @param <T> the value type
   * @return the builder
   */
  static <T> ImmutableSourced.Builder<T> builder() {
    return ImmutableSourced.builder();
  }
}
