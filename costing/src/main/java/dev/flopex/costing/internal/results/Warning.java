package dev.flopex.costing.internal.results;

import dev.flopex.core.validation.Check;
import org.immutables.value.Value;

/** The engine-built implementation of {@link dev.flopex.costing.Warning}. */
@Value.Immutable
public abstract class Warning implements dev.flopex.costing.Warning {

  @Value.Parameter
  @Override
  public abstract Kind kind();

  @Value.Parameter
  @Override
  public abstract String subject();

  @Value.Parameter
  @Override
  public abstract String message();

  /** Checks subject and message are given. */
  @Value.Check
  protected void check() {
    Check.notBlank(subject(), "warning.subject");
    Check.notBlank(message(), "warning.message");
  }

  /** Returns the {@link #message()}. */
  @Override
  public String toString() {
    return message();
  }
}
