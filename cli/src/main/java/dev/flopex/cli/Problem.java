package dev.flopex.cli;

import dev.flopex.core.validation.ValidationException;

/**
 * A user error whose one-line message does not fit the "field rule but was value" form, e.g. {@code
 * fleet.yaml has no sensitivity section}. Exit status 2, like every {@link ValidationException}.
 */
final class Problem extends ValidationException {
  private static final long serialVersionUID = 1L;

  /**
   * @param field the option or parameter to blame, e.g. {@code FILE}
   * @param value its value as given
   * @param message the whole message
   */
  Problem(String field, String value, String message) {
    super(field, value, message, message, null);
  }
}
