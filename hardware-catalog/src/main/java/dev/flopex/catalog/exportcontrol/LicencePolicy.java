package dev.flopex.catalog.exportcontrol;

import dev.flopex.core.validation.ValidationException;
import java.util.Locale;

/**
 * How licence applications under a {@link Classification} are reviewed, as the rule text (or, for
 * letters to one exporter, the exporter's filing) states it. The detail a rule adds (which
 * destinations, which conditions) is in {@link Classification#licencePolicyNote()}.
 *
 * @since 0.4
 */
public enum LicencePolicy {
  /** Applications are reviewed with a presumption of denial. */
  PRESUMPTION_OF_DENIAL("presumption of denial"),
  /** Applications are reviewed case by case (typically on conditions the note names). */
  CASE_BY_CASE("case-by-case review"),
  /**
   * License Exception NAC (Notified Advanced Computing) is available: export after notifying BIS,
   * which may require a licence instead.
   */
  LICENSE_EXCEPTION_NAC("License Exception NAC available"),
  /**
   * A licence is required because the government informed the exporter by letter ("is-informed");
   * no review policy is published.
   */
  IS_INFORMED(
      "licence required by an is-informed notice to the exporter; no published review policy");

  private final String description;

  LicencePolicy(String description) {
    this.description = description;
  }

  /** Returns the policy in words, e.g. "presumption of denial". */
  public String description() {
    return description;
  }

  /** Returns the spelling in the rules file, e.g. {@code presumption-of-denial}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Finds a policy by its key.
   *
   * @param key e.g. {@code case-by-case}
   * @return the policy
   * @throws ValidationException naming the known keys
   */
  public static LicencePolicy fromKey(String key) {
    for (LicencePolicy p : values()) {
      if (p.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new ValidationException(
        "licence_policy",
        "'" + key + "'",
        "must be one of presumption-of-denial, case-by-case, license-exception-nac, is-informed");
  }
}
