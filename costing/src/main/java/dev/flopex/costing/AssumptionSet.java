package dev.flopex.costing;

import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.validation.Check;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A named, complete set of sourced assumptions ("hyperscaler", "neocloud", "enterprise-colo").
 * Every {@link AssumptionKey} has a value with its provenance. {@link #with} returns a copy with
 * one value overridden (the override carries its own provenance, e.g. a user's negotiated
 * electricity price).
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

  /** Returns every value with its provenance. */
  Map<AssumptionKey, Sourced<Double>> values();

  /**
   * Returns a value.
   *
   * @param key the key
   * @return the value
   */
  default double value(AssumptionKey key) {
    return sourced(key).value();
  }

  /**
   * Returns a value with its provenance.
   *
   * @param key the key
   * @return the sourced value
   */
  default Sourced<Double> sourced(AssumptionKey key) {
    Sourced<Double> v = values().get(key);
    if (v == null) {
      // unreachable: check() requires every key when the set is built
      throw new IllegalStateException("assumption set " + id() + " has no " + key.key());
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
    return ImmutableAssumptionSet.builder().id(id()).name(name()).description(description()).putAllValues(m).build();
  }

  /** Checks that every key has a value in range. */
  @Value.Check
  default void check() {
    Check.identifier(id(), "assumption_set.id");
    for (AssumptionKey k : AssumptionKey.values()) {
      Sourced<Double> v = values().get(k);
      if (v == null) {
        throw new dev.flopex.core.validation.ValidationException(id() + "." + k.key(), "missing",
            "must be given (every assumption set defines every key)");
      }
      k.check(v.value());
    }
  }

  /** Returns a new builder. */
  static ImmutableAssumptionSet.Builder builder() {
    return ImmutableAssumptionSet.builder();
  }
}
