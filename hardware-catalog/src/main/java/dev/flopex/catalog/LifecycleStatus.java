package dev.flopex.catalog;

import java.util.Locale;

/**
 * Where a part is in its life, as its vendor or reporting says on a date: {@link #ANNOUNCED}
 * (specifications disclosed, not in customers' hands), {@link #SAMPLING} (engineering or early
 * racks at customers, production shipments not confirmed), {@link #SHIPPING} (in production and
 * sold), {@link #END_OF_LIFE} (no longer sold new), {@link #CANCELLED} (announced, then withdrawn
 * before shipping) and {@link #REPORTED} (reported by the press, never announced by its vendor).
 *
 * @since 0.3
 */
public enum LifecycleStatus {
  /** Announced with specifications; not yet at customers. */
  ANNOUNCED,
  /** At customers in engineering or validation quantities; production shipments not confirmed. */
  SAMPLING,
  /** In production and sold. */
  SHIPPING,
  /** No longer sold new. */
  END_OF_LIFE,
  /** Announced, then withdrawn before it shipped. */
  CANCELLED,
  /** Reported by the press; its vendor never announced it. */
  REPORTED;

  /** Returns the key used in data files and exports, e.g. {@code end_of_life}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
