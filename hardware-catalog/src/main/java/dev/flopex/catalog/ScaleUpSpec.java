package dev.flopex.catalog;

import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.LinkBandwidth;
import dev.flopex.core.validation.Check;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The scale-up fabric an accelerator joins (NVLink, Infinity Fabric, ICI...): its technology,
 * per-accelerator bandwidth with the direction the figure counts, and the number of accelerators in
 * one domain.
 *
 * @since 0.1
 */
@Value.Immutable
public interface ScaleUpSpec {

  /** Returns the technology, e.g. {@code NVLink 4}. */
  String technology();

  /** Returns the per-accelerator bandwidth, when known. */
  Optional<Sourced<LinkBandwidth>> bandwidth();

  /** Returns how many accelerators share one scale-up domain, when known. */
  Optional<Sourced<Integer>> domainSize();

  /** Checks positive figures. */
  @Value.Check
  default void check() {
    Check.notBlank(technology(), "scale_up.technology");
    bandwidth()
        .ifPresent(
            b ->
                Check.positive(
                    b.value().stated().value(),
                    "scale_up.bandwidth",
                    b.value().stated().unit().symbol()));
    domainSize().ifPresent(d -> Check.positive(d.value(), "scale_up.domain_size"));
  }

  /** Returns a new builder. */
  static ImmutableScaleUpSpec.Builder builder() {
    return ImmutableScaleUpSpec.builder();
  }
}
