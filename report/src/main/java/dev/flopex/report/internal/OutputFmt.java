package dev.flopex.report.internal;

import dev.flopex.costing.analysis.Output;
import dev.flopex.report.Charts;

/**
 * How the outputs that sensitivity and Monte Carlo analyse ({@link Output}) are labelled (with
 * their basis: "economic cost per GPU-hour", "accounting TCO") and how their values print in text
 * and JSON (money to whole dollars from 1,000 up and to the cent in JSON; a cost per GPU-hour to 4
 * decimals in text and 10 significant digits in JSON).
 */
public final class OutputFmt {
  private OutputFmt() {}

  /** Returns how {@code --output} and JSON spell an output, e.g. {@code cost_per_gpu_hour}. */
  public static String name(Output o) {
    return o.fileKey();
  }

  /**
   * Returns a label for people with the output's basis, e.g. {@code economic cost per GPU-hour}.
   */
  public static String label(Output o) {
    return Charts.outputLabel(o);
  }

  /** Returns the unit, {@code USD} or {@code USD/GPU-h}. */
  public static String unit(Output o) {
    return o.unit();
  }

  /** Formats a value (or a spread of values) of {@code o} for text, without the unit. */
  public static String text(Output o, double v) {
    return o.perGpuHour() ? Fmt.grouped(v, 4) : Fmt.money(v);
  }

  /**
   * Formats a value of {@code o} with its unit, e.g. {@code USD 1,234,567} or {@code USD 1.7553 per
   * GPU-hour}.
   */
  public static String withUnit(Output o, double v) {
    return "USD "
        + text(o, v)
        + (o == Output.COST_PER_USEFUL_GPU_HOUR
            ? " per useful GPU-hour"
            : o.perGpuHour() ? " per GPU-hour" : "");
  }

  /**
   * Formats a small spread of {@code o} for text (a standard error), with two more decimals than
   * {@link #text(Output, double)} for a cost per GPU-hour.
   */
  public static String fine(Output o, double v) {
    return o.perGpuHour() ? Fmt.grouped(v, 6) : Fmt.money(v);
  }

  /** Returns a value of {@code o} for JSON and CSV. */
  public static Number json(Output o, double v) {
    return o.perGpuHour() ? Fmt.json(v) : Fmt.jsonMoney(v);
  }
}
