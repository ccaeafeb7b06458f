package dev.flopex.catalog;

import dev.flopex.core.provenance.PartialDate;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.AreaUnit;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.units.Quantity;
import dev.flopex.core.validation.Check;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An accelerator SKU (a GPU, TPU or other AI chip) with its compute, memory, scale-up and power
 * specifications. Every figure is {@link Sourced}.
 *
 * <p>Throughput is stored per {@link Precision} as a {@link Throughput} with a dense figure and,
 * where 2:4 sparsity applies, a separate sparse figure. A precision absent from {@link #compute()}
 * is either unknown or, when listed in {@link #unsupported()}, not supported at all.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Accelerator extends Part {

  /** Returns the architecture, e.g. {@code Hopper}. */
  String architecture();

  /** Returns the market the chip is designed or marketed for. */
  Market market();

  /** Returns the form factor, e.g. {@code SXM5}, {@code PCIe}, {@code OAM}. */
  String formFactor();

  /** Returns the launch (general availability) date. */
  Optional<Sourced<PartialDate>> launchDate();

  /** Returns the process node, e.g. {@code TSMC 4N}. */
  Optional<Sourced<String>> processNode();

  /** Returns the logic die area used for performance density (sum of compute dies). */
  Optional<Sourced<Quantity<AreaUnit>>> dieArea();

  /** Returns peak throughput by precision, for figures whose vendor says dense or sparse. */
  Map<Precision, Sourced<Throughput>> compute();

  /**
   * Returns peak figures whose vendor does not say whether they are dense or with sparsity (as
   * Chinese vendors, and NVIDIA for Rubin CPX, print them). They are never used as dense figures:
   * not for TPP, not for cost per FLOP; a precision is in this map or in {@link #compute()}, never
   * both.
   *
   * @since 0.3
   */
  Map<Precision, Sourced<Quantity<ComputeRateUnit>>> unstatedCompute();

  /**
   * Returns what the figures describe: the whole package (the default) or one die.
   *
   * @since 0.3
   */
  @Value.Default
  default FiguresPer figuresPer() {
    return FiguresPer.PACKAGE;
  }

  /**
   * Returns the number of compute dies in one package, when known.
   *
   * @since 0.3
   */
  Optional<Sourced<Integer>> diesPerPackage();

  /**
   * Returns how the accelerator is cooled, when known.
   *
   * @since 0.3
   */
  Optional<Sourced<Cooling>> cooling();

  /** Returns precisions the chip does not support at all. */
  Set<Precision> unsupported();

  /** Returns the local memory. */
  MemorySpec memory();

  /** Returns the scale-up fabric, when it has one. */
  Optional<ScaleUpSpec> scaleUp();

  /** Returns the host interface, e.g. {@code PCIe 5.0 x16}. */
  Optional<Sourced<String>> hostInterface();

  /** Returns the thermal design power (maximum board or module power). */
  Optional<Sourced<Quantity<PowerUnit>>> tdp();

  /** Returns measurements of real chips of this SKU. */
  List<Measurement> measurements();

  /**
   * Returns the dense peak at {@code precision}.
   *
   * @param precision the precision
   * @return the dense peak, or empty when unknown or unsupported
   */
  default Optional<Quantity<ComputeRateUnit>> dense(Precision precision) {
    return Optional.ofNullable(compute().get(precision)).map(t -> t.value().dense());
  }

  /**
   * Returns the sparse peak at {@code precision}.
   *
   * @param precision the precision
   * @return the sparse peak, or empty when the chip has no sparsity at that precision
   */
  default Optional<Quantity<ComputeRateUnit>> sparse(Precision precision) {
    return Optional.ofNullable(compute().get(precision)).flatMap(t -> t.value().sparse());
  }

  /** Returns true when 2:4 structured sparsity doubles some precision's throughput. */
  default boolean sparsityDoubles() {
    return compute().values().stream().anyMatch(t -> t.value().sparsityDoubles());
  }

  /**
   * Checks identity fields, that no precision is both measured and unsupported, and that no
   * precision has both a dense/sparse figure and an unstated one.
   */
  @Value.Check
  default void check() {
    Check.identifier(id(), "id");
    Check.notBlank(vendor(), "vendor");
    Check.notBlank(name(), "name");
    for (Map.Entry<Precision, Sourced<Throughput>> e : compute().entrySet()) {
      Check.that(
          e.getValue().value().precision() == e.getKey(),
          "compute." + e.getKey().key(),
          e.getValue().value().precision().key(),
          "must be keyed by its own precision");
      Check.that(
          !unsupported().contains(e.getKey()),
          "unsupported",
          e.getKey().key(),
          "must not list a precision that has a throughput figure");
    }
    for (Map.Entry<Precision, Sourced<Quantity<ComputeRateUnit>>> e :
        unstatedCompute().entrySet()) {
      Check.that(
          !compute().containsKey(e.getKey()),
          "compute." + e.getKey().key(),
          e.getValue().value().toString(),
          "must not be both a dense/sparse figure and one of unstated sparsity");
      Check.that(
          !unsupported().contains(e.getKey()),
          "unsupported",
          e.getKey().key(),
          "must not list a precision that has a throughput figure");
      Check.positive(
          e.getValue().value().in(e.getKey().displayUnit()),
          "compute." + e.getKey().key(),
          e.getKey().displayUnit().symbol());
    }
    diesPerPackage().ifPresent(d -> Check.positive(d.value(), "dies_per_package"));
    Check.that(
        figuresPer() == FiguresPer.PACKAGE || diesPerPackage().isPresent(),
        "figures_per",
        "die",
        "needs dies_per_package, so package figures can be derived");
    dieArea()
        .ifPresent(a -> Check.positive(a.value().value(), "die_area", a.value().unit().symbol()));
    tdp().ifPresent(t -> Check.positive(t.value().value(), "tdp", t.value().unit().symbol()));
  }

  /** Returns a new builder. */
  static ImmutableAccelerator.Builder builder() {
    return ImmutableAccelerator.builder();
  }
}
