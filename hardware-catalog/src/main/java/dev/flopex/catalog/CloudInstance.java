package dev.flopex.catalog;

import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.validation.Check;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cloud provider's instance, VM size, shape or accelerator type, mapped to the catalog
 * accelerator it carries and how many: {@code p5.48xlarge} is 8 {@code h100-sxm5}, {@code
 * Standard_ND96isr_MI300X_v5} is 8 {@code mi300x}, Google's {@code v5p-128} is 64 {@code tpu-v5p}
 * (its number counts TensorCores, two per chip).
 *
 * <p>Look one up with {@link HardwareCatalog#cloudInstance(String)}; names are matched ignoring
 * case, spaces, dots, hyphens and underscores. Where no source states the count it is empty, never
 * guessed.
 *
 * @since 0.3
 */
@Value.Immutable
public interface CloudInstance {

  /** Returns the provider, e.g. {@code aws}, {@code azure}, {@code gcp}, {@code oci}. */
  String provider();

  /** Returns the name as the provider spells it, e.g. {@code p5.48xlarge}. */
  String name();

  /** Returns the accelerator it carries. */
  Accelerator accelerator();

  /** Returns how many accelerators one instance has, when a source states it. */
  Optional<Integer> acceleratorCount();

  /**
   * Returns the provider's prices for the whole instance (on-demand or reserved, per instance-hour,
   * each with its region and date), oldest first.
   */
  List<PricePoint> prices();

  /** Returns where the mapping comes from. */
  Provenance provenance();

  /** Checks the names and count. */
  @Value.Check
  default void check() {
    Check.notBlank(provider(), "provider");
    Check.notBlank(name(), "name");
    acceleratorCount().ifPresent(c -> Check.positive(c, "accelerator_count"));
    for (PricePoint p : prices()) {
      Check.that(
          p.unit() == PriceUnit.PER_INSTANCE_HOUR,
          "prices.unit",
          p.unit().name().toLowerCase(java.util.Locale.ROOT),
          "must be per_instance_hour for a cloud instance");
    }
  }

  /** Returns a new builder. */
  static ImmutableCloudInstance.Builder builder() {
    return ImmutableCloudInstance.builder();
  }
}
