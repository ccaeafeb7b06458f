package dev.flopex.cli;

import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.analysis.Output;
import dev.flopex.report.Charts;
import dev.flopex.report.internal.Fmt;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The outputs that {@code flopex sensitivity} and {@code flopex montecarlo} analyse: how {@code
 * --output} spells them ({@link Output#fromKey}: {@code tco} is refused as ambiguous), how they are
 * labelled (with their basis: "economic cost per GPU-hour", "accounting TCO"), and how their values
 * print in text and JSON (money to whole dollars from 1,000 up and to the cent in JSON; a cost per
 * GPU-hour to 4 decimals in text and 10 significant digits in JSON).
 */
final class Outputs {
  private Outputs() {}

  /** Returns how {@code --output} and JSON spell an output, e.g. {@code cost_per_gpu_hour}. */
  static String name(Output o) {
    return o.fileKey();
  }

  /** Lists the spellings, e.g. {@code cost_per_gpu_hour, cost_per_useful_gpu_hour, ...}. */
  static String names() {
    return Arrays.stream(Output.values()).map(Outputs::name).collect(Collectors.joining(", "));
  }

  /**
   * Parses {@code --output}, e.g. {@code cost_per_gpu_hour} or {@code accounting_tco}
   * (case-insensitive; {@code -} may stand for {@code _}); {@code tco} is refused as ambiguous.
   */
  static Output parse(String option, String text) {
    try {
      return Output.fromKey(text);
    } catch (ValidationException e) {
      throw new ValidationException(option, e.value().orElse(null), e.rule(), e);
    }
  }

  /**
   * Returns a label for people with the output's basis, e.g. {@code economic cost per GPU-hour}.
   */
  static String label(Output o) {
    return Charts.outputLabel(o);
  }

  /** Returns the unit, {@code USD} or {@code USD/GPU-h}. */
  static String unit(Output o) {
    return o.unit();
  }

  /** Formats a value (or a spread of values) of {@code o} for text, without the unit. */
  static String text(Output o, double v) {
    return o.perGpuHour() ? Fmt.grouped(v, 4) : Fmt.money(v);
  }

  /**
   * Formats a value of {@code o} with its unit, e.g. {@code USD 1,234,567} or {@code USD 1.7553 per
   * GPU-hour}.
   */
  static String withUnit(Output o, double v) {
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
  static String fine(Output o, double v) {
    return o.perGpuHour() ? Fmt.grouped(v, 6) : Fmt.money(v);
  }

  /**
   * Formats a signed difference of {@code o} for text, e.g. {@code +0.1234} or {@code -1,234,567}.
   */
  static String signed(Output o, double v) {
    return sign(text(o, v));
  }

  /** Returns a value of {@code o} for JSON and CSV. */
  static Number json(Output o, double v) {
    return o.perGpuHour() ? Fmt.json(v) : Fmt.jsonMoney(v);
  }

  /** Prefixes formatted text with {@code +} unless it is negative or zero. */
  static String sign(String formatted) {
    if (formatted.startsWith("-") || !formatted.matches(".*[1-9].*")) {
      return formatted;
    }
    return "+" + formatted;
  }
}
