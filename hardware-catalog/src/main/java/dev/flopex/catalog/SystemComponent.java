package dev.flopex.catalog;

import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.units.Quantity;
import dev.flopex.core.validation.Check;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A part that comes with every unit of a system: an NVLink switch tray inside a GB300 NVL72, the
 * cold plates and manifolds of its liquid loop, or a coolant distribution unit (CDU) bought beside
 * it. A component is either {@linkplain #includedInSystemPrice() inside the system's price} (listed
 * so the bill of materials shows it) or bought on its own, when the cost engine adds {@link
 * #count()} of it per system at its own price; one without a price is reported as unpriced, never
 * costed at 0 silently.
 *
 * <p>A component is a {@link Part}: it has an id, a vendor, dated prices (per unit) and a price
 * trend.
 *
 * @since 0.3
 */
@Value.Immutable
public interface SystemComponent extends Part {

  /** What a component is for. */
  enum Kind {
    /** A scale-up (NVLink, UALink) switch tray or switch. */
    SCALE_UP_SWITCH,
    /** Liquid-cooling parts inside the rack (cold plates, manifolds, in-rack CDU). */
    COOLING_IN_RACK,
    /** Cooling plant outside the rack (in-row or facility CDUs, secondary fluid network). */
    COOLING_PLANT,
    /** Power shelves and distribution. */
    POWER,
    /** Anything else. */
    OTHER;

    /** Returns the key used in data files, e.g. {@code cooling_plant}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Returns what the component is for. */
  Kind kind();

  /**
   * Returns how many come with one system; may be fractional for shared plant (a 1.35 MW CDU
   * serving about 9 racks of 142 kW is 1/9 per rack).
   */
  Sourced<Double> count();

  /** Returns true when the system's price already includes the component. */
  boolean includedInSystemPrice();

  /** Returns the power one unit draws, when known and not already in the system's power. */
  Optional<Sourced<Quantity<PowerUnit>>> power();

  /** Returns where the component's listing (what it is, whether it is included) comes from. */
  Provenance provenance();

  /** Checks the count and power. */
  @Value.Check
  default void check() {
    Check.identifier(id(), "id");
    Check.that(
        count().value() > 0 && Double.isFinite(count().value()),
        "components." + id() + ".count",
        Check.format(count().value()),
        "must be > 0");
    power()
        .ifPresent(
            p ->
                Check.positive(
                    p.value().value(), "components." + id() + ".power", p.value().unit().symbol()));
  }

  /** Returns a new builder. */
  static ImmutableSystemComponent.Builder builder() {
    return ImmutableSystemComponent.builder();
  }
}
