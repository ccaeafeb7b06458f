package dev.flopex.cli;

import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.analysis.Output;

/**
 * How {@code --output} of {@code flopex sensitivity} and {@code flopex montecarlo} is parsed
 * ({@link Output#fromKey}: {@code tco} is refused as ambiguous). How outputs are labelled and their
 * values printed is the reports' ({@link dev.flopex.report.SensitivityReport}, {@link
 * dev.flopex.report.MonteCarloReport}).
 */
final class Outputs {
  private Outputs() {}

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
}
