package dev.flopex.catalog;

import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.Quantity;
import dev.flopex.core.validation.Check;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Peak throughput at one precision: the dense figure and, where the chip supports 2:4 structured
 * sparsity, the sparse figure. Datasheet figures "with sparsity" are stored only as {@link
 * #sparse()}, never as {@link #dense()}.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Throughput {

  /** Returns the precision. */
  Precision precision();

  /** Returns the peak rate without sparsity. */
  Quantity<ComputeRateUnit> dense();

  /** Returns the peak rate with 2:4 structured sparsity, when the chip has it. */
  Optional<Quantity<ComputeRateUnit>> sparse();

  /** Returns true when the sparse figure is twice the dense one (2:4 sparsity doubles it). */
  @Value.Derived
  default boolean sparsityDoubles() {
    return sparse().map(s -> Math.abs(s.ratio(dense()) - 2) < 1e-3).orElse(false);
  }

  /** Checks positive figures and that sparse is not below dense. */
  @Value.Check
  default void check() {
    String u = precision().displayUnit().symbol();
    Check.positive(dense().in(precision().displayUnit()), precision().key() + ".dense", u);
    sparse()
        .ifPresent(
            s -> {
              Check.positive(s.in(precision().displayUnit()), precision().key() + ".sparse", u);
              Check.that(
                  s.compareTo(dense()) >= 0,
                  precision().key() + ".sparse",
                  s.toString(),
                  "must be >= dense (" + dense() + ")");
            });
  }

  /**
   * Returns a dense-only throughput.
   *
   * @param precision the precision
   * @param dense the dense peak
   * @return the throughput
   */
  static Throughput dense(Precision precision, Quantity<ComputeRateUnit> dense) {
    return ImmutableThroughput.builder().precision(precision).dense(dense).build();
  }

  /** Returns a new builder. */
  static ImmutableThroughput.Builder builder() {
    return ImmutableThroughput.builder();
  }
}
