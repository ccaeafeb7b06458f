package dev.flopex.costing;

import java.util.List;

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
 * <p>Warnings are built by the engine only (their implementation is internal); two are equal when
 * their kind, subject and message are, and {@code toString()} returns the {@link #message()}, the
 * text the CLI prints.
 *
 * @since 0.4
 */
public interface Warning {

  /** What a warning is about. */
  enum Kind {
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
    OVERLAY_PRICE_SKIPPED,
    /**
     * A link between two transceivers runs over no fibre assembly because neither transceiver names
     * one ({@code LinkPart.fibre()}), so no fibre is counted for those links; the subject is the
     * first end's part id.
     *
     * @since 0.5
     */
    MISSING_FIBRE
  }

  /** Returns what the warning is about. */
  Kind kind();

  /** Returns the id of the part, system or key the warning is about. */
  String subject();

  /** Returns the whole message, as a person reads it. */
  String message();

  /**
   * Returns the messages of {@code warnings}, in order.
   *
   * @param warnings the warnings
   * @return their messages
   */
  static List<String> messages(List<Warning> warnings) {
    return warnings.stream().map(Warning::message).toList();
  }
}
