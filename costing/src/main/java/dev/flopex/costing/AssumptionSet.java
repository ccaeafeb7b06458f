package dev.flopex.costing;

import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A named set of sourced assumptions about an operator ("hyperscaler", "neocloud",
 * "enterprise-colo"): every {@link AssumptionKey.Scope#OPERATOR} key has a value with its
 * provenance. Site keys (electricity, rent, build cost, PUE, duty, tax) come from the cluster's
 * {@link Region} and the resale decline from the catalog, unless the set gives them too, in which
 * case the set's value wins (a cluster's own overrides are folded into its set). {@link #with}
 * returns a copy with one value overridden (the override carries its own provenance, e.g. a user's
 * negotiated electricity price).
 *
 * @since 0.1
 */
@Value.Immutable
public interface AssumptionSet {

  /** Returns the id, e.g. {@code neocloud}. */
  String id();

  /** Returns a display name. */
  String name();

  /** Returns what the set represents. */
  String description();

  /**
   * Returns every value the set gives, with its provenance: all operator keys, and any others it
   * overrides.
   */
  Map<AssumptionKey, Sourced<Double>> values();

  /**
   * Returns a value the set gives.
   *
   * @param key the key
   * @return the value
   * @throws ValidationException if the set does not give it (a site or hardware key it does not
   *     override)
   */
  default double value(AssumptionKey key) {
    return sourced(key).value();
  }

  /**
   * Returns a value the set gives, with its provenance.
   *
   * @param key the key
   * @return the sourced value
   * @throws ValidationException if the set does not give it (a site or hardware key it does not
   *     override)
   */
  default Sourced<Double> sourced(AssumptionKey key) {
    Sourced<Double> v = values().get(key);
    if (v == null) {
      throw new ValidationException(
          id() + "." + key.key(),
          null,
          "is not in the assumption set (a "
              + key.scope().name().toLowerCase(java.util.Locale.ROOT)
              + " key: it comes from the cluster's "
              + (key.scope() == AssumptionKey.Scope.SITE ? "region" : "catalog entry")
              + ")");
    }
    return v;
  }

  /**
   * Returns a copy with {@code key} set to {@code value}.
   *
   * @param key the key
   * @param value the new value, checked against the key's range
   * @param provenance where the new value came from
   * @return the new set
   * @throws dev.flopex.core.validation.ValidationException if the value is out of range
   */
  default AssumptionSet with(AssumptionKey key, double value, Provenance provenance) {
    Map<AssumptionKey, Sourced<Double>> m = new EnumMap<>(AssumptionKey.class);
    m.putAll(values());
    m.put(key, Sourced.of(key.check(value), provenance));
    return ImmutableAssumptionSet.builder()
        .id(id())
        .name(name())
        .description(description())
        .putAllValues(m)
        .build();
  }

  /** Checks that every operator key has a value, and every value is in range. */
  @Value.Check
  default void check() {
    Check.identifier(id(), "assumption_set.id");
    for (AssumptionKey k : AssumptionKey.values()) {
      Sourced<Double> v = values().get(k);
      if (v == null && k.scope() == AssumptionKey.Scope.OPERATOR) {
        throw new ValidationException(
            id() + "." + k.key(),
            null,
            "must be given (every assumption set defines every operator key)");
      }
      if (v != null) {
        k.check(v.value());
      }
    }
    Check.that(
        value(AssumptionKey.BUSY_POWER_FRACTION) >= value(AssumptionKey.IDLE_POWER_FRACTION),
        id() + ".busy_power_fraction",
        Check.format(value(AssumptionKey.BUSY_POWER_FRACTION)),
        "must be >= idle_power_fraction ("
            + Check.format(value(AssumptionKey.IDLE_POWER_FRACTION))
            + ")");
  }

  /** Returns a new builder. */
  static ImmutableAssumptionSet.Builder builder() {
    return ImmutableAssumptionSet.builder();
  }

  /**
   * Returns a copy with {@code id} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  AssumptionSet withId(String value);

  /**
   * Returns a copy with {@code name} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  AssumptionSet withName(String value);

  /**
   * Returns a copy with {@code description} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  AssumptionSet withDescription(String value);

  /**
   * Returns a copy whose {@code values} are the given ones, validated like a built value.
   *
   * @param entries the new value
   * @return the copy
   * @since 0.5
   */
  AssumptionSet withValues(Map<AssumptionKey, ? extends Sourced<Double>> entries);
}
