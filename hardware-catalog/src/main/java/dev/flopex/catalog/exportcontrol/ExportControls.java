package dev.flopex.catalog.exportcontrol;

import dev.flopex.catalog.Accelerator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * US export-control classification of accelerators. Rules are data with effective dates ({@code
 * export-control-rules.yaml}); a {@link Decision} explains which threshold triggered.
 *
 * <pre>{@code
 * ExportControls ec = HardwareCatalog.builtIn().exportControls();
 * Decision d = ec.classify(catalog.accelerator("h800-sxm5"), "us-2022-10");
 * d.outcome();          // NOT_CONTROLLED
 * d.decidingTests();    // [interconnect_bidirectional_gb_s 528 >= 600: not met]
 * ec.classify(catalog.accelerator("h800-sxm5"), LocalDate.of(2024, 1, 1)).eccn();  // 3A090.a
 * ec.licenceRequired(catalog.accelerator("h20"), "CN", LocalDate.of(2025, 5, 1));  // REQUIRED
 * }</pre>
 *
 * <p>A decision may carry a US export fee ({@link Decision#fee()}, e.g. the 25% Section 232 duty on
 * H200-band chips from 2026-01-15); {@link Decision#feeInclusivePrice} adds it to a price under a
 * stated {@link PassThrough} assumption. The destination's own import-side measures are a separate
 * layer ({@link #marketAccess()}) that never changes a decision.
 *
 * <p>This is an analytical model of public rule texts, not legal advice; see {@code
 * docs/export-controls.md} for what is and is not encoded. Immutable and thread-safe.
 *
 * @since 0.1
 */
public interface ExportControls {

  /**
   * Returns an instance over {@code rules}.
   *
   * @param rules the rules, in date order
   * @return the classifier
   */
  static ExportControls of(List<Rule> rules) {
    return new DefaultExportControls(rules, List.of());
  }

  /**
   * Returns an instance over {@code rules} with the destination side's market-access events.
   *
   * @param rules the US rules
   * @param marketAccess import- and purchase-side measures of destination countries
   * @return the classifier
   * @since 0.3
   */
  static ExportControls of(List<Rule> rules, List<MarketAccessEvent> marketAccess) {
    return new DefaultExportControls(rules, marketAccess);
  }

  /** Returns every rule, oldest first. */
  List<Rule> rules();

  /**
   * Returns the destination side's import and purchase measures (the market-access layer), oldest
   * first. They are not US rules and never change a {@link Decision}.
   *
   * @return the events
   * @since 0.3
   */
  List<MarketAccessEvent> marketAccess();

  /**
   * Returns the market-access events in force on {@code date}, oldest first.
   *
   * @param date the date
   * @return the events
   * @since 0.3
   */
  default List<MarketAccessEvent> marketAccessOn(LocalDate date) {
    return marketAccess().stream()
        .filter(e -> e.inForceOn(date))
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Returns the rule with this id.
   *
   * @param id e.g. {@code us-2023-10}
   * @return the rule
   * @throws dev.flopex.core.validation.ValidationException naming the known ids
   */
  Rule rule(String id);

  /**
   * Returns the rule in force on {@code date}, if any.
   *
   * @param date the date
   * @return the rule
   */
  Optional<Rule> ruleInForce(LocalDate date);

  /**
   * Classifies {@code a} under the rule with this id.
   *
   * @param a the accelerator
   * @param ruleId the rule id
   * @return the decision
   */
  Decision classify(Accelerator a, String ruleId);

  /**
   * Classifies {@code a} under the rule in force on {@code asOf}.
   *
   * @param a the accelerator
   * @param asOf the date
   * @return the decision
   * @throws dev.flopex.core.validation.ValidationException when no rule was in force (before
   *     October 2022)
   */
  Decision classify(Accelerator a, LocalDate asOf);

  /**
   * Classifies {@code a} under every rule, oldest first.
   *
   * @param a the accelerator
   * @return one decision per rule
   */
  List<Decision> classifyAll(Accelerator a);

  /**
   * Returns whether exporting {@code a} to {@code destination} on {@code date} needs a licence
   * under the rule then in force: {@link Decision#licenceRequirement()} of {@link
   * #classify(Accelerator, LocalDate)}.
   *
   * @param a the accelerator
   * @param destination an ISO country code the rule is encoded for (e.g. {@code CN};
   *     case-insensitive)
   * @param date the export date
   * @return required, not required, or unknown (an unknown metric decides it)
   * @throws dev.flopex.core.validation.ValidationException when no rule was in force on {@code
   *     date}, or {@code destination} is not one the rule is encoded for (naming those)
   * @since 0.4
   */
  LicenceRequirement licenceRequired(Accelerator a, String destination, LocalDate date);
}
