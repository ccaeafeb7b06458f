package dev.flopex.catalog.exportcontrol;

import dev.flopex.core.validation.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The classification of one accelerator under one rule, with every test made ({@link #tests()}:
 * metric, operator, threshold, the part's value, outcome, and whether it decided).
 *
 * <pre>{@code
 * Decision d = ec.classify(catalog.accelerator("h800-sxm5"), "us-2022-10");
 * d.outcome();                         // NOT_CONTROLLED
 * d.decidingTests().get(0).text();     // "interconnect_bidirectional_gb_s 528 >= 600: not met"
 * d.tests().get(0).decided();          // false: tpp 15832 >= 4800 was met, but decided nothing
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public interface Decision {

  /** The outcome. */
  enum Outcome {
    /**
     * A classification matched: the chip is controlled (see {@link Decision#licenceRequirement()}).
     */
    CONTROLLED,
    /** No classification matched. */
    NOT_CONTROLLED,
    /** A classification could neither match nor be ruled out because a metric is unknown. */
    INDETERMINATE
  }

  /** Returns the rule. */
  Rule rule();

  /** Returns the metrics the decision used. */
  ExportMetrics metrics();

  /** Returns the outcome. */
  Outcome outcome();

  /**
   * Returns the classification that matched, if any (present exactly when {@link
   * Outcome#CONTROLLED}).
   */
  Optional<Classification> classification();

  /**
   * Returns the classifications that may apply: the match when controlled; when indeterminate, the
   * ones left open by an unknown metric and the first later one that matched, if any; empty when
   * not controlled.
   *
   * @since 0.4
   */
  List<Classification> candidates();

  /**
   * Returns every test made, in evaluation order: classifications are tried in order until one
   * matches, all-of stops at the first failing test and any-of at the first that holds, so later
   * tests were not made and are not listed.
   *
   * @since 0.4
   */
  List<ThresholdTest> tests();

  /**
   * Returns whether a licence is required for the rule's destinations: {@link
   * LicenceRequirement#UNKNOWN} only when the candidates disagree, or when none matched and an
   * unknown metric leaves "not controlled" possible.
   *
   * @since 0.4
   */
  LicenceRequirement licenceRequirement();

  /**
   * Returns the tests the decision rests on ({@link ThresholdTest#decided()}), in order.
   *
   * @since 0.4
   */
  default List<ThresholdTest> decidingTests() {
    return tests().stream().filter(ThresholdTest::decided).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the matched classification's licence policy, if any.
   *
   * @since 0.4
   */
  default Optional<LicencePolicy> licencePolicy() {
    return classification().map(Classification::licencePolicy);
  }

  /** Returns the ECCN that applies, or empty when none. */
  default Optional<String> eccn() {
    return classification().flatMap(Classification::eccn);
  }

  /**
   * Returns the payment to the US government that the matched classification carries, if any: its
   * fraction, what it is a fraction of, who pays it, its dates, sources and confidence. Empty when
   * nothing matched or the classification carries no fee. Whether the buyer bears it is an
   * assumption: see {@link #feeInclusivePrice}.
   *
   * @return the fee
   * @since 0.3
   */
  default Optional<ExportFee> fee() {
    return classification().flatMap(Classification::fee);
  }

  /**
   * Returns the buyer's price of the chip with this decision's fee added under {@code passThrough},
   * with the basis in words; empty when the decision carries no fee.
   *
   * <pre>{@code
   * Decision d = ec.classify(catalog.accelerator("h200-sxm"), LocalDate.of(2026, 3, 1));
   * d.feeInclusivePrice(Money.usd(29_500), PassThrough.full())
   *     .map(FeeInclusivePrice::basis);  // "h200-sxm price includes the 25% US share ... low confidence)"
   * }</pre>
   *
   * @param price the price without the fee
   * @param passThrough how much of the fee the buyer bears (an assumption)
   * @return the fee-inclusive price, or empty
   * @since 0.3
   */
  default Optional<FeeInclusivePrice> feeInclusivePrice(
      dev.flopex.core.money.Money price, PassThrough passThrough) {
    return fee()
        .map(
            f ->
                FeeInclusivePrice.builder()
                    .sku(metrics().sku())
                    .ruleId(rule().id())
                    .fee(f)
                    .passThrough(passThrough)
                    .basePrice(price)
                    .price(f.buyerPrice(price, passThrough))
                    .build());
  }

  /**
   * Returns the verdict in words, e.g. "3A090.a matched: ..." or "not controlled under us-2022-10:
   * no classification matched".
   *
   * @since 0.4
   */
  default String verdict() {
    switch (outcome()) {
      case CONTROLLED:
        Classification c = classification().orElseThrow();
        return c.label() + " matched: " + c.explanation();
      case NOT_CONTROLLED:
        return "not controlled under " + rule().id() + ": no classification matched";
      default:
        String open =
            candidates().stream()
                .map(Classification::label)
                .distinct()
                .collect(Collectors.joining(", "));
        String v =
            "indeterminate: a metric needed to rule out a classification is unknown (may apply: "
                + open
                + ")";
        if (licenceRequirement() == LicenceRequirement.REQUIRED) {
          v += "; a licence is required under each of them";
        }
        return v;
    }
  }

  /**
   * Returns one line per test made, in order, each saying whether it decided, then the verdict,
   * e.g. "3A090.a: tpp 2368 >= 1600: met; did not decide" and "=> not controlled under ...".
   */
  default List<String> reasons() {
    List<String> out = new ArrayList<>();
    for (ThresholdTest t : tests()) {
      out.add(
          t.classification()
              + ": "
              + t.text()
              + "; "
              + (t.decided() ? "decided" : "did not decide"));
    }
    out.add("=> " + verdict());
    return out;
  }

  /**
   * Checks that a classification is present exactly when controlled, and the licence requirement
   * fits.
   */
  @Value.Check
  default void check() {
    Check.that(
        classification().isPresent() == (outcome() == Outcome.CONTROLLED),
        "classification",
        classification().map(Classification::label).orElse("none"),
        "must be present exactly when the outcome is controlled (" + outcome() + ")");
    if (outcome() == Outcome.NOT_CONTROLLED) {
      Check.that(
          licenceRequirement() == LicenceRequirement.NOT_REQUIRED && candidates().isEmpty(),
          "licenceRequirement",
          licenceRequirement().name(),
          "must be NOT_REQUIRED with no candidates when not controlled");
    }
    if (outcome() == Outcome.CONTROLLED) {
      Check.that(
          licenceRequirement()
              == (classification().orElseThrow().licenceRequired()
                  ? LicenceRequirement.REQUIRED
                  : LicenceRequirement.NOT_REQUIRED),
          "licenceRequirement",
          licenceRequirement().name(),
          "must follow the matched classification");
    }
  }

  /** Returns a new builder. */
  static ImmutableDecision.Builder builder() {
    return ImmutableDecision.builder();
  }
}
