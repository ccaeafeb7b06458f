package dev.flopex.catalog.exportcontrol;

import dev.flopex.core.validation.Check;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A test in an export-control rule: a threshold on a {@link Metric}, a list of named products, or
 * an all-of / any-of combination. Evaluation is three-valued: a threshold on an unknown metric
 * (e.g. performance density of a chip whose die area is not published) is {@link Truth#UNKNOWN},
 * never silently true or false. A {@link Decision} reports every test as a {@link ThresholdTest},
 * with whether it decided.
 *
 * @since 0.1
 */
public sealed interface Condition
    permits Evaluator.Threshold, Evaluator.SkuIn, Evaluator.AllOf, Evaluator.AnyOf {

  /** Three-valued truth (Kleene logic). */
  enum Truth {
    /** The condition holds. */
    TRUE,
    /** The condition does not hold. */
    FALSE,
    /** A metric it needs is unknown. */
    UNKNOWN
  }

  /**
   * Evaluates the condition. All-of stops at the first test that fails, any-of at the first that
   * holds.
   *
   * @param m the metrics
   * @return the truth value
   * @since 0.4
   */
  default Truth evaluate(ExportMetrics m) {
    return Evaluator.evaluate(this, m).truth();
  }

  /**
   * Evaluates the condition and returns each test it made, in order, as a {@link ThresholdTest} of
   * classification {@code label} at position {@code index}, marked decided when the truth value
   * rests on it.
   *
   * @param m the metrics
   * @param index the classification's position in its rule
   * @param label the classification's label
   * @return the tests made
   * @since 0.4
   */
  default List<ThresholdTest> tests(ExportMetrics m, int index, String label) {
    return Evaluator.evaluate(this, m).tests(index, label);
  }

  /** Returns the condition as text, e.g. {@code tpp >= 4800}. */
  String describe();

  /**
   * Returns a threshold test.
   *
   * @param metric the metric
   * @param op one of {@code >=, >, <, <=, ==}
   * @param value the threshold
   * @return the condition
   */
  static Condition threshold(Metric metric, String op, double value) {
    Operator o = Operator.fromSymbol(op);
    if (o == Operator.IN) {
      throw new dev.flopex.core.validation.ValidationException(
          "op", "'" + op + "'", "must be one of >=, >, <, <=, == for metric " + metric.key());
    }
    return threshold(metric, o, value);
  }

  /**
   * Returns a threshold test.
   *
   * @param metric the metric (not {@link Metric#SKU}: see {@link #skuIn})
   * @param op the comparison (not {@link Operator#IN})
   * @param value the threshold, in {@link Metric#unit()} (1 or 0 for the datacenter test)
   * @return the condition
   * @since 0.4
   */
  static Condition threshold(Metric metric, Operator op, double value) {
    Check.finite(value, "value", metric.unit());
    if (op == Operator.IN) {
      throw new dev.flopex.core.validation.ValidationException(
          "op", "'in'", "must be one of >=, >, <, <=, == for metric " + metric.key());
    }
    if (metric == Metric.SKU) {
      throw new dev.flopex.core.validation.ValidationException(
          "metric", "sku", "must be used with op 'in'");
    }
    return new Evaluator.Threshold(metric, op, value);
  }

  /**
   * Returns a test that the accelerator is one of {@code ids}.
   *
   * @param ids catalog ids
   * @return the condition
   */
  static Condition skuIn(Set<String> ids) {
    Check.that(!ids.isEmpty(), "ids", "[]", "must name at least one product");
    return new Evaluator.SkuIn(List.copyOf(new java.util.TreeSet<>(ids)));
  }

  /**
   * Returns a test that holds when all {@code parts} hold.
   *
   * @param parts the parts
   * @return the condition
   */
  static Condition allOf(List<Condition> parts) {
    Check.that(!parts.isEmpty(), "parts", "[]", "must list at least one condition");
    return new Evaluator.AllOf(List.copyOf(parts));
  }

  /**
   * Returns a test that holds when any of {@code parts} holds.
   *
   * @param parts the parts
   * @return the condition
   */
  static Condition anyOf(List<Condition> parts) {
    Check.that(!parts.isEmpty(), "parts", "[]", "must list at least one condition");
    return new Evaluator.AnyOf(List.copyOf(parts));
  }

  /** Returns the lower-case name of a truth value. */
  static String name(Truth t) {
    return t.name().toLowerCase(Locale.ROOT);
  }
}
