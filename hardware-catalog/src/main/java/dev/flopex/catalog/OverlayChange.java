package dev.flopex.catalog;

import org.immutables.value.Value;

/**
 * One change a user overlay made to the catalog: an entry added, a field replaced or a list
 * (prices, aliases) appended to. {@link HardwareCatalog#overlayChanges()} lists them so that a user
 * can see exactly what their file changed.
 *
 * @since 0.1
 */
@Value.Immutable
public interface OverlayChange {

  /** What kind of change. */
  enum Kind {
    /** A new entry. */
    ADDED,
    /** A field replaced the base data's value. */
    REPLACED,
    /** Items were appended to a list field of the base data. */
    APPENDED
  }

  /** Returns the kind of change. */
  Kind kind();

  /** Returns the section, e.g. {@code accelerators}. */
  String section();

  /** Returns the entry id. */
  String id();

  /** Returns the field changed, or empty text for a whole entry. */
  String field();

  /** Returns the overlay file. */
  String file();

  /** Returns the line in the overlay file. */
  int line();

  /** Returns e.g. {@code overlay.yaml:7: accelerators h100-sxm5.tdp_w replaced}. */
  default String describe() {
    return file()
        + ":"
        + line()
        + ": "
        + section()
        + " "
        + id()
        + (field().isEmpty() ? "" : "." + field())
        + " "
        + kind().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Returns a new builder. */
  static ImmutableOverlayChange.Builder builder() {
    return ImmutableOverlayChange.builder();
  }
}
