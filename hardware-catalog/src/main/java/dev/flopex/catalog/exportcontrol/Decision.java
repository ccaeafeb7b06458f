package dev.flopex.catalog.exportcontrol;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The classification of one accelerator under one rule, with its reasons: which thresholds were
 * tested with which values, and which triggered.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Decision {

  /** The outcome. */
  enum Outcome {
    /** A classification matched: the chip is controlled (see {@link Decision#licenseRequired()}). */
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

  /** Returns the classification that matched, if any. */
  Optional<Classification> classification();

  /** Returns the ECCN that applies, or empty when none. */
  default Optional<String> eccn() {
    return classification().flatMap(Classification::eccn);
  }

  /** Returns true when a licence is required for the rule's destinations. */
  default boolean licenseRequired() {
    return classification().map(Classification::licenseRequired).orElse(false);
  }

  /**
   * Returns the payment to the US government that the matched classification carries, if any:
   * its fraction, what it is a fraction of, who pays it, its dates, sources and confidence. Empty
   * when nothing matched or the classification carries no fee. Whether the buyer bears it is an
   * assumption: see {@link #feeInclusivePrice}.
   *
   * @return the fee
   * @since 0.3
   */
  default Optional<ExportFee> fee() {
    return classification().flatMap(Classification::fee);
  }

  /**
   * Returns the buyer's price of the chip with this decision's fee added under {@code
   * passThrough}, with the basis in words; empty when the decision carries no fee.
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
  default Optional<FeeInclusivePrice> feeInclusivePrice(dev.flopex.core.money.Money price, PassThrough passThrough) {
    return fee().map(f -> FeeInclusivePrice.builder().sku(metrics().sku()).ruleId(rule().id()).fee(f)
        .passThrough(passThrough).basePrice(price).price(f.buyerPrice(price, passThrough)).build());
  }

  /** Returns one line per threshold tested, in order, ending with the verdict. */
  List<String> reasons();

  /** Returns a new builder. */
  static ImmutableDecision.Builder builder() {
    return ImmutableDecision.builder();
  }
}
