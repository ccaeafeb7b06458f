package dev.flopex.catalog.exportcontrol;

import dev.flopex.core.validation.Check;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One test of a rule's classification as it was evaluated for one part: the metric, the operator,
 * the threshold, the part's value with its unit, the outcome, and whether the test decided the
 * {@link Decision}.
 *
 * <p>A test <em>decided</em> when the decision rests on it: it is part of what made its
 * classification match (every test of an all-of, the first matching branch of an any-of), or of
 * what ruled it out (the first failing test of an all-of, every branch of an any-of), or it is an
 * unknown test that left a classification open. A test that was met but did not decide (e.g. "TPP
 * &gt;= 1600" in a branch whose density test failed) is reported with {@code decided() == false};
 * it never made anything match.
 *
 * <pre>{@code
 * Decision d = ec.classify(catalog.accelerator("h20"), "us-2024-12");
 * d.decidingTests().get(0).text();   // "tpp 2368 >= 4800: not met"
 * }</pre>
 *
 * @since 0.4
 */
@Value.Immutable
public interface ThresholdTest {

  /**
   * Returns the position (0-based) of the tested classification in {@link Rule#classifications()}.
   */
  int classificationIndex();

  /**
   * Returns the tested classification's label: its ECCN, or "licence requirement" when it has none.
   */
  String classification();

  /** Returns the metric tested. */
  Metric metric();

  /** Returns the comparison. */
  Operator operator();

  /**
   * Returns the threshold in the metric's {@link #unit()} (1 or 0 for the datacenter test); empty
   * for {@link Operator#IN}.
   */
  OptionalDouble threshold();

  /** Returns the named products for {@link Operator#IN}; empty otherwise. */
  List<String> products();

  /**
   * Returns the part's value of the metric in {@link #unit()}, when known (1 or 0 for datacenter).
   */
  OptionalDouble value();

  /**
   * Returns a lower bound of the part's value when the value itself is unknown but bounded below
   * (see {@link ExportMetrics#lowerBound}); empty otherwise.
   */
  OptionalDouble lowerBound();

  /** Returns the part's catalog id for a {@link Metric#SKU} test; empty otherwise. */
  Optional<String> product();

  /**
   * Returns whether the test held, failed, or could not be settled because the value is unknown.
   */
  Condition.Truth outcome();

  /** Returns whether the decision rests on this test (see the type's description). */
  boolean decided();

  /** Returns the unit of {@link #threshold()} and {@link #value()}: {@link Metric#unit()}. */
  default String unit() {
    return metric().unit();
  }

  /** Returns the test itself, e.g. {@code tpp >= 4800} or {@code sku in [h20]}. */
  default String describe() {
    if (operator() == Operator.IN) {
      return metric().key() + " in [" + String.join(", ", products()) + "]";
    }
    return metric().key() + " " + operator().symbol() + " " + number(threshold().getAsDouble());
  }

  /**
   * Returns the part's value in words: {@code 2368}, {@code at least 1600}, {@code true} or {@code
   * unknown}.
   */
  default String valueText() {
    if (product().isPresent()) {
      return product().get();
    }
    if (value().isPresent()) {
      return number(value().getAsDouble());
    }
    if (lowerBound().isPresent()) {
      return "at least " + number(lowerBound().getAsDouble());
    }
    return "unknown";
  }

  /** Returns the outcome in words: {@code met}, {@code not met} or {@code unknown}. */
  default String outcomeText() {
    return outcome() == Condition.Truth.TRUE
        ? "met"
        : outcome() == Condition.Truth.FALSE ? "not met" : "unknown";
  }

  /**
   * Returns the test with the part's value and outcome, e.g. {@code tpp 2368 >= 4800: not met},
   * {@code interconnect_bidirectional_gb_s 528 >= 600: not met} or {@code tpp >= 4800: unknown (tpp
   * at least 1600, exact value unknown)}. Whether it decided is not part of the text.
   */
  default String text() {
    if (operator() == Operator.IN) {
      return "sku "
          + product().orElse("?")
          + " in ["
          + String.join(", ", products())
          + "]: "
          + outcomeText();
    }
    String t = operator().symbol() + " " + number(threshold().getAsDouble());
    if (value().isPresent()) {
      return metric().key() + " " + number(value().getAsDouble()) + " " + t + ": " + outcomeText();
    }
    if (lowerBound().isPresent() && outcome() != Condition.Truth.UNKNOWN) {
      return metric().key()
          + " at least "
          + number(lowerBound().getAsDouble())
          + " "
          + t
          + ": "
          + outcomeText();
    }
    return metric().key()
        + " "
        + t
        + ": unknown ("
        + metric().key()
        + (lowerBound().isPresent()
            ? " at least " + number(lowerBound().getAsDouble()) + ", exact value unknown)"
            : " not in catalog)");
  }

  private String number(double v) {
    if (metric() == Metric.DATACENTER) {
      return v == 1 ? "true" : "false";
    }
    return Check.format(Math.round(v * 100) / 100.0);
  }

  /** Checks that a product test has products and no threshold, and a threshold test the reverse. */
  @Value.Check
  default void check() {
    boolean in = operator() == Operator.IN;
    Check.that(
        in == (metric() == Metric.SKU),
        "operator",
        operator().symbol(),
        "must be 'in' exactly when the metric is sku (metric " + metric().key() + ")");
    Check.that(
        in == threshold().isEmpty(),
        "threshold",
        String.valueOf(threshold()),
        in ? "must be absent for 'in'" : "must be given for " + metric().key());
    Check.that(
        in == !products().isEmpty(),
        "products",
        products().toString(),
        in ? "must name at least one product for 'in'" : "must be empty for " + metric().key());
    Check.that(
        in == product().isPresent(),
        "product",
        String.valueOf(product()),
        in ? "must be given for 'in'" : "must be absent for " + metric().key());
    Check.that(
        !(value().isPresent() && lowerBound().isPresent()),
        "lowerBound",
        String.valueOf(lowerBound()),
        "must be absent when the value is known");
    Check.that(
        classificationIndex() >= 0,
        "classificationIndex",
        String.valueOf(classificationIndex()),
        "must be >= 0");
    Check.that(
        outcome() != Condition.Truth.UNKNOWN || value().isEmpty(),
        "outcome",
        outcome().name().toLowerCase(Locale.ROOT),
        "must not be unknown when the value is known");
  }

  /** Returns a new builder. */
  static ImmutableThresholdTest.Builder builder() {
    return ImmutableThresholdTest.builder();
  }
}
