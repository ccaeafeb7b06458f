package dev.flopex.catalog;

import dev.flopex.core.validation.Check;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One difference between two catalogs found by {@link CatalogDiff}: an entry or a field added,
 * removed or changed. For a whole entry ({@link #field()} empty) the value shown is the entry's
 * {@code name} (a source's {@code title}); for a field, its value with unit, source and place.
 *
 * @since 0.3
 */
@Value.Immutable
public interface CatalogChange {

  /** What kind of difference. */
  enum Kind {
    /** In the new catalog only. */
    ADDED,
    /** In the old catalog only. */
    REMOVED,
    /** In both, with another value or unit. */
    CHANGED;

    /** Returns the lower-case key, e.g. {@code added}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Returns the kind. */
  Kind kind();

  /** Returns the section, e.g. {@code accelerators} or {@code sources}. */
  String section();

  /** Returns the entry's id. */
  String id();

  /** Returns the field's path ({@link CatalogField#field()}), or empty text for a whole entry. */
  String field();

  /** Returns the old value: present unless the kind is {@link Kind#ADDED}. */
  Optional<CatalogValue> before();

  /** Returns the new value: present unless the kind is {@link Kind#REMOVED}. */
  Optional<CatalogValue> after();

  /**
   * Returns one line, e.g. {@code changed accelerators h100-sxm5 tdp_w.value: 700 W
   * [nvidia-h100-product-page-specs, accelerators-nvidia-hopper.yaml:163] -> 650 W
   * [acme-h100-quote-2026-11, my-prices.yaml:10]}.
   */
  default String describe() {
    StringBuilder b =
        new StringBuilder(kind().key()).append(' ').append(section()).append(' ').append(id());
    if (!field().isEmpty()) {
      b.append(' ').append(field());
    }
    b.append(": ");
    before().ifPresent(v -> b.append(side(v)));
    if (kind() == Kind.CHANGED) {
      b.append(" -> ");
    }
    after().ifPresent(v -> b.append(side(v)));
    return b.toString();
  }

  private static String side(CatalogValue v) {
    return v.withUnit() + " [" + v.source().map(s -> s + ", ").orElse("") + v.where() + "]";
  }

  /** Checks that the values present match the kind. */
  @Value.Check
  default void check() {
    Check.that(
        before().isPresent() == (kind() != Kind.ADDED),
        "before",
        before().map(CatalogValue::withUnit).orElse("absent"),
        "must be present exactly when the change is not 'added'");
    Check.that(
        after().isPresent() == (kind() != Kind.REMOVED),
        "after",
        after().map(CatalogValue::withUnit).orElse("absent"),
        "must be present exactly when the change is not 'removed'");
    Check.that(
        kind() != Kind.CHANGED || !before().orElseThrow().sameValue(after().orElseThrow()),
        "after",
        after().map(CatalogValue::withUnit).orElse(""),
        "must differ from before for a 'changed' change");
  }

  /** Returns a new builder. */
  static ImmutableCatalogChange.Builder builder() {
    return ImmutableCatalogChange.builder();
  }
}
