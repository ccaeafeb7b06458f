package dev.flopex.costing;

import dev.flopex.core.validation.Check;
import java.util.List;
import org.immutables.value.Value;

/**
 * A note the engine attaches to a result about an input it could not use as given: a price read far
 * from its date, a part without a price or a power figure. A warning never changes a number; it
 * says what a number rests on. {@link CostEngine#strict()} turns warnings into a {@link
 * WarningsException}.
 *
 * <pre>{@code
 * ClusterResult r = engine.evaluate(cluster, terms);
 * for (Warning w : r.warnings()) {
 *   if (w.kind() == Warning.Kind.PRICE_DATE_FALLBACK) {
 *     w.subject();   // the part id, e.g. "osfp-400g-sr4"
 *   }
 * }
 * }</pre>
 *
 * <p>{@link #toString()} returns the {@link #message()}, the text the CLI prints.
 *
 * @since 0.4
 */
@Value.Immutable
public abstract class Warning {

  /** What a warning is about. */
  public enum Kind {
    /**
     * A part's catalog price is read more than a year from its nearest dated price (before the
     * first, declined after the last or interpolated); the subject is the part id.
     */
    PRICE_DATE_FALLBACK,
    /**
     * A price override is dated more than a year from the purchase date; the subject is the part
     * id.
     */
    OVERRIDE_PRICE_DATE,
    /**
     * A part bought beside each system has no new-purchase price as of the purchase date, so CapEx
     * leaves it out; the subject is the part id.
     */
    UNPRICED_PART,
    /**
     * A system has no maximum power figure, so its non-GPU power is the server overhead fraction of
     * its GPU power; the subject is the system id.
     */
    MISSING_MAX_POWER,
    /**
     * A switch, transceiver or cable has no power figure, so its power is not counted; the subject
     * is the part id.
     */
    MISSING_POWER_FIGURE,
    /**
     * A new-purchase price a catalog overlay added is not the one the purchase is priced from
     * (dated after the purchase date, or beyond a nearer dated price, or dated like an earlier
     * price); the subject is the part id.
     */
    OVERLAY_PRICE_SKIPPED
  }

  /** Returns what the warning is about. */
  @Value.Parameter
  public abstract Kind kind();

  /** Returns the id of the part, system or key the warning is about. */
  @Value.Parameter
  public abstract String subject();

  /** Returns the whole message, as a person reads it. */
  @Value.Parameter
  public abstract String message();

  /** Checks subject and message are given. */
  @Value.Check
  protected void check() {
    Check.notBlank(subject(), "warning.subject");
    Check.notBlank(message(), "warning.message");
  }

  /**
   * Returns a warning.
   *
   * @param kind what it is about
   * @param subject the part, system or key id
   * @param message the whole message
   * @return the warning
   */
  public static Warning of(Kind kind, String subject, String message) {
    return ImmutableWarning.of(kind, subject, message);
  }

  /**
   * Returns the messages of {@code warnings}, in order.
   *
   * @param warnings the warnings
   * @return their messages
   */
  public static List<String> messages(List<Warning> warnings) {
    return warnings.stream().map(Warning::message).toList();
  }

  /** Returns the {@link #message()}. */
  @Override
  public String toString() {
    return message();
  }
}
