package dev.flopex.core.validation;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an input breaks a documented rule. The message always names the field, the value
 * (with its unit where it has one) and the rule, for example {@code "gpuCount must be > 0 but was
 * -3"} or {@code "pue must be >= 1 but was 0.9"}.
 *
 * <p>The parts of the message are also available as accessors, so callers (a CLI, a web form) can
 * point at the offending field without parsing text.
 *
 * @since 0.1
 */
public class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final @Nullable String value;
  private final String rule;

  /**
   * Creates an exception for {@code field}, whose value {@code value} broke {@code rule}.
   *
   * @param field the name of the field or argument, e.g. {@code "gpuCount"}
   * @param value the rejected value as text, with its unit where it has one, or {@code null} when
   *     the value was missing
   * @param rule the rule that was broken, e.g. {@code "must be > 0"}
   */
  public ValidationException(String field, @Nullable String value, String rule) {
    this(field, value, rule, null);
  }

  /**
   * As {@link #ValidationException(String, String, String)}, with a cause.
   *
   * @param field the name of the field or argument
   * @param value the rejected value as text, or {@code null} when missing
   * @param rule the rule that was broken
   * @param cause the underlying cause, or {@code null}
   */
  public ValidationException(
      String field, @Nullable String value, String rule, @Nullable Throwable cause) {
    super(compose(field, value, rule), cause);
    this.field = field;
    this.value = value;
    this.rule = rule;
  }

  /**
   * Creates an exception with a message of the caller's own making, for rules that relate several
   * fields (e.g. "sparse must be >= dense").
   *
   * @param field the field most to blame
   * @param value its value as text, or {@code null}
   * @param rule the rule broken
   * @param message the whole message
   * @param cause the cause, or {@code null}
   */
  protected ValidationException(
      String field,
      @Nullable String value,
      String rule,
      String message,
      @Nullable Throwable cause) {
    super(message, cause);
    this.field = field;
    this.value = value;
    this.rule = rule;
  }

  private static String compose(String field, @Nullable String value, String rule) {
    return value == null
        ? field + " " + rule + " but was missing"
        : field + " " + rule + " but was " + value;
  }

  /** Returns the field or argument name, e.g. {@code "gpuCount"}. */
  public String field() {
    return field;
  }

  /** Returns the rejected value as text (with unit), or empty when the value was missing. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** Returns the rule that was broken, e.g. {@code "must be > 0"}. */
  public String rule() {
    return rule;
  }
}
