package dev.flopex.catalog;

import java.util.Locale;

/**
 * How a part or system is cooled: by air, by liquid (direct-to-chip cold plates fed from a coolant
 * distribution unit), or offered in both variants.
 *
 * @since 0.3
 */
public enum Cooling {
  /** Air-cooled. */
  AIR,
  /** Liquid-cooled (direct-to-chip); needs a coolant distribution unit and facility water. */
  LIQUID,
  /** Offered in an air-cooled and a liquid-cooled variant. */
  AIR_OR_LIQUID;

  /** Returns the key used in data files and exports, e.g. {@code air_or_liquid}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns true when the part or system needs liquid cooling in every variant. */
  public boolean needsLiquid() {
    return this == LIQUID;
  }
}
